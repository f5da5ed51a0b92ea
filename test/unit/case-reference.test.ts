import { CASE_REFERENCE_MAX, caseReferenceProblem } from "../../server/src/domain/case-reference";

test.each<[string]>([
  ["GGD-AMS-2025-0142"],
  ["casus 17"],
  ["AZC-Zandweg/ K3"],
  ["VWN-UTR-0088"],
  ["GGD-2025-000142"],
  ["2025-00142"],
  ["K-12/7"],
  ["dossier 4711-B"],
  ["team Oost, casus 3"],
  ["intake mei"],
  ["17 maart"],
  ["Z-".padEnd(CASE_REFERENCE_MAX, "x")],
  ["  casus 17  "],
  ["v2.3 pilot"],
])("%j is an ordinary pseudonym", (value) => {
  expect(caseReferenceProblem(value)).toBeNull();
});

test.each<[string, string, RegExp]>([
  ["empty", "", /Give a case reference/],
  ["only spaces", "   ", /Give a case reference/],
  ["too long", "x".repeat(CASE_REFERENCE_MAX + 1), /longer than 60/],
  ["an e-mail address", "fatima.ahmadi@gmail.com", /e-mail/],
  ["an e-mail address in a sentence", "casus van a.b@ggd.nl", /e-mail/],
  ["a Dutch mobile number", "0612345678", /phone/],
  ["a mobile number with a dash", "06-12345678", /phone/],
  ["a mobile number with spaces", "06 1234 5678", /phone/],
  ["a mobile number in pairs", "06-12-34-56-78", /phone/],
  ["a landline", "020-1234567", /phone/],
  ["a landline with spaces", "casus 020 123 4567", /phone/],
  ["an international number", "+31 6 12345678", /phone/],
  ["an international number with (0)", "+31 (0)6 12345678", /phone/],
  ["an international number with 00", "0044 20 7946 0958", /phone/],
  ["a foreign number", "+249 912 345 678", /phone/],
  ["a number after a pseudonym", "casus 17 - 0612345678", /phone/],
  ["a date of birth, day first", "12-03-1990", /date/],
  ["a date of birth, ISO", "1990-03-12", /date/],
  ["a date with slashes and a short year", "12/03/90", /date/],
  ["a date with dots", "geb. 12.03.1990", /date/],
  ["a date with spaces", "12 03 1990", /date/],
  ["a date in Dutch", "12 maart 1990", /date/],
  ["an abbreviated Dutch month", "3 mrt. '90", /date/],
  ["an English date", "March 12, 1990", /date/],
  ["a day, month name, year", "1 January 2001", /date/],
  ["a compact date", "19900312", /date/],
  ["a compact date, day first", "casus 12031990", /date/],
  ["a V-number", "1234567890", /V-number/],
  ["a V-number with a V", "V1234567890", /V-number/],
  ["a V-number with dots", "V 12.34.56.78.90", /V-number/],
  ["a V-number with spaces", "casus 12345 67890", /V-number/],
  ["a V-number with dashes after V-nr", "V-nr 12-34-56-78-90", /V-number/],
  ["a BSN", "123456789", /BSN/],
  ["a BSN with dots", "1234.56.789", /BSN/],
  ["a BSN with spaces", "bsn 123 456 789", /BSN/],
  ["a BSN with dashes", "1234-56-789", /BSN/],
  ["a BSN in three triples", "123-456-789", /BSN/],
])("%s is refused", (_label, value, message) => {
  const problem = caseReferenceProblem(value);
  expect(problem).toMatch(message);
});

test("every refusal says what to do instead", () => {
  for (const value of ["a@b.nl", "0612345678", "12-03-1990", "1234567890", "123456789"]) {
    expect(caseReferenceProblem(value)).toMatch(/pseudonym/);
  }
});

test("exactly 60 characters is fine, 61 is not", () => {
  expect(caseReferenceProblem("c".repeat(60))).toBeNull();
  expect(caseReferenceProblem("c".repeat(61))).not.toBeNull();
});
