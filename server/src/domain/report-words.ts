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
  REQUESTS_BY_MUNICIPALITY: w("Aanvragen per gemeente", "Requests by municipality"),
  REQUESTS_BY_FUNDER: w("Aanvragen per financier", "Requests by funder"),
  REQUEST_OUTCOMES: w("Uitkomsten van aanvragen", "Outcomes of requests"),
  TIME_TO_ACCEPTANCE: w("Tijd tot eerste acceptatie", "Time to first acceptance"),
  UNMET_BY_RULE: w("Onvervulde aanvragen per regel", "Unmet requests by rule"),
  CONTINUITY: w("Continuïteit na verhuizing", "Continuity after moves"),
  REFERRALS_BY_STATE: w("Doorverwijzingen per status", "Referrals by state"),
  REFERRAL_WAITING: w("Wachttijd van doorverwijzingen", "Waiting time of referrals"),
  HOURS_BY_ACTIVITY_AND_FUNDER: w("Uren en vergoedingen per activiteit en financier", "Hours and allowances by activity and funder"),
  HOURS_BY_ACTIVITY: w("Uren per activiteit", "Hours by activity"),
  HOURS_BY_FUNDER: w("Uren per financier", "Hours by funder"),
  KEY_PERSONS_FLOW: w("Sleutelpersonen: nieuw, actief, gestopt", "Key persons: new, active, leaving"),
  LEAVING_REASONS: w("Redenen van stoppen", "Reasons for leaving"),
  SUPERVISION_COVERAGE: w("Dekking van supervisie", "Supervision coverage"),
  TRAINING_COVERAGE: w("Dekking van training", "Training coverage"),
  WELLBEING: w("Welzijn (aantallen)", "Wellbeing (counts)"),
  FEEDBACK: w("Feedback van nieuwkomers", "Feedback from newcomers"),
};

export const REPORT_COLUMN_WORDS: Record<string, Words> = {
  COUNT: w("Aantal", "Count"),
  REQUESTS: w("Aanvragen", "Requests"),
  MATCHED: w("Gekoppeld", "Matched"),
  MATCHED_SHARE: w("Aandeel gekoppeld", "Share matched"),
  SHARE: w("Aandeel", "Share"),
  SHARE_MATCHED: w("Aandeel gekoppeld", "Share matched"),
  DECLINED_SHARE: w("Aandeel afgewezen", "Share declined"),
  EXPIRED_SHARE: w("Aandeel verlopen", "Share expired"),
  SHARE_DECLINED: w("Aandeel afgewezen", "Share declined"),
  SHARE_EXPIRED: w("Aandeel verlopen", "Share expired"),
  DECLINED: w("Afgewezen", "Declined"),
  EXPIRED: w("Verlopen", "Expired"),
  UNMET: w("Onvervuld", "Unmet"),
  MEDIAN_DAYS: w("Mediaan (dagen)", "Median (days)"),
  P90_DAYS: w("90e percentiel (dagen)", "90th percentile (days)"),
  MEDIAN: w("Mediaan", "Median"),
  P90: w("90e percentiel", "90th percentile"),
  MEDIAN_WAIT_DAYS: w("Mediane wachttijd (dagen)", "Median wait (days)"),
  WAITING_DAYS: w("Wachttijd (dagen)", "Waiting time (days)"),
  HOURS: w("Uren", "Hours"),
  ALLOWANCE: w("Vergoeding", "Allowance"),
  ALLOWANCES: w("Vergoedingen", "Allowances"),
  AMOUNT: w("Bedrag", "Amount"),
  NEW: w("Nieuw", "New"),
  ACTIVE: w("Actief", "Active"),
  LEFT: w("Gestopt", "Left"),
  LEAVING: w("Gestopt", "Leaving"),
  KEY_PERSONS: w("Sleutelpersonen", "Key persons"),
  COVERED: w("Gedekt", "Covered"),
  ANSWERS: w("Antwoorden", "Answers"),
  RESPONSES: w("Antwoorden", "Responses"),
  SCORE: w("Score", "Score"),
  MEAN_SCORE: w("Gemiddelde score", "Mean score"),
  AVERAGE: w("Gemiddelde", "Average"),
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
  REFERRAL_STATE: w("Status doorverwijzing", "Referral state"),
  LEAVING_REASON: w("Reden van stoppen", "Reason for leaving"),
  STATUS: w("Status", "Status"),
  OUTCOME: w("Uitkomst", "Outcome"),
  TOTAL: w("Totaal", "Total"),
};

const ACTIVITY_WORDS: Record<string, Words> = {
  SUPPORT: w("Ondersteuning", "Support"),
  ACCOMPANIMENT: w("Begeleiding", "Accompaniment"),
  INFORMATION_SESSION: w("Voorlichting", "Information session"),
  TRAVEL: w("Reistijd", "Travel"),
  SUPERVISION: w("Supervisie", "Supervision"),
  INTERVISION: w("Intervisie", "Intervision"),
  TRAINING: w("Training", "Training"),
  NETWORK_MEETING: w("Netwerkbijeenkomst", "Network meeting"),
  PREPARATION: w("Voorbereiding", "Preparation"),
  CASE_SUPPORT: w("Begeleiding van een casus", "Case support"),
  APPOINTMENT: w("Afspraak", "Appointment"),
  CONSULT: w("Consultatie", "Consultation"),
};

