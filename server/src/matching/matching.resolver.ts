import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { requireActor } from "../auth/auth-checker";
import type { Context } from "../context";
import { DEFAULT_CANDIDATES } from "../domain/matching";
import { approximatePoint, canManageKeyPerson, canSeeNewcomerOrigin, inRegion, newcomerDetailFor, type NewcomerDetail } from "../domain/access";
import { seesExclusionCounts } from "../domain/matching-security";
import { Organisation } from "../organisations/organisation.entity";
import { Expertise, GeoPoint, Language, Municipality } from "../reference/reference.entity";
import { KeyPerson } from "../registry/registry.entity";
import { GeoPointInput } from "../registry/registry.inputs";
import { RequestKind, Role } from "../shared/enums";
import { NotFound } from "../shared/errors";
import { parseId } from "../shared/ids";
import { PageArgs } from "../shared/pagination";
import {
  Appointment,
  Assignment,
  AssignmentPage,
  AvailabilityWindow,
  Booking,
  Consult,
  InformationSession,
  KeyPersonLeave,
  MatchCandidate,
  MatchRequest,
  MatchRequestPage,
  RuleCount,
} from "./matching.entity";
import { AssignmentFilter, AvailabilityWindowInput, LeaveInput, MatchRequestFilter, MatchRequestInput } from "./matching.inputs";

const ORGANISATION_OR_COORDINATOR = [Role.ORGANISATION, Role.COORDINATOR, Role.REGIONAL_COORDINATOR];

async function newcomerDetail(request: MatchRequest, ctx: Context): Promise<NewcomerDetail> {
  const actor = requireActor(ctx);
  if (actor.role !== Role.KEY_PERSON) return newcomerDetailFor(actor, []);
  const own = (await ctx.loaders.assignmentsByRequest.load(request.id)).filter((a) => a.keyPersonId === actor.keyPersonId);
  return newcomerDetailFor(
    actor,
    own.map((a) => a.status),
  );
}

@Resolver(() => MatchRequest)
export class MatchRequestResolver {
  @Authorized(...ORGANISATION_OR_COORDINATOR)
  @Query(() => MatchRequest, { nullable: true })
  matchRequest(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.matching.getRequest(requireActor(ctx), id);
  }

  @Authorized(...ORGANISATION_OR_COORDINATOR)
  @Query(() => MatchRequestPage, { description: "An organisation's own requests; coordinators all (regional: their municipalities)" })
  matchRequests(@Arg("filter", () => MatchRequestFilter, { nullable: true }) filter: MatchRequestFilter | null, @Args() page: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.matching.listRequests(requireActor(ctx), filter, page);
  }

  @Authorized(...ORGANISATION_OR_COORDINATOR)
  @Query(() => [MatchCandidate])
  matchCandidates(
    @Arg("requestId", () => ID) requestId: string,
    @Arg("limit", () => Int, { defaultValue: DEFAULT_CANDIDATES }) limit: number,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.matching.candidates(requireActor(ctx), requestId, limit);
  }

  @Authorized(Role.ORGANISATION)
  @Mutation(() => MatchRequest, { description: "Organisation" })
  createMatchRequest(@Arg("input", () => MatchRequestInput) input: MatchRequestInput, @Ctx() ctx: Context) {
    return ctx.services.matching.createRequest(requireActor(ctx), input);
  }

  @Authorized(Role.ORGANISATION)
  @Mutation(() => MatchRequest, {
    description: "Organisation: no key person is needed any more; open proposals and active support end, their key persons are told",
  })
  cancelMatchRequest(@Arg("requestId", () => ID) requestId: string, @Ctx() ctx: Context) {
    return ctx.services.matching.cancelRequest(requireActor(ctx), requestId);
  }

  @Authorized(Role.ORGANISATION)
  @Mutation(() => MatchRequest, { description: "Organisation: the newcomer moved" })
  relocateNewcomer(@Arg("requestId", () => ID) requestId: string, @Arg("location", () => GeoPointInput) location: GeoPointInput, @Ctx() ctx: Context) {
    return ctx.services.matching.relocate(requireActor(ctx), requestId, location);
  }

  @FieldResolver(() => Organisation)
  organisation(@Root() request: MatchRequest, @Ctx() ctx: Context) {
    return ctx.loaders.organisationById.load(request.organisationId);
  }

  @FieldResolver(() => GeoPoint, { description: "For a key person who does not support (and did not support) the newcomer: rounded to about a kilometre" })
  async location(@Root() request: MatchRequest, @Ctx() ctx: Context): Promise<GeoPoint> {
    const point = { lat: request.lat, lon: request.lon };
    return (await newcomerDetail(request, ctx)) === "WHOLE" ? point : approximatePoint(point);
  }

  @FieldResolver(() => Municipality)
  municipality(@Root() request: MatchRequest, @Ctx() ctx: Context): Municipality {
    return ctx.reference.municipalities.get(request.municipalityCode)!;
  }

