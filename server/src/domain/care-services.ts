// Care services (issue 18): what a service must hold, and who edits it. Pure: the known
// codes and the facts about the actor's organisation are passed in.
import type { Actor } from "./access";
import { isStale } from "./freshness";
import { coordinateProblems, isEmail, type Problem } from "./key-person-rules";
import { coded } from "./reasons";
import { minutesOf } from "./timeslots";

export const SERVICE_NAME_MAX = 200;
export const SERVICE_TEXT_MAX = 4000;
export const SERVICE_URL_MAX = 500;
export const MAX_SERVICE_AREAS = 400;
export const MAX_SERVICE_LANGUAGES = 40;
export const MAX_SERVICE_TOPICS = 20;
export const MAX_SERVICE_PHONES = 10;
export const MAX_SERVICE_SCHEDULES = 21;
export const MAX_SERVICE_LOCATIONS = 20;
export const CONTACT_NAME_MAX = 120;

const PHONE = /^\+?[0-9][0-9 ()-]{2,19}$/;
const URL = /^https?:\/\/[^\s/$.?#][^\s]*\.[^\s]+$/i;
const POSTAL_CODE = /^[1-9][0-9]{3} ?[A-Z]{2}$/i;

/** An e-mail, a phone number (short national lines such as 0800-2000 and 116 123 included), a web address. */
export const isServicePhone = (value: string) => PHONE.test(value) && value.replace(/\D/g, "").length >= 3;
export const isWebAddress = (value: string) => value.length <= SERVICE_URL_MAX && URL.test(value);
export const isPostalCode = (value: string) => POSTAL_CODE.test(value);
export { isEmail };

/** Dutch postal code written the usual way: 1234 AB. */
export const normalPostalCode = (value: string) =>
  value
    .replace(/\s+/g, "")
    .toUpperCase()
    .replace(/^(\d{4})([A-Z]{2})$/, "$1 $2");

export interface ServiceInputFacts {
  name: string;
  description?: string | null;
  url?: string | null;
  email?: string | null;
  eligibilityDescription?: string | null;
  applicationProcess?: string | null;
  feesDescription?: string | null;
  nationwide: boolean;
  topics: string[];
  municipalityCodes: string[];
  languageCodes: string[];
  phones: { number: string; description?: string | null }[];
  schedules: { weekday: number; opensAt: string; closesAt: string; notes?: string | null }[];
  locations: { name?: string | null; address: string; postalCode: string; city: string; municipalityCode: string; lat?: number | null; lon?: number | null }[];
}

export interface KnownServiceCodes {
  municipalities: ReadonlySet<string>;
  languages: ReadonlySet<string>;
  expertise: ReadonlySet<string>;
}

function codeProblems(codes: string[], field: string, max: number, known: ReadonlySet<string>, kind: "language" | "expertise" | "municipality"): Problem[] {
  const problems: Problem[] = [];
  if (codes.length > max) problems.push({ field, message: `Give at most ${max}`, ...coded("TOO_MANY", { max }) });
  const seen = new Set<string>();
  for (const code of codes) {
    if (!known.has(code)) problems.push({ field, message: `Unknown ${kind} code "${code}"`, ...coded("UNKNOWN_CODE", { kind, code: code.slice(0, 40) }) });
    if (seen.has(code)) problems.push({ field, message: `"${code}" is listed twice`, ...coded("LISTED_TWICE", { code: code.slice(0, 40) }) });
    seen.add(code);
  }
  return problems;
}

const tooLong = (field: string, value: string | null | undefined, max: number): Problem[] =>
  value && value.length > max ? [{ field, message: `Longer than ${max} characters`, ...coded("TEXT_TOO_LONG", { max }) }] : [];

/** Every problem of a service's input; empty when it may be saved. Texts are expected trimmed. */
export function careServiceProblems(input: ServiceInputFacts, known: KnownServiceCodes): Problem[] {
  const problems: Problem[] = [];
  if (!input.name) problems.push({ field: "name", message: "The name is empty", ...coded("NAME_EMPTY") });
  problems.push(...tooLong("name", input.name, SERVICE_NAME_MAX));
  for (const field of ["description", "eligibilityDescription", "applicationProcess", "feesDescription"] as const)
    problems.push(...tooLong(field, input[field], SERVICE_TEXT_MAX));
  if (input.url && !isWebAddress(input.url))
    problems.push({
      field: "url",
      message: `"${input.url}" is not a web address: start with https://`,
      ...coded("NOT_A_WEB_ADDRESS", { value: input.url.slice(0, 80) }),
    });
  if (input.email && !isEmail(input.email))
    problems.push({ field: "email", message: `"${input.email}" is not an e-mail address`, ...coded("NOT_AN_EMAIL", { value: input.email.slice(0, 80) }) });
  problems.push(...codeProblems(input.topics, "topics", MAX_SERVICE_TOPICS, known.expertise, "expertise"));
  problems.push(...codeProblems(input.languageCodes, "languageCodes", MAX_SERVICE_LANGUAGES, known.languages, "language"));
  problems.push(...codeProblems(input.municipalityCodes, "municipalityCodes", MAX_SERVICE_AREAS, known.municipalities, "municipality"));
  if (!input.nationwide && input.municipalityCodes.length === 0)
    problems.push({
      field: "municipalityCodes",
      message: "Name the municipalities the service covers, or mark it nationwide",
      ...coded("SERVICE_AREA_REQUIRED"),
    });
  if (input.phones.length > MAX_SERVICE_PHONES)
    problems.push({ field: "phones", message: `At most ${MAX_SERVICE_PHONES} phone numbers`, ...coded("TOO_MANY", { max: MAX_SERVICE_PHONES }) });
  for (const phone of input.phones) {
    if (!isServicePhone(phone.number))
      problems.push({ field: "phones", message: `"${phone.number}" is not a phone number`, ...coded("NOT_A_PHONE", { value: phone.number.slice(0, 40) }) });
    problems.push(...tooLong("phones", phone.description, 200));
  }
  if (input.schedules.length > MAX_SERVICE_SCHEDULES)
    problems.push({ field: "schedules", message: `At most ${MAX_SERVICE_SCHEDULES} opening hours`, ...coded("TOO_MANY", { max: MAX_SERVICE_SCHEDULES }) });
  for (const [index, schedule] of input.schedules.entries()) {
    if (!Number.isInteger(schedule.weekday) || schedule.weekday < 1 || schedule.weekday > 7) {
      problems.push({ field: "schedules", message: "A weekday is 1 (Monday) to 7 (Sunday)", ...coded("NUMBER_OUT_OF_RANGE", { min: 1, max: 7 }) });
      continue;
    }
    const opens = minutesOf(schedule.opensAt);
    const closes = minutesOf(schedule.closesAt);
    for (const value of [schedule.opensAt, schedule.closesAt].filter((v) => minutesOf(v) === null || v === "24:00"))
      problems.push({ field: "schedules", message: `"${value}" is not a time: use HH:MM`, ...coded("NOT_A_TIME", { value: value.slice(0, 10) }) });
    if (opens === null || closes === null || schedule.opensAt === "24:00" || schedule.closesAt === "24:00") continue;
    if (closes <= opens) problems.push({ field: "schedules", message: "Closes before it opens", ...coded("WINDOW_ENDS_BEFORE_START") });
    const overlaps = input.schedules.slice(0, index).some((other) => {
      const o = minutesOf(other.opensAt);
      const c = minutesOf(other.closesAt);
      return other.weekday === schedule.weekday && o !== null && c !== null && o < closes && opens < c;
    });
    if (overlaps)
      problems.push({ field: "schedules", message: "Two opening hours on the same day overlap", ...coded("WINDOWS_OVERLAP", { weekday: schedule.weekday }) });
    problems.push(...tooLong("schedules", schedule.notes, 200));
  }
  if (input.locations.length > MAX_SERVICE_LOCATIONS)
    problems.push({ field: "locations", message: `At most ${MAX_SERVICE_LOCATIONS} locations`, ...coded("TOO_MANY", { max: MAX_SERVICE_LOCATIONS }) });
  for (const location of input.locations) {
    if (!location.address) problems.push({ field: "locations", message: "The address is empty", ...coded("VALUE_REQUIRED") });
    if (!location.city) problems.push({ field: "locations", message: "The city is empty", ...coded("VALUE_REQUIRED") });
    problems.push(...tooLong("locations", location.address, 200), ...tooLong("locations", location.city, 100), ...tooLong("locations", location.name, 200));
    if (!isPostalCode(location.postalCode))
      problems.push({
        field: "locations",
        message: `"${location.postalCode}" is not a postal code`,
        ...coded("NOT_A_POSTAL_CODE", { value: location.postalCode.slice(0, 20) }),
      });
    if (!known.municipalities.has(location.municipalityCode))
      problems.push({
        field: "locations",
        message: `Unknown municipality code "${location.municipalityCode}"`,
        ...coded("UNKNOWN_CODE", { kind: "municipality", code: location.municipalityCode.slice(0, 40) }),
      });
    if ((location.lat ?? null) !== null || (location.lon ?? null) !== null)
      problems.push(...coordinateProblems({ lat: location.lat ?? NaN, lon: location.lon ?? NaN }, "locations"));
  }
  return problems;
}

export interface ContactInputFacts {
  name: string;
  title?: string | null;
  email?: string | null;
  phone?: string | null;
}

export function contactProblems(input: ContactInputFacts): Problem[] {
  const problems: Problem[] = [];
  if (!input.name) problems.push({ field: "name", message: "The name is empty", ...coded("NAME_EMPTY") });
  problems.push(...tooLong("name", input.name, CONTACT_NAME_MAX), ...tooLong("title", input.title, CONTACT_NAME_MAX));
  if (input.email && !isEmail(input.email))
    problems.push({ field: "email", message: `"${input.email}" is not an e-mail address`, ...coded("NOT_AN_EMAIL", { value: input.email.slice(0, 80) }) });
  if (input.phone && !isServicePhone(input.phone))
    problems.push({ field: "phone", message: `"${input.phone}" is not a phone number`, ...coded("NOT_A_PHONE", { value: input.phone.slice(0, 40) }) });
  if (!input.email && !input.phone) problems.push({ field: "email", message: "Give an e-mail address or a phone number", ...coded("VALUE_REQUIRED") });
  return problems;
}

/** What decides who edits a service: whose it is and where it is given. */
export interface ServiceScopeFacts {
  organisationId: number;
  nationwide: boolean;
  /** The municipalities it serves, and those of its locations. */
  municipalityCodes: readonly string[];
}

/** The actor's organisation, when they are an organisation's staff. */
export interface ActorOrganisationFacts {
  kind: string;
  municipalityCode: string | null;
}

export type ServiceEditVerdict = { ok: true } | { ok: false; reason: "ROLE_NOT_ALLOWED" | "OUTSIDE_REGION" | "OWN_ORGANISATION_ONLY" | "OUTSIDE_MUNICIPALITY" };

/**
 * Who edits a service: the national coordinator every one; a regional coordinator those
 * given in their region (not the nationwide ones); an organisation's staff their own; the
 * staff of a municipality (an organisation of kind MUNICIPALITY) also the services of
 * other organisations given in their municipality (not the nationwide ones).
 */
export function canEditService(actor: Actor, service: ServiceScopeFacts, own: ActorOrganisationFacts | null): ServiceEditVerdict {
  if (actor.role === "COORDINATOR") return { ok: true };
  if (actor.role === "REGIONAL_COORDINATOR") {
    const inRegion = !service.nationwide && service.municipalityCodes.some((code) => actor.municipalityCodes.includes(code));
    return inRegion ? { ok: true } : { ok: false, reason: "OUTSIDE_REGION" };
  }
  if (actor.role === "ORGANISATION") {
    if (actor.organisationId === service.organisationId) return { ok: true };
    if (own?.kind === "MUNICIPALITY" && own.municipalityCode) {
      return !service.nationwide && service.municipalityCodes.includes(own.municipalityCode) ? { ok: true } : { ok: false, reason: "OUTSIDE_MUNICIPALITY" };
    }
    return { ok: false, reason: "OWN_ORGANISATION_ONLY" };
  }
  return { ok: false, reason: "ROLE_NOT_ALLOWED" };
}

/** A service's data goes stale like a key person's profile: not assured for 180 days, or never. */
export function isServiceStale(assuredOn: string | null, now: Date): boolean {
  return isStale(assuredOn === null ? null : new Date(`${assuredOn}T00:00:00Z`), now);
}

/**
 * Who sees an organisation's named contact points: its own staff, the coordinators, and a
 * key person who supports one of its cases now (an ACTIVE assignment on its request).
 */
export function canSeeContacts(actor: Actor, organisationId: number, supportsActiveCase: boolean): boolean {
  if (actor.role === "COORDINATOR" || actor.role === "REGIONAL_COORDINATOR") return true;
  if (actor.role === "ORGANISATION") return actor.organisationId === organisationId;
  return supportsActiveCase;
}

/** Who edits them: the organisation's staff and the national coordinator. */
export function canEditContacts(actor: Actor, organisationId: number): boolean {
  return actor.role === "COORDINATOR" || (actor.role === "ORGANISATION" && actor.organisationId === organisationId);
}
