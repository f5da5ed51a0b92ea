import { allowanceCents, checkCaps, effectiveHourlyRate, isUnder21, kmAmountCents, legalHourlyRate, type YearFigures } from "../../server/src/domain/allowance";

const y2025: YearFigures = { year: 2025, hourlyRateCents: 560, hourlyRateUnder21Cents: 330, monthCapCents: 21000, yearCapCents: 210000, kmRateCents: 23 };

test.each([
  [null, false],
  [2004, false], // 21 in 2025
  [2005, true], // 20 in 2025
  [1960, false],
])("isUnder21(birth %s, 2025) = %s", (birthYear, expected) => {
  expect(isUnder21(birthYear, 2025)).toBe(expected);
});

test.each([
  ["adult, no funder rate", 1990, null, 560],
  ["under 21, no funder rate", 2006, null, 330],
  ["adult, lower funder rate", 1990, 400, 400],
  ["adult, funder rate above the law is capped", 1990, 900, 560],
  ["under 21, funder rate above the under-21 rate", 2006, 400, 330],
])("effectiveHourlyRate: %s → %s", (_label, birthYear, funderRate, expected) => {
  expect(effectiveHourlyRate(y2025, birthYear, funderRate)).toBe(expected);
  expect(effectiveHourlyRate(y2025, birthYear, funderRate)).toBeLessThanOrEqual(legalHourlyRate(y2025, birthYear));
});

test.each([
  [1, 560, 560],
  [2.5, 560, 1400],
  [0.25, 330, 82], // 82.5 rounds down
  [37.5, 560, 21000],
])("allowanceCents(%s h at %s) = %s", (hours, rate, expected) => {
  expect(allowanceCents(hours, rate)).toBe(expected);
});

test.each([
  ["empty month", 0, 0, 21000, true, null, 21000],
  ["exactly at the month cap", 10000, 10000, 11000, true, null, 11000],
  ["one cent over the month cap", 10000, 10000, 11001, false, "MONTH", 11000],
  ["month fine, year exactly at the cap", 0, 200000, 10000, true, null, 21000],
  ["month fine, year one cent over", 0, 200001, 10000, false, "YEAR", 21000],
])("checkCaps: %s", (_label, month, year, add, ok, exceeded, monthRoom) => {
  const check = checkCaps(y2025, month, year, add);
  expect(check.ok).toBe(ok);
  expect(check.exceeded).toBe(exceeded);
  expect(check.monthRoomCents).toBe(monthRoom);
});

test.each([
  [10, 23, 230],
  [12.4, 23, 285],
  [0, 23, 0],
])("kmAmountCents(%s km at %s) = %s", (km, rate, expected) => {
  expect(kmAmountCents(km, rate)).toBe(expected);
});
