// The value the files are made from: the `Report` of the GraphQL query `report(input)`
// (issue 20, server/src/reports/), as plain data. The report's own classes fit this shape,
// so the router hands the query's object to the renderers unchanged: a file never
// disagrees with the page.

import type { CodeNames } from "../domain/report-words";

export type ReportUnit = "COUNT" | "PERCENT" | "HOURS" | "EUROS" | "DAYS" | "SCORE";

export interface ReportColumnData {
  code: string;
  unit: string;
}

export interface ReportRowData {
  keyKind: string;
  key: string;
  /** A name from data (municipality, language, funder, province); null for codes. */
  label?: string | null;
  /** One per column; null: suppressed or not applicable. */
  values: readonly (number | null)[];
}

export interface ReportTableData {
  code: string;
  section: string;
  chart: string;
  columns: readonly ReportColumnData[];
  rows: readonly ReportRowData[];
}

export interface ReportData {
  period: string;
  /** YYYY-MM-DD (the Date scalar's value), or a Date. */
  start: string | Date;
  end: string | Date;
  scope: string;
  generatedAt: Date;
  tables: readonly ReportTableData[];
}

/** What the report was narrowed to, worded for the files' heading (names from reference data). */
export interface ReportScopeNames {
  /** The funder's name (an organisation's, or the national scheme in words); null: all funders. */
  funder: string | null;
  province: string | null;
  municipalities: string[];
  /** The names of expertise codes (reference data), which the report gives as codes. */
  codeNames?: CodeNames;
}

export const isoDay = (value: string | Date): string => (value instanceof Date ? value.toISOString().slice(0, 10) : value.slice(0, 10));
