// One CSV row ↔ one key person's profile. Pure: the reference data comes in through
// ImportLookups and the stored profile (for an update) as a value, so every rule here is
// tested by table (test/unit/registry-import.test.ts). The profile is then checked by the
// same profileProblems the GraphQL API uses.

import { profileProblems, type Problem } from "../domain/key-person-rules";
import { coded, type Coded } from "../domain/reasons";
import type { ColumnKey, HeaderLanguage } from "./columns";
import { lookupKey, type ImportLookups } from "./lookups";
import type { RowProblem } from "./report";

export type Level = "NATIVE" | "FLUENT" | "BASIC";
export type GenderValue = "FEMALE" | "MALE" | "NON_BINARY";
export type CompensationValue = "VOLUNTEER" | "FREELANCE" | "EMPLOYED";
export type StatusValue = "ACTIVE" | "PAUSED" | "INACTIVE";

export interface Skill {
  code: string;
  level: Level;
  dialect: string | null;
}

/** What the import writes and the export reads: every column of the file. */
export interface Profile {
  displayName: string;
  email: string;
  phone: string | null;
  gender: GenderValue | null;
  birthYear: number | null;
  languages: Skill[];
  expertiseCodes: string[];
  homeLat: number;
  homeLon: number;
  homeMunicipalityCode: string;
  maxTravelKm: number;
  remoteAvailable: boolean;
  weeklyCapacityHours: number;
  compensationType: CompensationValue;
  origins: string[];
  status: StatusValue;
}

/** The cells of one row by field; undefined when the file has no such column. */
export type Cells = Partial<Record<ColumnKey, string>>;

type Given = Partial<Omit<Profile, "homeLat" | "homeLon" | "homeMunicipalityCode" | "email" | "displayName" | "languages">> & {
  displayName?: string;
  languages?: Skill[];
};

export interface MappedRow {
  /** Trimmed and lower-cased: the key by which an existing key person is found. */
  email: string;
  /** The fields this row sets; a field it leaves out keeps its stored value (or the default for a new key person). */
  given: Given;
  /** Where the key person lives, as far as the row says. */
  location: { lat: number | null; lon: number | null; municipalityCode: string | null };
  problems: RowProblem[];
}

/** A new key person's values for columns the file does not have. */
export const DEFAULTS = {
  maxTravelKm: 25,
  remoteAvailable: false,
  weeklyCapacityHours: 4,
  compensationType: "VOLUNTEER" as CompensationValue,
  status: "ACTIVE" as StatusValue,
  level: "FLUENT" as Level,
};

// ---- words ------------------------------------------------------------------------------

function words<T extends string>(table: Record<T, string[]>): Map<string, T> {
  const map = new Map<string, T>();
  for (const [value, names] of Object.entries(table) as [T, string[]][]) {
    map.set(lookupKey(value), value);
    for (const name of names) map.set(lookupKey(name), value);
  }
  return map;
}

const LEVELS = words<Level>({
  NATIVE: ["native", "moedertaal", "mother tongue", "first language", "eerste taal", "native speaker"],
  FLUENT: ["fluent", "vloeiend", "good", "goed"],
  BASIC: ["basic", "basis", "elementary", "elementair", "beginner"],
});
const GENDERS = words<GenderValue>({
  FEMALE: ["female", "f", "woman", "vrouw", "v"],
  MALE: ["male", "m", "man"],
  NON_BINARY: ["non-binary", "non binair", "non-binair", "x", "nb"],
});
const COMPENSATIONS = words<CompensationValue>({
  VOLUNTEER: ["volunteer", "vrijwilliger", "vrijwillig"],
  FREELANCE: ["freelance", "freelancer", "zzp", "zzp'er"],
  EMPLOYED: ["employed", "employee", "in dienst", "werknemer", "loondienst"],
});
const STATUSES = words<StatusValue>({
  ACTIVE: ["active", "actief"],
  PAUSED: ["paused", "gepauzeerd", "pauze"],
  INACTIVE: ["inactive", "inactief"],
});
const BOOLEANS = words<"true" | "false">({
  true: ["ja", "j", "yes", "y", "1", "waar", "x"],
  false: ["nee", "n", "no", "0", "onwaar"],
});

export function parseLevel(text: string): Level | null {
  return LEVELS.get(lookupKey(text)) ?? null;
}

