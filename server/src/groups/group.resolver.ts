import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Args } from "type-graphql";
import { requireActor } from "../auth/auth-checker";
import type { Context } from "../context";
import { canSeePrivateFields } from "../domain/access";
import { canManageGroupActivity, canReadGroupActivity, declarableHours, ownActivityOf } from "../domain/groups";
import { Organisation } from "../organisations/organisation.entity";
import { GeoPoint } from "../reference/reference.entity";
import { KeyPerson } from "../registry/registry.entity";
import { GroupActivityAnswer, OwnActivity, Role } from "../shared/enums";
import { PageArgs } from "../shared/pagination";
import { DateScalar } from "../shared/scalars";
import {
  GroupActivity,
  GroupActivityCounts,
  GroupActivityInvitation,
  GroupActivityPage,
  InviteResult,
  KeyPersonAffiliation,
  OwnActivityDraft,
} from "./group.entity";
import { AffiliationInput, GroupActivityFilter, GroupActivityInput, GroupInviteInput } from "./group.inputs";
import { dutchDay } from "./group.service";

const COORDINATORS = [Role.COORDINATOR, Role.REGIONAL_COORDINATOR];
const ORGANISERS = [...COORDINATORS, Role.ORGANISATION];

/** Whether the organisation asking is responsible for the key person's supervision today. */
export async function supervisesKeyPerson(ctx: Context, keyPersonId: number): Promise<boolean> {
  if (ctx.actor?.role !== Role.ORGANISATION || ctx.actor.organisationId === null) return false;
  const rows = await ctx.loaders.supervisingOrganisationsByKeyPerson.load(keyPersonId);
  return rows.some((row) => row.organisationId === ctx.actor!.organisationId);
}

@Resolver(() => GroupActivity)
export class GroupActivityResolver {
  @Authorized()
  @Query(() => GroupActivityPage, { description: "Coordinators: all (regional: the coordinators'); an organisation: its own; a key person: invited to" })
  groupActivities(
    @Arg("filter", () => GroupActivityFilter, { nullable: true }) filter: GroupActivityFilter | null,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.groups.list(requireActor(ctx), filter, page);
  }

  @Authorized()
  @Query(() => GroupActivity, { nullable: true })
  groupActivity(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.groups.get(requireActor(ctx), id);
  }

  @Authorized(Role.KEY_PERSON)
  @Query(() => [GroupActivityInvitation], { description: "The key person's own invitations: upcoming (default) or past" })
  myGroupInvitations(@Arg("upcoming", { defaultValue: true }) upcoming: boolean, @Ctx() ctx: Context) {
    return ctx.services.groups.myInvitations(requireActor(ctx), upcoming);
  }

  @Authorized(...ORGANISERS)
  @Mutation(() => GroupActivity, {
    description:
      "Coordinators, and organisations responsible for the supervision of key persons; a recurrence makes one activity per occurrence (this is the first)",
  })
  createGroupActivity(@Arg("input", () => GroupActivityInput) input: GroupActivityInput, @Ctx() ctx: Context) {
    return ctx.services.groups.create(requireActor(ctx), input);
  }

  @Authorized(...ORGANISERS)
  @Mutation(() => GroupActivity, { description: "The organiser, before it begins" })
  cancelGroupActivity(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.groups.cancel(requireActor(ctx), id);
  }

  @Authorized(...ORGANISERS)
  @Mutation(() => InviteResult, {
    description:
      "The organiser invites the active key persons in its scope matching the filters (an organisation: its affiliated key persons); each gets an e-mail",
  })
  inviteToGroupActivity(@Arg("activityId", () => ID) activityId: string, @Arg("input", () => GroupInviteInput) input: GroupInviteInput, @Ctx() ctx: Context) {
    return ctx.services.groups.invite(requireActor(ctx), activityId, input);
  }

  @Authorized(Role.KEY_PERSON)
  @Mutation(() => GroupActivityInvitation, { description: "The invited key person; ATTENDING needs a free place (GROUP_ACTIVITY_FULL)" })
  respondToGroupActivity(
    @Arg("activityId", () => ID) activityId: string,
    @Arg("answer", () => GroupActivityAnswer) answer: GroupActivityAnswer,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.groups.respond(requireActor(ctx), activityId, answer);
  }

