// A match request's case reference is the organisation's own pseudonym for the case:
// never a newcomer's name or any identifier (docs/domain.md, "Matching"). Names cannot be
// recognised reliably, but the identifiers people paste out of habit can: e-mail
// addresses, phone numbers, dates of birth, V-numbers and BSNs. Pure.

import { coded, type Coded, type IdentifierKind } from "./reasons";

/** Long enough for any file-number style pseudonym, short enough to keep stories out. */
export const CASE_REFERENCE_MAX = 60;

const EXAMPLE = "e.g. GGD-AMS-2025-0142";
const ADVICE = `never an identifier of the newcomer: use your organisation's own pseudonym for the case, ${EXAMPLE}`;

const EMAIL = /[^\s@]+@[^\s@]+\.[^\s@]{2,}/;

const MONTHS =
  "januari|january|jan|februari|february|feb|maart|march|mrt|mar|april|apr|mei|may|juni|june|jun|juli|july|jul|" +
  "augustus|august|aug|september|sept|sep|oktober|october|okt|oct|november|nov|december|dec";
/** 12-03-1990, 12/03/90, 12.03.1990, 12 03 1990 (the same separator twice). */
const DAY_MONTH_YEAR = /(?<!\d)(\d{1,2})([-/. ])(\d{1,2})\2(\d{4}|\d{2})(?!\d)/g;
/** 1990-03-12, 1990/3/12. */
const YEAR_MONTH_DAY = /(?<!\d)(\d{4})([-/. ])(\d{1,2})\2(\d{1,2})(?!\d)/g;
/** 12031990 or 19900312. */
const COMPACT_DATE = /(?<!\d)(\d{8})(?!\d)/g;
/** 12 maart 1990, 3 mrt. '90, 12-mar-1990. */
const DAY_MONTHNAME_YEAR = new RegExp(`(?<!\\d)(\\d{1,2})(?:e|st|nd|rd|th)?[\\s./-]*(?:${MONTHS})\\b\\.?[\\s./,-]*'?(\\d{4}|\\d{2})(?!\\d)`, "gi");
/** March 12, 1990. */
const MONTHNAME_DAY_YEAR = new RegExp(`\\b(?:${MONTHS})\\b\\.?\\s*(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, "gi");

function isDay(value: string): boolean {
  const n = Number(value);
  return n >= 1 && n <= 31;
}

function isMonth(value: string): boolean {
  const n = Number(value);
  return n >= 1 && n <= 12;
}

function isYear(value: string): boolean {
  const n = Number(value);
  return n >= 1900 && n <= 2099;
}

/** Whether the text holds a full calendar date (day, month and year): any of them may be a date of birth. */
export function containsDate(text: string): boolean {
  for (const [, a, , b, year] of text.matchAll(DAY_MONTH_YEAR)) {
    // Day-month-year as written in the Netherlands, or month-day-year as in the US.
    if (year.length === 4 && !isYear(year)) continue;
    if ((isDay(a) && isMonth(b)) || (isMonth(a) && isDay(b))) return true;
  }
  for (const [, year, , month, day] of text.matchAll(YEAR_MONTH_DAY)) {
    if (isYear(year) && isMonth(month) && isDay(day)) return true;
  }
  for (const [, digits] of text.matchAll(COMPACT_DATE)) {
    const dmy = isDay(digits.slice(0, 2)) && isMonth(digits.slice(2, 4)) && isYear(digits.slice(4));
    const ymd = isYear(digits.slice(0, 4)) && isMonth(digits.slice(4, 6)) && isDay(digits.slice(6));
    if (dmy || ymd) return true;
  }
  for (const [, day, year] of text.matchAll(DAY_MONTHNAME_YEAR)) {
    if (isDay(day) && (year.length === 2 || isYear(year))) return true;
  }
  for (const [, day, year] of text.matchAll(MONTHNAME_DAY_YEAR)) {
    if (isDay(day) && isYear(year)) return true;
  }
  return false;
}

interface DigitGroup {
  digits: string;
  start: number;
  end: number;
}

function digitGroups(text: string): DigitGroup[] {
  return [...text.matchAll(/\d+/g)].map((m) => ({ digits: m[0], start: m.index, end: m.index + m[0].length }));
}

/** Between the groups of a phone number: spaces, dashes, dots, slashes, brackets (+31 (0)6 12-34-56-78). */
const PHONE_JOIN = /^[\s\-./()]{1,3}$/;
/** Between the groups of a V-number or BSN: a space or a dot (1234.56.789, 12 34 56 78 90). */
const NUMBER_JOIN = /^[\s.]{1,2}$/;

/** Digits of the longest chain starting at group i whose joins all match `join`. */
function chainFrom(text: string, groups: DigitGroup[], i: number, join: RegExp): { digits: string; sizes: number[] } {
  let digits = groups[i].digits;
  const sizes = [groups[i].digits.length];
  for (let j = i + 1; j < groups.length && join.test(text.slice(groups[j - 1].end, groups[j].start)); j++) {
    digits += groups[j].digits;
    sizes.push(groups[j].digits.length);
  }
  return { digits, sizes };
}

/**
 * A Dutch number (0 and nine more digits: 06-12345678, 020 123 4567) or an international
 * one (+ or 00, then 8 to 15 digits: +31 6 12345678, 0044 20 7946 0958).
 */
export function containsPhoneNumber(text: string): boolean {
  const groups = digitGroups(text);
  for (let i = 0; i < groups.length; i++) {
    const plus = /\+\s?\(?$/.test(text.slice(0, groups[i].start));
    const { digits } = chainFrom(text, groups, i, PHONE_JOIN);
    if (plus || digits.startsWith("00")) {
      const national = plus ? digits : digits.slice(2);
      if (national.length >= 8 && national.length <= 15) return true;
    } else if (digits.startsWith("0") && digits.length === 10) {
      return true;
    }
  }
  return false;
}

/** Chains of digit groups that start a number (not continuing one before them). */
function numbers(text: string, join: RegExp): { digits: string; sizes: number[] }[] {
  const groups = digitGroups(text);
  const found: { digits: string; sizes: number[] }[] = [];
  for (let i = 0; i < groups.length; i++) {
    if (i > 0 && join.test(text.slice(groups[i - 1].end, groups[i].start))) continue;
    found.push(chainFrom(text, groups, i, join));
  }
  return found;
}

/**
 * The immigration service's vreemdelingennummer: ten digits, often written with spaces
 * or dots, sometimes after a V (V 12.34.56.78.90, V-1234567890).
 */
export function containsVNumber(text: string): boolean {
  if (numbers(text, NUMBER_JOIN).some((n) => n.digits.length === 10)) return true;
  // After a V, dashes too: V-12-34-56-78-90.
  const groups = digitGroups(text);
  return groups.some(
    (group, i) =>
      /(?:^|[^a-z])v(?:-?nr|-?nummer)?[\s.:-]*$/i.test(text.slice(0, group.start)) && chainFrom(text, groups, i, /^[\s.-]{1,2}$/).digits.length === 10,
  );
}

/** The citizen service number: nine digits (123456789, 1234.56.789, 123 456 789, 1234-56-789). */
export function containsBsn(text: string): boolean {
  if (numbers(text, NUMBER_JOIN).some((n) => n.digits.length === 9)) return true;
  // With dashes only in the shapes a BSN is written in: a pseudonym like 2025-00142 passes.
  return numbers(text, /^-$/).some((n) => ["4-2-3", "3-3-3"].includes(n.sizes.join("-")));
}

/**
 * Why this case reference is refused, as a message saying what to do; null when it is
 * fine. Ordinary pseudonyms pass: "GGD-AMS-2025-0142", "casus 17", "AZC-Zandweg/ K3".
 */
export function caseReferenceProblem(value: string): string | null {
  return caseReferenceCheck(value)?.message ?? null;
}

/** The same, with its reason code and parameters for the console. */
export function caseReferenceCheck(value: string): ({ message: string } & Coded) | null {
  const text = value.trim();
  const identifier = (kind: IdentifierKind, message: string) => ({ message, ...coded("CASE_REFERENCE_IDENTIFIER", { kind }) });
  if (text.length === 0) return { message: `Give a case reference: your organisation's own pseudonym for the case, ${EXAMPLE}`, ...coded("VALUE_REQUIRED") };
  if (text.length > CASE_REFERENCE_MAX) {
    return {
      message: `The case reference is longer than ${CASE_REFERENCE_MAX} characters: give a short pseudonym, ${EXAMPLE}`,
      ...coded("TEXT_TOO_LONG", { max: CASE_REFERENCE_MAX }),
    };
  }
  if (EMAIL.test(text)) return identifier("EMAIL", `The case reference looks like an e-mail address; ${ADVICE}`);
  // Phone numbers first: 06-12-34-56-78 holds "06-12-34", but is a phone number; no date has ten digits.
  if (containsPhoneNumber(text)) return identifier("PHONE", `The case reference contains a phone number; ${ADVICE}`);
  if (containsDate(text)) return identifier("DATE", `The case reference contains a date, which may be a date of birth; ${ADVICE}`);
  if (containsVNumber(text)) return identifier("V_NUMBER", `The case reference looks like a V-number (vreemdelingennummer); ${ADVICE}`);
  if (containsBsn(text)) return identifier("BSN", `The case reference looks like a BSN (citizen service number); ${ADVICE}`);
  return null;
}