// ---- cells --------------------------------------------------------------------------------

const FORMULA = /^[=+\-@\t\r]/;

/**
 * A cell as the row means it. A leading apostrophe before =, +, -, @ is the spreadsheet's
 * way (and our export's) of writing such text literally: it is taken off. Returns null for
 * a cell a spreadsheet would run as a formula: `=cmd|' /C calc'!A0`, `@SUM(…)`.
 */
export function cellText(raw: string, allowSign: boolean): string | null {
  if (/^'[=+\-@\t\r]/.test(raw)) return raw.slice(1);
  const trimmed = raw.trim();
  if (/^[=@]/.test(trimmed) || /^[\t\r]/.test(raw) || (!allowSign && FORMULA.test(trimmed))) return null;
  return trimmed;
}

const MARKUP = /<\s*\/?\s*[a-z!][^>]*>/i;

/**
 * A list in one cell: items separated by "|"; in a cell without any "|" also by "," or ";",
 * except inside brackets ("Arabisch (vloeiend, Damasceens), Tigrinya").
 */
export function splitList(cell: string): string[] {
  const separators = cell.includes("|") ? "|" : "|,;";
  const items: string[] = [];
  let depth = 0;
  let current = "";
  for (const char of cell) {
    if (char === "(") depth++;
    if (char === ")") depth = Math.max(0, depth - 1);
    if (char === "|" || (depth === 0 && separators.includes(char))) {
      items.push(current);
      current = "";
    } else current += char;
  }
  items.push(current);
  return items.map((item) => item.trim()).filter(Boolean);
}

/** "8", "7,5", "7.5"; null for anything else. */
export function parseNumber(text: string): number | null {
  const match = /^[+-]?\d+(?:[.,]\d+)?$/.exec(text.trim());
  return match ? Number(text.trim().replace(",", ".")) : null;
}

/**
 * One language of the languages cell:
 * - "tir", "Tigrinya", "Arabisch": the language, level FLUENT;
 * - "tir:NATIVE", "tir:moedertaal", "apc:FLUENT:Damascene": code or name, level, dialect note;
 * - "Tigrinya (moedertaal)", "Arabisch (vloeiend, Damasceens)", "Dari (Herati)": level and/or dialect in brackets.
 */
export function parseLanguage(item: string, lookups: ImportLookups): { skill: Skill } | { problem: { message: string; reason: Coded } } {
  let name = item;
  let level: Level | null = null;
  let dialect: string | null = null;
  const colon = /^([^:()|]+):([^:()]+)(?::(.*))?$/s.exec(item);
  if (!lookups.isLanguage(item) && colon) {
    name = colon[1];
    level = parseLevel(colon[2]);
    if (!level) {
      const text = colon[2].trim().slice(0, 40);
      return {
        problem: {
          message: `"${text}" is not a language level in "${item}": use NATIVE, FLUENT or BASIC (moedertaal, vloeiend, basis)`,
          reason: coded("IMPORT_NOT_ONE_OF", { text, options: ["NATIVE", "FLUENT", "BASIC"] }),
        },
      };
    }
    dialect = colon[3]?.trim() || null;
  } else if (!lookups.isLanguage(item)) {
    const bracket = /^(.*)\(([^()]*)\)\s*$/s.exec(item);
    if (bracket) {
      name = bracket[1];
      const parts = bracket[2]
        .split(",")
        .map((p) => p.trim())
        .filter(Boolean);
      level = parts.length > 0 ? parseLevel(parts[0]) : null;
      dialect = (level ? parts.slice(1) : parts).join(", ") || null;
    }
  }
  const found = lookups.language(name);
  if (!found.ok) return { problem: found };
  return { skill: { code: found.value, level: level ?? DEFAULTS.level, dialect } };
}

// ---- a row → what it gives ----------------------------------------------------------------

/** Reads one row's cells into the fields it sets; every problem it finds is listed, none thrown. */
export function mapRow(cells: Cells, lookups: ImportLookups): MappedRow {
  const problems: RowProblem[] = [];
  const given: Given = {};
  const problem = (field: ColumnKey | null, message: string, reason: Coded) => problems.push({ field, message, ...reason });

  /** The cell's text; undefined without a column; null (with a problem) for a formula or markup. */
  const read = (field: ColumnKey, options: { allowSign?: boolean; text?: boolean } = {}): string | undefined | null => {
    const raw = cells[field];
    if (raw === undefined) return undefined;
    const text = cellText(raw, options.allowSign ?? false);
    if (text === null) {
      const shown = raw.trim().slice(0, 40);
      problem(
        field,
        `"${shown}" looks like a spreadsheet formula: it is refused (to keep it as text, start the cell with an apostrophe)`,
        coded("IMPORT_FORMULA", { text: shown }),
      );
      return null;
    }
    if (options.text && MARKUP.test(text)) {
      problem(field, `"${text.slice(0, 40)}" contains HTML or script markup: remove it`, coded("IMPORT_MARKUP", { text: text.slice(0, 40) }));
      return null;
    }
    return text;
  };
  const enumCell = <T extends string>(field: ColumnKey, table: Map<string, T>, hint: string, nullable: boolean): T | null | undefined => {
    const text = read(field);
    if (text === undefined || text === null) return undefined;
    if (text === "") return nullable ? null : undefined;
    const value = table.get(lookupKey(text));
    if (!value)
      problem(field, `"${text}" is not one of ${hint}`, coded("IMPORT_NOT_ONE_OF", { text: text.slice(0, 40), options: [...new Set(table.values())] }));
    return value;
  };
  const numberCell = (field: ColumnKey, what: string): number | null | undefined => {
    const text = read(field, { allowSign: true });
    if (text === undefined || text === null) return undefined;
    if (text === "") return null;
    const value = parseNumber(text);
    if (value === null) problem(field, `"${text}" is not a number (${what})`, coded("IMPORT_NOT_A_NUMBER", { text: text.slice(0, 40) }));
    return value ?? undefined;
  };

  const name = read("name", { text: true });
  if (name != null) given.displayName = name;
  const email = (read("email") ?? "").toLowerCase();
  if (email === "") problem("email", "The e-mail address is empty: every key person needs one (it is their login)", coded("IMPORT_EMAIL_EMPTY"));

  const phone = read("phone", { allowSign: true });
  if (phone !== undefined && phone !== null) given.phone = phone || null;

  const gender = enumCell("gender", GENDERS, "FEMALE, MALE, NON_BINARY (vrouw, man, non-binair), or empty", true);
  if (gender !== undefined) given.gender = gender;

  const birthYear = numberCell("birthYear", "a year such as 1988");
  if (birthYear !== undefined) given.birthYear = birthYear;

  const languages = read("languages", { text: true });
  if (languages != null) {
    const skills: Skill[] = [];
    for (const item of splitList(languages)) {
      const parsed = parseLanguage(item, lookups);
      if ("problem" in parsed) problem("languages", parsed.problem.message, parsed.problem.reason);
      else skills.push(parsed.skill);
    }
    given.languages = skills;
  }

  const expertise = read("expertise");
  if (expertise != null) {
    const codes: string[] = [];
    for (const item of splitList(expertise)) {
      const found = lookups.expertise(item);
      if (found.ok) codes.push(found.value);
      else problem("expertise", found.message, found.reason);
    }
    given.expertiseCodes = codes;
  }

  const maxTravelKm = numberCell("maxTravelKm", "kilometres");
  if (maxTravelKm != null) given.maxTravelKm = maxTravelKm;
  const weeklyHours = numberCell("weeklyHours", "hours per week");
  if (weeklyHours != null) given.weeklyCapacityHours = weeklyHours;
  const remote = enumCell("remote", BOOLEANS, "ja/nee (yes/no)", false);
  if (remote) given.remoteAvailable = remote === "true";
  const compensation = enumCell("compensation", COMPENSATIONS, "VOLUNTEER, FREELANCE, EMPLOYED (vrijwilliger, freelance, in dienst)", false);
  if (compensation) given.compensationType = compensation;
  const status = enumCell("status", STATUSES, "ACTIVE, PAUSED, INACTIVE (actief, gepauzeerd, inactief)", false);
  if (status) given.status = status;

  const origins = read("origins");
  if (origins != null) given.origins = splitList(origins).map((o) => o.toUpperCase());

  // Where they live: a point, a municipality, or both (then they must agree).
  const lat = numberCell("lat", "latitude, e.g. 52.3731");
  const lon = numberCell("lon", "longitude, e.g. 4.8926");
  if ((lat == null) !== (lon == null))
    problem(lat == null ? "lat" : "lon", "Give both latitude and longitude, or neither (then the municipality's centre is used)", coded("IMPORT_LAT_LON_PAIR"));
  let municipalityCode: string | null = null;
  const municipality = read("municipality");
  if (municipality) {
    const found = lookups.municipality(municipality);
    if (found.ok) municipalityCode = found.value.code;
    else problem("municipality", found.message, found.reason);
  }
  const hasPoint = lat != null && lon != null;
  return { email, given, location: { lat: hasPoint ? lat : null, lon: hasPoint ? lon : null, municipalityCode }, problems };
}

// ---- what it gives + what is stored → the profile to write ------------------------------

const PROBLEM_FIELDS: Record<string, ColumnKey> = {
  displayName: "name",
  email: "email",
  phone: "phone",
  birthYear: "birthYear",
  languages: "languages",
  expertiseCodes: "expertise",
  origins: "origins",
  weeklyCapacityHours: "weeklyHours",
  maxTravelKm: "maxTravelKm",
  homeLocation: "lat",
};

export interface ResolvedRow {
  /** Null when the row has a problem. */
  profile: Profile | null;
  problems: RowProblem[];
}

/**
 * The profile the row asks for: the stored one (for an update) or the defaults (for a new
 * key person) with the row's fields over it, its home located, and every rule of
 * profileProblems checked.
 */
export function resolveRow(row: MappedRow, stored: Profile | null, lookups: ImportLookups, currentYear: number): ResolvedRow {
  const problems = [...row.problems];
  const g = row.given;
  const base = stored ?? null;

  let home: { lat: number; lon: number; code: string } | null = null;
  const { lat, lon, municipalityCode } = row.location;
  if (lat !== null && lon !== null) {
    const located = lookups.reference.locator.locate(lat, lon);
    if (!located) {
      problems.push({
        field: "lat",
        message: `The point (${lat}, ${lon}) is not in the Netherlands: latitude about 50.7–53.6, longitude 3.3–7.3 (or give the municipality instead)`,
        ...coded("LOCATION_OUTSIDE_NETHERLANDS", { lat, lon }),
      });
    } else if (municipalityCode && located.code !== municipalityCode) {
      const name = (code: string) => `${lookups.reference.municipalities.get(code)?.name ?? code} (${code})`;
      problems.push({
        field: "municipality",
        message: `The point (${lat}, ${lon}) lies in ${name(located.code)}, not in ${name(municipalityCode)}: correct one of them, or leave one out`,
        ...coded("IMPORT_POINT_IN_OTHER_MUNICIPALITY", { lat, lon, found: located.code, given: municipalityCode }),
      });
    } else home = { lat, lon, code: located.code };
  } else if (municipalityCode) {
    // Moving within the municipality is not what a municipality-only row says: keep the precise point.
    home =
      base && base.homeMunicipalityCode === municipalityCode
        ? { lat: base.homeLat, lon: base.homeLon, code: municipalityCode }
        : { ...lookups.homePoint(municipalityCode), code: municipalityCode };
  } else if (base) {
    home = { lat: base.homeLat, lon: base.homeLon, code: base.homeMunicipalityCode };
  } else if (!problems.some((p) => p.field === "municipality" || p.field === "lat" || p.field === "lon")) {
    problems.push({
      field: "municipality",
      message: "Where does the key person live? Give the municipality, or latitude and longitude",
      ...coded("IMPORT_HOME_REQUIRED"),
    });
  }

  const profile: Profile = {
    displayName: g.displayName ?? base?.displayName ?? "",
    email: row.email,
    phone: g.phone !== undefined ? g.phone : (base?.phone ?? null),
    gender: g.gender !== undefined ? g.gender : (base?.gender ?? null),
    birthYear: g.birthYear !== undefined ? g.birthYear : (base?.birthYear ?? null),
    languages: g.languages ?? base?.languages ?? [],
    expertiseCodes: g.expertiseCodes ?? base?.expertiseCodes ?? [],
    homeLat: home?.lat ?? NaN,
    homeLon: home?.lon ?? NaN,
    homeMunicipalityCode: home?.code ?? "",
    maxTravelKm: g.maxTravelKm ?? base?.maxTravelKm ?? DEFAULTS.maxTravelKm,
    remoteAvailable: g.remoteAvailable ?? base?.remoteAvailable ?? DEFAULTS.remoteAvailable,
    weeklyCapacityHours: g.weeklyCapacityHours ?? base?.weeklyCapacityHours ?? DEFAULTS.weeklyCapacityHours,
    compensationType: g.compensationType ?? base?.compensationType ?? DEFAULTS.compensationType,
    origins: g.origins ?? base?.origins ?? [],
    status: g.status ?? base?.status ?? DEFAULTS.status,
  };

  // Issue 20: who becomes INACTIVE says why, and a file has no column for it: that is done in
  // the console (setKeyPersonStatus asks the reason). One already INACTIVE may stay so.
  if (profile.status === "INACTIVE" && base?.status !== "INACTIVE" && !problems.some((p) => p.field === "status"))
    problems.push({
      field: "status",
      message: "Set a key person INACTIVE in the console, where the reason they stop is asked (MOVED, PAID_WORK, OVERLOAD, PERSONAL, OTHER)",
      ...coded("LEAVING_REASON_REQUIRED"),
    });

  // The API's own rules, on what would be written. Fields that already have a problem from reading are not repeated.
  const rules: Problem[] = profileProblems(
    { ...profile, homeLocation: home ? { lat: home.lat, lon: home.lon } : { lat: 0, lon: 0 } },
    lookups.known,
    currentYear,
  );
  const reported = new Set(problems.map((p) => p.field));
  for (const rule of rules) {
    const field = PROBLEM_FIELDS[rule.field] ?? null;
    if (field && reported.has(field)) continue;
    const { field: _apiField, ...problem } = rule;
    problems.push({ ...problem, field });
  }
  return { profile: problems.length === 0 ? profile : null, problems };
}

/** The names of the fields in which two profiles differ (languages and expertise as sets). */
export function changedFields(before: Profile, after: Profile): string[] {
  const sameSet = (a: string[], b: string[]) => a.length === b.length && [...a].sort().join("|") === [...b].sort().join("|");
  const skillKey = (s: Skill) => `${s.code}:${s.level}:${s.dialect ?? ""}`;
  const changed: string[] = [];
  for (const key of Object.keys(after) as (keyof Profile)[]) {
    if (key === "languages") {
      if (!sameSet(before.languages.map(skillKey), after.languages.map(skillKey))) changed.push(key);
    } else if (key === "expertiseCodes" || key === "origins") {
      if (!sameSet(before[key], after[key])) changed.push(key);
    } else if (before[key] !== after[key]) changed.push(key);
  }
  return changed;
}

// ---- a profile → a row (the export) --------------------------------------------------------

const LEVEL_ORDER: Record<Level, number> = { NATIVE: 0, FLUENT: 1, BASIC: 2 };

/** Numbers with a decimal comma, as Dutch spreadsheets read them; the import takes both. */
const decimal = (n: number) => String(n).replace(".", ",");

/** One key person as the cells of the import's columns, so the file imports again unchanged. */
export function profileCells(profile: Profile, language: HeaderLanguage): Record<ColumnKey, string> {
  const skills = [...profile.languages].sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || a.code.localeCompare(b.code));
  let languages = skills.map((s) => `${s.code}:${s.level}${s.dialect ? `:${s.dialect}` : ""}`).join("|");
  // A single language whose dialect note holds a comma would be read as two: a "|" says it is one list item.
  if (skills.length === 1 && /[,;]/.test(languages)) languages += "|";
  return {
    name: profile.displayName,
    email: profile.email,
    phone: profile.phone ?? "",
    gender: profile.gender ?? "",
    birthYear: profile.birthYear == null ? "" : String(profile.birthYear),
    languages,
    expertise: [...profile.expertiseCodes].sort().join("|"),
    municipality: profile.homeMunicipalityCode,
    lat: decimal(profile.homeLat),
    lon: decimal(profile.homeLon),
    maxTravelKm: decimal(profile.maxTravelKm),
    remote: profile.remoteAvailable ? (language === "nl" ? "ja" : "yes") : language === "nl" ? "nee" : "no",
    weeklyHours: decimal(profile.weeklyCapacityHours),
    compensation: profile.compensationType,
    origins: [...profile.origins].join("|"),
    status: profile.status,
  };
}
