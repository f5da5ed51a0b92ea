import { recordHandovers } from "../transfers/handover";
import { funderOn } from "../transfers/ownership";
import { distance, point } from "@turf/turf";
import type { DataSource, EntityManager, SelectQueryBuilder } from "typeorm";
import { audit } from "../audit/audit.service";
import { auditRefusal } from "../audit/refusals";
import type { Clock } from "../clock";
import { distanceShownTo, inRegion, isCoordinator, type Actor } from "../domain/access";
import { caseReferenceCheck } from "../domain/case-reference";
import { latestRequestStart, REQUEST_START_MAX_DAYS_AHEAD } from "../domain/declarations";
import { MAX_RELOCATIONS_PER_DAY, explanationShownTo, scorePartsShownTo, scoreShownTo, type ShownScoreParts } from "../domain/matching-security";
import { coded } from "../domain/reasons";
import { asReason, type Reason } from "../shared/reason.type";
import { staleBefore } from "../domain/freshness";
import { qualificationDay, type QualificationFact } from "../domain/qualifications";
import { CAPACITY_HOURS, coordinateProblems, type Problem } from "../domain/key-person-rules";
import {
  DECLINE_REASON_MAX,
  CARE_RULES,
  type CareRules,
  firstFailedRule,
  lostAfterMove,
  rankByBound,
  rankCandidates,
  scoreBound,
  AMBER_LIMIT_DAYS,
  BACKGROUND_WEIGHT,
  DISTANCE_RELATIVE_SHARE,
  DISTANCE_WEIGHT,
  GENDER_WEIGHT,
  LANGUAGE_LEVEL_VALUE,
  LANGUAGE_WEIGHT,
  LOAD_WEIGHT,
  NATIONAL_SCALE_KM,
  REMOTE_DISTANCE_VALUE,
  type CandidateFacts,
  type DeferredReach,
  type HardRule,
  type ProposedBecause,
  type Reach,
  type RequestFacts,
} from "../domain/matching";
import { oversightStatuses } from "../oversight/oversight.facts";
import type { ReferenceData } from "../reference/reference.service";
import { throwProblems } from "../registry/registry.service";
import { Activity, AppointmentMode, AssignmentStatus, BackgroundPreference, MatchRequestStatus, RequestKind, ReviewStatus, Role } from "../shared/enums";
import { consultEndsAt, consultsAcceptedBefore, kindProblems, relocationRefusal, type KindFacts } from "../domain/request-kinds";
import {
  collidingBooking,
  isLateCancellation,
  localTime,
  minutesOf as minutesOfOrNull,
  slotHours,
  windowsProblem,
  type Booking as SlotBooking,
  type Slot,
} from "../domain/timeslots";
import { Organisation } from "../organisations/organisation.entity";
import { KeyPerson } from "../registry/registry.entity";
import { HourEntry } from "../compensation/compensation.entity";
import { BadUserInput, Conflict, Forbidden, NotFound } from "../shared/errors";
import { parseId } from "../shared/ids";
import type { PageArgs } from "../shared/pagination";
import { AssignmentSortField, MatchRequestSortField, sortedPage, type SortSpec } from "../shared/sorting";
import { TIME_ZONE } from "../notifications/templates";
import { isIsoDate } from "../shared/scalars";
import { committedHoursTable, proposalsSince, recentAllHours, recentCaseHours, recentOwnActivityHours } from "../shared/sql-facts";
import { ownActivityWeeklyHours, recentWeeklyHours } from "../domain/workload";
import { notify, NotificationKind } from "../notifications/notify";
import { Assignment, Booking, KeyPersonLeave, MatchRequest } from "./matching.entity";
import { flagReferralsAfterMove } from "../referrals/referral.service";
import type {
  AssignmentFilter,
  AssignmentSort,
  AvailabilityWindowInput,
  LeaveInput,
  MatchRequestFilter,
  MatchRequestInput,
  MatchRequestSort,
} from "./matching.inputs";

/** The sphere turf's `distance` measures on (its earthRadius, 6,371,008.8 m), in km. */
const EARTH_RADIUS_KM = 6371.0088;

/** The light rows of a stream's first page (rankByBound reads facts for 30 at first); each further page is 4× the one before. */
const FIRST_PAGE = 100;

/**
 * An upper bound of domain/matching.ts scoreBound over the light row `s` of reachable()
 * (s.home_lat, s.home_lon, s.max_travel_km, s.remote_available, s.weekly_capacity_hours,
 * s.gender, s.level: the best requested level's value), in SQL, so that PostgreSQL can
 * order a stream by it; NULL where scoreBound is null (in reach neither by travel nor
 * remotely). The same parts and weights; the distance by the haversine formula on turf's
 * sphere, a micrometre nearer, and the reach a millionth longer, so that rounding never
 * puts a key person out of reach here who is in reach there; the columns are `real`, read
 * here as float4 and there as their decimal text, so the sum is raised by 1e-6 (far above
 * those differences, far below the 0.001 between scores). The holders of the case, whose
 * bound is the continuity score, are read separately.
 */
function sqlBound(request: RequestFacts, place: { lat: number; lon: number }, p: (value: unknown) => string): { km: string; total: string } {
  const clamp = (x: string) => `least(1, greatest(0, ${x}))`;
  let distancePart: string;
  let km = "0::float8";
  if (request.remoteKind) distancePart = `CASE WHEN s.remote_available THEN ${DISTANCE_WEIGHT}::float8 END`;
  else {
    // (A consult may have no place: its parameters only where they are used.)
    const [lat, lon] = [p(place.lat), p(place.lon)];
    const a = `power(sin(radians(l.home_lat - ${lat}::float8) / 2), 2) + cos(radians(${lat}::float8)) * cos(radians(l.home_lat)) * power(sin(radians(l.home_lon - ${lon}::float8) / 2), 2)`;
    km = `greatest(0, 2 * ${EARTH_RADIUS_KM} * asin(least(1, sqrt(${a}))) - 1e-6)`;
    const reach = `s.max_travel_km::float8`;
    const inPerson = `CASE WHEN s.km <= ${reach} * (1 + 1e-6) THEN ${DISTANCE_WEIGHT} * (${DISTANCE_RELATIVE_SHARE} * ${clamp(`CASE WHEN ${reach} > 0 THEN 1 - s.km / ${reach} WHEN s.km = 0 THEN 1 ELSE 0 END`)} + ${1 - DISTANCE_RELATIVE_SHARE} * ${clamp(`1 - s.km / ${NATIONAL_SCALE_KM}`)}) END`;
    const remote = request.remoteAcceptable ? `CASE WHEN s.remote_available THEN ${DISTANCE_WEIGHT * REMOTE_DISTANCE_VALUE}::float8 END` : "NULL::float8";
    // Both where both may apply: at the edge of the reach the two sides may disagree on which.
    distancePart = `greatest(${inPerson}, ${remote})`;
  }
  const hours = p(Math.max(0, request.hoursPerWeek));
  const capacity = `s.weekly_capacity_hours::float8`;
  const load = clamp(`1 - ${clamp(`CASE WHEN ${capacity} > 0 THEN ${hours}::float8 / ${capacity} WHEN ${hours}::float8 > 0 THEN 1 ELSE 0 END`)}`);
  const gender = request.preferredGender === null ? "1" : `CASE WHEN s.gender::text = ${p(request.preferredGender)} THEN 1 ELSE 0 END`;
  return {
    km,
    total: `${distancePart} + ${LANGUAGE_WEIGHT} * s.level_value + ${LOAD_WEIGHT} * ${load} + ${GENDER_WEIGHT} * ${gender} + ${BACKGROUND_WEIGHT}`,
  };
}

/** An unanswered proposal expires after this many hours. */
export const PROPOSAL_HOURS = 72;
const OPEN_STATUSES = [AssignmentStatus.PROPOSED, AssignmentStatus.ACTIVE];

export interface RankedCandidate {
  keyPersonId: number;
  score: number;
  distanceKm: number;
  parts: ShownScoreParts;
  reasons: string[];
  explanation: Reason[];
}

/** Why a key person cannot be proposed, as a clause after "This key person …". */
const RULE_MESSAGES: Record<HardRule, string> = {
  STATUS: "is not active",
  STALE: "has not confirmed their profile in the last 180 days",
  UNAVAILABLE: "is on leave on the start date",
  LANGUAGE: "speaks none of the requested languages",
  EXPERTISE: "lacks a required expertise",
  QUALIFICATION: "has no verified qualification, valid on the start date, for a required expertise that needs one",
  REACH: "lives beyond their travel distance, and remote support is not possible here",
  CAPACITY: "has no room left for these hours",
  // Wellbeing and supervision are the key person's own business: an organisation hears only that they are not available.
  WELLBEING: "is not available for new proposals at the moment",
  SUPERVISION: "is not available for new proposals at the moment",
  BACKGROUND: "shares the origin the newcomer asked not to be matched with",
  DECLINED: "already declined this request, or let the proposal expire",
  DIALECT: "does not note the required dialect",
  OUTSIDE_WINDOWS: "is not available at this time (weekly availability)",
  BOOKED: "is already booked at this time, or could not travel between bookings in time",
  // care (issue 17): wellbeing is the key person's own business, as above
  AMBER_LIMIT: "is not available for new proposals at the moment",
  // care (issue 17): it rests on the hours they declare, which an organisation does not read
  EXPECTED_CAPACITY: "is not available for new proposals at the moment",
};

/** The slot of a dated request as the time-slot rules take it: on site at the request's location, or remote. */
export function slotOf(request: Pick<MatchRequest, "kind" | "startsAt" | "endsAt" | "appointmentMode" | "lat" | "lon">): Slot | null {
  if (!request.startsAt || !request.endsAt) return null;
  const onSite = request.kind === RequestKind.INFORMATION_SESSION || request.appointmentMode === AppointmentMode.ON_SITE;
  return { startsAt: request.startsAt.getTime(), endsAt: request.endsAt.getTime(), place: onSite ? { lat: request.lat, lon: request.lon } : null };
}

