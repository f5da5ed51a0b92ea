import { csvLine } from "../domain/csv";

export interface PaymentLine {
  type: "HOURS" | "CLAIM";
  id: number;
  keyPersonId: number;
  name: string;
  iban: string | null;
  date: string;
  hours: number | null;
  description: string;
  amountCents: number;
}

/** The languages a payment file is written in: Dutch headers for a Dutch file. */
export type PaymentFileLocale = "nl" | "en";
export const isPaymentFileLocale = (value: unknown): value is PaymentFileLocale => value === "nl" || value === "en";

const HEADERS: Record<PaymentFileLocale, string[]> = {
  en: ["reference", "type", "key_person_id", "key_person", "iban", "date", "hours", "description", "amount_cents", "amount_eur", "period", "export"],
  nl: ["referentie", "soort", "sleutelpersoon_id", "sleutelpersoon", "iban", "datum", "uren", "omschrijving", "bedrag_cent", "bedrag_eur", "periode", "export"],
};

const TYPES: Record<PaymentFileLocale, Record<PaymentLine["type"], string>> = {
  en: { HOURS: "HOURS", CLAIM: "CLAIM" },
  nl: { HOURS: "UREN", CLAIM: "DECLARATIE" },
};

// Cells are neutralised against CSV injection by domain/csv.ts (the registry export uses the same).

/**
 * A decimal with the file's separator: a comma in Dutch, a point in English, the same for
 * hours and euros, so a spreadsheet reads both columns as numbers.
 */
function decimal(value: number, locale: PaymentFileLocale, fractionDigits?: number): string {
  const text = fractionDigits === undefined ? String(value) : value.toFixed(fractionDigits);
  return locale === "nl" ? text.replace(".", ",") : text;
}

/**
 * Semicolon-separated, as Dutch spreadsheets expect; amounts in cents and in euros.
 * `reference` (H-<id> for hours, C-<id> for claims) is the same in the SEPA file.
 */
export function paymentCsv(lines: PaymentLine[], meta: { from: string; to: string; batchId: number; locale?: PaymentFileLocale }): string {
  const locale = meta.locale ?? "nl";
  const rows = lines.map((l) => [
    paymentReference(l),
    TYPES[locale][l.type],
    l.keyPersonId,
    l.name,
    l.iban,
    l.date,
    l.hours === null ? null : decimal(l.hours, locale),
    l.description,
    l.amountCents,
    decimal(l.amountCents / 100, locale, 2),
    `${meta.from}..${meta.to}`,
    meta.batchId,
  ]);
  return [HEADERS[locale], ...rows].map((row) => csvLine(row, ";")).join("");
}

export const paymentReference = (line: Pick<PaymentLine, "type" | "id">): string => `${line.type === "HOURS" ? "H" : "C"}-${line.id}`;
