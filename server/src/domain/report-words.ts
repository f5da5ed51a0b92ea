// The words of the reports (issue 20) in Dutch and English: table codes, column codes,
// units and the code keys of rows, in one table. The files (CSV, XLSX, PDF, server/src/
// report-files/) and the console's reports page (admin/src/i18n/reports.*.ts) both read
// it, so a file never words a figure differently from the page. Names from data
// (municipality, language, funder, province) are a row's `label` and are shown as they are.
// A code without words here is shown as the code itself, never dropped.

export type ReportLanguage = "nl" | "en";
export const isReportLanguage = (value: unknown): value is ReportLanguage => value === "nl" || value === "en";

export interface Words {
  nl: string;
  en: string;
}

const w = (nl: string, en: string): Words => ({ nl, en });

export const REPORT_SECTION_WORDS: Record<string, Words> = {
  REQUESTS: w("Aanvragen", "Requests"),
  CONTINUITY: w("Continuïteit", "Continuity"),
  REFERRALS: w("Doorverwijzingen", "Referrals"),
  HOURS: w("Uren en vergoedingen", "Hours and allowances"),
  KEY_PERSONS: w("Sleutelpersonen", "Key persons"),
  CARE: w("Zorg voor sleutelpersonen", "Care for key persons"),
  FEEDBACK: w("Feedback", "Feedback"),
};

export const REPORT_TABLE_WORDS: Record<string, Words> = {
  REQUESTS_BY_KIND: w("Aanvragen per soort", "Requests by kind"),
  REQUESTS_BY_LANGUAGE: w("Aanvragen per taal", "Requests by language"),
  REQUESTS_BY_EXPERTISE: w("Aanvragen per expertise", "Requests by expertise"),
  REQUEST_OUTCOMES: w("Uitkomsten van voorstellen", "Outcomes of proposals"),
  TIME_TO_ACCEPTANCE: w("Tijd tot eerste acceptatie", "Time to first acceptance"),
  UNMET_BY_RULE: w("Onvervulde aanvragen per regel", "Unmet requests by rule"),
  CONTINUITY: w("Continuïteit na verhuizing", "Continuity after moves"),
  REFERRALS_BY_STATE: w("Doorverwijzingen per stand", "Referrals by state"),
  HOURS_BY_ACTIVITY_AND_FUNDER: w("Uren en vergoedingen per activiteit en financier", "Hours and allowances by activity and funder"),
  KEY_PERSONS_FLOW: w("Sleutelpersonen: nieuw, actief, gestopt", "Key persons: new, active, leaving"),
  LEAVING_REASONS: w("Redenen van stoppen", "Reasons for leaving"),
  SUPERVISION_COVERAGE: w("Bereik van supervisie en intervisie", "Supervision coverage"),
  TRAINING_COVERAGE: w("Bereik van training en kwalificatie", "Training coverage"),
  WELLBEING: w("Welzijn (alleen aantallen)", "Wellbeing (counts only)"),
  FEEDBACK: w("Feedback van nieuwkomers", "Feedback from newcomers"),
};

/** The kinds of work hours are declared for (request kinds and own activities): the hours table's columns. */
const WORK_WORDS: Record<string, Words> = {
  CASE_SUPPORT: w("Begeleiding van een casus", "Case support"),
  APPOINTMENT: w("Begeleiding naar één afspraak", "Accompanying to one appointment"),
  CONSULT: w("Advies aan een professional", "Advice to a professional"),
  INFORMATION_SESSION: w("Voorlichting", "Information session"),
  INTERVISION: w("Intervisie", "Intervision"),
  TRAINING: w("Training", "Training"),
  NETWORK_MEETING: w("Netwerkbijeenkomst", "Network meeting"),
  PREPARATION: w("Voorbereiding", "Preparation"),
  SUPERVISION: w("Supervisie", "Supervision"),
};

