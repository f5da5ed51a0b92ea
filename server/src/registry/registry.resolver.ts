import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { requireActor } from "../auth/auth-checker";
import type { Context } from "../context";
import { canSeePrivateFields } from "../domain/access";
import { isStale } from "../domain/freshness";
import { workload } from "../domain/workload";
import { Expertise, GeoPoint, Municipality } from "../reference/reference.entity";
import { KeyPersonStatus, LeavingReason, Role } from "../shared/enums";
import { thenOrNow } from "../shared/loader";
import { PageArgs } from "../shared/pagination";
import { fieldsAskedUnder } from "../shared/selection";
import { KeyPerson, KeyPersonExpertise, KeyPersonLanguage, KeyPersonPage, LanguageSkill, PublicConsent, Workload } from "./registry.entity";
import { KeyPersonFilter, KeyPersonInput, KeyPersonSort, PublicConsentInput } from "./registry.inputs";

const COORDINATORS = [Role.COORDINATOR, Role.REGIONAL_COORDINATOR];

/**
 * The key_person columns (entity properties) each field of a key person reads, for the
 * fields a list page commonly asks: a page that asks only these reads only the columns they
 * need (narrow rows: less for PostgreSQL to send and for pg to parse, issue 21). A field not
 * named here (a field resolver of this or another resolver, e.g. email or publicConsent)
 * makes the page read every column. The id and home municipality come always. A field
 * that starts reading another column must name it here: test/api/dataloader.test.ts asks
 * each field alone on a page and compares it with a page of full rows.
 */
export const PAGE_FIELD_COLUMNS: Record<string, readonly (keyof KeyPerson)[]> = {
  __typename: [],
  id: [],
  displayName: ["displayName"],
  gender: ["gender"],
  maxTravelKm: ["maxTravelKm"],
  remoteAvailable: ["remoteAvailable"],
  weeklyCapacityHours: ["weeklyCapacityHours"],
  status: ["status"],
  compensationType: ["compensationType"],
  profileConfirmedAt: ["profileConfirmedAt"],
  erasedAt: ["erasedAt"],
  createdAt: ["createdAt"],
  updatedAt: ["updatedAt"],
  homeMunicipality: ["homeMunicipalityCode"],
  languages: [],
  expertise: [],
  workload: ["weeklyCapacityHours"],
  stale: ["profileConfirmedAt"],
};

/** The columns the asked fields read, or "all" when one of them is not in PAGE_FIELD_COLUMNS. */
function pageColumns(asked: Set<string>): Set<string> | "all" {
  const columns = new Set<string>();
  for (const field of asked) {
    const needs = PAGE_FIELD_COLUMNS[field];
    if (!needs || !Object.hasOwn(PAGE_FIELD_COLUMNS, field)) return "all";
    for (const column of needs) columns.add(column);
  }
  return columns;
}