/** A PHONE or VIDEO appointment, or a consult: remote by nature. */
const remoteKind = (request: Pick<MatchRequest, "kind" | "appointmentMode">) =>
  request.kind === RequestKind.CONSULT || (request.kind === RequestKind.APPOINTMENT && request.appointmentMode !== AppointmentMode.ON_SITE);

const today = (clock: Clock) => clock.now().toISOString().slice(0, 10);

/** The requests list's columns by sort field; the default is newest first. */
const MATCH_REQUEST_SORT: SortSpec<MatchRequestSortField> = {
  columns: {
    [MatchRequestSortField.CASE_REFERENCE]: "lower(r.case_reference)",
    [MatchRequestSortField.KIND]: "r.kind",
    [MatchRequestSortField.ORGANISATION]: "(SELECT lower(o.name) FROM organisation o WHERE o.id = r.organisation_id)",
    [MatchRequestSortField.MUNICIPALITY]: "(SELECT m.name FROM municipality m WHERE m.code = r.municipality_code)",
    [MatchRequestSortField.STATUS]: "r.status",
    [MatchRequestSortField.CREATED_AT]: "r.created_at",
    [MatchRequestSortField.UNMET_SINCE]: "r.unmet_since",
  },
  id: "r.id",
  byDefault: [
    ["r.created_at", "DESC"],
    ["r.id", "DESC"],
  ],
};

/** The assignments list's columns by sort field; the default is the latest proposal first. */
const ASSIGNMENT_SORT: SortSpec<AssignmentSortField> = {
  columns: {
    [AssignmentSortField.PROPOSED_AT]: "a.proposed_at",
    [AssignmentSortField.STATUS]: "a.status",
    [AssignmentSortField.CASE_REFERENCE]: "lower(r.case_reference)",
    [AssignmentSortField.KEY_PERSON]: "(SELECT lower(kp.display_name) FROM key_person kp WHERE kp.id = a.key_person_id)",
    [AssignmentSortField.HOURS_PER_WEEK]: "a.hours_per_week",
  },
  id: "a.id",
  byDefault: [
    ["a.proposed_at", "DESC"],
    ["a.id", "DESC"],
  ],
};