  @FieldResolver(() => [Language])
  languages(@Root() request: MatchRequest, @Ctx() ctx: Context): Language[] {
    return request.languageCodes.map((code) => ctx.reference.languages.get(code)!);
  }

  @FieldResolver(() => [Expertise])
  expertise(@Root() request: MatchRequest, @Ctx() ctx: Context): Expertise[] {
    return request.expertiseCodes.map((code) => ctx.reference.expertise.get(code)!);
  }

  @FieldResolver(() => String, { nullable: true, description: "Never shown to key persons: it only steers matching" })
  newcomerOrigin(@Root() request: MatchRequest, @Ctx() ctx: Context): string | null {
    return canSeeNewcomerOrigin(requireActor(ctx)) ? request.newcomerOrigin : null;
  }

  @FieldResolver(() => Appointment, { nullable: true, description: "APPOINTMENT only" })
  appointment(@Root() request: MatchRequest): Appointment | null {
    if (request.kind !== RequestKind.APPOINTMENT || !request.startsAt || !request.endsAt || !request.appointmentMode) return null;
    return {
      startsAt: request.startsAt,
      endsAt: request.endsAt,
      mode: request.appointmentMode,
      setting: request.appointmentSetting,
      role: request.appointmentRole,
    };
  }

  @FieldResolver(() => Consult, { nullable: true, description: "CONSULT only" })
  consult(@Root() request: MatchRequest): Consult | null {
    if (request.kind !== RequestKind.CONSULT || request.consultTopic === null) return null;
    return { topic: request.consultTopic, hours: request.consultHours ?? request.hoursPerWeek };
  }

  @FieldResolver(() => InformationSession, { nullable: true, description: "INFORMATION_SESSION only" })
  session(@Root() request: MatchRequest): InformationSession | null {
    if (request.kind !== RequestKind.INFORMATION_SESSION || !request.startsAt || !request.endsAt) return null;
    return {
      startsAt: request.startsAt,
      endsAt: request.endsAt,
      expectedParticipants: request.sessionExpectedParticipants ?? 0,
      topics: request.sessionTopics ?? [],
    };
  }

  @FieldResolver(() => [Assignment])
  async assignments(@Root() request: MatchRequest, @Ctx() ctx: Context) {
    const assignments = await ctx.loaders.assignmentsByRequest.load(request.id);
    // A key person reaches a request only through their own assignment: never the other key persons on the case.
    return ctx.actor?.role === Role.KEY_PERSON ? assignments.filter((a) => a.keyPersonId === ctx.actor!.keyPersonId) : assignments;
  }

  @FieldResolver(() => [RuleCount], {
    nullable: true,
    description: "While unmet: which hard rule excluded how many key persons. Coordinators only: a count can single a person out",
  })
  unmetExclusions(@Root() request: MatchRequest, @Ctx() ctx: Context): RuleCount[] | null {
    if (!request.unmetExclusions || !ctx.actor || !seesExclusionCounts(ctx.actor)) return null;
    return Object.entries(request.unmetExclusions)
      .filter(([, count]) => count > 0)
      .map(([rule, count]) => ({ rule, count }));
  }
}

@Resolver(() => MatchCandidate)
export class MatchCandidateResolver {
  @FieldResolver(() => KeyPerson)
  keyPerson(@Root() candidate: MatchCandidate, @Ctx() ctx: Context) {
    return ctx.loaders.keyPersonById.load(candidate.keyPersonId);
  }
}

@Resolver(() => Assignment)
export class AssignmentResolver {
  @Authorized()
  @Query(() => AssignmentPage, { description: "A key person's own proposals and assignments; an organisation's; coordinators all" })
  assignments(@Arg("filter", () => AssignmentFilter, { nullable: true }) filter: AssignmentFilter | null, @Args() page: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.matching.listAssignments(requireActor(ctx), filter, page);
  }

  @Authorized(Role.ORGANISATION)
  @Mutation(() => Assignment, { description: "Organisation; CONFLICT when it would over-book" })
  proposeAssignment(@Arg("requestId", () => ID) requestId: string, @Arg("keyPersonId", () => ID) keyPersonId: string, @Ctx() ctx: Context) {
    return ctx.services.matching.propose(requireActor(ctx), requestId, keyPersonId);
  }

  @Authorized(Role.KEY_PERSON)
  @Mutation(() => Assignment, { description: "The key person" })
  respondToAssignment(
    @Arg("assignmentId", () => ID) assignmentId: string,
    @Arg("accept") accept: boolean,
    @Arg("reason", () => String, { nullable: true }) reason: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.matching.respond(requireActor(ctx), assignmentId, accept, reason);
  }

  @Authorized()
  @Mutation(() => Assignment, { description: "The organisation, the key person or a coordinator" })
  completeAssignment(@Arg("assignmentId", () => ID) assignmentId: string, @Ctx() ctx: Context) {
    return ctx.services.matching.complete(requireActor(ctx), assignmentId);
  }