@Resolver(() => KeyPerson)
export class RegistryResolver {
  @Authorized()
  @Query(() => KeyPerson, { nullable: true })
  keyPerson(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<KeyPerson> {
    return ctx.services.registry.get(requireActor(ctx), id);
  }

  @Authorized()
  @Query(() => KeyPersonPage)
  async keyPersons(
    @Arg("filter", () => KeyPersonFilter, { nullable: true }) filter: KeyPersonFilter | null,
    @Args() page: PageArgs,
    @Arg("sort", () => KeyPersonSort, { nullable: true }) sort: KeyPersonSort | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<KeyPersonPage> {
    // The relations asked of the items come with the page, into the loaders their fields read.
    const asked = fieldsAskedUnder(info, "items");
    const result = await ctx.services.registry.list(requireActor(ctx), filter, page, sort, {
      languages: asked.has("languages"),
      expertise: asked.has("expertise"),
      committedHours: asked.has("workload"),
      columns: pageColumns(asked),
    });
    result.languages?.forEach((rows, id) => ctx.loaders.languagesByKeyPerson.prime(id, rows));
    result.expertise?.forEach((rows, id) => ctx.loaders.expertiseByKeyPerson.prime(id, rows));
    result.committedHours?.forEach((row, id) => ctx.loaders.committedHoursByKeyPerson.prime(id, row));
    return { items: result.items, total: result.total };
  }

  @Authorized(...COORDINATORS)
  @Mutation(() => KeyPerson, {
    description:
      "Coordinator. Also creates the key person's login (e-mail) and e-mails them a one-time invitation link to choose their own password. `password` is deprecated (old clients): given, no invitation is sent.",
  })
  createKeyPerson(
    @Arg("input", () => KeyPersonInput) input: KeyPersonInput,
    @Arg("password", () => String, { nullable: true }) password: string | null,
    @Ctx() ctx: Context,
  ): Promise<KeyPerson> {
    return ctx.services.registry.create(requireActor(ctx), input, password);
  }

  @Authorized(...COORDINATORS, Role.KEY_PERSON)
  @Mutation(() => KeyPerson, { description: "Coordinator or self" })
  updateKeyPerson(@Arg("id", () => ID) id: string, @Arg("input", () => KeyPersonInput) input: KeyPersonInput, @Ctx() ctx: Context) {
    return ctx.services.registry.update(requireActor(ctx), id, input);
  }

  @Authorized(...COORDINATORS, Role.KEY_PERSON)
  @Mutation(() => KeyPerson, { description: "Coordinator or self" })
  setKeyPersonStatus(
    @Arg("id", () => ID) id: string,
    @Arg("status", () => KeyPersonStatus) status: KeyPersonStatus,
    @Ctx() ctx: Context,
    @Arg("leavingReason", () => LeavingReason, { nullable: true, description: "Required when the key person becomes INACTIVE (issue 20)" })
    leavingReason?: LeavingReason | null,
    @Arg("leavingNote", () => String, { nullable: true, description: "Optional, with a leaving reason" }) leavingNote?: string | null,
  ) {
    return ctx.services.registry.setStatus(requireActor(ctx), id, status, { reason: leavingReason ?? null, note: leavingNote ?? null });
  }

  @Authorized(Role.KEY_PERSON)
  @Mutation(() => KeyPerson, { description: "Self: the key person confirms their profile is current" })
  confirmProfile(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.registry.confirmProfile(requireActor(ctx), id);
  }

  @Authorized(...COORDINATORS, Role.KEY_PERSON)
  @Mutation(() => KeyPerson, { description: "Self, or a coordinator on their behalf (audited)" })
  setPublicConsent(@Arg("keyPersonId", () => ID) keyPersonId: string, @Arg("input", () => PublicConsentInput) input: PublicConsentInput, @Ctx() ctx: Context) {
    return ctx.services.registry.setPublicConsent(requireActor(ctx), keyPersonId, input);
  }

  @FieldResolver(() => String, { nullable: true, description: "Coordinators, the key person, and organisations they actively support" })
  async email(@Root() kp: KeyPerson, @Ctx() ctx: Context): Promise<string | null> {
    return (await mayContact(ctx, kp)) ? kp.email : null;
  }

  @FieldResolver(() => String, { nullable: true, description: "Coordinators, the key person, and organisations they actively support" })
  async phone(@Root() kp: KeyPerson, @Ctx() ctx: Context): Promise<string | null> {
    return (await mayContact(ctx, kp)) ? kp.phone : null;
  }

  // Relations read along with a page were primed into the loaders: answered without a promise.
  @FieldResolver(() => [LanguageSkill])
  languages(@Root() kp: KeyPerson, @Ctx() ctx: Context): LanguageSkill[] | Promise<LanguageSkill[]> {
    const skills = (rows: KeyPersonLanguage[]) =>
      rows.map((row) => ({ language: ctx.reference.languages.get(row.languageCode)!, level: row.level, dialect: row.dialect }));
    return thenOrNow(ctx.loaders.languagesByKeyPerson.peekOrLoad(kp.id), skills);
  }

  @FieldResolver(() => [Expertise])
  expertise(@Root() kp: KeyPerson, @Ctx() ctx: Context): Expertise[] | Promise<Expertise[]> {
    const areas = (rows: KeyPersonExpertise[]) => rows.map((row) => ctx.reference.expertise.get(row.expertiseCode)!);
    return thenOrNow(ctx.loaders.expertiseByKeyPerson.peekOrLoad(kp.id), areas);
  }

  @FieldResolver(() => Municipality)
  homeMunicipality(@Root() kp: KeyPerson, @Ctx() ctx: Context): Municipality {
    return ctx.reference.municipalities.get(kp.homeMunicipalityCode)!;
  }

  @FieldResolver(() => GeoPoint, { nullable: true, description: "Coordinators and the key person only; null otherwise" })
  homeLocation(@Root() kp: KeyPerson, @Ctx() ctx: Context): GeoPoint | null {
    return privateTo(ctx, kp) ? { lat: kp.homeLat, lon: kp.homeLon } : null;
  }

  @FieldResolver(() => Int, { nullable: true, description: "Coordinators and the key person only" })
  birthYear(@Root() kp: KeyPerson, @Ctx() ctx: Context): number | null {
    return privateTo(ctx, kp) ? kp.birthYear : null;
  }

  @FieldResolver(() => [String], { nullable: true, description: "Countries of origin; coordinators and the key person only" })
  origins(@Root() kp: KeyPerson, @Ctx() ctx: Context): string[] | null {
    return privateTo(ctx, kp) ? kp.origins : null;
  }

  @FieldResolver(() => Boolean, { nullable: true, description: "Agreed that their origins steer background matching; coordinators and the key person only" })
  originMatchingConsent(@Root() kp: KeyPerson, @Ctx() ctx: Context): boolean | null {
    return privateTo(ctx, kp) ? kp.consentOriginMatching : null;
  }

  @FieldResolver(() => Workload)
  workload(@Root() kp: KeyPerson, @Ctx() ctx: Context): Workload | Promise<Workload> {
    return thenOrNow(ctx.loaders.committedHoursByKeyPerson.peekOrLoad(kp.id), (committed) => workload(kp.weeklyCapacityHours, committed?.hours ?? 0));
  }

  @FieldResolver(() => Boolean, { description: "Not confirmed for 180 days: drops out of matching" })
  stale(@Root() kp: KeyPerson, @Ctx() ctx: Context): boolean {
    return isStale(kp.profileConfirmedAt, ctx.clock.now());
  }

  @FieldResolver(() => PublicConsent, { nullable: true, description: "Coordinators and the key person only" })
  publicConsent(@Root() kp: KeyPerson, @Ctx() ctx: Context): PublicConsent | null {
    if (!privateTo(ctx, kp)) return null;
    return {
      listed: kp.consentListed,
      showName: kp.consentShowName,
      showMunicipality: kp.consentShowMunicipality,
      showLanguages: kp.consentShowLanguages,
      showExpertise: kp.consentShowExpertise,
      showEmail: kp.consentShowEmail,
      showPhone: kp.consentShowPhone,
      showRemote: kp.consentShowRemote,
      showReach: kp.consentShowReach,
      contact: kp.consentContact,
    };
  }
}

function privateTo(ctx: Context, kp: KeyPerson): boolean {
  return ctx.actor !== null && canSeePrivateFields(ctx.actor, kp);
}

/** Contact details reach an organisation once the key person accepted one of its requests. */
async function mayContact(ctx: Context, kp: KeyPerson): Promise<boolean> {
  if (privateTo(ctx, kp)) return true;
  if (ctx.actor?.role !== Role.ORGANISATION || ctx.actor.organisationId === null) return false;
  const organisations = await ctx.loaders.activeOrganisationsByKeyPerson.load(kp.id);
  return organisations.some((row) => row.organisationId === ctx.actor!.organisationId);
}
