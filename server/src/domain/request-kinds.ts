// What each kind of match request takes and needs (issue 16). Pure: the service passes the
// input as plain values and the current time; the answer is the problems (each naming its
// field, with a reason code) and, when there are none, the derived facts of the request: its
// hours, its slot, whether it is remote by nature. See docs/domain.md, "Request kinds".

import { REQUEST_START_MAX_DAYS_AHEAD } from "./declarations";
import { coded, type Coded } from "./reasons";
import { localTime, slotHours, CONSULT_MAX_HOURS, SESSION_MAX_PARTICIPANTS, SLOT_MAX_HOURS } from "./timeslots";

export type RequestKind = "CASE_SUPPORT" | "APPOINTMENT" | "CONSULT" | "INFORMATION_SESSION";
export type AppointmentMode = "ON_SITE" | "PHONE" | "VIDEO";

export const REQUEST_KINDS: readonly RequestKind[] = ["CASE_SUPPORT", "APPOINTMENT", "CONSULT", "INFORMATION_SESSION"];

/** The kinds with a time slot: a key person can be booked only once at a time for these. */
export const DATED_KINDS: readonly RequestKind[] = ["APPOINTMENT", "INFORMATION_SESSION"];

/** Longest free texts of the kinds' inputs, in characters. */
export const SETTING_MAX = 120;
export const TOPIC_MAX = 200;
export const SESSION_TOPIC_MAX = 80;
export const SESSION_TOPICS_MAX = 20;
export const DIALECT_MAX = 80;

export interface KindInput {
  kind: RequestKind;
  hasLocation: boolean;
  hoursPerWeek: number | null | undefined;
  startsOn: string | null | undefined;
  newcomerConsent: boolean | null | undefined;
  appointment?: { startsAt: Date; endsAt: Date; mode: AppointmentMode; setting?: string | null; role?: string | null } | null;
  consult?: { topic: string; hours: number } | null;
  session?: { startsAt: Date; endsAt: Date; expectedParticipants: number; topics?: string[] | null } | null;
  requiredDialect?: string | null;
  preferredDialect?: string | null;
}

export type KindProblem = { field: string; message: string } & Coded;

export interface KindFacts {
  /** The hours the request holds against a key person's weekly capacity. Null for CASE_SUPPORT: its own hoursPerWeek. */
  hours: number | null;
  /** The booked slot of a dated kind. */
  slot: { startsAt: Date; endsAt: Date } | null;
  /** Its local date (Europe/Amsterdam), the request's startsOn. */
  slotDate: string | null;
  /** A PHONE or VIDEO appointment, a CONSULT: no distance, no travel. */
  remote: boolean;
  /** Whether the newcomer's consent to be referred is needed: there is one newcomer in it. */
  needsConsent: boolean;
  /** Whether the request needs a location (CONSULT does not). */
  needsLocation: boolean;
  requiredDialect: string | null;
  preferredDialect: string | null;
}

/** A trimmed text, null when empty. */
const text = (value: string | null | undefined): string | null => value?.trim() || null;

/** Whether the kind is remote by nature. */
export function isRemoteKind(kind: RequestKind, mode: AppointmentMode | null | undefined): boolean {
  return kind === "CONSULT" || (kind === "APPOINTMENT" && mode !== "ON_SITE" && mode != null);
}

function slotProblems(field: string, slot: { startsAt: Date; endsAt: Date }, now: Date, latestDate: string): KindProblem[] {
  const start = slot.startsAt.getTime();
  const end = slot.endsAt.getTime();
  if (!Number.isFinite(start) || !Number.isFinite(end)) return [{ field, message: "Give a start and an end time", ...coded("VALUE_REQUIRED") }];
  const problems: KindProblem[] = [];
  if (end <= start) problems.push({ field: `${field}.endsAt`, message: "The end time is not after the start time", ...coded("SLOT_ENDS_BEFORE_START") });
  else if (end - start > SLOT_MAX_HOURS * 3600_000)
    problems.push({ field: `${field}.endsAt`, message: `At most ${SLOT_MAX_HOURS} hours`, ...coded("SLOT_TOO_LONG", { maxHours: SLOT_MAX_HOURS }) });
  if (start <= now.getTime()) problems.push({ field: `${field}.startsAt`, message: "The start time lies in the past", ...coded("SLOT_IN_PAST") });
  else if (localTime(start).date > latestDate)
    problems.push({
      field: `${field}.startsAt`,
      message: `The start lies too far ahead: on or before ${latestDate}`,
      ...coded("START_DATE_TOO_FAR", { latest: latestDate, maxDaysAhead: REQUEST_START_MAX_DAYS_AHEAD }),
    });
  return problems;
}

