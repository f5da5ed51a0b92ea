import { formatEuros } from "../compensation/money";

// The server says why (a refusal, a match explanation, a wellbeing flag, an import row
// problem) as a reason code with typed parameters (server/src/domain/reasons.ts). This
// words it in the reader's language: the sentence from i18n/reasons.{nl,en}.ts, with
// amounts in cents shown as euros, YYYY-MM-DD dates as the reader's dates, statuses and
// codes as words. The server's English message is never read. Pure, so unit-tested.

export type Translate = (key: string, options?: Record<string, unknown>) => string;

export interface ReasonLike {
  code: string;
  params?: Record<string, unknown> | null;
}

/** How codes in parameters (a language, an expertise, a municipality) are named; the code itself when left out. */
export interface NameLookup {
  language?: (code: string) => string;
  expertise?: (code: string) => string;
  municipality?: (code: string) => string;
}

export interface Wording {
  translate: Translate;
  /** BCP 47: nl-NL or en-GB. */
  locale: string;
  names?: NameLookup;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** The enum translations that hold a status word, in the order they are tried. */
const STATUS_KEYS = ["compensation.enums.reviewStatus", "matching.enums.requestStatus", "matching.enums.assignmentStatus", "qualifications.status"];

export function formatDate(iso: string, locale: string): string {
  const [year, month, day] = iso.slice(0, 10).split("-").map(Number);
  return new Date(Date.UTC(year, month - 1, day)).toLocaleDateString(locale, { timeZone: "UTC", day: "numeric", month: "long", year: "numeric" });
}

const formatNumber = (value: number, locale: string) => value.toLocaleString(locale, { maximumFractionDigits: 2 });

/** Whether the console has a text for this code. */
export const knowsReason = (code: string | undefined | null, translate: Translate): code is string =>
  typeof code === "string" && /^[A-Z0-9_]+$/.test(code) && translate(`reasons.${code}`, { _: "" }) !== "";

function formatValue(key: string, value: unknown, params: Record<string, unknown>, wording: Wording): unknown {
  const { translate, locale, names = {} } = wording;
  const word = (group: string, code: string) => translate(`reasonValues.${group}.${code}`, { _: code, ...params });
  if (value === null || value === undefined) return key === "date" ? translate("reasonValues.none") : "";
  if (key.endsWith("Cents") && typeof value === "number") return formatEuros(value, locale);
  if (key === "sentAt" && typeof value === "string") return new Date(value).toLocaleString(locale);
  if (typeof value === "string" && DATE.test(value)) return formatDate(value, locale);
  if (key === "status" && typeof value === "string") {
    const key = STATUS_KEYS.map((base) => `${base}.${value}`).find((k) => translate(k, { _: "" }) !== "");
    return (key ? translate(key) : value).toLocaleLowerCase(locale);
  }
  // Referrals (issue 18): a referral's states as words.
  if ((key === "state" || key === "next") && typeof value === "string")
    return translate(`referrals.enums.state.${value}`, { _: value }).toLocaleLowerCase(locale);
  if (key === "kind" || key === "funder" || key === "cap") return word(key, String(value));
  if (key === "language" && typeof value === "string") return names.language?.(value) ?? value;
  if (key === "level" && typeof value === "string") return translate(`app.enums.level.${value}`, { _: value }).toLocaleLowerCase(locale);
  if (key === "expertiseCodes" && Array.isArray(value)) return value.map((code) => names.expertise?.(String(code)) ?? code).join(", ");
  if ((key === "found" || key === "given" || key === "municipality") && typeof value === "string") return names.municipality?.(value) ?? value;
  if (key === "columns" && Array.isArray(value)) return value.map((column) => translate(`import.fields.${column}`, { _: String(column) })).join(", ");
  if (key === "column" && typeof value === "string") return translate(`import.fields.${value}`, { _: value });
  if (Array.isArray(value)) return value.join(", ");
  if (typeof value === "number" && !["year", "line", "strain", "support"].includes(key)) return formatNumber(value, locale);
  return value;
}

/** The reason in the reader's language; null when the console has no text for the code. */
export function wordReason(reason: ReasonLike, wording: Wording): string | null {
  if (!knowsReason(reason.code, wording.translate)) return null;
  const params = reason.params ?? {};
  const values: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(params)) values[key] = formatValue(key, value, params, wording);
  // Polyglot's plural forms count by smart_count.
  const count = ["days", "weeks", "cases"].map((key) => params[key]).find((value) => typeof value === "number");
  if (count !== undefined) values.smart_count = count;
  return wording.translate(`reasons.${reason.code}`, values);
}

/** What the server refused, as carried on the error the data layer throws (see dataProvider/graphqlClient.ts). */
export function refusalOf(error: unknown): ReasonLike | null {
  const body = (error as { body?: { reason?: unknown; params?: unknown } } | null)?.body;
  if (!body || typeof body.reason !== "string") return null;
  return { code: body.reason, params: (body.params as Record<string, unknown> | undefined) ?? {} };
}

/**
 * The text to show for a failed request: the worded reason when the server gave one the
 * console knows, else the error's own message (react-admin keys, network errors).
 */
export function errorText(error: unknown, wording: Wording): string {
  const refusal = refusalOf(error);
  const worded = refusal ? wordReason(refusal, wording) : null;
  if (worded) return worded;
  const message = (error as Error | null)?.message ?? String(error);
  return wording.translate(message, { _: message });
}