export const REPORT_COLUMN_WORDS: Record<string, Words> = {
  ...WORK_WORDS,
  REQUESTS: w("Aanvragen", "Requests"),
  MATCHED: w("Gekoppeld", "Matched"),
  MATCHED_SHARE: w("Aandeel gekoppeld", "Share matched"),
  UNMET_NOW: w("Nu onvervuld", "Unmet now"),
  PROPOSALS: w("Voorstellen", "Proposals"),
  SHARE: w("Aandeel", "Share"),
  ACCEPTED: w("Geaccepteerd", "Accepted"),
  MEDIAN_DAYS: w("Mediaan (dagen)", "Median (days)"),
  P90_DAYS: w("90e percentiel (dagen)", "90th percentile (days)"),
  CANDIDATES_EXCLUDED: w("Uitgesloten kandidaten", "Candidates excluded"),
  MOVES: w("Verhuizingen", "Moves"),
  REFERRALS: w("Doorverwijzingen", "Referrals"),
  MEDIAN_DAYS_TO_ANSWER: w("Mediaan tot antwoord (dagen)", "Median to answer (days)"),
  MEDIAN_DAYS_TO_APPOINTMENT: w("Mediaan tot afspraak (dagen)", "Median to appointment (days)"),
  DECLARED_HOURS: w("Opgegeven uren", "Declared hours"),
  APPROVED_HOURS: w("Goedgekeurde uren", "Approved hours"),
  ALLOWANCES: w("Vergoedingen", "Allowances"),
  NEW: w("Nieuw", "New"),
  WORKING: w("Actief", "Active"),
  LEFT: w("Gestopt", "Left"),
  REGISTERED_AT_END: w("Ingeschreven aan het eind", "Registered at the end"),
  KEY_PERSONS: w("Sleutelpersonen", "Key persons"),
  WITH_SESSION: w("Met een sessie", "With a session"),
  KEY_PERSONS_WITH: w("Sleutelpersonen met", "Key persons with"),
  ANSWERS: w("Antwoorden", "Answers"),
  YES: w("Ja", "Yes"),
  PARTLY: w("Deels", "Partly"),
  NO: w("Nee", "No"),
  AVERAGE_SCORE: w("Gemiddelde score", "Average score"),
  COUNT: w("Aantal", "Count"),
};

export const REPORT_UNIT_WORDS: Record<string, Words> = {
  COUNT: w("aantal", "count"),
  PERCENT: w("%", "%"),
  HOURS: w("uur", "hours"),
  EUROS: w("euro", "euros"),
  DAYS: w("dagen", "days"),
  SCORE: w("score", "score"),
};

export const REPORT_KEY_KIND_WORDS: Record<string, Words> = {
  REQUEST_KIND: w("Soort aanvraag", "Kind of request"),
  LANGUAGE: w("Taal", "Language"),
  EXPERTISE: w("Expertise", "Expertise"),
  RULE: w("Regel", "Rule"),
  MUNICIPALITY: w("Gemeente", "Municipality"),
  PROVINCE: w("Provincie", "Province"),
  FUNDER: w("Financier", "Funder"),
  ACTIVITY: w("Activiteit", "Activity"),
  REFERRAL_STATE: w("Stand", "State"),
  LEAVING_REASON: w("Reden van stoppen", "Reason for leaving"),
  SESSION_KIND: w("Soort sessie", "Kind of session"),
  STATUS: w("Status", "Status"),
  QUESTION: w("Vraag", "Question"),
  OUTCOME: w("Uitkomst", "Outcome"),
  TOTAL: w("Totaal", "Total"),
};

/**
 * The words of a row's key, per key kind (the same code may mean different things in two
 * kinds). Request kinds, rules and referral states read as the console words them
 * elsewhere (test/unit/report-files.test.ts compares).
 */