  @Authorized(...ORGANISERS)
  @Mutation(() => GroupActivity, {
    description:
      "The organiser, once it began: who attended (the whole list). Writes their supervision sessions; a TRAINING with a qualificationCode grants it, verified",
  })
  recordAttendance(@Arg("activityId", () => ID) activityId: string, @Arg("keyPersonIds", () => [ID]) keyPersonIds: string[], @Ctx() ctx: Context) {
    return ctx.services.groups.recordAttendance(requireActor(ctx), activityId, keyPersonIds);
  }

  @FieldResolver(() => GeoPoint, { nullable: true })
  location(@Root() activity: GroupActivity): GeoPoint | null {
    return activity.locationLat === null || activity.locationLon === null ? null : { lat: activity.locationLat, lon: activity.locationLon };
  }

  @FieldResolver(() => Organisation, { nullable: true, description: "The organiser; null: the coordinators" })
  organisation(@Root() activity: GroupActivity, @Ctx() ctx: Context) {
    return activity.organisationId === null ? null : ctx.loaders.organisationById.load(activity.organisationId);
  }

  @FieldResolver(() => ID, { nullable: true, description: "The first occurrence of its series (null: this is the first, or a single activity)" })
  seriesId(@Root() activity: GroupActivity): number | null {
    return activity.seriesId;
  }

  @FieldResolver(() => Boolean, { description: "Whether the one asking runs this activity (invites, records attendance, cancels)" })
  canManage(@Root() activity: GroupActivity, @Ctx() ctx: Context): boolean {
    return ctx.actor !== null && canManageGroupActivity(ctx.actor, activity);
  }

  @FieldResolver(() => [GroupActivityInvitation], { description: "The organiser and the coordinator: all; a key person: their own" })
  async invitations(@Root() activity: GroupActivity, @Ctx() ctx: Context): Promise<GroupActivityInvitation[]> {
    const all = await ctx.loaders.invitationsByGroupActivity.load(activity.id);
    if (ctx.actor && canReadGroupActivity(ctx.actor, activity)) return all;
    return all.filter((invitation) => ctx.actor?.role === Role.KEY_PERSON && invitation.keyPersonId === ctx.actor.keyPersonId);
  }

  @FieldResolver(() => GroupActivityInvitation, { nullable: true, description: "The key person's own invitation" })
  async myInvitation(@Root() activity: GroupActivity, @Ctx() ctx: Context): Promise<GroupActivityInvitation | null> {
    if (ctx.actor?.role !== Role.KEY_PERSON) return null;
    const all = await ctx.loaders.invitationsByGroupActivity.load(activity.id);
    return all.find((invitation) => invitation.keyPersonId === ctx.actor!.keyPersonId) ?? null;
  }

  @FieldResolver(() => GroupActivityCounts)
  async counts(@Root() activity: GroupActivity, @Ctx() ctx: Context): Promise<GroupActivityCounts> {
    const all = await ctx.loaders.invitationsByGroupActivity.load(activity.id);
    return {
      invited: all.length,
      attending: all.filter((i) => i.answer === GroupActivityAnswer.ATTENDING).length,
      notAttending: all.filter((i) => i.answer === GroupActivityAnswer.NOT_ATTENDING).length,
      attended: all.filter((i) => i.attended).length,
    };
  }

  @FieldResolver(() => Int, { description: "Capacity minus those attending" })
  async placesLeft(@Root() activity: GroupActivity, @Ctx() ctx: Context): Promise<number> {
    const all = await ctx.loaders.invitationsByGroupActivity.load(activity.id);
    return Math.max(0, activity.capacity - all.filter((i) => i.answer === GroupActivityAnswer.ATTENDING).length);
  }
}

@Resolver(() => GroupActivityInvitation)
export class GroupActivityInvitationResolver {
  @FieldResolver(() => GroupActivity)
  async activity(@Root() invitation: GroupActivityInvitation, @Ctx() ctx: Context) {
    return ctx.loaders.groupActivityById.load(invitation.activityId);
  }

