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

// Cells are neutralised against CSV injection (domain/csv.ts: the registry export does the same).

/** Semicolon-separated, as Dutch spreadsheets expect; amounts in cents and in euros with a decimal comma. */
export function paymentCsv(lines: PaymentLine[], meta: { from: string; to: string; batchId: number }): string {
  const header = ["reference", "type", "key_person_id", "key_person", "iban", "date", "hours", "description", "amount_cents", "amount_eur", "period", "export"];
  const rows = lines.map((l) => [
    `${l.type === "HOURS" ? "H" : "C"}-${l.id}`, l.type, l.keyPersonId, l.name, l.iban, l.date, l.hours, l.description,
    l.amountCents, (l.amountCents / 100).toFixed(2).replace(".", ","), `${meta.from}..${meta.to}`, meta.batchId,
  ]);
  return [header, ...rows].map((row) => csvLine(row, ";")).join("");
}
