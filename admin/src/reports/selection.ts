// What the reports page asks for: a period (month, quarter or year, and which) and a
// scope (province or municipalities, a funder), as the query's ReportInput and as the
// files' query string (server/src/report-files/reports.router.ts). Pure, unit-tested.

export type PeriodKind = "MONTH" | "QUARTER" | "YEAR";

export interface Selection {
  period: PeriodKind;
  year: number;
  /** 1–12 for a month, 1–4 for a quarter; ignored for a year. */
  index: number;
  provinceCode: string | null;
  municipalityCodes: string[];
  funder: string | null;
}

export interface ReportInputValue {
  period: PeriodKind;
  start: string;
  municipalityCodes?: string[] | null;
  provinceCode?: string | null;
  funder?: string | null;
}

/** The month or quarter that `today` (YYYY-MM-DD) lies in. */
export function initialSelection(today: string): Selection {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  return { period: "QUARTER", year, index: Math.floor((month - 1) / 3) + 1, provinceCode: null, municipalityCodes: [], funder: null };
}

/** The first day of the chosen period, YYYY-MM-DD. */
export function periodStart(selection: Pick<Selection, "period" | "year" | "index">): string {
  const month = selection.period === "YEAR" ? 1 : selection.period === "QUARTER" ? (selection.index - 1) * 3 + 1 : selection.index;
  return `${selection.year}-${String(month).padStart(2, "0")}-01`;
}

/** A period kind changed: keep the year, and the month's quarter (or the quarter's first month). */
export function withPeriod(selection: Selection, period: PeriodKind): Selection {
  if (period === selection.period) return selection;
  let index = 1;
  if (selection.period === "MONTH" && period === "QUARTER") index = Math.floor((selection.index - 1) / 3) + 1;
  if (selection.period === "QUARTER" && period === "MONTH") index = (selection.index - 1) * 3 + 1;
  return { ...selection, period, index };
}

/** The years to choose from: from `first` to this year, newest first. */
export function yearChoices(today: string, first = 2020): number[] {
  const current = Number(today.slice(0, 4));
  return Array.from({ length: current - first + 1 }, (_, i) => current - i);
}

export function reportInput(selection: Selection): ReportInputValue {
  return {
    period: selection.period,
    start: periodStart(selection),
    municipalityCodes: selection.municipalityCodes.length ? selection.municipalityCodes : null,
    provinceCode: selection.municipalityCodes.length ? null : selection.provinceCode,
    funder: selection.funder,
  };
}

/** The files' query string: the same input, and the language of the words. */
export function fileQuery(input: ReportInputValue, language: string): string {
  const params = new URLSearchParams({ period: input.period, start: input.start });
  if (input.municipalityCodes?.length) params.set("municipalityCodes", input.municipalityCodes.join(","));
  if (input.provinceCode) params.set("provinceCode", input.provinceCode);
  if (input.funder) params.set("funder", input.funder);
  params.set("lang", language === "en" ? "en" : "nl");
  return params.toString();
}

/** The name a file is saved under when the server gives none. */
export function fallbackFileName(input: ReportInputValue, extension: "csv" | "xlsx" | "pdf"): string {
  return `sleutelkaart-${extension === "pdf" ? "quarterly-report" : "report"}-${input.start}.${extension}`;
}
