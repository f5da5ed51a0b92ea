import { AppointmentMode, RequestKind } from "../../../server/src/domain/enums";
import { amsterdamToday, amsterdamToIso, isTimeOfDay } from "../common/dates";
import { latestRequestStart } from "../../../server/src/domain/declarations";
import { CONSULT_MAX_HOURS, SESSION_MAX_PARTICIPANTS, SLOT_MAX_HOURS } from "../../../server/src/domain/timeslots";

// The kinds of help an organisation can ask for (issue 16), and what the request form
// asks for each: the form first asks the kind, then shows only that kind's fields. The
// values are the API's (RequestKind, AppointmentMode in schema/schema.graphql).

export const REQUEST_KINDS = Object.values(RequestKind);
export type RequestKindValue = `${RequestKind}`;

export const APPOINTMENT_MODES = Object.values(AppointmentMode);
export type AppointmentModeValue = `${AppointmentMode}`;

/** What the key person is at an appointment; the API keeps it as text, the console offers these. */
export const APPOINTMENT_ROLES = ["INTERPRETER", "CULTURAL_MEDIATOR", "COMPANION"] as const;
/** Where an appointment is; the API keeps it as text, the console offers these. */
export const APPOINTMENT_SETTINGS = ["GP", "MENTAL_HEALTH", "COA", "IND", "POLICE", "SCHOOL", "MUNICIPALITY", "OTHER"] as const;

/** Which parts of the request form a kind asks for. */
export interface KindFields {
  /** the newcomer agreed to be referred (there is no newcomer in a consult or a session) */
  consent: boolean;
  /** the newcomer's or the session's place on the map */
  location: boolean;
  /** hours a week and a start date: weekly support */
  weekly: boolean;
  /** the newcomer's wishes about the key person (gender, background) */
  preferences: boolean;
  /** the key "appointment" | "consult" | "session" of the kind's own fields */
  details: "appointment" | "consult" | "session" | null;
}

export const KIND_FIELDS: Record<RequestKindValue, KindFields> = {
  CASE_SUPPORT: { consent: true, location: true, weekly: true, preferences: true, details: null },
  APPOINTMENT: { consent: true, location: true, weekly: false, preferences: true, details: "appointment" },
  CONSULT: { consent: false, location: false, weekly: false, preferences: false, details: "consult" },
  INFORMATION_SESSION: { consent: false, location: true, weekly: false, preferences: false, details: "session" },
};

export const isRequestKind = (value: unknown): value is RequestKindValue => (REQUEST_KINDS as readonly string[]).includes(value as string);

/** The server's limits (domain/timeslots.ts), so the form refuses what the server would. */
export { CONSULT_MAX_HOURS, SESSION_MAX_PARTICIPANTS, SLOT_MAX_HOURS };

/** The date, start and end as the form holds them (Amsterdam wall clock). */
export interface SlotValues {
  date?: string | null;
  startTime?: string | null;
  endTime?: string | null;
}

/** The slot as moments, or null while it is incomplete. */
export function slotOf(values: SlotValues | null | undefined): { startsAt: string; endsAt: string } | null {
  const startsAt = amsterdamToIso(values?.date, values?.startTime);
  const endsAt = amsterdamToIso(values?.date, values?.endTime);
  return startsAt && endsAt ? { startsAt, endsAt } : null;
}

// ---- validators (react-admin's: a translation key, or undefined) ---------------------------

type Validator = (value: unknown, values: Record<string, unknown>) => string | { message: string; args: Record<string, unknown> } | undefined;

const blank = (value: unknown) => value === null || value === undefined || (typeof value === "string" && value.trim() === "");

/** The slot's values of the kind being filled in. */
const slotValuesOf = (values: Record<string, unknown>): SlotValues => {
  const key = KIND_FIELDS[isRequestKind(values.kind) ? values.kind : "CASE_SUPPORT"].details;
  return (key && (values[key] as SlotValues | undefined)) || {};
};

export const validateSlotDate: Validator = (value) => {
  if (blank(value)) return "matching.validation.slot.dateRequired";
  if (String(value) < amsterdamToday()) return "matching.validation.slot.past";
  const latest = latestRequestStart(new Date());
  return String(value) > latest ? "matching.validation.slot.tooFar" : undefined;
};

export const validateStartTime: Validator = (value, values) => {
  if (blank(value)) return "matching.validation.slot.timeRequired";
  if (!isTimeOfDay(String(value))) return "matching.validation.slot.time";
  const slot = slotValuesOf(values);
  const startsAt = amsterdamToIso(slot.date, String(value));
  return startsAt && Date.parse(startsAt) <= Date.now() ? "matching.validation.slot.past" : undefined;
};

export const validateEndTime: Validator = (value, values) => {
  if (blank(value)) return "matching.validation.slot.timeRequired";
  if (!isTimeOfDay(String(value))) return "matching.validation.slot.time";
  const slot = slotOf({ ...slotValuesOf(values), endTime: String(value) });
  if (!slot) return undefined; // the date or the start says what is missing
  const hours = (Date.parse(slot.endsAt) - Date.parse(slot.startsAt)) / 3_600_000;
  if (hours <= 0) return "matching.validation.slot.endBeforeStart";
  return hours > SLOT_MAX_HOURS ? { message: "matching.validation.slot.tooLong", args: { max: SLOT_MAX_HOURS } } : undefined;
};

export const validateConsultHours: Validator = (value) => {
  if (blank(value)) return "ra.validation.required";
  const hours = Number(value);
  if (!Number.isFinite(hours) || hours <= 0) return "matching.validation.hoursPositive";
  return hours > CONSULT_MAX_HOURS ? { message: "matching.validation.consultHoursMax", args: { max: CONSULT_MAX_HOURS } } : undefined;
};

export const validateParticipants: Validator = (value) => {
  if (blank(value)) return "ra.validation.required";
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1) return "matching.validation.participants";
  return count > SESSION_MAX_PARTICIPANTS ? { message: "matching.validation.participantsMax", args: { max: SESSION_MAX_PARTICIPANTS } } : undefined;
};

export const validateTopic: Validator = (value) => (blank(value) ? "ra.validation.required" : undefined);

/** "Gezondheid, school;  wonen" → ["Gezondheid", "school", "wonen"] */
export const parseTopics = (value: string[] | string | null | undefined): string[] => {
  const parts = Array.isArray(value) ? value : (value ?? "").split(/[,;\n]+/);
  return parts.map((part) => part.trim()).filter(Boolean);
};