export const REPORT_KEY_WORDS: Record<string, Record<string, Words>> = {
  REQUEST_KIND: {
    CASE_SUPPORT: WORK_WORDS.CASE_SUPPORT,
    APPOINTMENT: WORK_WORDS.APPOINTMENT,
    CONSULT: WORK_WORDS.CONSULT,
    INFORMATION_SESSION: WORK_WORDS.INFORMATION_SESSION,
  },
  ACTIVITY: WORK_WORDS,
  RULE: {
    STATUS: w("Niet actief", "Not active"),
    STALE: w("Profiel verouderd", "Profile out of date"),
    UNAVAILABLE: w("Met verlof", "On leave"),
    LANGUAGE: w("Taal", "Language"),
    DIALECT: w("Dialect", "Dialect"),
    EXPERTISE: w("Expertise", "Expertise"),
    QUALIFICATION: w("Kwalificatie", "Qualification"),
    REACH: w("Buiten bereik", "Out of reach"),
    CAPACITY: w("Geen ruimte", "No room"),
    EXPECTED_CAPACITY: w("Geen ruimte (verwachte uren)", "No room (expected hours)"),
    OUTSIDE_WINDOWS: w("Buiten beschikbaarheid", "Outside availability"),
    BOOKED: w("Al ingepland", "Already booked"),
    WELLBEING: w("Welzijn", "Wellbeing"),
    SUPERVISION: w("Supervisie achterstallig", "Supervision overdue"),
    AMBER_LIMIT: w("Weeklimiet (welzijn)", "Weekly limit (wellbeing)"),
    BACKGROUND: w("Zelfde herkomst", "Same origin"),
    DECLINED: w("Afgewezen", "Declined"),
  },
  REFERRAL_STATE: {
    SENT: w("Verstuurd", "Sent"),
    ACCEPTED: w("Geaccepteerd", "Accepted"),
    DECLINED: w("Afgewezen", "Declined"),
    APPOINTMENT_MADE: w("Afspraak gemaakt", "Appointment made"),
    WAITING_LIST: w("Wachtlijst", "Waiting list"),
    COMPLETED: w("Afgerond", "Completed"),
    WITHDRAWN: w("Ingetrokken", "Withdrawn"),
  },
  LEAVING_REASON: {
    MOVED: w("Verhuisd", "Moved"),
    PAID_WORK: w("Betaald werk", "Paid work"),
    OVERLOAD: w("Overbelast", "Overload"),
    PERSONAL: w("Persoonlijke redenen", "Personal reasons"),
    OTHER: w("Anders", "Other"),
    UNKNOWN: w("Onbekend", "Unknown"),
  },
  SESSION_KIND: {
    INTERVISION: w("Intervisie", "Intervision"),
    SUPERVISION: w("Supervisie", "Supervision"),
    ANY: w("Een van beide", "Either"),
  },
  STATUS: {
    GREEN: w("Groen", "Green"),
    AMBER: w("Oranje", "Amber"),
    RED: w("Rood", "Red"),
    UNKNOWN: w("Onbekend", "Unknown"),
  },
  QUESTION: {
    HELPFUL: w("Heeft de steun geholpen?", "Did the support help?"),
    FELT_SAFE: w("Voelde de nieuwkomer zich veilig?", "Did the newcomer feel safe?"),
    UNDERSTOOD: w("Voelde de nieuwkomer zich begrepen?", "Did the newcomer feel understood?"),
    WOULD_RECOMMEND: w("Zou de nieuwkomer de sleutelpersoon aanraden?", "Would the newcomer recommend the key person?"),
  },
  OUTCOME: {
    ACCEPTED: w("Geaccepteerd", "Accepted"),
    DECLINED: w("Afgewezen", "Declined"),
    EXPIRED: w("Verlopen", "Expired"),
    WITHDRAWN: w("Ingetrokken", "Withdrawn"),
    WAITING: w("Wacht op antwoord", "Waiting for an answer"),
    SAME_KEY_PERSON: w("Zelfde sleutelpersoon", "Same key person"),
    HANDED_OVER: w("Overgedragen", "Handed over"),
    WITHOUT_SUPPORT: w("Zonder ondersteuning", "Without support"),
    TRAINING: w("Training gevolgd", "Attended a training"),
    QUALIFICATION: w("Geverifieerde kwalificatie", "Verified qualification"),
    CHECKED_IN: w("Welzijnscheck ingevuld", "Checked in on wellbeing"),
    CONTACT_REQUESTED: w("Vroeg om contact", "Asked for contact"),
    ORGANISATION_RATING: w("Beoordeling van organisaties", "Rating of organisations"),
  },
  FUNDER: { NATIONAL_SCHEME: w("Landelijke regeling", "National scheme") },
  TOTAL: { TOTAL: w("Totaal", "Total") },
};

/** The texts around the figures: titles, the period, the scope. */
export const REPORT_FILE_TEXT = {
  nl: {
    title: "Rapportage Sleutelkaart",
    quarterlyTitle: "Kwartaalrapportage Sleutelkaart",
    period: "Periode",
    scope: "Bereik",
    funder: "Financier",
    allFunders: "Alle financiers",
    province: "Provincie",
    municipalities: "Gemeenten",
    generated: "Opgesteld op",
    table: "Tabel",
    section: "Onderdeel",
    keyKind: "Soort",
    key: "Code",
    name: "Naam",
    column: "Kolom",
    unit: "Eenheid",
    value: "Waarde",
    summary: "Overzicht",
    data: "Gegevens",
    contents: "Tabellen",
    noRows: "Geen gegevens in deze periode.",
    suppressed: "— (niet getoond)",
    suppressedNote: "Een streepje: niet getoond (te klein aantal) of niet van toepassing.",
    page: (n: number, of: number) => `Pagina ${n} van ${of}`,
    scopes: { NATIONAL: "Landelijk", REGION: "Regio", ORGANISATION: "Organisatie" } as Record<string, string>,
    periods: { MONTH: "Maand", QUARTER: "Kwartaal", YEAR: "Jaar" } as Record<string, string>,
  },
  en: {
    title: "Sleutelkaart report",
    quarterlyTitle: "Sleutelkaart quarterly report",
    period: "Period",
    scope: "Scope",
    funder: "Funder",
    allFunders: "All funders",
    province: "Province",
    municipalities: "Municipalities",
    generated: "Generated on",
    table: "Table",
    section: "Section",
    keyKind: "Kind",
    key: "Code",
    name: "Name",
    column: "Column",
    unit: "Unit",
    value: "Value",
    summary: "Summary",
    data: "Data",
    contents: "Tables",
    noRows: "No data in this period.",
    suppressed: "— (not shown)",
    suppressedNote: "A dash: not shown (too small a count) or not applicable.",
    page: (n: number, of: number) => `Page ${n} of ${of}`,
    scopes: { NATIONAL: "National", REGION: "Region", ORGANISATION: "Organisation" } as Record<string, string>,
    periods: { MONTH: "Month", QUARTER: "Quarter", YEAR: "Year" } as Record<string, string>,
  },
} as const;