  @FieldResolver(() => MatchRequest)
  async request(@Root() assignment: Assignment, @Ctx() ctx: Context) {
    // Whoever sees an assignment sees its request (canSeeAssignment); the scoped loader checks it again.
    const request = await ctx.loaders.requestById.load(assignment.requestId);
    if (!request) throw new NotFound("Match request", assignment.requestId);
    return request;
  }

  @FieldResolver(() => KeyPerson)
  keyPerson(@Root() assignment: Assignment, @Ctx() ctx: Context) {
    return ctx.loaders.keyPersonById.load(assignment.keyPersonId);
  }
}

@Resolver(() => KeyPerson)
export class KeyPersonLeaveResolver {
  @FieldResolver(() => [KeyPersonLeave], { nullable: true, description: "Leave periods; coordinators and the key person only" })
  async unavailablePeriods(@Root() kp: KeyPerson, @Ctx() ctx: Context): Promise<KeyPersonLeave[] | null> {
    return ctx.actor && canManageKeyPerson(ctx.actor, kp) ? ctx.loaders.leaveByKeyPerson.load(kp.id) : null;
  }

  @FieldResolver(() => [AvailabilityWindow], {
    nullable: true,
    description: "Weekly windows for dated work ([]: any time); coordinators and the key person only",
  })
  availabilityWindows(@Root() kp: KeyPerson, @Ctx() ctx: Context): AvailabilityWindow[] | null {
    return ctx.actor && canManageKeyPerson(ctx.actor, kp) ? (kp.availabilityWindows ?? []) : null;
  }

  @FieldResolver(() => [Booking], {
    nullable: true,
    description: "The agenda: dated assignments (proposed and open, or accepted) overlapping [from, to); coordinators and the key person only",
  })
  bookings(@Root() kp: KeyPerson, @Arg("from", () => Date) from: Date, @Arg("to", () => Date) to: Date, @Ctx() ctx: Context): Promise<Booking[]> | null {
    if (!ctx.actor || !canManageKeyPerson(ctx.actor, kp)) return null;
    ctx.services.matching.checkPeriod(from, to);
    return ctx.loaders.bookingsByKeyPerson.load(`${kp.id}|${from.toISOString()}|${to.toISOString()}`);
  }

  @Authorized(Role.COORDINATOR, Role.REGIONAL_COORDINATOR, Role.KEY_PERSON)
  @Mutation(() => KeyPerson, { description: "Coordinator or self: the weekly windows in which dated work may be booked (an empty list: any time)" })
  async setAvailabilityWindows(
    @Arg("keyPersonId", () => ID) keyPersonId: string,
    @Arg("windows", () => [AvailabilityWindowInput]) windows: AvailabilityWindowInput[],
    @Ctx() ctx: Context,
  ): Promise<KeyPerson> {
    const actor = requireActor(ctx);
    // get() answers NOT_FOUND for anyone who may not manage this key person.
    const keyPerson = await ctx.services.registry.get(actor, keyPersonId);
    return ctx.services.matching.setAvailabilityWindows(actor, keyPerson.id, windows);
  }
}

@Resolver(() => Booking)
export class BookingResolver {
  @FieldResolver(() => Municipality, { nullable: true, description: "Where the request is; null for a regional coordinator when it lies outside their region" })
  municipality(@Root() booking: Booking, @Ctx() ctx: Context): Municipality | null {
    // The same scope as the request itself: a regional coordinator reads the agenda of a key person in the region, not where elsewhere they work.
    if (ctx.actor?.role === Role.REGIONAL_COORDINATOR && !inRegion(ctx.actor, booking.municipalityCode)) return null;
    return ctx.reference.municipalities.get(booking.municipalityCode) ?? null;
  }
}

@Resolver(() => KeyPersonLeave)
export class LeaveResolver {
  @Authorized(Role.COORDINATOR, Role.REGIONAL_COORDINATOR, Role.KEY_PERSON)
  @Mutation(() => KeyPersonLeave, { description: "Coordinator or self: a period without new work" })
  async addLeave(@Arg("keyPersonId", () => ID) keyPersonId: string, @Arg("input", () => LeaveInput) input: LeaveInput, @Ctx() ctx: Context) {
    const keyPerson = await ctx.services.registry.get(requireActor(ctx), keyPersonId);
    return ctx.services.matching.addLeave(requireActor(ctx), keyPerson.id, input);
  }

  @Authorized(Role.COORDINATOR, Role.REGIONAL_COORDINATOR, Role.KEY_PERSON)
  @Mutation(() => Boolean, { description: "Coordinator or self" })
  async removeLeave(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    const leave = (await ctx.loaders.leaveById.load(parseId(id, "KeyPersonLeave"))) ?? null;
    if (!leave) throw new NotFound("KeyPersonLeave", id);
    await ctx.services.registry.get(requireActor(ctx), String(leave.keyPersonId));
    await ctx.services.matching.removeLeave(requireActor(ctx), leave);
    return true;
  }
}