/**
 * Every problem with the kind-specific part of a request input, and the facts it derives.
 * `latestDate` is the last start date a request may have (declarations.ts).
 */
export function kindProblems(input: KindInput, now: Date, latestDate: string): { problems: KindProblem[]; facts: KindFacts } {
  const { kind } = input;
  const problems: KindProblem[] = [];
  const notAllowed = (field: string) =>
    problems.push({ field, message: `${field} does not belong to a ${kind} request`, ...coded("KIND_INPUT_NOT_ALLOWED", { kind }) });
  const required = (field: string) => problems.push({ field, message: `A ${kind} request needs ${field}`, ...coded("KIND_INPUT_REQUIRED", { kind }) });

  // Another kind's sub-input is refused, not ignored: the sender meant something else.
  if (input.appointment && kind !== "APPOINTMENT") notAllowed("appointment");
  if (input.consult && kind !== "CONSULT") notAllowed("consult");
  if (input.session && kind !== "INFORMATION_SESSION") notAllowed("session");
  // Hours and a start date come from the slot or the consult for every kind but case support.
  if (kind !== "CASE_SUPPORT" && input.hoursPerWeek != null) notAllowed("hoursPerWeek");
  if ((kind === "APPOINTMENT" || kind === "INFORMATION_SESSION") && input.startsOn != null) notAllowed("startsOn");
  if (kind === "CASE_SUPPORT" && input.hoursPerWeek == null) required("hoursPerWeek");

  const needsLocation = kind !== "CONSULT";
  if (needsLocation && !input.hasLocation) required("location");

  let hours: number | null = null;
  let slot: KindFacts["slot"] = null;
  if (kind === "APPOINTMENT") {
    const a = input.appointment;
    if (!a) required("appointment");
    else {
      problems.push(...slotProblems("appointment", a, now, latestDate));
      for (const key of ["setting", "role"] as const)
        if ((text(a[key])?.length ?? 0) > SETTING_MAX)
          problems.push({ field: `appointment.${key}`, message: `At most ${SETTING_MAX} characters`, ...coded("TEXT_TOO_LONG", { max: SETTING_MAX }) });
      slot = { startsAt: a.startsAt, endsAt: a.endsAt };
    }
  }
  if (kind === "INFORMATION_SESSION") {
    const s = input.session;
    if (!s) required("session");
    else {
      problems.push(...slotProblems("session", s, now, latestDate));
      if (!Number.isInteger(s.expectedParticipants) || s.expectedParticipants < 1 || s.expectedParticipants > SESSION_MAX_PARTICIPANTS)
        problems.push({
          field: "session.expectedParticipants",
          message: `Expect from 1 to ${SESSION_MAX_PARTICIPANTS} participants`,
          ...coded("NUMBER_OUT_OF_RANGE", { min: 1, max: SESSION_MAX_PARTICIPANTS }),
        });
      const topics = s.topics ?? [];
      if (topics.length > SESSION_TOPICS_MAX)
        problems.push({ field: "session.topics", message: `At most ${SESSION_TOPICS_MAX} topics`, ...coded("TOO_MANY", { max: SESSION_TOPICS_MAX }) });
      for (const topic of topics) {
        if (!text(topic)) problems.push({ field: "session.topics", message: "A topic is empty", ...coded("VALUE_REQUIRED") });
        else if (topic.trim().length > SESSION_TOPIC_MAX)
          problems.push({
            field: "session.topics",
            message: `At most ${SESSION_TOPIC_MAX} characters a topic`,
            ...coded("TEXT_TOO_LONG", { max: SESSION_TOPIC_MAX }),
          });
      }
      slot = { startsAt: s.startsAt, endsAt: s.endsAt };
    }
  }
  if (kind === "CONSULT") {
    const c = input.consult;
    if (!c) required("consult");
    else {
      const topic = text(c.topic);
      if (!topic) problems.push({ field: "consult.topic", message: "Give the topic of the consult", ...coded("VALUE_REQUIRED") });
      else if (topic.length > TOPIC_MAX)
        problems.push({ field: "consult.topic", message: `At most ${TOPIC_MAX} characters`, ...coded("TEXT_TOO_LONG", { max: TOPIC_MAX }) });
      if (!Number.isFinite(c.hours) || c.hours <= 0 || c.hours > CONSULT_MAX_HOURS)
        problems.push({
          field: "consult.hours",
          message: `Hours must be more than 0 and at most ${CONSULT_MAX_HOURS}`,
          ...coded("NUMBER_NOT_POSITIVE_OR_TOO_HIGH", { max: CONSULT_MAX_HOURS }),
        });
      hours = c.hours;
    }
  }
  if (slot && Number.isFinite(slot.startsAt.getTime()) && slot.endsAt.getTime() > slot.startsAt.getTime())
    hours = Math.max(0.25, slotHours({ startsAt: slot.startsAt.getTime(), endsAt: slot.endsAt.getTime() }));

  for (const key of ["requiredDialect", "preferredDialect"] as const)
    if ((text(input[key])?.length ?? 0) > DIALECT_MAX)
      problems.push({ field: key, message: `At most ${DIALECT_MAX} characters`, ...coded("TEXT_TOO_LONG", { max: DIALECT_MAX }) });

  const validSlot = slot && Number.isFinite(slot.startsAt.getTime()) ? slot : null;
  return {
    problems,
    facts: {
      hours,
      slot: validSlot,
      slotDate: validSlot ? localTime(validSlot.startsAt.getTime()).date : null,
      remote: isRemoteKind(kind, input.appointment?.mode),
      // One newcomer is referred in case support and an appointment; a consult has none, a session a group.
      needsConsent: kind === "CASE_SUPPORT" || kind === "APPOINTMENT",
      needsLocation,
      requiredDialect: text(input.requiredDialect),
      preferredDialect: text(input.preferredDialect),
    },
  };
}