const MONTHS: Record<ReportLanguage, string[]> = {
  nl: ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
};

const pick = (table: Record<string, Words>, code: string, language: ReportLanguage): string => table[code]?.[language] ?? code;

export const sectionName = (code: string, language: ReportLanguage): string => pick(REPORT_SECTION_WORDS, code, language);
export const tableName = (code: string, language: ReportLanguage): string => pick(REPORT_TABLE_WORDS, code, language);
export const columnName = (code: string, language: ReportLanguage): string => pick(REPORT_COLUMN_WORDS, code, language);
export const unitName = (code: string, language: ReportLanguage): string => pick(REPORT_UNIT_WORDS, code, language);
export const keyKindName = (code: string, language: ReportLanguage): string => pick(REPORT_KEY_KIND_WORDS, code, language);

/** Names of codes kept in reference data rather than here (expertise areas), per key kind. */
export type CodeNames = Readonly<Record<string, ReadonlyMap<string, Words>>>;

/** A row's name: the name from data when there is one, else the words of its code (here or in reference data), else the code. */
export function keyName(row: { keyKind: string; key: string; label?: string | null }, language: ReportLanguage, codeNames: CodeNames = {}): string {
  if (row.label) return row.label;
  return REPORT_KEY_WORDS[row.keyKind]?.[row.key]?.[language] ?? codeNames[row.keyKind]?.get(row.key)?.[language] ?? row.key;
}

/** "maart 2025", "2e kwartaal 2025", "2025" (and in English "March 2025", "Q2 2025"). `start` is YYYY-MM-DD. */
export function periodName(period: string, start: string, language: ReportLanguage): string {
  const year = start.slice(0, 4);
  const month = Number(start.slice(5, 7));
  if (period === "MONTH") return `${MONTHS[language][month - 1]} ${year}`;
  if (period === "QUARTER") {
    const quarter = Math.floor((month - 1) / 3) + 1;
    return language === "nl" ? `${quarter}e kwartaal ${year}` : `Q${quarter} ${year}`;
  }
  return year;
}

/** A figure exactly as computed, for the CSV (nothing rounded): a comma in Dutch, a point in English; null as an empty cell. */
export function plainFigure(value: number | null | undefined, language: ReportLanguage): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "";
  const text = String(value);
  return language === "nl" ? text.replace(".", ",") : text;
}

/** A figure as the PDF prints it: a comma in Dutch, a point in English; null as an empty cell. */
export function formatFigure(value: number | null | undefined, unit: string, language: ReportLanguage): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "";
  const digits = unit === "COUNT" ? 0 : unit === "EUROS" || unit === "HOURS" ? 2 : 1;
  const rounded = Number(value.toFixed(digits));
  const text = Number.isInteger(rounded) && unit !== "EUROS" ? String(rounded) : rounded.toFixed(digits);
  return language === "nl" ? text.replace(".", ",") : text;
}

/** A figure with its unit for reading (the PDF): "12,5 uur", "€ 30,00", "45,0 %". */
export function figureWithUnit(value: number | null | undefined, unit: string, language: ReportLanguage): string {
  const text = formatFigure(value, unit, language);
  if (text === "") return "—";
  if (unit === "EUROS") return `€ ${text}`;
  if (unit === "PERCENT") return `${text}%`;
  if (unit === "HOURS" || unit === "DAYS") return `${text} ${unitName(unit, language)}`;
  return text;
}