  @FieldResolver(() => KeyPerson)
  keyPerson(@Root() invitation: GroupActivityInvitation, @Ctx() ctx: Context) {
    return ctx.loaders.keyPersonById.load(invitation.keyPersonId);
  }

  @FieldResolver(() => OwnActivityDraft, {
    nullable: true,
    description: "The key person, once attendance is recorded: the own-activity declaration to send with declareOwnActivity",
  })
  async ownActivityDraft(@Root() invitation: GroupActivityInvitation, @Ctx() ctx: Context): Promise<OwnActivityDraft | null> {
    if (!invitation.attended || ctx.actor?.role !== Role.KEY_PERSON || ctx.actor.keyPersonId !== invitation.keyPersonId) return null;
    const activity = await ctx.loaders.groupActivityById.load(invitation.activityId);
    if (!activity) return null;
    return {
      activity: ownActivityOf(activity.kind) as OwnActivity,
      date: dutchDay(activity.startsAt),
      hours: declarableHours(activity.startsAt, activity.endsAt),
      note: activity.title.slice(0, 500),
    };
  }
}

@Resolver(() => KeyPersonAffiliation)
export class KeyPersonAffiliationResolver {
  @Authorized()
  @Query(() => [KeyPersonAffiliation], {
    description: "Coordinators (regional: key persons of the region); an organisation: its own key persons; a key person: their own",
  })
  affiliations(
    @Arg("organisationId", () => ID, { nullable: true }) organisationId: string | null,
    @Arg("currentOnly", { defaultValue: false }) currentOnly: boolean,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.groups.affiliations(requireActor(ctx), organisationId, currentOnly);
  }

  @Authorized(...COORDINATORS)
  @Mutation(() => KeyPersonAffiliation, { description: "Coordinators (regional: key persons of the region)" })
  addAffiliation(@Arg("input", () => AffiliationInput) input: AffiliationInput, @Ctx() ctx: Context) {
    return ctx.services.groups.addAffiliation(requireActor(ctx), input);
  }

  @Authorized(...COORDINATORS)
  @Mutation(() => KeyPersonAffiliation, { description: "Coordinators: the last day of the affiliation" })
  endAffiliation(@Arg("id", () => ID) id: string, @Arg("endsOn", () => DateScalar) endsOn: string, @Ctx() ctx: Context) {
    return ctx.services.groups.endAffiliation(requireActor(ctx), id, endsOn);
  }

  @FieldResolver(() => Organisation)
  organisation(@Root() affiliation: KeyPersonAffiliation, @Ctx() ctx: Context) {
    return ctx.loaders.organisationById.load(affiliation.organisationId);
  }

  @FieldResolver(() => KeyPerson)
  keyPerson(@Root() affiliation: KeyPersonAffiliation, @Ctx() ctx: Context) {
    return ctx.loaders.keyPersonById.load(affiliation.keyPersonId);
  }
}

@Resolver(() => KeyPerson)
export class KeyPersonGroupResolver {
  @FieldResolver(() => [KeyPersonAffiliation], {
    description: "Coordinators and the key person: all; an organisation: its own affiliation with the key person only",
  })
  async affiliations(@Root() kp: KeyPerson, @Ctx() ctx: Context): Promise<KeyPersonAffiliation[]> {
    if (!ctx.actor) return [];
    const all = await ctx.loaders.affiliationsByKeyPerson.load(kp.id);
    if (canSeePrivateFields(ctx.actor, kp)) return all;
    if (ctx.actor.role === Role.ORGANISATION) return all.filter((a) => a.organisationId === ctx.actor!.organisationId);
    return [];
  }

  @FieldResolver(() => [GroupActivityInvitation], {
    description: "Invitations, answers and attendance: coordinators, the key person, and the organisation responsible for their supervision",
  })
  async groupInvitations(@Root() kp: KeyPerson, @Ctx() ctx: Context): Promise<GroupActivityInvitation[]> {
    if (!ctx.actor) return [];
    if (!canSeePrivateFields(ctx.actor, kp) && !(await supervisesKeyPerson(ctx, kp.id))) return [];
    return ctx.loaders.invitationsByKeyPerson.load(kp.id);
  }
}
