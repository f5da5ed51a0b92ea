// Erasure rewrites only the erased person's lines of an exported payment file: the amounts
// and every other line stay byte for byte, also when another person has the same name.
import { erasePaymentLines } from "../../server/src/privacy/payment-file";
import { paymentCsv, type PaymentLine } from "../../server/src/compensation/payment-csv";

const line = (over: Partial<PaymentLine>): PaymentLine => ({
  type: "HOURS", id: 1, keyPersonId: 7, name: "Amina Yusuf", iban: "NL91ABNA0417164300", date: "2025-04-07", hours: 3, description: "SUPPORT", amountCents: 1680, ...over,
});

const file = paymentCsv([
  line({}),
  line({ type: "CLAIM", id: 2, hours: null, description: 'OTHER: Taxi; "late" visit\nwith Amina', amountCents: 2450 }),
  line({ id: 3, keyPersonId: 8, iban: "DE89370400440532013000" }),
  line({ id: 4, keyPersonId: 70, name: "=cmd()", iban: null }),
], { from: "2025-04-01", to: "2025-04-30", batchId: 5 });

const erased = erasePaymentLines(file, 7, "Erased key person #7");
const lines = erased.split("\r\n");
const before = file.split("\r\n");

test.each([
  ["the header", 0, before[0]],
  ["hours of the person: name and IBAN gone, activity and amount kept", 1, "H-1;HOURS;7;Erased key person #7;[erased];2025-04-07;3;SUPPORT;1680;16,80;2025-04-01..2025-04-30;5"],
  ["a claim of the person: its text gone, its kind and amount kept", 2, "C-2;CLAIM;7;Erased key person #7;[erased];2025-04-07;;OTHER: [erased];2450;24,50;2025-04-01..2025-04-30;5"],
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
