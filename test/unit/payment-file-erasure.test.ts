// Erasure rewrites only the erased person's lines of an exported payment file: the amounts
// and every other line stay byte for byte, also when another person has the same name.
import { erasePaymentLines, erasePaymentTransfer } from "../../server/src/privacy/payment-file";
import { paymentSepaXml } from "../../server/src/compensation/payment-sepa";
import { paymentCsv, type PaymentLine } from "../../server/src/compensation/payment-csv";

const line = (over: Partial<PaymentLine>): PaymentLine => ({
  type: "HOURS",
  id: 1,
  keyPersonId: 7,
  name: "Amina Yusuf",
  iban: "NL91ABNA0417164300",
  date: "2025-04-07",
  hours: 3,
  description: "SUPPORT",
  amountCents: 1680,
  ...over,
});

const file = paymentCsv(
  [
    line({}),
    line({ type: "CLAIM", id: 2, hours: null, description: 'OTHER: Taxi; "late" visit\nwith Amina', amountCents: 2450 }),
    line({ id: 3, keyPersonId: 8, iban: "DE89370400440532013000" }),
    line({ id: 4, keyPersonId: 70, name: "=cmd()", iban: null }),
  ],
  { from: "2025-04-01", to: "2025-04-30", batchId: 5 },
);

const erased = erasePaymentLines(file, 7, "Erased key person #7");
const lines = erased.split("\r\n");
const before = file.split("\r\n");

test.each([
  ["the header", 0, before[0]],
  [
    "hours of the person: name and IBAN gone, activity and amount kept",
    1,
    "H-1;UREN;7;Erased key person #7;[erased];2025-04-07;3;SUPPORT;1680;16,80;2025-04-01..2025-04-30;5",
  ],
  [
    "a claim of the person: its text gone, its kind and amount kept",
    2,
    "C-2;DECLARATIE;7;Erased key person #7;[erased];2025-04-07;;OTHER: [erased];2450;24,50;2025-04-01..2025-04-30;5",
  ],
  ["another person with the same name: unchanged", 3, before[3]],
  ["a neutralised cell of someone else: unchanged", 4, before[4]],
])("%s", (_what, index, expected) => {
  expect(lines[index]).toBe(expected);
});

test("nothing else changes, and a file without the person stays the same", () => {
  expect(lines).toHaveLength(6);
  expect(lines[5]).toBe("");
  expect(erasePaymentLines(file, 99, "Erased key person #99")).toBe(file);
});

test("a file with English headers is erased the same way", () => {
  const english = paymentCsv([line({}), line({ type: "CLAIM", id: 2, hours: null, description: "OTHER: Taxi", amountCents: 2450 })], {
    from: "2025-04-01",
    to: "2025-04-30",
    batchId: 5,
    locale: "en",
  });
  expect(erasePaymentLines(english, 7, "Erased key person #7").split("\r\n").slice(1, 3)).toEqual([
    "H-1;HOURS;7;Erased key person #7;[erased];2025-04-07;3;SUPPORT;1680;16.80;2025-04-01..2025-04-30;5",
    "C-2;CLAIM;7;Erased key person #7;[erased];2025-04-07;;OTHER: [erased];2450;24.50;2025-04-01..2025-04-30;5",
  ]);
});

test("the SEPA file loses the person's name and IBAN in their transfer only; the amounts stay", () => {
  const xml = paymentSepaXml([line({}), line({ id: 3, keyPersonId: 8, name: "Amina Yusuf", iban: "DE89370400440532013000" })], {
    payer: { name: "GGD Zuid", iban: "NL44RABO0123456789", bic: null },
    batchId: 5,
    from: "2025-04-01",
    to: "2025-04-30",
    createdAt: new Date("2025-05-01T10:00:00Z"),
    executionDate: "2025-05-01",
  });
  const erasedXml = erasePaymentTransfer(xml, 5, 7, "Erased key person #7");
  expect(erasedXml).not.toContain("NL91ABNA0417164300");
  expect(erasedXml).toContain("<Cdtr><Nm>Erased key person #7</Nm></Cdtr><CdtrAcct><Id><IBAN>XX00ERASED</IBAN>");
  // the other Amina keeps hers
  expect(erasedXml).toContain("<Cdtr><Nm>Amina Yusuf</Nm></Cdtr><CdtrAcct><Id><IBAN>DE89370400440532013000</IBAN>");
  expect(erasedXml.match(/<InstdAmt Ccy="EUR">[^<]*<\/InstdAmt>/g)).toEqual(xml.match(/<InstdAmt Ccy="EUR">[^<]*<\/InstdAmt>/g));
  expect(erasePaymentTransfer(xml, 5, 99, "Erased key person #99")).toBe(xml);
});
