import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { requireActor } from "../auth/auth-checker";
import type { Context } from "../context";
import { canSeePrivateFields } from "../domain/access";
import { isStale } from "../domain/freshness";
import { workload } from "../domain/workload";
import { Expertise, GeoPoint, Municipality } from "../reference/reference.entity";
import { KeyPersonStatus, LeavingReason, Role } from "../shared/enums";
import { PageArgs } from "../shared/pagination";
import { KeyPerson, KeyPersonPage, LanguageSkill, PublicConsent, Workload } from "./registry.entity";
import { KeyPersonFilter, KeyPersonInput, KeyPersonSort, PublicConsentInput } from "./registry.inputs";

const COORDINATORS = [Role.COORDINATOR, Role.REGIONAL_COORDINATOR];

@Resolver(() => KeyPerson)
export class RegistryResolver {
  @Authorized()
  @Query(() => KeyPerson, { nullable: true })
  keyPerson(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<KeyPerson> {
    return ctx.services.registry.get(requireActor(ctx), id);
  }

  @Authorized()
  @Query(() => KeyPersonPage)
  keyPersons(
    @Arg("filter", () => KeyPersonFilter, { nullable: true }) filter: KeyPersonFilter | null,
    @Args() page: PageArgs,
    @Arg("sort", () => KeyPersonSort, { nullable: true }) sort: KeyPersonSort | null,
    @Ctx() ctx: Context,
  ): Promise<KeyPersonPage> {
    return ctx.services.registry.list(requireActor(ctx), filter, page, sort);
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

  @FieldResolver(() => [LanguageSkill])
  async languages(@Root() kp: KeyPerson, @Ctx() ctx: Context): Promise<LanguageSkill[]> {
    const rows = await ctx.loaders.languagesByKeyPerson.load(kp.id);
    return rows.map((row) => ({ language: ctx.reference.languages.get(row.languageCode)!, level: row.level, dialect: row.dialect }));
  }

  @FieldResolver(() => [Expertise])
  async expertise(@Root() kp: KeyPerson, @Ctx() ctx: Context): Promise<Expertise[]> {
    const rows = await ctx.loaders.expertiseByKeyPerson.load(kp.id);
    return rows.map((row) => ctx.reference.expertise.get(row.expertiseCode)!);
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
  async workload(@Root() kp: KeyPerson, @Ctx() ctx: Context): Promise<Workload> {
    const committed = await ctx.loaders.committedHoursByKeyPerson.load(kp.id);
    return workload(kp.weeklyCapacityHours, committed?.hours ?? 0);
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
