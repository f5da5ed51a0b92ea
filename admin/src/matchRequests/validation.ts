import { amsterdamToday } from "../common/dates";
import { CASE_REFERENCE_MAX, containsBsn, containsDate, containsPhoneNumber, containsVNumber } from "../../../server/src/domain/case-reference";

// The server's own pure rules for a case reference (server/src/domain/case-reference.ts),
// run in the browser too so the organisation hears at once, in its own language, that a
// case reference must be a pseudonym. The server checks again on save.

const EMAIL = /[^\s@]+@[^\s@]+\.[^\s@]{2,}/;

/** What is wrong with the case reference (a translation key, with its values), or undefined. */
export const validateCaseReference = (value: string | null | undefined): string | { message: string; args: { max: number } } | undefined => {
  const text = (value ?? "").trim();
  if (!text) return "matching.validation.caseReference.required";
  if (text.length > CASE_REFERENCE_MAX) return { message: "matching.validation.caseReference.tooLong", args: { max: CASE_REFERENCE_MAX } };
  if (EMAIL.test(text)) return "matching.validation.caseReference.email";
  if (containsPhoneNumber(text)) return "matching.validation.caseReference.phone";
  if (containsDate(text)) return "matching.validation.caseReference.date";
  if (containsVNumber(text)) return "matching.validation.caseReference.vNumber";
  if (containsBsn(text)) return "matching.validation.caseReference.bsn";
  return undefined;
};

export const notInThePast = (value: string | null | undefined) => (value && value < amsterdamToday() ? "matching.validation.startsOnPast" : undefined);

export const validateOrigin = (value: string | null | undefined, values: { backgroundPreference?: string }) => {
  const origin = (value ?? "").trim();
  if (!origin) return values.backgroundPreference === "DIFFERENT" ? "matching.validation.originRequired" : undefined;
  return /^[A-Za-z]{2}$/.test(origin) ? undefined : "matching.validation.origin";
};

export const mustBeTrue = (value: unknown) => (value === true ? undefined : "matching.validation.consent");
