import { csvLine } from "../../../server/src/domain/csv";

// The requests and the unmet demand as a CSV file, in the house style of the other exports
// (registry-import/export.service.ts, compensation/payment-csv.ts): ";"-separated with a
// byte order mark and CRLF, as Excel and LibreOffice open it in the Netherlands; headers in
// the console's language; decimals with a comma in Dutch and a point in English; days as
// YYYY-MM-DD in the Netherlands' time; every cell neutralised against formula injection
// (domain/csv.ts). The newcomer appears only by the organisation's case reference: no
// location, no origin.

export const BOM = "\uFEFF";
export const SEPARATOR = ";";

/** The columns, in order; the unmet demand adds `excludedBy`. Their header words live in i18n (matching.csv.headers). */
export const REQUEST_COLUMNS = [
  "caseReference",
  "organisation",
  "municipality",
  "province",
  "languages",
  "expertise",
  "hoursPerWeek",
  "startsOn",
  "status",
  "createdOn",
  "unmetSince",
] as const;
export type RequestColumn = (typeof REQUEST_COLUMNS)[number] | "excludedBy";

/** What a row needs of a request (the list's record). */
export interface CsvRequest {
  caseReference: string;
  organisation: { name: string };
  municipality: { name: string; province?: string | null };
  languages: { code: string; name: string; nameNl: string }[];
  expertise: { code: string; name: string; nameNl: string }[];
  hoursPerWeek: number;
  startsOn: string;
  status: string;
  createdAt: string;
  unmetSince?: string | null;
  unmetExclusions?: { rule: string; count: number }[] | null;
}

export interface CsvWords {
  /** "nl" or "en": the decimal separator follows it */
  locale: string;
  header: (column: RequestColumn) => string;
  status: (status: string) => string;
  rule: (rule: string) => string;
  /** a language's or an expertise's name in the console's language */
  nameOf: (item: { code: string; name: string; nameNl: string }) => string;
}

/** The calendar day of a moment in the Netherlands (YYYY-MM-DD), whatever the browser's zone. */
export function amsterdamDay(moment: string | null | undefined): string {
  if (!moment) return "";
  // en-CA writes YYYY-MM-DD
  return new Date(moment).toLocaleDateString("en-CA", { timeZone: "Europe/Amsterdam" });
}

/** A decimal with a comma in Dutch, a point otherwise, as the other exports write them. */
export function decimal(value: number, locale: string): string {
  const text = String(Math.round(value * 100) / 100);
  return locale === "en" ? text : text.replace(".", ",");
}

/** The whole file: BOM, header and a line per request. `unmet` adds the exclusions per rule. */
export function requestsCsv(requests: readonly CsvRequest[], words: CsvWords, unmet: boolean): string {
  const columns: RequestColumn[] = unmet ? [...REQUEST_COLUMNS, "excludedBy"] : [...REQUEST_COLUMNS];
  const cells = (request: CsvRequest): Record<RequestColumn, string> => ({
    caseReference: request.caseReference,
    organisation: request.organisation.name,
    municipality: request.municipality.name,
    province: request.municipality.province ?? "",
    languages: request.languages.map(words.nameOf).join(", "),
    expertise: request.expertise.map(words.nameOf).join(", "),
    hoursPerWeek: decimal(request.hoursPerWeek, words.locale),
    startsOn: request.startsOn,
    status: words.status(request.status),
    createdOn: amsterdamDay(request.createdAt),
    unmetSince: amsterdamDay(request.unmetSince),
    excludedBy: (request.unmetExclusions ?? [])
      .filter((exclusion) => exclusion.count > 0)
      .map((exclusion) => `${words.rule(exclusion.rule)}: ${exclusion.count}`)
      .join(", "),
  });
  return (
    BOM +
    csvLine(
      columns.map((column) => words.header(column)),
      SEPARATOR,
    ) +
    requests
      .map((request) => {
        const row = cells(request);
        return csvLine(
          columns.map((column) => row[column]),
          SEPARATOR,
        );
      })
      .join("")
  );
}
