// The yearly recognition statement (issue 17): what a key person did in a calendar year —
// verified qualifications, attended group activities, declared hours — worded in Dutch or
// English. Pure: the service reads the facts, care/recognition.pdf.ts lays them out.

export type StatementLocale = "nl" | "en";

/** The years a statement may be asked for: from the first year of the service to the current one. */
export const FIRST_STATEMENT_YEAR = 2020;

export interface StatementFacts {
  year: number;
  keyPersonName: string;
  /** YYYY-MM-DD, the day it was made. */
  madeOn: string;
  qualifications: { name: string; nameEn?: string; issuer: string; obtainedOn: string; validUntil: string | null }[];
  groupActivities: { kind: string; title: string; date: string; hours: number; organiser: string | null }[];
  /** Declared, not rejected, per kind of work (a request kind or an own activity). */
  hours: { work: string; hours: number }[];
  /** Requests they supported with hours this year (case support, appointments …). */
  requestsSupported: number;
}

const WORK: Record<StatementLocale, Record<string, string>> = {
  nl: {
    CASE_SUPPORT: "Begeleiding van nieuwkomers",
    APPOINTMENT: "Begeleiding naar afspraken",
    CONSULT: "Consultatie van professionals",
    INFORMATION_SESSION: "Voorlichtingen",
    INTERVISION: "Intervisie",
    TRAINING: "Training",
    NETWORK_MEETING: "Netwerkbijeenkomsten",
    PREPARATION: "Voorbereiding",
    SUPERVISION: "Supervisie",
  },
  en: {
    CASE_SUPPORT: "Supporting newcomers",
    APPOINTMENT: "Accompanying to appointments",
    CONSULT: "Advising professionals",
    INFORMATION_SESSION: "Information sessions",
    INTERVISION: "Intervision",
    TRAINING: "Training",
    NETWORK_MEETING: "Network meetings",
    PREPARATION: "Preparation",
    SUPERVISION: "Supervision",
  },
};

export const STATEMENT_TEXT = {
  nl: {
    title: (year: number) => `Erkenningsverklaring ${year}`,
    intro: (name: string, year: number) =>
      `Sleutelkaart verklaart dat ${name} in ${year} als sleutelpersoon actief was voor nieuwkomers in Nederland, zoals hieronder vermeld.`,
    qualifications: "Kwalificaties (geverifieerd, geldig in dit jaar)",
    qualification: (q: StatementFacts["qualifications"][number]) =>
      `${q.name} — ${q.issuer}, behaald ${q.obtainedOn}${q.validUntil ? `, geldig tot ${q.validUntil}` : ""}`,
    groups: "Bijgewoonde groepsbijeenkomsten",
    group: (g: StatementFacts["groupActivities"][number], kind: string) => `${g.date} — ${kind}: ${g.title}${g.organiser ? ` (${g.organiser})` : ""}`,
    hours: "Uren (opgegeven, niet afgewezen)",
    total: "Totaal",
    requests: (n: number) => `Aantal ondersteunde aanvragen: ${n}`,
    none: "Geen in dit jaar.",
    hoursUnit: "uur",
    made: (day: string) => `Opgesteld op ${day} door Sleutelkaart.`,
  },
  en: {
    title: (year: number) => `Recognition statement ${year}`,
    intro: (name: string, year: number) =>
      `Sleutelkaart states that in ${year} ${name} was active as a key person for newcomers in the Netherlands, as set out below.`,
    qualifications: "Qualifications (verified, valid in this year)",
    qualification: (q: StatementFacts["qualifications"][number]) =>
      `${q.name} — ${q.issuer}, obtained ${q.obtainedOn}${q.validUntil ? `, valid until ${q.validUntil}` : ""}`,
    groups: "Group activities attended",
    group: (g: StatementFacts["groupActivities"][number], kind: string) => `${g.date} — ${kind}: ${g.title}${g.organiser ? ` (${g.organiser})` : ""}`,
    hours: "Hours (declared, not rejected)",
    total: "Total",
    requests: (n: number) => `Requests supported: ${n}`,
    none: "None in this year.",
    hoursUnit: "h",
    made: (day: string) => `Made on ${day} by Sleutelkaart.`,
  },
} as const;

/** The name of a kind of work (or of a group activity) in the statement's language. */
export function workName(locale: StatementLocale, work: string): string {
  return WORK[locale][work] ?? work;
}

/** Hours as the statement prints them: at most two decimals, a comma in Dutch. */
export function formatHours(locale: StatementLocale, hours: number): string {
  const text = (Math.round(hours * 100) / 100).toString();
  return locale === "nl" ? text.replace(".", ",") : text;
}

/** Whether the year may be asked for now: from FIRST_STATEMENT_YEAR to the current year. */
export function statementYearAllowed(year: number, currentYear: number): boolean {
  return Number.isInteger(year) && year >= FIRST_STATEMENT_YEAR && year <= currentYear;
}

/**
 * Text a font without the glyph cannot draw, made safe: accents dropped where the letter
 * then exists (é → e), anything else replaced by "?" — never a guessed transliteration of
 * a name. `covers` says whether the font draws a code point.
 */
export function drawableText(text: string, covers: (codePoint: number) => boolean): string {
  let out = "";
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (covers(code)) {
      out += char;
      continue;
    }
    const base = char.normalize("NFKD").replace(/\p{M}/gu, "");
    out += base !== "" && [...base].every((c) => covers(c.codePointAt(0)!)) ? base : "?";
  }
  return out;
}