export class MatchingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reference: ReferenceData,
    private readonly clock: Clock,
    /** The care rules the ranking applies (config CARE_IN_RANKING). */
    private readonly care: Readonly<CareRules> = CARE_RULES,
  ) {}

  // ---- requests -------------------------------------------------------------

  private async checkRequest(
    input: MatchRequestInput,
    organisationId: number,
  ): Promise<{ municipalityCode: string; startsOn: string; place: { lat: number; lon: number }; kind: KindFacts }> {
    const problems: Problem[] = [];
    const kind = input.kind ?? RequestKind.CASE_SUPPORT;
    const checked = kindProblems(
      {
        kind,
        hasLocation: input.location != null,
        hoursPerWeek: input.hoursPerWeek,
        startsOn: input.startsOn,
        newcomerConsent: input.newcomerConsent,
        appointment: input.appointment,
        consult: input.consult,
        session: input.session,
        requiredDialect: input.requiredDialect,
        preferredDialect: input.preferredDialect,
      },
      this.clock.now(),
      latestRequestStart(this.clock.now()),
    );
    // Consent first, as before: without it nothing else matters (CONSENT_REQUIRED is the reason old clients know).
    if (checked.facts.needsConsent && !input.newcomerConsent) {
      throw new BadUserInput("The newcomer has not agreed to be referred: ask them first, then record their consent (newcomerConsent: true)", {
        reason: "CONSENT_REQUIRED",
        field: "newcomerConsent",
      });
    }
    problems.push(...checked.problems);
    const caseProblem = caseReferenceCheck(input.caseReference);
    if (caseProblem) problems.push({ field: "caseReference", ...caseProblem });
    if (input.languageCodes.length === 0)
      problems.push({ field: "languageCodes", message: "Give at least one language the newcomer speaks", ...coded("LANGUAGE_REQUIRED") });
    for (const code of input.languageCodes) {
      if (!this.reference.languages.has(code)) {
        problems.push({
          field: "languageCodes",
          message: `Unknown language code "${code}" (use ISO 639-3, e.g. tir, apc, prs)`,
          ...coded("UNKNOWN_CODE", { kind: "language", code }),
        });
      }
    }
    for (const code of input.expertiseCodes ?? []) {
      if (!this.reference.expertise.has(code))
        problems.push({ field: "expertiseCodes", message: `Unknown expertise code "${code}"`, ...coded("UNKNOWN_CODE", { kind: "expertise", code }) });
    }
    if (
      kind === RequestKind.CASE_SUPPORT &&
      input.hoursPerWeek != null &&
      (!Number.isFinite(input.hoursPerWeek) || input.hoursPerWeek <= 0 || input.hoursPerWeek > CAPACITY_HOURS.max)
    ) {
      problems.push({
        field: "hoursPerWeek",
        message: `Hours per week must be more than 0 and at most ${CAPACITY_HOURS.max}, got ${input.hoursPerWeek}`,
        ...coded("NUMBER_NOT_POSITIVE_OR_TOO_HIGH", { max: CAPACITY_HOURS.max }),
      });
    }
    if (input.newcomerOrigin != null && !/^[A-Z]{2}$/.test(input.newcomerOrigin)) {
      problems.push({
        field: "newcomerOrigin",
        message: `"${input.newcomerOrigin}" is not a two-letter country code (ISO 3166-1, e.g. SY, ER)`,
        ...coded("NOT_A_COUNTRY_CODE", { value: input.newcomerOrigin.slice(0, 40) }),
      });
    }
    if (input.backgroundPreference === BackgroundPreference.DIFFERENT && !input.newcomerOrigin) {
      problems.push({
        field: "newcomerOrigin",
        message: "A DIFFERENT background preference needs the newcomer's origin to know whom to leave out",
        ...coded("BACKGROUND_NEEDS_ORIGIN"),
      });
    }
    const startsOn = checked.facts.slotDate ?? input.startsOn ?? today(this.clock);
    const latest = latestRequestStart(this.clock.now());
    if (!checked.facts.slotDate && isIsoDate(startsOn) && startsOn > latest) {
      throw new BadUserInput(`The start date ${startsOn} lies more than ${REQUEST_START_MAX_DAYS_AHEAD} days ahead: give a date on or before ${latest}`, {
        reason: "START_DATE_TOO_FAR",
        field: "startsOn",
        params: { latest, maxDaysAhead: REQUEST_START_MAX_DAYS_AHEAD },
      });
    }
    if (!isIsoDate(startsOn) || startsOn < today(this.clock)) {
      problems.push({
        field: "startsOn",
        message: `The start date ${startsOn} lies in the past: give today or a later date`,
        ...coded("START_DATE_IN_PAST", { date: startsOn.slice(0, 40) }),
      });
    }
    if (input.location) problems.push(...coordinateProblems(input.location, "location"));
    throwProblems(problems);
    if (input.location) return { municipalityCode: this.municipalityOf(input.location), startsOn, place: input.location, kind: checked.facts };
    // A consult without a location: it belongs to the region of the asking organisation.
    const organisation = await this.dataSource.getRepository(Organisation).findOneBy({ id: organisationId });
    const municipality = organisation?.municipalityCode ? this.reference.municipalities.get(organisation.municipalityCode) : undefined;
    if (!municipality)
      throw new BadUserInput("Give a location for this consult, so it is clear which region it belongs to", {
        reason: "CONSULT_NEEDS_PLACE",
        field: "location",
      });
    return { municipalityCode: municipality.code, startsOn, place: { lat: municipality.insideLat, lon: municipality.insideLon }, kind: checked.facts };
  }

  private municipalityOf(location: { lat: number; lon: number }): string {
    const located = this.reference.locator.locate(location.lat, location.lon);
    if (!located)
      throw new BadUserInput(`The location (${location.lat}, ${location.lon}) is not in the Netherlands: give the newcomer's current location`, {
        reason: "LOCATION_OUTSIDE_NETHERLANDS",
        field: "location",
        params: { lat: location.lat, lon: location.lon },
      });
    return located.code;
  }

  async createRequest(actor: Actor, input: MatchRequestInput): Promise<MatchRequest> {
    if (actor.role !== Role.ORGANISATION || actor.organisationId === null)
      throw new Forbidden("Only an organisation's staff can ask for a key person", { reason: "ROLE_NOT_ALLOWED" });
    const { municipalityCode, startsOn, place, kind } = await this.checkRequest(input, actor.organisationId);
    const requestKind = input.kind ?? RequestKind.CASE_SUPPORT;
    const request = await this.dataSource.transaction(async (tx) => {
      const created = await tx.save(
        tx.create(MatchRequest, {
          organisationId: actor.organisationId!,
          caseReference: input.caseReference.trim(),
          lat: place.lat,
          lon: place.lon,
          municipalityCode,
          languageCodes: [...new Set(input.languageCodes)],
          expertiseCodes: [...new Set(input.expertiseCodes ?? [])],
          preferredGender: input.preferredGender ?? null,
          newcomerOrigin: input.newcomerOrigin ?? null,
          backgroundPreference: input.backgroundPreference ?? BackgroundPreference.NO_PREFERENCE,
          hoursPerWeek: kind.hours ?? input.hoursPerWeek!,
          startsOn,
          // Only case support chooses; a remote kind is remote by nature, an on-site one is not.
          remoteAcceptable: requestKind === RequestKind.CASE_SUPPORT ? (input.remoteAcceptable ?? false) : kind.remote,
          funding: input.funding,
          autoEscalate: input.autoEscalate ?? false,
          kind: requestKind,
          startsAt: kind.slot?.startsAt ?? null,
          endsAt: kind.slot?.endsAt ?? null,
          appointmentMode: input.appointment?.mode ?? null,
          appointmentSetting: input.appointment?.setting?.trim() || null,
          appointmentRole: input.appointment?.role?.trim() || null,
          consultTopic: input.consult?.topic.trim() ?? null,
          consultHours: input.consult?.hours ?? null,
          sessionExpectedParticipants: input.session?.expectedParticipants ?? null,
          sessionTopics: input.session ? (input.session.topics ?? []).map((t) => t.trim()) : null,
          requiredDialect: kind.requiredDialect,
          preferredDialect: kind.preferredDialect,
        }),
      );
      await audit(tx, actor, { action: "createMatchRequest", entityType: "MatchRequest", entityId: created.id });
      await this.recordUnmetIfNone(tx, created);
      return created;
    });
    return this.dataSource.getRepository(MatchRequest).findOneByOrFail({ id: request.id });
  }

  /** The request if the actor may see it: its organisation, coordinators (regional: in their municipalities). */
  async getRequest(actor: Actor, rawId: string, tx: EntityManager = this.dataSource.manager, lock = false): Promise<MatchRequest> {
    const id = parseId(rawId, "MatchRequest");
    const request = await tx.getRepository(MatchRequest).findOne({ where: { id }, ...(lock ? { lock: { mode: "pessimistic_write" as const } } : {}) });
    if (!request || !this.canSeeRequest(actor, request)) throw new NotFound("MatchRequest", rawId);
    return request;
  }

  private canSeeRequest(actor: Actor, request: MatchRequest): boolean {
    if (actor.role === Role.COORDINATOR) return true;
    if (actor.role === Role.REGIONAL_COORDINATOR) return inRegion(actor, request.municipalityCode);
    return actor.role === Role.ORGANISATION && actor.organisationId === request.organisationId;
  }

  private async ownRequest(actor: Actor, rawId: string, tx: EntityManager): Promise<MatchRequest> {
    const request = await this.getRequest(actor, rawId, tx, true);
    if (actor.role !== Role.ORGANISATION) throw new Forbidden("Only the requesting organisation can change its request", { reason: "ROLE_NOT_ALLOWED" });
    return request;
  }

  async listRequests(actor: Actor, filter: MatchRequestFilter | null | undefined, page: PageArgs, sort?: MatchRequestSort | null) {
    const query = this.dataSource.getRepository(MatchRequest).createQueryBuilder("r");
    if (actor.role === Role.ORGANISATION) query.andWhere("r.organisation_id = :own", { own: actor.organisationId });
    else if (actor.role === Role.REGIONAL_COORDINATOR) query.andWhere("r.municipality_code = ANY(:region)", { region: actor.municipalityCodes });
    else if (actor.role !== Role.COORDINATOR) throw new Forbidden("Key persons see their proposals under assignments", { reason: "ROLE_NOT_ALLOWED" });
    if (filter?.ids) query.andWhere("r.id = ANY(:ids)", { ids: filter.ids.filter((id) => /^\d{1,9}$/.test(id)).map(Number) });
    if (filter?.status) query.andWhere("r.status = :status", { status: filter.status });
    if (filter?.kind) query.andWhere("r.kind = :kind", { kind: filter.kind });
    if (filter?.unmet != null) query.andWhere(filter.unmet ? "r.unmet_since IS NOT NULL" : "r.unmet_since IS NULL");
    const q = filter?.q?.trim();
    if (q) query.andWhere("r.case_reference ILIKE :q", { q: `%${q.slice(0, 60).replace(/[\\%_]/g, (c) => `\\${c}`)}%` });
    this.filterRequests(query, filter ?? {});
    return sortedPage(query, sort, MATCH_REQUEST_SORT, page);
  }

  /**
   * The filters of the requests list, on top of the caller's scope (never widening it: an
   * organisation naming another organisation gets nothing). Unknown codes and a period that
   * ends before it starts are refused with every problem at once.
   */
  private filterRequests(query: SelectQueryBuilder<MatchRequest>, filter: MatchRequestFilter) {
    const problems: Problem[] = [];
    const known = (codes: string[] | null | undefined, table: Map<string, unknown>, field: string, kind: "language" | "municipality") => {
      for (const code of codes ?? []) {
        if (!table.has(code))
          problems.push({ field, message: `Unknown ${kind} code "${code.slice(0, 40)}"`, ...coded("UNKNOWN_CODE", { kind, code: code.slice(0, 40) }) });
      }
    };
    known(filter.municipalityCodes, this.reference.municipalities, "municipalityCodes", "municipality");
    known(filter.languageCodes, this.reference.languages, "languageCodes", "language");
    if (filter.createdFrom && filter.createdTo && filter.createdTo < filter.createdFrom)
      problems.push({ field: "createdTo", message: "The period ends before it starts", ...coded("PERIOD_INVALID") });
    throwProblems(problems);
    if (filter.organisationIds) {
      const ids = filter.organisationIds.filter((id) => /^\d{1,9}$/.test(id)).map(Number);
      query.andWhere("r.organisation_id = ANY(:organisationIds)", { organisationIds: ids });
    }
    if (filter.municipalityCodes?.length) query.andWhere("r.municipality_code = ANY(:municipalityCodes)", { municipalityCodes: filter.municipalityCodes });
    if (filter.languageCodes?.length) query.andWhere("r.language_codes && CAST(:languageCodes AS varchar[])", { languageCodes: filter.languageCodes });
    // whole days in the Netherlands: from the start of createdFrom to the end of createdTo
    if (filter.createdFrom)
      query.andWhere("r.created_at >= (CAST(CAST(:createdFrom AS date) AS timestamp) AT TIME ZONE :zone)", {
        createdFrom: filter.createdFrom,
        zone: TIME_ZONE,
      });
    if (filter.createdTo)
      query.andWhere("r.created_at < (CAST(CAST(:createdTo AS date) + 1 AS timestamp) AT TIME ZONE :zone)", { createdTo: filter.createdTo, zone: TIME_ZONE });
  }

  // ---- candidates ----------------------------------------------------------------

  private requestFacts(request: MatchRequest): RequestFacts {
    return {
      languageCodes: request.languageCodes,
      expertiseCodes: request.expertiseCodes,
      preferredGender: request.preferredGender,
      newcomerOrigin: request.newcomerOrigin,
      backgroundPreference: request.backgroundPreference,
      hoursPerWeek: request.hoursPerWeek,
      remoteAcceptable: request.remoteAcceptable,
      startsOn: request.startsOn,
      remoteKind: remoteKind(request),
      slot: slotOf(request),
      requiredDialect: request.requiredDialect,
      preferredDialect: request.preferredDialect,
      // qualifications (issue 17): the requested expertise that needs a verified qualification, valid on the start (or today, once that has passed)
      qualificationNeeded: request.expertiseCodes.filter((code) => this.reference.expertise.get(code)?.requiresQualification),
      qualificationOn: qualificationDay(request.startsOn, today(this.clock)),
      care: this.care,
    };
  }

  /**
   * Where the key persons the database can narrow to are, for rankByBound: only active,
   * fresh ones who speak a requested language, have every required expertise and, where
   * the expertise needs one, a verified qualification valid on the day (the hard rules
   * EXPERTISE and QUALIFICATION, decided again in domain/matching.ts), plus whoever
   * already holds the case. Two streams, read best-first (issue 21): the speakers whose
   * reach (a box a hair larger than the circle of their travel distance,
   * key_person_language.reach) holds the request's place — one GiST index
   * (language_code, reach) finds them — and, when the request accepts remote support, the
   * remote-capable speakers whose reach does not hold it, deferred under the remote
   * ceiling. A remote kind reads every remote-capable speaker as one stream. PostgreSQL
   * orders each stream by an upper bound of scoreBound (sqlBound) and answers a page at a
   * time; the rest of a stream is a deferred group under the last bound of the page, so
   * only the light rows the ranking reaches come to Node. Light rows: their facts are read
   * later, and only for as many as the ranking needs.
   */
  private async reachable(tx: EntityManager, request: MatchRequest): Promise<{ reach: Reach[]; deferred: DeferredReach[] }> {
    type Row = {
      id: number;
      home_lat: number;
      home_lon: number;
      max_travel_km: number;
      remote_available: boolean;
      weekly_capacity_hours: number;
      gender: CandidateFacts["gender"];
      language_code: string | null;
      level: CandidateFacts["languages"][number]["level"] | null;
      bound?: number;
    };
    const facts = this.requestFacts(request);
    const person = `kp.id, kp.home_lat, kp.home_lon, kp.max_travel_km, kp.remote_available, kp.weekly_capacity_hours, kp.gender`;
    // The same facts as copied onto each language row by the triggers of migration 1764412200000
    // (round 3): a page reads the language rows the index finds, and no key_person row.
    const speaker = `l.key_person_id AS id, l.home_lat, l.home_lon, l.max_travel_km, l.remote_available, l.weekly_capacity_hours, l.gender`;
    // One page of a stream: the eligible key persons (active, fresh, every required expertise,
    // the qualifications it needs) with a language row that meets `where`, best bound first.
    const page = (where: (p: (value: unknown) => string) => string, size: number, after: { bound: number; id: number } | null): Promise<Row[]> => {
      const params: unknown[] = [];
      const p = (value: unknown) => `$${params.push(value)}`;
      // Every required expertise, one EXISTS each (a semi-join the planner may drive from
      // either side; a count per key person was priced per row and kept it from choosing).
      const expertise = request.expertiseCodes
        .map((code) => `AND EXISTS (SELECT 1 FROM key_person_expertise e WHERE e.key_person_id = l.key_person_id AND e.expertise_code = ${p(code)})`)
        .join("\n           ");
      // The QUALIFICATION rule (domain/qualifications.ts validOn): without it a request for
      // such expertise read the facts of everyone in reach to find nobody eligible.
      const day = facts.qualificationOn ?? facts.startsOn;
      const qualifications = (facts.qualificationNeeded ?? [])
        .map(
          (code) => `AND EXISTS (SELECT 1 FROM qualification q JOIN qualification_type t ON t.code = q.type_code
             WHERE q.key_person_id = l.key_person_id AND q.status = 'VERIFIED' AND ${p(code)} = ANY(t.covers_expertise)
               AND q.obtained_on <= ${p(day)}::date AND (q.valid_until IS NULL OR q.valid_until >= ${p(day)}::date))`,
        )
        .join("\n           ");
      const condition = where(p);
      const { km, total } = sqlBound(facts, request, p);
      const keyset = after ? `AND (t.bound < ${p(after.bound)} OR (t.bound = ${p(after.bound)} AND t.id > ${p(after.id)}))` : "";
      // A row per language row (a key person who speaks two of the languages comes twice; the
      // better level first, as its bound is higher). OFFSET 0 keeps each level from being
      // folded into the next, so that PostgreSQL computes the distance and the bound once a row.
      // CASE, not least(1, …): least(1, NULL) is 1 in PostgreSQL.
      return tx.query(
        `SELECT t.id, t.home_lat, t.home_lon, t.max_travel_km, t.remote_available, t.weekly_capacity_hours, t.gender, t.language_code, t.level, t.bound
         FROM (SELECT x.*, CASE WHEN x.total > 1 THEN 1 ELSE x.total END + 1e-6 AS bound
               FROM (SELECT s.*, ${total} AS total
                     FROM (SELECT ${speaker}, l.language_code, l.level,
                             CASE l.level WHEN 'NATIVE' THEN ${LANGUAGE_LEVEL_VALUE.NATIVE} WHEN 'FLUENT' THEN ${LANGUAGE_LEVEL_VALUE.FLUENT} ELSE ${LANGUAGE_LEVEL_VALUE.BASIC} END::float8 AS level_value,
                             ${km} AS km
                           FROM key_person_language l
                           WHERE (${condition})
                             AND l.status = 'ACTIVE' AND l.profile_confirmed_at >= ${p(staleBefore(this.clock.now()))} ${expertise} ${qualifications}
                           OFFSET 0) s
                     OFFSET 0) x
               OFFSET 0) t
         WHERE t.bound IS NOT NULL ${keyset}
         ORDER BY t.bound DESC, t.id
         LIMIT ${p(size)}`,
        params,
      );
    };
    const here = point([request.lon, request.lat]);
    const light = (list: Row[]): Reach[] =>
      list.map((row) => ({
        id: row.id,
        distanceKm: distance(here, point([row.home_lon, row.home_lat]), { units: "kilometers" }),
        maxTravelKm: row.max_travel_km,
        remoteAvailable: row.remote_available,
        supportsThisCase: supporters.has(row.id),
        weeklyCapacityHours: row.weekly_capacity_hours,
        gender: row.gender,
        // A holder read without languages: unknown, so the bound takes the best level.
        languages: row.level === null || row.language_code === null ? undefined : [{ code: row.language_code, level: row.level }],
      }));
    // A stream from `after` on: a page, and the rest deferred under the page's last bound
    // (rounded as scores are: every score further down is at most that).
    const stream = (
      where: (p: (value: unknown) => string) => string,
      size: number,
      after: { bound: number; id: number } | null = null,
    ): Promise<{ rows: Row[]; reach: Reach[]; rest: DeferredReach | null }> =>
      page(where, size, after).then((rows) => {
        const last = rows.at(-1);
        const rest: DeferredReach | null =
          rows.length === size && last?.bound !== undefined
            ? { ceiling: Math.round(last.bound * 1000) / 1000, load: () => stream(where, size * 4, { bound: last.bound!, id: last.id }) }
            : null;
        return { rows, reach: light(rows), rest };
      });
    const remoteOnes = (p: (value: unknown) => string) => `l.language_code = ANY(${p(request.languageCodes)}) AND l.remote_available`;
    const at = (p: (value: unknown) => string) => {
      const here = `point(${p(request.lon)}, ${p(request.lat)})`;
      return `box(${here}, ${here})`;
    };
    // One index condition per language (GiST takes no \`= ANY\`), OR-ed: a bitmap OR of index scans.
    // The place as a box: GiST's box_ops index \`box @> box\`, not \`box @> point\`.
    const inReach = (p: (value: unknown) => string) => {
      const place = at(p);
      return request.languageCodes.map((code) => `(l.language_code = ${p(code)} AND l.reach @> ${place})`).join(" OR ");
    };
    // Whoever holds the case is read by a second query, not OR-ed in above: an OR on it
    // would make PostgreSQL scan every key person (and, priced that high, JIT-compile the plan).
    const held: { key_person_id: number; status: string }[] = await tx.query(
      `SELECT key_person_id, status FROM assignment WHERE request_id = $1 AND status IN ('PROPOSED', 'ACTIVE')`,
      [request.id],
    );
    const holders = new Set(held.map((a) => a.key_person_id));
    // Continuity (the score bound of 1) is for the key person who supports the case; one who is only proposed ranks on their own facts.
    const supporters = new Set(held.filter((a) => a.status === "ACTIVE").map((a) => a.key_person_id));
    const first = await stream(remoteKind(request) ? remoteOnes : inReach, FIRST_PAGE);
    const deferred: DeferredReach[] = first.rest ? [first.rest] : [];
    // The holders come first whatever their bound (read here unless on the first page).
    const found = new Set(first.rows.map((row) => row.id));
    const missing = [...holders].filter((id) => !found.has(id));
    const reach = first.reach;
    if (missing.length > 0)
      reach.push(...light(await tx.query(`SELECT ${person}, NULL AS language_code, NULL AS level FROM key_person kp WHERE kp.id = ANY($1)`, [missing])));
    if (request.remoteAcceptable && !remoteKind(request)) {
      // Anyone remote-capable beyond their own reach scores at most this (the holders are in `reach` already).
      const ceiling = scoreBound(facts, { id: 0, distanceKm: Infinity, maxTravelKm: 0, remoteAvailable: true, supportsThisCase: false })!;
      const beyond = (p: (value: unknown) => string) => `${remoteOnes(p)} AND NOT l.reach @> ${at(p)}`;
      deferred.push({ ceiling, load: () => stream(beyond, FIRST_PAGE) });
    }
    return { reach, deferred };
  }

  /** The facts the rules need (domain/matching.ts), for the given key persons or for everyone. */
  private async candidateFacts(tx: EntityManager, request: MatchRequest, scope: { ids: number[] } | { all: true }): Promise<CandidateFacts[]> {
    const now = this.clock.now();
    const params: unknown[] = [request.id, request.startsOn];
    const slot = slotOf(request);
    // A dated request reads each candidate's dated bookings around its slot (a day either side covers any travel).
    const bookings = slot
      ? `(SELECT json_agg(json_build_object('requestId', r.id, 'startsAt', r.starts_at, 'endsAt', r.ends_at,
           'onSite', r.kind = 'INFORMATION_SESSION' OR r.appointment_mode = 'ON_SITE', 'lat', r.lat, 'lon', r.lon, 'accepted', a.status = 'ACTIVE'))
         FROM assignment a JOIN match_request r ON r.id = a.request_id
         WHERE a.key_person_id = kp.id AND r.id <> $1 AND r.starts_at IS NOT NULL
           AND (a.status = 'ACTIVE' OR (a.status = 'PROPOSED' AND a.respond_by > $${params.push(now)}))
           AND r.starts_at < $${params.push(new Date(slot.endsAt + 86_400_000))} AND r.ends_at > $${params.push(new Date(slot.startsAt - 86_400_000))})`
      : "NULL";
    const where = "ids" in scope ? `kp.id = ANY($${params.push(scope.ids)})` : "TRUE";
    // Qualifications only when the request needs one (issue 17): verified ones, with what their type covers.
    const needsQualification = request.expertiseCodes.some((code) => this.reference.expertise.get(code)?.requiresQualification);
    const qualifications = needsQualification
      ? `(SELECT json_agg(json_build_object('status', q.status, 'obtainedOn', q.obtained_on, 'validUntil', q.valid_until, 'coversExpertise', t.covers_expertise))
         FROM qualification q JOIN qualification_type t ON t.code = q.type_code WHERE q.key_person_id = kp.id AND q.status = 'VERIFIED')`
      : "NULL";
    const today = `$${params.push(now.toISOString().slice(0, 10))}`;
    const weekAgo = `$${params.push(new Date(now.getTime() - AMBER_LIMIT_DAYS * 86_400_000))}`;
    // The stored wellbeing and supervision statuses (oversight.store.ts), where still good now:
    // not marked dirty by a write since they were derived, and not past their validUntil.
    const storedNow = `$${params.push(now)}`;
    type Row = {
      id: number;
      status: CandidateFacts["status"];
      profile_confirmed_at: Date | null;
      home_lat: number;
      home_lon: number;
      max_travel_km: number;
      remote_available: boolean;
      weekly_capacity_hours: number;
      gender: CandidateFacts["gender"];
      origins: string[];
      consent_origin_matching: boolean;
      elsewhere: number;
      own_activity_hours: number;
      recent_hours: number;
      recent_proposals: number;
      recent_case_hours: { declared: number; agreed: number };
      declined: boolean;
      supports: boolean;
      proposed: boolean;
      leave: { from: string; to: string }[] | null;
      languages: CandidateFacts["languages"] | null;
      availability_windows: CandidateFacts["availabilityWindows"];
      bookings: { requestId: number; startsAt: string; endsAt: string; onSite: boolean; lat: number; lon: number; accepted: boolean }[] | null;
      expertise: string[] | null;
      qualifications: QualificationFact[] | null;
      stored_wellbeing: CandidateFacts["wellbeing"] | null;
      stored_supervision: CandidateFacts["supervision"] | null;
    };
    const select = (condition: string, values: unknown[]): Promise<Row[]> =>
      tx.query(
        `SELECT kp.id, kp.status, kp.profile_confirmed_at, kp.home_lat, kp.home_lon, kp.max_travel_km, kp.remote_available,
         kp.weekly_capacity_hours, kp.gender, kp.origins, kp.consent_origin_matching,
         COALESCE((SELECT c.hours FROM ${committedHoursTable("key_person_id = kp.id AND request_id <> $1")} c), 0) AS elsewhere,
         ${recentOwnActivityHours("kp.id", today)} AS own_activity_hours,
         ${recentAllHours("kp.id", today)} AS recent_hours, ${proposalsSince("kp.id", "$1", weekAgo)} AS recent_proposals,
         ${recentCaseHours("kp.id", today)} AS recent_case_hours,
         EXISTS (SELECT 1 FROM assignment a WHERE a.key_person_id = kp.id AND a.request_id = $1 AND a.status IN ('DECLINED', 'EXPIRED')) AS declined,
         EXISTS (SELECT 1 FROM assignment a WHERE a.key_person_id = kp.id AND a.request_id = $1 AND a.status = 'ACTIVE') AS supports,
         EXISTS (SELECT 1 FROM assignment a WHERE a.key_person_id = kp.id AND a.request_id = $1 AND a.status = 'PROPOSED') AS proposed,
         (SELECT json_agg(json_build_object('from', v.starts_on, 'to', v.ends_on)) FROM key_person_leave v WHERE v.key_person_id = kp.id AND v.ends_on >= $2::date) AS leave,
         (SELECT json_agg(json_build_object('code', l.language_code, 'level', l.level, 'dialect', l.dialect)) FROM key_person_language l WHERE l.key_person_id = kp.id) AS languages,
         kp.availability_windows, ${bookings} AS bookings,
         (SELECT array_agg(e.expertise_code) FROM key_person_expertise e WHERE e.key_person_id = kp.id) AS expertise,
         ${qualifications} AS qualifications, s.wellbeing AS stored_wellbeing, s.supervision AS stored_supervision
       FROM key_person kp
         LEFT JOIN oversight_status s ON s.key_person_id = kp.id AND NOT s.dirty AND s.valid_until > ${storedNow} AND s.wellbeing IS NOT NULL AND s.supervision IS NOT NULL
       WHERE ${condition}`,
        values,
      );
    const rows = await select(where, params);
    const here = point([request.lon, request.lat]);
    // Issue 21, round 3: derived here only for whoever has no good stored status (the
    // sweep keeps them current, so mostly nobody): three statements fewer per request.
    const oversight = await oversightStatuses(
      tx,
      rows.filter((row) => row.stored_wellbeing === null).map((row) => row.id),
      now,
    );
    return rows.map((row) => ({
      id: row.id,
      status: row.status,
      stale: row.profile_confirmed_at === null || row.profile_confirmed_at < staleBefore(now),
      unavailablePeriods: row.leave ?? [],
      languages: row.languages ?? [],
      expertiseCodes: row.expertise ?? [],
      gender: row.gender,
      // Origins steer background matching only with the key person's consent (docs/security.md).
      origins: row.consent_origin_matching ? row.origins : [],
      distanceKm: distance(here, point([row.home_lon, row.home_lat]), { units: "kilometers" }),
      maxTravelKm: row.max_travel_km,
      remoteAvailable: row.remote_available,
      weeklyCapacityHours: row.weekly_capacity_hours,
      // Own activities are load too (issue 16): their recent weekly average comes on top of the assignments' hours.
      committedHoursElsewhere: row.elsewhere + ownActivityWeeklyHours(row.own_activity_hours),
      wellbeing: row.stored_wellbeing ?? oversight.get(row.id)?.wellbeing ?? "UNKNOWN",
      supervision: row.stored_supervision ?? oversight.get(row.id)?.supervision ?? "NEVER",
      declinedThisRequest: row.declined,
      supportsThisCase: row.supports,
      availabilityWindows: row.availability_windows ?? [],
      bookings: (row.bookings ?? []).map((b): SlotBooking => ({
        requestId: b.requestId,
        startsAt: Date.parse(b.startsAt),
        endsAt: Date.parse(b.endsAt),
        place: b.onSite ? { lat: b.lat, lon: b.lon } : null,
        accepted: b.accepted,
      })),
      proposedForThisCase: row.proposed,
      qualifications: row.qualifications ?? [],
      recentWeeklyHours: recentWeeklyHours(row.recent_hours),
      recentProposals: row.recent_proposals,
      recentCaseHours: row.recent_case_hours,
    }));
  }

  private names = { language: (code: string) => this.reference.languages.get(code)?.name ?? code };

  private async rank(tx: EntityManager, request: MatchRequest, limit: number) {
    const { reach, deferred } = await this.reachable(tx, request);
    const facts = (ids: number[]) => this.candidateFacts(tx, request, { ids });
    return rankByBound(this.requestFacts(request), reach, facts, this.names, limit, undefined, deferred);
  }

  async candidates(actor: Actor, rawRequestId: string, limit: number): Promise<RankedCandidate[]> {
    if (!Number.isInteger(limit) || limit < 1 || limit > 100)
      throw new BadUserInput("limit must be from 1 to 100", { reason: "NUMBER_OUT_OF_RANGE", field: "limit", params: { min: 1, max: 100 } });
    const request = await this.getRequest(actor, rawRequestId);
    const { ranked } = await this.rank(this.dataSource.manager, request, limit);
    return ranked.map((c) => {
      const distanceKm = distanceShownTo(actor, c.distanceKm);
      const shown = explanationShownTo(actor, c.explanation, c.reasons);
      return {
        keyPersonId: c.id,
        score: scoreShownTo(actor, c.score),
        distanceKm,
        parts: scorePartsShownTo(actor, c, distanceKm),
        reasons: shown.reasons,
        explanation: shown.explanation.map(asReason),
      };
    });
  }

  /** With no candidate left, record which rule excluded how many key persons: the map of where to recruit. */
  private async recordUnmetIfNone(tx: EntityManager, request: MatchRequest): Promise<boolean> {
    const { eligible } = await this.rank(tx, request, 1);
    if (eligible > 0) {
      if (request.unmetSince) await tx.update(MatchRequest, { id: request.id }, { unmetSince: null, unmetExclusions: null });
      return false;
    }
    const everyone = await this.candidateFacts(tx, request, { all: true });
    const { excludedBy } = rankCandidates(this.requestFacts(request), everyone, this.names, 1);
    await tx.update(MatchRequest, { id: request.id }, { unmetSince: request.unmetSince ?? this.clock.now(), unmetExclusions: excludedBy });
    return true;
  }

  // ---- booking ------------------------------------------------------------------

  async propose(actor: Actor, rawRequestId: string, rawKeyPersonId: string): Promise<Assignment> {
    const keyPersonId = parseId(rawKeyPersonId, "KeyPerson");
    return this.dataSource.transaction(async (tx) => {
      const request = await this.ownRequest(actor, rawRequestId, tx);
      const assignment = await this.proposeIn(tx, request, keyPersonId, null, actor);
      await audit(tx, actor, {
        action: "proposeAssignment",
        entityType: "Assignment",
        entityId: assignment.id,
        detail: { requestId: request.id, keyPersonId },
      });
      return assignment;
    });
  }

  /**
   * Books a proposal with the key person's row locked, so two organisations proposing
   * the same person at once are served one after the other and the second sees the
   * first one's hours: capacity is never over-booked.
   */
  private async proposeIn(
    tx: EntityManager,
    request: MatchRequest,
    keyPersonId: number,
    because: ProposedBecause | null,
    actor: Actor | null = null,
  ): Promise<Assignment> {
    if (request.status !== MatchRequestStatus.OPEN && request.status !== MatchRequestStatus.MATCHED) {
      throw new Conflict(`This request is ${request.status.toLowerCase()}: no new proposals`, {
        reason: "REQUEST_NOT_OPEN",
        params: { status: request.status },
      });
    }
    const open = await tx.findBy(Assignment, { requestId: request.id, status: AssignmentStatus.PROPOSED });
    if (open.length > 0)
      throw new Conflict("This request already has a proposal waiting for an answer: wait for it, or let it expire", { reason: "PROPOSAL_PENDING" });
    const locked = await tx.query(`SELECT id FROM key_person WHERE id = $1 FOR UPDATE`, [keyPersonId]);
    const [facts] = locked.length ? await this.candidateFacts(tx, request, { ids: [keyPersonId] }) : [];
    if (facts?.supportsThisCase || facts?.proposedForThisCase)
      throw new Conflict("This key person already supports this case", { reason: "ALREADY_SUPPORTS_CASE" });
    const failed = facts ? firstFailedRule(this.requestFacts(request), facts) : "MISSING";
    // An organisation may propose only a candidate, and hears nothing else: not whether the id
    // exists, not the rule, not a number. Which rule failed goes to the audit log, for the
    // coordinators. (Automatic proposals, actor null, and coordinators keep the reasons.)
    if (failed && actor !== null && !isCoordinator(actor)) {
      throw auditRefusal(
        new BadUserInput("This key person is not a candidate for this request: propose someone from its candidate list", {
          reason: "NOT_A_CANDIDATE",
          field: "keyPersonId",
        }),
        { entityType: "KeyPerson", entityId: keyPersonId, detail: { rule: failed } },
      );
    }
    if (failed === "MISSING" || !facts) throw new NotFound("KeyPerson", keyPersonId);
    if (failed && actor !== null) {
      throw new BadUserInput(`This key person is not a candidate for this request: the key person ${RULE_MESSAGES[failed]}`, {
        reason: "CANDIDATE_RULE_FAILED",
        field: "keyPersonId",
        params: { rule: failed },
      });
    }
    if (failed === "CAPACITY") {
      const free = facts.weeklyCapacityHours - facts.committedHoursElsewhere;
      throw new Conflict(
        `This key person has no room left: ${Math.max(0, free)} of ${facts.weeklyCapacityHours} hours a week free, the request needs ${request.hoursPerWeek}`,
        {
          reason: "CANDIDATE_RULE_FAILED",
          field: "keyPersonId",
          params: { rule: failed },
        },
      );
    }
    if (failed) {
      throw new BadUserInput(`This key person is not a candidate for this request: the key person ${RULE_MESSAGES[failed]}`, {
        reason: "CANDIDATE_RULE_FAILED",
        field: "keyPersonId",
        params: { rule: failed },
      });
    }
    const now = this.clock.now();
    const assignment = await tx.save(
      tx.create(Assignment, {
        requestId: request.id,
        keyPersonId,
        status: AssignmentStatus.PROPOSED,
        hoursPerWeek: request.hoursPerWeek,
        proposedAt: now,
        respondBy: new Date(now.getTime() + PROPOSAL_HOURS * 3600_000),
        proposedBecause: because,
      }),
    );
    await notify(tx, {
      to: { keyPerson: keyPersonId },
      kind: NotificationKind.PROPOSAL,
      dedupeKey: `proposal:${assignment.id}`,
      params: { assignmentId: assignment.id },
    });
    if (request.unmetSince) await tx.update(MatchRequest, { id: request.id }, { unmetSince: null, unmetExclusions: null });
    return assignment;
  }

  /** Proposes the best candidate there is (after an expiry, a decline or a move); records unmet demand otherwise. */
  private async proposeBest(tx: EntityManager, request: MatchRequest, because: ProposedBecause): Promise<Assignment | null> {
    const { ranked } = await this.rank(tx, request, 5);
    for (const candidate of ranked) {
      const holder = await tx.existsBy(Assignment, { requestId: request.id, keyPersonId: candidate.id, status: AssignmentStatus.ACTIVE });
      if (holder) continue;
      try {
        return await tx.transaction((inner) => this.proposeIn(inner, request, candidate.id, because));
      } catch (error) {
        if (!(error instanceof Conflict)) throw error; // someone else took the room meanwhile: try the next
      }
    }
    await this.recordUnmetIfNone(tx, request);
    return null;
  }

  private async ownAssignment(actor: Actor, rawId: string, tx: EntityManager): Promise<{ assignment: Assignment; request: MatchRequest }> {
    const id = parseId(rawId, "Assignment");
    const assignment = await tx.getRepository(Assignment).findOne({ where: { id }, lock: { mode: "pessimistic_write" } });
    if (!assignment) throw new NotFound("Assignment", rawId);
    const request = await tx.findOneByOrFail(MatchRequest, { id: assignment.requestId });
    const mine =
      actor.role === Role.COORDINATOR ||
      (actor.role === Role.KEY_PERSON && actor.keyPersonId === assignment.keyPersonId) ||
      (actor.role === Role.ORGANISATION && actor.organisationId === request.organisationId) ||
      (actor.role === Role.REGIONAL_COORDINATOR && inRegion(actor, request.municipalityCode));
    if (!mine) throw new NotFound("Assignment", rawId);
    return { assignment, request };
  }

  async respond(actor: Actor, rawId: string, accept: boolean, reason: string | null | undefined): Promise<Assignment> {
    return this.dataSource.transaction(async (tx) => {
      const { assignment, request } = await this.ownAssignment(actor, rawId, tx);
      if (actor.role !== Role.KEY_PERSON) throw new Forbidden("Only the key person can accept or decline their proposal", { reason: "SELF_ONLY" });
      if (assignment.status !== AssignmentStatus.PROPOSED)
        throw new Conflict(`This proposal is already ${assignment.status.toLowerCase()}`, {
          reason: "PROPOSAL_ALREADY_ANSWERED",
          params: { status: assignment.status },
        });
      const now = this.clock.now();
      if (assignment.respondBy <= now) throw new Conflict("This proposal has expired: the organisation can propose again", { reason: "PROPOSAL_EXPIRED" });
      // Dated work that has already begun can no longer be taken on.
      if (request.startsAt !== null && request.startsAt <= now)
        throw new Conflict("This appointment or session has already begun", { reason: "PROPOSAL_EXPIRED" });
      const trimmed = reason?.trim() || null;
      if (trimmed && trimmed.length > DECLINE_REASON_MAX) {
        throw new BadUserInput(`Keep the reason under ${DECLINE_REASON_MAX} characters`, {
          reason: "TEXT_TOO_LONG",
          field: "reason",
          params: { max: DECLINE_REASON_MAX },
        });
      }
      if (accept) {
        await this.refuseDoubleBooking(tx, assignment, request);
        await tx.update(Assignment, { id: assignment.id }, { status: AssignmentStatus.ACTIVE, respondedAt: now });
        // A handover is complete once the new key person accepts: the previous one is released,
        // and both may declare hours during the overlap (issue 18, transfers/handover.ts).
        const released: { id: number; key_person_id: number }[] = await tx.query(
          `SELECT id, key_person_id FROM assignment WHERE request_id = $1 AND status = 'ACTIVE' AND id <> $2 ORDER BY id FOR UPDATE`,
          [request.id, assignment.id],
        );
        await tx.query(`UPDATE assignment SET status = 'COMPLETED', ended_at = $2 WHERE request_id = $1 AND status = 'ACTIVE' AND id <> $3`, [
          request.id,
          now,
          assignment.id,
        ]);
        await recordHandovers(
          tx,
          actor,
          request.id,
          assignment,
          released.map((r) => ({ id: r.id, keyPersonId: r.key_person_id })),
          now,
        );
        await tx.update(MatchRequest, { id: request.id }, { status: MatchRequestStatus.MATCHED, unmetSince: null, unmetExclusions: null });
      } else {
        await tx.update(Assignment, { id: assignment.id }, { status: AssignmentStatus.DECLINED, respondedAt: now, declineReason: trimmed });
        if (request.autoEscalate) await this.proposeBest(tx, request, "ESCALATION");
        else await this.recordUnmetIfNone(tx, request);
      }
      await notify(tx, {
        to: { organisation: request.organisationId },
        kind: accept ? NotificationKind.PROPOSAL_ACCEPTED : NotificationKind.PROPOSAL_DECLINED,
        dedupeKey: `${accept ? "accepted" : "declined"}:${assignment.id}`,
        params: { assignmentId: assignment.id },
      });
      await audit(tx, actor, { action: accept ? "acceptAssignment" : "declineAssignment", entityType: "Assignment", entityId: assignment.id });
      return tx.findOneByOrFail(Assignment, { id: assignment.id });
    });
  }

  /**
   * A dated proposal is accepted only when the key person holds no accepted booking at a
   * colliding time (travel counted). The key person's row is locked first, so two accepts
   * of overlapping proposals run one after the other and the second sees the first.
   */
  private async refuseDoubleBooking(tx: EntityManager, assignment: Assignment, request: MatchRequest): Promise<void> {
    const slot = slotOf(request);
    if (!slot) return;
    await tx.query(`SELECT id FROM key_person WHERE id = $1 FOR UPDATE`, [assignment.keyPersonId]);
    const rows: { request_id: number; starts_at: Date; ends_at: Date; on_site: boolean; lat: number; lon: number }[] = await tx.query(
      `SELECT r.id AS request_id, r.starts_at, r.ends_at, (r.kind = 'INFORMATION_SESSION' OR r.appointment_mode = 'ON_SITE') AS on_site, r.lat, r.lon
       FROM assignment a JOIN match_request r ON r.id = a.request_id
       WHERE a.key_person_id = $1 AND a.status = 'ACTIVE' AND r.id <> $2 AND r.starts_at IS NOT NULL
         AND r.starts_at < $3 AND r.ends_at > $4`,
      [assignment.keyPersonId, request.id, new Date(slot.endsAt + 86_400_000), new Date(slot.startsAt - 86_400_000)],
    );
    const accepted = rows.map((r) => ({
      requestId: r.request_id,
      startsAt: new Date(r.starts_at).getTime(),
      endsAt: new Date(r.ends_at).getTime(),
      place: r.on_site ? { lat: r.lat, lon: r.lon } : null,
    }));
    if (collidingBooking(slot, accepted, request.id))
      throw new Conflict("You are already booked at this time, or could not travel between the two in time", { reason: "SLOT_TAKEN" });
  }

  async complete(actor: Actor, rawId: string): Promise<Assignment> {
    return this.dataSource.transaction(async (tx) => {
      const { assignment, request } = await this.ownAssignment(actor, rawId, tx);
      if (assignment.status !== AssignmentStatus.ACTIVE)
        throw new Conflict(`Only an active assignment can be completed; this one is ${assignment.status.toLowerCase()}`, {
          reason: "ASSIGNMENT_NOT_ACTIVE",
          params: { status: assignment.status },
        });
      await tx.update(Assignment, { id: assignment.id }, { status: AssignmentStatus.COMPLETED, endedAt: this.clock.now() });
      // A handover still waiting for an answer keeps the request open.
      const stillOpen = await tx.count(Assignment, { where: OPEN_STATUSES.map((status) => ({ requestId: request.id, status })) });
      if (stillOpen === 0) await tx.update(MatchRequest, { id: request.id }, { status: MatchRequestStatus.CLOSED });
      await audit(tx, actor, { action: "completeAssignment", entityType: "Assignment", entityId: assignment.id });
      return tx.findOneByOrFail(Assignment, { id: assignment.id });
    });
  }

  /**
   * The newcomer moved: the key person who has the case keeps it while they still qualify
   * at the new place (in reach; for a dated on-site kind, also time to travel to and from
   * their other bookings); otherwise the best candidate near the new place is proposed as a
   * handover. Weekly support: the current one stays active until the new one accepts. A
   * dated booking: the current one is released at once (paid the booked time when it is
   * less than 24 hours away) and the request is open again.
   */
  async relocate(actor: Actor, rawRequestId: string, location: { lat: number; lon: number }): Promise<MatchRequest> {
    throwProblems(coordinateProblems(location, "location"));
    const municipalityCode = this.municipalityOf(location);
    return this.dataSource.transaction(async (tx) => {
      const request = await this.ownRequest(actor, rawRequestId, tx);
      if (request.status === MatchRequestStatus.CLOSED || request.status === MatchRequestStatus.CANCELLED) {
        throw new Conflict(`This request is ${request.status.toLowerCase()}: open a new one for the newcomer's next step`, {
          reason: "REQUEST_NOT_OPEN",
          params: { status: request.status },
        });
      }
      // A consult has no newcomer to move; a slot that has begun is where it was booked.
      const kindRefusal = relocationRefusal(request.kind, request.startsAt, this.clock.now());
      if (kindRefusal === "CONSULT_NOT_RELOCATABLE")
        throw new Conflict("A consult has no newcomer to move: there is nothing to relocate", { reason: kindRefusal });
      if (kindRefusal === "SLOT_ALREADY_BEGUN")
        throw new Conflict("This slot has already begun (or ended): there is nothing to move any more", { reason: kindRefusal });
      // Bounded: moving a request at will maps the key persons around it. The request row is
      // locked (ownRequest), so two moves at once are counted one after the other.
      // The audit log's own clock: the moves were stamped by it.
      const [{ moves }] = await tx.query(
        `SELECT count(*)::int AS moves FROM audit_log
         WHERE action = 'relocateNewcomer' AND entity_type = 'MatchRequest' AND entity_id = $1 AND at > now() - interval '24 hours'`,
        [String(request.id)],
      );
      if (moves >= MAX_RELOCATIONS_PER_DAY) {
        throw auditRefusal(
          new Conflict(
            `This newcomer was moved ${MAX_RELOCATIONS_PER_DAY} times in the last 24 hours already: record the next move tomorrow, or ask the coordinator`,
            {
              reason: "RELOCATION_LIMIT",
              params: { perDay: MAX_RELOCATIONS_PER_DAY },
            },
          ),
          { entityType: "MatchRequest", entityId: request.id, detail: { moves } },
        );
      }
      await tx.update(MatchRequest, { id: request.id }, { lat: location.lat, lon: location.lon, municipalityCode });
      const moved = await tx.findOneByOrFail(MatchRequest, { id: request.id });
      const current = await tx.find(Assignment, { where: OPEN_STATUSES.map((status) => ({ requestId: request.id, status })) });
      const holders = current.length ? await this.candidateFacts(tx, moved, { ids: current.map((a) => a.keyPersonId) }) : [];
      // The same place-bound rules as matching (domain/matching.ts, lostAfterMove): reach, and
      // for a dated on-site kind the travel to and from the holder's other bookings.
      const facts = this.requestFacts(moved);
      const lostBy = (a: Assignment) =>
        lostAfterMove(
          facts,
          holders.find((h) => h.id === a.keyPersonId)!,
          a.status === AssignmentStatus.ACTIVE ? "ACTIVE" : "PROPOSED",
        );
      const losing = current.filter((a) => lostBy(a) !== null);
      // A waiting proposal that no longer qualifies ends. Accepted weekly support stays until a
      // handover is accepted (continuity); an accepted dated booking cannot be held by someone
      // who cannot be there, so it ends too and its slot goes back to matching.
      const dated = slotOf(moved) !== null;
      const ending = losing.filter((a) => a.status === AssignmentStatus.PROPOSED || dated);
      const now = this.clock.now();
      const lateEntries = await this.payLateCancellation(
        tx,
        moved,
        ending.filter((a) => a.status === AssignmentStatus.ACTIVE),
        now,
      );
      for (const ended of ending) {
        await tx.update(Assignment, { id: ended.id }, { status: AssignmentStatus.CANCELLED, endedAt: now });
        await notify(tx, {
          to: { keyPerson: ended.keyPersonId },
          kind: NotificationKind.ASSIGNMENT_CANCELLED,
          dedupeKey: `cancelled:${ended.id}`,
          params: { assignmentId: ended.id },
        });
      }
      if (ending.some((a) => a.status === AssignmentStatus.ACTIVE)) await tx.update(MatchRequest, { id: request.id }, { status: MatchRequestStatus.OPEN });
      const kept = current.some((a) => lostBy(a) === null);
      const reopened = kept ? moved : await tx.findOneByOrFail(MatchRequest, { id: request.id });
      // Only a case someone held is handed over; an open request simply ranks anew.
      if (!kept && current.length) await this.proposeBest(tx, reopened, "HANDOVER");
      if (!kept && current.length)
        await notify(tx, {
          to: { organisation: request.organisationId },
          kind: NotificationKind.HANDOVER,
          dedupeKey: `handover:${request.id}:${now.toISOString()}`,
          params: { requestId: request.id },
        });
      else if (!kept) await this.recordUnmetIfNone(tx, reopened);
      // Referrals (issue 18): open referrals to services that do not serve the new place are flagged to be routed again.
      const referralsToReroute = await flagReferralsAfterMove(tx, actor, request.id, municipalityCode);
      await audit(tx, actor, {
        action: "relocateNewcomer",
        entityType: "MatchRequest",
        entityId: request.id,
        detail: {
          municipalityCode,
          kept,
          ended: ending.map((a) => ({ assignmentId: a.id, rule: lostBy(a) })),
          ...(lateEntries ? { lateCancellationEntries: lateEntries } : {}),
          ...(referralsToReroute ? { referralsToReroute } : {}),
        },
      });
      return tx.findOneByOrFail(MatchRequest, { id: request.id });
    });
  }

  /**
   * Accepted dated work ended by the requester (a cancellation, or a move that loses the key
   * person) less than 24 hours before its start: each of these key persons is paid the
   * booked time, as a submitted hour entry. Returns how many entries were written.
   */
  private async payLateCancellation(tx: EntityManager, request: MatchRequest, accepted: Assignment[], now: Date): Promise<number> {
    const slot = slotOf(request);
    if (!slot || !isLateCancellation(now.getTime(), slot)) return 0;
    for (const assignment of accepted) {
      await tx.save(
        tx.create(HourEntry, {
          assignmentId: assignment.id,
          keyPersonId: assignment.keyPersonId,
          funder: await funderOn(tx, request, localTime(slot.startsAt).date),
          date: localTime(slot.startsAt).date,
          hours: slotHours(slot),
          activity: request.kind === RequestKind.INFORMATION_SESSION ? Activity.INFORMATION_SESSION : Activity.ACCOMPANIMENT,
          status: ReviewStatus.SUBMITTED,
          lateCancellation: true,
        }),
      );
    }
    return accepted.length;
  }

  /**
   * The organisation no longer needs a key person for this case (the newcomer left, or
   * found support elsewhere): open proposals and active support end, their key persons
   * hear so and get their hours back, and escalation stops. No reason is asked: free text
   * about a newcomer's circumstances is what the registry must not hold.
   */
  async cancelRequest(actor: Actor, rawRequestId: string): Promise<MatchRequest> {
    return this.dataSource.transaction(async (tx) => {
      const request = await this.ownRequest(actor, rawRequestId, tx);
      if (request.status === MatchRequestStatus.CLOSED || request.status === MatchRequestStatus.CANCELLED) {
        throw new Conflict(`This request is already ${request.status.toLowerCase()}`, { reason: "REQUEST_NOT_OPEN", params: { status: request.status } });
      }
      const now = this.clock.now();
      const open = await tx.find(Assignment, { where: OPEN_STATUSES.map((status) => ({ requestId: request.id, status })) });
      const lateEntries = await this.payLateCancellation(
        tx,
        request,
        open.filter((a) => a.status === AssignmentStatus.ACTIVE),
        now,
      );
      for (const assignment of open) {
        await tx.update(Assignment, { id: assignment.id }, { status: AssignmentStatus.CANCELLED, endedAt: now });
        await notify(tx, {
          to: { keyPerson: assignment.keyPersonId },
          kind: NotificationKind.ASSIGNMENT_CANCELLED,
          dedupeKey: `cancelled:${assignment.id}`,
          params: { assignmentId: assignment.id },
        });
      }
      await tx.update(MatchRequest, { id: request.id }, { status: MatchRequestStatus.CANCELLED, unmetSince: null, unmetExclusions: null });
      await audit(tx, actor, {
        action: "cancelMatchRequest",
        entityType: "MatchRequest",
        entityId: request.id,
        detail: { from: request.status, assignmentsEnded: open.length, lateCancellationEntries: lateEntries },
      });
      return tx.findOneByOrFail(MatchRequest, { id: request.id });
    });
  }

  /**
   * The sweep: proposals past their deadline expire; where asked for, the next candidate is
   * proposed. Dated work follows its slot: a proposal still unanswered when the slot starts
   * expires (nobody is proposed any more), and accepted dated work is completed once the
   * slot has ended (the request closes), so it no longer holds the key person's hours. An
   * accepted consult, which has no slot, is completed CONSULT_OPEN_DAYS after acceptance.
   */
  async expireDue(): Promise<number> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (tx) => {
      // SKIP LOCKED: several replicas may sweep at once without waiting on each other.
      const due: { id: number; request_id: number }[] = await tx.query(
        `SELECT a.id, a.request_id FROM assignment a
         WHERE a.status = 'PROPOSED' AND (a.respond_by <= $1 OR EXISTS (SELECT 1 FROM match_request r WHERE r.id = a.request_id AND r.starts_at <= $1))
         ORDER BY a.id FOR UPDATE SKIP LOCKED`,
        [now],
      );
      for (const { id, request_id } of due) {
        await tx.update(Assignment, { id }, { status: AssignmentStatus.EXPIRED, endedAt: now });
        await audit(tx, null, { action: "expireAssignment", entityType: "Assignment", entityId: id });
        const request = await tx.findOneByOrFail(MatchRequest, { id: request_id });
        const started = request.startsAt !== null && request.startsAt <= now;
        // A slot already begun is too late for anyone: no escalation, no unmet record.
        if (!started && request.autoEscalate) await this.proposeBest(tx, request, "ESCALATION");
        else if (!started) await this.recordUnmetIfNone(tx, request);
        await notify(tx, {
          to: { organisation: request.organisationId },
          kind: NotificationKind.PROPOSAL_EXPIRED,
          dedupeKey: `expired:${id}`,
          params: { assignmentId: id },
        });
      }
      const ended: { id: number; request_id: number; ends_at: Date }[] = await tx.query(
        `SELECT a.id, a.request_id, r.ends_at FROM assignment a JOIN match_request r ON r.id = a.request_id
         WHERE a.status = 'ACTIVE' AND r.ends_at IS NOT NULL AND r.ends_at <= $1 ORDER BY a.id FOR UPDATE OF a SKIP LOCKED`,
        [now],
      );
      for (const { id, ends_at } of ended) {
        await tx.update(Assignment, { id }, { status: AssignmentStatus.COMPLETED, endedAt: new Date(ends_at) });
        await audit(tx, null, { action: "completeAssignment", entityType: "Assignment", entityId: id, detail: { because: "SLOT_ENDED" } });
      }
      // A consult has no slot: it is completed CONSULT_OPEN_DAYS after it was accepted
      // (domain/request-kinds.ts), so its hours stop holding the key person's capacity.
      const consults: { id: number; request_id: number; responded_at: Date }[] = await tx.query(
        `SELECT a.id, a.request_id, a.responded_at FROM assignment a JOIN match_request r ON r.id = a.request_id
         WHERE a.status = 'ACTIVE' AND r.kind = 'CONSULT' AND a.responded_at IS NOT NULL AND a.responded_at <= $1
         ORDER BY a.id FOR UPDATE OF a SKIP LOCKED`,
        [consultsAcceptedBefore(now)],
      );
      for (const { id, responded_at } of consults) {
        await tx.update(Assignment, { id }, { status: AssignmentStatus.COMPLETED, endedAt: consultEndsAt(new Date(responded_at)) });
        await audit(tx, null, { action: "completeAssignment", entityType: "Assignment", entityId: id, detail: { because: "CONSULT_PERIOD_ENDED" } });
      }
      const finished = [...ended, ...consults].map((e) => e.request_id);
      if (finished.length)
        await tx.query(
          `UPDATE match_request r SET status = 'CLOSED' WHERE r.id = ANY($1) AND r.status = 'MATCHED'
           AND NOT EXISTS (SELECT 1 FROM assignment a WHERE a.request_id = r.id AND a.status IN ('PROPOSED', 'ACTIVE'))`,
          [finished],
        );
      return due.length;
    });
  }

  async listAssignments(actor: Actor, filter: AssignmentFilter | null | undefined, page: PageArgs, sort?: AssignmentSort | null) {
    const query = this.dataSource.getRepository(Assignment).createQueryBuilder("a").innerJoin(MatchRequest, "r", "r.id = a.request_id");
    if (actor.role === Role.KEY_PERSON) query.andWhere("a.key_person_id = :self", { self: actor.keyPersonId });
    else if (actor.role === Role.ORGANISATION) query.andWhere("r.organisation_id = :own", { own: actor.organisationId });
    else if (actor.role === Role.REGIONAL_COORDINATOR) query.andWhere("r.municipality_code = ANY(:region)", { region: actor.municipalityCodes });
    if (filter?.ids) query.andWhere("a.id = ANY(:ids)", { ids: filter.ids.filter((id) => /^\d{1,9}$/.test(id)).map(Number) });
    if (filter?.status) query.andWhere("a.status = :status", { status: filter.status });
    if (filter?.requestId) query.andWhere("a.request_id = :requestId", { requestId: parseId(filter.requestId, "MatchRequest") });
    return sortedPage(query, sort, ASSIGNMENT_SORT, page);
  }

  // ---- agenda and availability windows ------------------------------------------------

  /** The agenda's period: it ends after it starts, and spans at most a year. */
  checkPeriod(from: Date, to: Date): void {
    if (!(from.getTime() < to.getTime()) || to.getTime() - from.getTime() > 366 * 86_400_000)
      throw new BadUserInput("Give a period of at most a year that ends after it starts", { reason: "PERIOD_INVALID", field: "to" });
  }

  async setAvailabilityWindows(actor: Actor, keyPersonId: number, input: AvailabilityWindowInput[]): Promise<KeyPerson> {
    const windows = input.map((w) => ({ weekday: w.weekday, startTime: w.startTime.trim(), endTime: w.endTime.trim() }));
    const problem = windowsProblem(windows);
    if (problem) {
      const field = `windows.${problem.index}`;
      const window = windows[problem.index];
      switch (problem.problem) {
        case "TOO_MANY":
          throw new BadUserInput(`Give at most ${problem.index} windows`, { reason: "TOO_MANY", field: "windows", params: { max: problem.index } });
        case "WEEKDAY":
          throw new BadUserInput("The weekday is 1 (Monday) to 7 (Sunday)", {
            reason: "NUMBER_OUT_OF_RANGE",
            field: `${field}.weekday`,
            params: { min: 1, max: 7 },
          });
        case "TIME": {
          const value = (minutesOfOrNull(window.startTime) === null || window.startTime === "24:00" ? window.startTime : window.endTime).slice(0, 20);
          throw new BadUserInput(`"${value}" is not a time: use HH:MM`, { reason: "NOT_A_TIME", field, params: { value } });
        }
        case "ENDS_BEFORE_START":
          throw new BadUserInput("A window must end after it starts", { reason: "WINDOW_ENDS_BEFORE_START", field });
        case "OVERLAP":
          throw new BadUserInput("Two windows on the same day overlap", { reason: "WINDOWS_OVERLAP", field, params: { weekday: window.weekday } });
      }
    }
    const sorted = [...windows].sort((a, b) => a.weekday - b.weekday || a.startTime.localeCompare(b.startTime));
    return this.dataSource.transaction(async (tx) => {
      await tx.update(KeyPerson, { id: keyPersonId }, { availabilityWindows: sorted });
      await audit(tx, actor, { action: "setAvailabilityWindows", entityType: "KeyPerson", entityId: keyPersonId, detail: { windows: sorted.length } });
      return tx.findOneByOrFail(KeyPerson, { id: keyPersonId });
    });
  }

  // ---- leave -----------------------------------------------------------------------

  async addLeave(actor: Actor, keyPersonId: number, input: LeaveInput): Promise<KeyPersonLeave> {
    if (input.endsOn < input.startsOn) throw new BadUserInput("The leave ends before it starts", { reason: "LEAVE_ENDS_BEFORE_START", field: "endsOn" });
    return this.dataSource.transaction(async (tx) => {
      const leave = await tx.save(tx.create(KeyPersonLeave, { keyPersonId, startsOn: input.startsOn, endsOn: input.endsOn }));
      await audit(tx, actor, { action: "addLeave", entityType: "KeyPerson", entityId: keyPersonId });
      return leave;
    });
  }

  async removeLeave(actor: Actor, leave: KeyPersonLeave): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      await tx.delete(KeyPersonLeave, { id: leave.id });
      await audit(tx, actor, { action: "removeLeave", entityType: "KeyPerson", entityId: leave.keyPersonId });
    });
  }
}

