// The rules a key person's profile must meet. Pure: the known codes are passed in.
import { coded, type Coded } from "./reasons";

export const CAPACITY_HOURS = { min: 0.5, max: 60 } as const;
export const TRAVEL_KM = { min: 0, max: 300 } as const;
export const NAME_MAX = 120;
export const DIALECT_MAX = 80;
export const MAX_LANGUAGES = 12;
export const MAX_EXPERTISE = 20;
export const MAX_ORIGINS = 5;

export interface ProfileInput {
  displayName: string;
  email: string;
  phone?: string | null;
  birthYear?: number | null;
  languages: { code: string; level: string; dialect?: string | null }[];
  expertiseCodes: string[];
  homeLocation: { lat: number; lon: number };
  maxTravelKm: number;
  weeklyCapacityHours: number;
  origins?: string[] | null;
}

export interface KnownCodes {
  languages: ReadonlySet<string>;
  expertise: ReadonlySet<string>;
}

/** One problem: the input it is about, an English sentence for API users, its reason code and parameters. */
export type Problem = { field: string; message: string } & Coded;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;
const PHONE = /^\+?[0-9][0-9 ()-]{5,19}$/;
const COUNTRY = /^[A-Z]{2}$/;

export function isEmail(value: string): boolean {
  return value.length <= 254 && EMAIL.test(value);
}

function listProblems<T>(
  items: T[],
  field: string,
  max: number,
  key: (item: T) => string,
  known: ReadonlySet<string> | null,
  what: string,
  kind: "language" | "expertise" | "country",
): Problem[] {
  const problems: Problem[] = [];
  if (items.length > max) problems.push({ field, message: `Give at most ${max} ${what}`, ...coded("TOO_MANY", { max }) });
  const seen = new Set<string>();
  for (const item of items) {
    const code = key(item);
    if (known && !known.has(code))
      problems.push({ field, message: `Unknown ${what.replace(/s$/, "")} code "${code}"`, ...coded("UNKNOWN_CODE", { kind, code }) });
    if (seen.has(code)) problems.push({ field, message: `"${code}" is listed twice`, ...coded("LISTED_TWICE", { code }) });
    seen.add(code);
  }
  return problems;
}

/** Every problem with a profile, each naming its field; empty when the profile is fine. */
export function profileProblems(input: ProfileInput, known: KnownCodes, currentYear: number): Problem[] {
  const problems: Problem[] = [];
  const name = input.displayName.trim();
  if (name.length === 0)
    problems.push({ field: "displayName", message: "The name is empty: give the name the key person wants to be known by", ...coded("NAME_EMPTY") });
  if (name.length > NAME_MAX)
    problems.push({ field: "displayName", message: `The name is longer than ${NAME_MAX} characters`, ...coded("TEXT_TOO_LONG", { max: NAME_MAX }) });
  if (!isEmail(input.email.trim()))
    problems.push({ field: "email", message: `"${input.email}" is not an e-mail address`, ...coded("NOT_AN_EMAIL", { value: input.email.slice(0, 80) }) });
  if (input.phone && !PHONE.test(input.phone.trim()))
    problems.push({
      field: "phone",
      message: `"${input.phone}" is not a phone number (digits, spaces, +, - and brackets)`,
      ...coded("NOT_A_PHONE", { value: input.phone.slice(0, 40) }),
    });
  if (input.birthYear != null && (!Number.isInteger(input.birthYear) || input.birthYear < currentYear - 100 || input.birthYear > currentYear - 14)) {
    const [min, max] = [currentYear - 100, currentYear - 14];
    problems.push({ field: "birthYear", message: `The birth year must lie between ${min} and ${max}`, ...coded("BIRTH_YEAR_OUT_OF_RANGE", { min, max }) });
  }
  if (input.languages.length === 0)
    problems.push({ field: "languages", message: "Give at least one language the key person speaks", ...coded("LANGUAGE_REQUIRED") });
  problems.push(...listProblems(input.languages, "languages", MAX_LANGUAGES, (l) => l.code, known.languages, "languages", "language"));
  for (const language of input.languages) {
    if (language.dialect && language.dialect.length > DIALECT_MAX)
      problems.push({
        field: "languages",
        message: `A dialect note is longer than ${DIALECT_MAX} characters`,
        ...coded("TEXT_TOO_LONG", { max: DIALECT_MAX }),
      });
  }
  problems.push(...listProblems(input.expertiseCodes, "expertiseCodes", MAX_EXPERTISE, (c) => c, known.expertise, "expertise codes", "expertise"));
  const origins = input.origins ?? [];
  problems.push(...listProblems(origins, "origins", MAX_ORIGINS, (c) => c, null, "origins", "country"));
  for (const origin of origins) {
    if (!COUNTRY.test(origin))
      problems.push({
        field: "origins",
        message: `"${origin}" is not a two-letter country code (ISO 3166-1, e.g. SY, ER, AF)`,
        ...coded("NOT_A_COUNTRY_CODE", { value: origin.slice(0, 40) }),
      });
  }
  const { min: cMin, max: cMax } = CAPACITY_HOURS;
  if (!Number.isFinite(input.weeklyCapacityHours) || input.weeklyCapacityHours < cMin || input.weeklyCapacityHours > cMax) {
    problems.push({
      field: "weeklyCapacityHours",
      message: `Weekly capacity must be from ${cMin} to ${cMax} hours, got ${input.weeklyCapacityHours}`,
      ...coded("NUMBER_OUT_OF_RANGE", { min: cMin, max: cMax }),
    });
  }
  const { min: tMin, max: tMax } = TRAVEL_KM;
  if (!Number.isFinite(input.maxTravelKm) || input.maxTravelKm < tMin || input.maxTravelKm > tMax) {
    problems.push({
      field: "maxTravelKm",
      message: `Maximum travel distance must be from ${tMin} to ${tMax} km, got ${input.maxTravelKm}`,
      ...coded("NUMBER_OUT_OF_RANGE", { min: tMin, max: tMax }),
    });
  }
  problems.push(...coordinateProblems(input.homeLocation, "homeLocation"));
  return problems;
}

/** Coarse check before the boundary lookup: a finite latitude/longitude pair. */
export function coordinateProblems(point: { lat: number; lon: number }, field: string): Problem[] {
  if (!Number.isFinite(point.lat) || point.lat < -90 || point.lat > 90 || !Number.isFinite(point.lon) || point.lon < -180 || point.lon > 180) {
    return [
      { field, message: `(${point.lat}, ${point.lon}) is not a latitude/longitude pair`, ...coded("NOT_COORDINATES", { lat: point.lat, lon: point.lon }) },
    ];
  }
  return [];
}
