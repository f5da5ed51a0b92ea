// The columns of the key person CSV: one list for the import, the export and the
// template, so a file exported here imports again unchanged. Headers may be Dutch or
// English, in any case, with or without spaces, dashes or underscores.

import { coded, type Coded } from "../domain/reasons";

export type ColumnKey =
  | "name"
  | "email"
  | "phone"
  | "gender"
  | "birthYear"
  | "languages"
  | "expertise"
  | "municipality"
  | "lat"
  | "lon"
  | "maxTravelKm"
  | "remote"
  | "weeklyHours"
  | "compensation"
  | "origins"
  | "status";

export type HeaderLanguage = "nl" | "en";

export interface Column {
  key: ColumnKey;
  en: string;
  nl: string;
  /** Other headers that mean the same. */
  aliases: string[];
  /** An example for the template. */
  example: string;
}

/** In the order the export and the template write them. */
export const COLUMNS: readonly Column[] = [
  { key: "name", en: "name", nl: "naam", aliases: ["display name", "full name", "weergavenaam", "volledige naam"], example: "Selam Tesfay" },
  { key: "email", en: "email", nl: "e-mail", aliases: ["e-mail address", "email address", "e-mailadres", "mail"], example: "selam.tesfay@example.nl" },
  { key: "phone", en: "phone", nl: "telefoon", aliases: ["phone number", "telephone", "telefoonnummer", "tel", "mobile", "mobiel"], example: "+31 6 12345678" },
  { key: "gender", en: "gender", nl: "gender", aliases: ["geslacht", "sex"], example: "FEMALE" },
  { key: "birthYear", en: "birth_year", nl: "geboortejaar", aliases: ["year of birth", "birthyear"], example: "1988" },
  { key: "languages", en: "languages", nl: "talen", aliases: ["language", "taal"], example: "tir:NATIVE|Arabisch (vloeiend)" },
  {
    key: "expertise",
    en: "expertise",
    nl: "expertise",
    aliases: ["expertise codes", "expertises", "expertisegebieden", "topics", "onderwerpen"],
    example: "SGBV|MENTAL_HEALTH",
  },
  { key: "municipality", en: "municipality", nl: "gemeente", aliases: ["municipality code", "gemeentecode", "cbs code"], example: "Den Haag" },
  { key: "lat", en: "latitude", nl: "breedtegraad", aliases: ["lat"], example: "" },
  { key: "lon", en: "longitude", nl: "lengtegraad", aliases: ["lon", "lng", "long"], example: "" },
  {
    key: "maxTravelKm",
    en: "max_travel_km",
    nl: "max_reisafstand_km",
    aliases: ["max travel km", "max travel distance", "maximale reisafstand", "reisafstand", "reisafstand km"],
    example: "25",
  },
  { key: "remote", en: "remote", nl: "op_afstand", aliases: ["remote available", "remote support", "op afstand", "online"], example: "ja" },
  { key: "weeklyHours", en: "hours_per_week", nl: "uren_per_week", aliases: ["weekly hours", "weekly capacity hours", "capacity", "capaciteit"], example: "8" },
  { key: "compensation", en: "compensation", nl: "vergoeding", aliases: ["compensation type", "vergoedingsvorm"], example: "VOLUNTEER" },
  {
    key: "origins",
    en: "origins",
    nl: "herkomst",
    aliases: ["countries of origin", "country of origin", "land van herkomst", "herkomstlanden"],
    example: "ER",
  },
  { key: "status", en: "status", nl: "status", aliases: [], example: "ACTIVE" },
];

/** Letters and digits only, lower case, without accents: "E-mail adres" and "e_mailadres" are one key. */
export function headerKey(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

const BY_HEADER = new Map<string, ColumnKey>();
for (const column of COLUMNS) {
  for (const name of [column.key, column.en, column.nl, ...column.aliases]) BY_HEADER.set(headerKey(name), column.key);
}

export function headerName(key: ColumnKey, language: HeaderLanguage): string {
  return COLUMNS.find((c) => c.key === key)![language];
}

export interface HeaderMap {
  /** Column index per field; a field without a column is not given by the file. */
  index: Partial<Record<ColumnKey, number>>;
  /** Headers that mean nothing here: their cells are ignored. */
  ignored: string[];
  /** Why the header row cannot be used; empty when it can. */
  problems: { message: string; reason: Coded }[];
}

const both = (key: ColumnKey) => `"${headerName(key, "nl")}" / "${headerName(key, "en")}"`;

/**
 * Which column holds which field. Required: name, e-mail, languages, and where the key
 * person lives: a municipality, or latitude and longitude (or all three).
 */
export function resolveHeader(cells: readonly string[]): HeaderMap {
  const index: Partial<Record<ColumnKey, number>> = {};
  const ignored: string[] = [];
  const problems: { message: string; reason: Coded }[] = [];
  cells.forEach((cell, i) => {
    const key = BY_HEADER.get(headerKey(cell));
    if (!key) {
      if (cell.trim() !== "") ignored.push(cell.trim());
      return;
    }
    if (index[key] !== undefined) {
      const [first, second] = [cells[index[key]!].trim(), cell.trim()];
      problems.push({
        message: `The columns "${first}" and "${second}" both mean ${both(key)}: keep one`,
        reason: coded("IMPORT_DUPLICATE_COLUMN", { column: key, first, second }),
      });
    } else index[key] = i;
  });
  const missingKeys: ColumnKey[] = (["name", "email", "languages"] as const).filter((key) => index[key] === undefined);
  const missing = missingKeys.map(both);
  const hasPoint = index.lat !== undefined && index.lon !== undefined;
  if (index.municipality === undefined && !hasPoint) {
    missing.push(`${both("municipality")} (or ${both("lat")} and ${both("lon")})`);
    missingKeys.push("municipality");
  } else if ((index.lat === undefined) !== (index.lon === undefined)) {
    missing.push(index.lat === undefined ? both("lat") : both("lon"));
    missingKeys.push(index.lat === undefined ? "lat" : "lon");
  }
  if (missing.length > 0) {
    const found = cells.map((c) => c.trim()).filter(Boolean);
    problems.push({
      message:
        `The header row lacks the required column${missing.length > 1 ? "s" : ""} ${missing.join(", ")}` +
        (found.length ? `; it has: ${found.map((c) => `"${c}"`).join(", ")}` : "") +
        ". Download the template to see every column.",
      reason: coded("IMPORT_MISSING_COLUMNS", { columns: missingKeys }),
    });
  }
  return { index, ignored, problems };
}
