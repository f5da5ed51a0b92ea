import { Kind, type GraphQLResolveInfo, type SelectionNode } from "graphql";
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { requireActor } from "../auth/auth-checker";
import type { Context } from "../context";
import { canSeePrivateFields } from "../domain/access";
import { supervisesKeyPerson } from "../groups/group.resolver";
import { KeyPerson } from "../registry/registry.entity";
import { Role, SupervisionKind, SupervisionStatus, WellbeingStatus } from "../shared/enums";
import { asReason } from "../shared/reason.type";
import { DateScalar } from "../shared/scalars";
import { PageArgs, pageWindow } from "../shared/pagination";
import type { ActionKind } from "./oversight.actions";
import {
  ActionItem,
  ActionKindEnum,
  ActionPage,
  MunicipalityCoverage,
  OversightDashboard,
  SupervisionSession,
  WellbeingCheckIn,
  WellbeingClearance,
  WellbeingDetail,
} from "./oversight.entity";
import { WellbeingCheckInInput } from "./oversight.inputs";

const COORDINATORS = [Role.COORDINATOR, Role.REGIONAL_COORDINATOR];

@Resolver()
export class OversightResolver {
  @Authorized(...COORDINATORS, Role.KEY_PERSON)
  @Mutation(() => KeyPerson, { description: "Coordinator or self" })
  async logSupervisionSession(
    @Arg("keyPersonId", () => ID) keyPersonId: string,
    @Arg("date", () => DateScalar) date: string,
    @Arg("kind", () => SupervisionKind) kind: SupervisionKind,
    @Arg("note", () => String, { nullable: true }) note: string | null,
    @Ctx() ctx: Context,
  ) {
    const keyPerson = await ctx.services.registry.get(requireActor(ctx), keyPersonId);
    await ctx.services.oversight.logSupervision(requireActor(ctx), keyPerson, date, kind, note);
    return keyPerson;
  }

  @Authorized(Role.KEY_PERSON)
  @Mutation(() => KeyPerson, { description: "The key person, about themself" })
  async submitWellbeingCheckIn(@Arg("input", () => WellbeingCheckInInput) input: WellbeingCheckInInput, @Ctx() ctx: Context) {
    const id = await ctx.services.oversight.submitCheckIn(requireActor(ctx), input);
    return ctx.services.registry.get(requireActor(ctx), String(id));
  }

  @Authorized(...COORDINATORS)
  @Mutation(() => KeyPerson, { description: "Coordinator: lifts a RED stop after talking with the key person" })
  async clearWellbeingFlag(@Arg("keyPersonId", () => ID) keyPersonId: string, @Arg("note") note: string, @Ctx() ctx: Context) {
    const keyPerson = await ctx.services.registry.get(requireActor(ctx), keyPersonId);
    await ctx.services.oversight.clearFlag(requireActor(ctx), keyPerson, note);
    return keyPerson;
  }

  @Authorized(...COORDINATORS, Role.KEY_PERSON)
  @Query(() => [WellbeingCheckIn], { description: "The answers themselves: coordinators and the key person; every read is audited" })
  async wellbeingCheckIns(
    @Arg("keyPersonId", () => ID) keyPersonId: string,
    @Arg("limit", () => Int, { defaultValue: 12 }) limit: number,
    @Ctx() ctx: Context,
  ) {
    const keyPerson = await ctx.services.registry.get(requireActor(ctx), keyPersonId);
    return ctx.services.oversight.checkIns(requireActor(ctx), keyPerson, limit);
  }

  @Authorized(...COORDINATORS, Role.KEY_PERSON)
  @Query(() => [WellbeingClearance])
  async wellbeingClearances(@Arg("keyPersonId", () => ID) keyPersonId: string, @Ctx() ctx: Context) {
    const keyPerson = await ctx.services.registry.get(requireActor(ctx), keyPersonId);
    return ctx.services.oversight.clearances(requireActor(ctx), keyPerson);
  }

  @Authorized(...COORDINATORS, Role.KEY_PERSON, Role.ORGANISATION)
  @Query(() => [SupervisionSession], {
    description: "Intervision, supervision and training records; an organisation: of the key persons whose supervision it is responsible for",
  })
  async supervisionSessions(@Arg("keyPersonId", () => ID) keyPersonId: string, @Ctx() ctx: Context) {
    const actor = requireActor(ctx);
    const keyPerson =
      actor.role === Role.ORGANISATION
        ? await ctx.services.groups.supervisedKeyPerson(actor, keyPersonId)
        : await ctx.services.registry.get(actor, keyPersonId);
    return ctx.services.oversight.sessions(keyPerson);
  }

  @Authorized(...COORDINATORS)
  @Query(() => OversightDashboard, { description: "Coordinators: the whole country; regional coordinators: their region" })
  oversightDashboard(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.services.oversight.dashboard(requireActor(ctx), (field) => asksFor(info, [field]));
  }