/** The refusals of a move (`relocateNewcomer`) that follow from the request's kind and slot. */
export type RelocationRefusal = "CONSULT_NOT_RELOCATABLE" | "SLOT_ALREADY_BEGUN";

/**
 * Whether the newcomer of a request can still be moved: a consult has no newcomer (its
 * location only places it in a region), so there is nobody to move; dated work whose slot
 * has begun (or ended) happens where it was booked, so there is nothing to move any more.
 * Case support and a dated request before its start: null, the move's own rules apply.
 */
export function relocationRefusal(kind: RequestKind, startsAt: Date | null, now: Date): RelocationRefusal | null {
  if (kind === "CONSULT") return "CONSULT_NOT_RELOCATABLE";
  if (DATED_KINDS.includes(kind) && startsAt !== null && startsAt.getTime() <= now.getTime()) return "SLOT_ALREADY_BEGUN";
  return null;
}

/**
 * How long an accepted consult stays open: advice on a case is given within days (an hour
 * by phone, perhaps a second call). The sweep completes an accepted consult this many days
 * after it was accepted, as it completes dated work when its slot ends, so its hours stop
 * holding the key person's weekly capacity even when nobody marks it completed. The key
 * person or the organisation may complete it earlier (`completeAssignment`); hours are
 * declared against it until then, like any assignment.
 */
export const CONSULT_OPEN_DAYS = 14;

/** When the sweep completes a consult accepted at `acceptedAt`: CONSULT_OPEN_DAYS later, to the millisecond. */
export function consultEndsAt(acceptedAt: Date): Date {
  return new Date(acceptedAt.getTime() + CONSULT_OPEN_DAYS * 86_400_000);
}

/** Consults accepted at or before this instant are due for completion at `now`. */
export function consultsAcceptedBefore(now: Date): Date {
  return new Date(now.getTime() - CONSULT_OPEN_DAYS * 86_400_000);
}

/** Whether an accepted consult is due for completion at `now` (its end has come). */
export function consultDue(acceptedAt: Date, now: Date): boolean {
  return consultEndsAt(acceptedAt).getTime() <= now.getTime();
}