/** The words of a row's key, per key kind (the same code may mean different things in two kinds). */
export const REPORT_KEY_WORDS: Record<string, Record<string, Words>> = {
  REQUEST_KIND: {
    CASE_SUPPORT: w("Begeleiding van een casus", "Case support"),
    APPOINTMENT: w("Afspraak", "Appointment"),
    CONSULT: w("Consultatie", "Consultation"),
    INFORMATION_SESSION: w("Voorlichting", "Information session"),
  },
  ACTIVITY: ACTIVITY_WORDS,
  RULE: {
    LANGUAGE: w("Taal", "Language"),
    DISTANCE: w("Afstand", "Distance"),
    CAPACITY: w("Capaciteit", "Capacity"),
    EXPERTISE: w("Expertise", "Expertise"),
    GENDER: w("Gender", "Gender"),
    BACKGROUND: w("Achtergrond", "Background"),
    AVAILABILITY: w("Beschikbaarheid", "Availability"),
    LEAVE: w("Afwezigheid", "Leave"),
    STATUS: w("Status", "Status"),
    WELLBEING: w("Welzijn", "Wellbeing"),
    SUPERVISION: w("Supervisie", "Supervision"),
    QUALIFICATION: w("Kwalificatie", "Qualification"),
    CONFLICT: w("Belangenconflict", "Conflict of interest"),
    NONE: w("Geen regel", "No rule"),
    OTHER: w("Overig", "Other"),
  },
  REFERRAL_STATE: {
    SENT: w("Verstuurd", "Sent"),
    RECEIVED: w("Ontvangen", "Received"),
    ACCEPTED: w("Geaccepteerd", "Accepted"),
    DECLINED: w("Afgewezen", "Declined"),
    WAITLISTED: w("Op wachtlijst", "Waitlisted"),
    COMPLETED: w("Afgerond", "Completed"),
    CLOSED: w("Gesloten", "Closed"),
    CANCELLED: w("Geannuleerd", "Cancelled"),
    EXPIRED: w("Verlopen", "Expired"),
  },
  LEAVING_REASON: {
    MOVED: w("Verhuisd", "Moved"),
    PAID_WORK: w("Betaald werk", "Paid work"),
    OVERLOAD: w("Overbelasting", "Overload"),
    PERSONAL: w("Persoonlijk", "Personal"),
    OTHER: w("Anders", "Other"),
    UNKNOWN: w("Onbekend", "Unknown"),
  },
  STATUS: {
    ACTIVE: w("Actief", "Active"),
    PAUSED: w("Gepauzeerd", "Paused"),
    INACTIVE: w("Inactief", "Inactive"),
    NEW: w("Nieuw", "New"),
    LEFT: w("Gestopt", "Left"),
    LEAVING: w("Gestopt", "Leaving"),
    CURRENT: w("Actueel", "Current"),
    DUE_SOON: w("Binnenkort nodig", "Due soon"),
    OVERDUE: w("Te laat", "Overdue"),
    NEVER: w("Nooit", "Never"),
    COVERED: w("Gedekt", "Covered"),
    NOT_COVERED: w("Niet gedekt", "Not covered"),
    TRAINED: w("Getraind", "Trained"),
    NOT_TRAINED: w("Niet getraind", "Not trained"),
    GREEN: w("Groen", "Green"),
    AMBER: w("Oranje", "Amber"),
    RED: w("Rood", "Red"),
    UNKNOWN: w("Onbekend", "Unknown"),
  },
  OUTCOME: {
    SAME_KEY_PERSON: w("Zelfde sleutelpersoon", "Same key person"),
    HANDED_OVER: w("Overgedragen", "Handed over"),
    WITHOUT_SUPPORT: w("Zonder ondersteuning", "Without support"),
    MATCHED: w("Gekoppeld", "Matched"),
    UNMET: w("Onvervuld", "Unmet"),
    DECLINED: w("Afgewezen", "Declined"),
    EXPIRED: w("Verlopen", "Expired"),
    OPEN: w("Open", "Open"),
    CANCELLED: w("Geannuleerd", "Cancelled"),
    HELPFUL: w("Behulpzaam", "Helpful"),
    FELT_SAFE: w("Voelde zich veilig", "Felt safe"),
    UNDERSTOOD: w("Begrepen", "Understood"),
    WOULD_RECOMMEND: w("Zou aanraden", "Would recommend"),
    YES: w("Ja", "Yes"),
    PARTLY: w("Deels", "Partly"),
    NO: w("Nee", "No"),
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

/** A row's name: the name from data when there is one, else the words of its code, else the code. */
export function keyName(row: { keyKind: string; key: string; label?: string | null }, language: ReportLanguage): string {
  if (row.label) return row.label;
  return REPORT_KEY_WORDS[row.keyKind]?.[row.key]?.[language] ?? row.key;
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
