import * as SEPA from "sepa";
import type { PaymentLine } from "./payment-csv";

/** The account paid from. */
export interface Payer {
  name: string;
  iban: string;
  bic: string | null;
}

/**
 * SEPA credit-transfer messages allow only a small Latin character set
 * (a-z A-Z 0-9 / - ? : ( ) . , ' + and space): accents are taken off, anything else
 * becomes a space, and the text is cut to the field's length.
 */
export function sepaText(text: string, max: number): string {
  const plain = text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9/\-?:().,'+ ]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return (plain || "-").slice(0, max).trim();
}

/**
 * The payments of one export as a SEPA credit transfer in ISO 20022 pain.001.001.03, the
 * version Dutch banks import: one transfer per key person (the sum of their lines), the
 * export's number and period in the description. Made with sepa.js; validated against
 * the official XSD in test/api/payment-files.test.ts.
 */
export function paymentSepaXml(
  lines: PaymentLine[],
  meta: { payer: Payer; batchId: number; from: string; to: string; createdAt: Date; executionDate: string },
): string {
  const perPerson = new Map<number, { name: string; iban: string; cents: number; lines: number }>();
  for (const line of lines) {
    if (!line.iban) throw new Error(`Line ${line.type} ${line.id} has no IBAN: it cannot be in a SEPA file`);
    const person = perPerson.get(line.keyPersonId) ?? { name: line.name, iban: line.iban, cents: 0, lines: 0 };
    person.cents += line.amountCents;
    person.lines += 1;
    perPerson.set(line.keyPersonId, person);
  }

  const doc = new SEPA.Document("pain.001.001.03");
  // MsgId and the ids sepa.js derives from it (…PmtInfId.0.n) stay within 35 characters
  const messageId = `SK-EXPORT-${meta.batchId}`;
  doc.grpHdr.id = messageId;
  doc.grpHdr.created = meta.createdAt;
  doc.grpHdr.initiatorName = sepaText(meta.payer.name, 70);

  const info = doc.createPaymentInfo();
  info.requestedExecutionDate = new Date(`${meta.executionDate}T12:00:00Z`);
  info.debtorName = sepaText(meta.payer.name, 70);
  info.debtorIBAN = meta.payer.iban;
  if (meta.payer.bic) info.debtorBIC = meta.payer.bic;
  doc.addPaymentInfo(info);

  for (const [keyPersonId, person] of perPerson) {
    const tx = info.createTransaction();
    tx.creditorName = sepaText(person.name, 70);
    tx.creditorIBAN = person.iban;
    tx.amount = person.cents / 100;
    tx.end2endId = `SK-${meta.batchId}-${keyPersonId}`;
    tx.remittanceInfo = sepaText(`Sleutelkaart vergoeding ${meta.from} t/m ${meta.to}, export ${meta.batchId}, ${person.lines} regels`, 140);
    info.addTransaction(tx);
  }
  return doc.toString();
}