/**
 * The agenda of these key persons: their dated assignments (proposed and open, or accepted)
 * overlapping [from, to), in time order. Access is the caller's check.
 */
export async function bookingsOf(dataSource: DataSource, keyPersonIds: number[], from: Date, to: Date, now: Date): Promise<Booking[]> {
  const rows: {
    key_person_id: number;
    assignment_id: number;
    request_id: number;
    kind: RequestKind;
    starts_at: Date;
    ends_at: Date;
    appointment_mode: AppointmentMode | null;
    municipality_code: string;
    status: string;
  }[] = await dataSource.query(
    `SELECT a.key_person_id, a.id AS assignment_id, r.id AS request_id, r.kind, r.starts_at, r.ends_at, r.appointment_mode, r.municipality_code, a.status
     FROM assignment a JOIN match_request r ON r.id = a.request_id
     WHERE a.key_person_id = ANY($1) AND r.starts_at IS NOT NULL AND r.starts_at < $3 AND r.ends_at > $2
       AND (a.status = 'ACTIVE' OR (a.status = 'PROPOSED' AND a.respond_by > $4))
     ORDER BY r.starts_at, a.id`,
    [keyPersonIds, from, to, now],
  );
  return rows.map((r) => ({
    keyPersonId: r.key_person_id,
    assignmentId: r.assignment_id,
    requestId: r.request_id,
    kind: r.kind,
    startsAt: new Date(r.starts_at),
    endsAt: new Date(r.ends_at),
    mode: r.appointment_mode,
    municipalityCode: r.municipality_code,
    status: r.status === AssignmentStatus.ACTIVE ? "ACCEPTED" : "PROPOSED",
  }));
}