  @Authorized(...COORDINATORS)
  @Query(() => ActionPage, {
    description:
      "The dashboard's action list, a page at a time: one kind (CONTACT_REQUESTED, RED, SUPERVISION_OVERDUE, SUPERVISION_DUE, STALE) or every kind, with the counts per kind. Coordinators: the whole country; regional coordinators: their region. Showing why someone is RED is audited.",
  })
  async oversightActions(
    @Arg("kind", () => ActionKindEnum, { nullable: true }) kind: ActionKind | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<ActionPage> {
    const { skip, take } = pageWindow(page);
    const actor = requireActor(ctx);
    const index = await ctx.services.oversight.actionIndex(actor);
    const items = await ctx.services.oversight.actionItems(actor, index, kind ?? null, skip, take);
    return { items: items as ActionItem[], total: index.total(kind ?? null), counts: index.counts() };
  }

  @Authorized(...COORDINATORS)
  @Query(() => [MunicipalityCoverage], { description: "Where key persons speaking a language are missing" })
  coverage(@Arg("languageCode") languageCode: string, @Ctx() ctx: Context) {
    return ctx.services.oversight.coverage(requireActor(ctx), languageCode);
  }
}

@Resolver(() => OversightDashboard)
export class OversightDashboardResolver {
  /** Every item at once (deprecated: oversightActions pages them); the key persons in one statement when asked for. */
  @FieldResolver(() => [ActionItem])
  async actions(@Root() dashboard: OversightDashboard, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<ActionItem[]> {
    const index = dashboard.actionIndex;
    const items = (await ctx.services.oversight.actionItems(requireActor(ctx), index, null, 0, index.total(null))) as ActionItem[];
    // Thousands in the whole country: loaded in one statement and handed to each item, the
    // list completes without a promise per item.
    if (asksFor(info, ["keyPerson"])) {
      const people = await ctx.services.oversight.keyPersons(items.map((action) => action.keyPersonId));
      for (const action of items) action.keyPerson = people.get(action.keyPersonId);
      for (const person of people.values()) ctx.loaders.keyPersonById.prime(person.id, person);
    }
    return items;
  }
}

@Resolver(() => ActionItem)
export class ActionItemResolver {
  @FieldResolver(() => KeyPerson)
  keyPerson(@Root() item: ActionItem, @Ctx() ctx: Context) {
    return item.keyPerson ?? ctx.loaders.keyPersonById.load(item.keyPersonId);
  }
}

@Resolver(() => KeyPerson)
export class KeyPersonOversightResolver {
  @FieldResolver(() => SupervisionStatus, {
    nullable: true,
    description: "Coordinators, the key person, and the organisation responsible for their supervision (affiliation); null otherwise",
  })
  async supervisionStatus(@Root() kp: KeyPerson, @Ctx() ctx: Context): Promise<SupervisionStatus | null> {
    if (!ctx.actor || !(canSeePrivateFields(ctx.actor, kp) || (await supervisesKeyPerson(ctx, kp.id)))) return null;
    return ((await ctx.loaders.oversightByKeyPerson.load(kp.id))?.supervision ?? "NEVER") as SupervisionStatus;
  }

  @FieldResolver(() => WellbeingStatus, { nullable: true, description: "Coordinators and the key person only" })
  async wellbeingStatus(@Root() kp: KeyPerson, @Ctx() ctx: Context): Promise<WellbeingStatus | null> {
    if (!ctx.actor || !canSeePrivateFields(ctx.actor, kp)) return null;
    return ((await ctx.loaders.oversightByKeyPerson.load(kp.id))?.wellbeing ?? "UNKNOWN") as WellbeingStatus;
  }

  @FieldResolver(() => WellbeingDetail, { nullable: true, description: "Coordinators and the key person only; every read is audited" })
  async wellbeing(@Root() kp: KeyPerson, @Ctx() ctx: Context): Promise<WellbeingDetail | null> {
    if (!ctx.actor || !canSeePrivateFields(ctx.actor, kp)) return null;
    const status = await ctx.loaders.oversightByKeyPerson.load(kp.id);
    await ctx.loaders.wellbeingReadAudit.load(kp.id);
    return {
      status: (status?.wellbeing ?? "UNKNOWN") as WellbeingStatus,
      reasons: (status?.reasons ?? []).map((reason) => ({
        level: reason.level,
        message: reason.message,
        ...asReason(reason),
        params: asReason(reason).params ?? {},
      })),
    };
  }

  @FieldResolver(() => DateScalar, {
    nullable: true,
    description: "The last intervision or supervision session; coordinators, the key person, and the organisation responsible for their supervision",
  })
  async lastSupervisionOn(@Root() kp: KeyPerson, @Ctx() ctx: Context): Promise<string | null> {
    if (!ctx.actor || !(canSeePrivateFields(ctx.actor, kp) || (await supervisesKeyPerson(ctx, kp.id)))) return null;
    return (await ctx.loaders.oversightByKeyPerson.load(kp.id))?.lastSupervisionOn ?? null;
  }
}

/** Whether the operation asks for `path` below the field being resolved (through fragments too; aliases do not matter). */
function asksFor(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  const within = (selections: readonly SelectionNode[], depth: number): boolean =>
    selections.some((selection) => {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value !== path[depth]) return false;
        return depth === path.length - 1 || (selection.selectionSet !== undefined && within(selection.selectionSet.selections, depth + 1));
      }
      const set = selection.kind === Kind.INLINE_FRAGMENT ? selection.selectionSet : info.fragments[selection.name.value]?.selectionSet;
      return set !== undefined && within(set.selections, depth);
    });
  return info.fieldNodes.some((node) => node.selectionSet !== undefined && within(node.selectionSet.selections, 0));
}
