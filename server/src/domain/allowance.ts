// The Dutch volunteer allowance (vrijwilligersvergoeding): an hourly maximum and
// monthly and yearly caps per volunteer, all funders together. Passing any cap makes the
// whole allowance taxable income, so an approval that would pass one is refused.
// Money is integer euro cents; the year's figures come from the compensation_rules table.

export interface YearFigures {
  year: number;
  hourlyRateCents: number;
  hourlyRateUnder21Cents: number;
  monthCapCents: number;
  yearCapCents: number;
  kmRateCents: number;
}

/** Dutch tax law counts a volunteer as under 21 by their age in that year. */
export function isUnder21(birthYear: number | null, year: number): boolean {
  return birthYear !== null && year - birthYear < 21;
}

/** The legal maximum per hour for this volunteer in this year. */
export function legalHourlyRate(figures: YearFigures, birthYear: number | null): number {
  return isUnder21(birthYear, figures.year) ? figures.hourlyRateUnder21Cents : figures.hourlyRateCents;
}

/** A funder may pay less than the legal maximum per hour, never more. */
export function effectiveHourlyRate(figures: YearFigures, birthYear: number | null, funderRateCents: number | null): number {
  const legal = legalHourlyRate(figures, birthYear);
  return funderRateCents === null ? legal : Math.min(funderRateCents, legal);
}

/** Whole cents, rounded down: never a cent more than the rate allows. */
export function allowanceCents(hours: number, rateCents: number): number {
  return Math.floor(hours * rateCents + 1e-9);
}

export function kmAmountCents(km: number, kmRateCents: number): number {
  return Math.round(km * kmRateCents);
}

export interface CapCheck {
  ok: boolean;
  /** Room left before this approval, per cap. */
  monthRoomCents: number;
  yearRoomCents: number;
  /** Which cap would be passed, if any. */
  exceeded: "MONTH" | "YEAR" | null;
}

export interface AllowanceRoom {
  /** Under the monthly cap, given what that month already holds. */
  monthRoomCents: number;
  /** Under the yearly cap, given what the year already holds. */
  yearRoomCents: number;
  /** What may still be granted in that month: the smaller of the two. */
  roomCents: number;
}

/** The room left under the caps, given the allowance already approved in a month and in its year. Never negative. */
export function allowanceRoom(
  figures: Pick<YearFigures, "monthCapCents" | "yearCapCents">,
  approvedMonthCents: number,
  approvedYearCents: number,
): AllowanceRoom {
  const monthRoomCents = Math.max(0, figures.monthCapCents - approvedMonthCents);
  const yearRoomCents = Math.max(0, figures.yearCapCents - approvedYearCents);
  return { monthRoomCents, yearRoomCents, roomCents: Math.min(monthRoomCents, yearRoomCents) };
}

/** Whether `newCents` still fits under the caps, given what was already approved that month and year. */
export function checkCaps(figures: YearFigures, approvedMonthCents: number, approvedYearCents: number, newCents: number): CapCheck {
  const { monthRoomCents, yearRoomCents } = allowanceRoom(figures, approvedMonthCents, approvedYearCents);
  const exceeded = newCents > yearRoomCents ? "YEAR" : newCents > monthRoomCents ? "MONTH" : null;
  return { ok: exceeded === null, monthRoomCents, yearRoomCents, exceeded };
}

export const euros = (cents: number) => `€ ${(cents / 100).toFixed(2)}`;

/** Hours a key person can declare for one day, all assignments together. */
export const MAX_HOURS_PER_DAY = 24;
/** Hours stay declarable this many days after an assignment ended. */
export const DECLARE_AFTER_END_DAYS = 60;
/** One expense claim above this is surely a typing error. */
export const MAX_CLAIM_CENTS = 500_000;
export const MAX_CLAIM_KM = 2_000;
/** The longest description of an expense claim, in characters. */
export const MAX_CLAIM_DESCRIPTION = 500;
/** The longest reason a reviewer gives for a rejection, in characters. */
export const MAX_REVIEW_REASON = 500;
/** The years the allowance figures may be set for. */
export const RULES_YEARS = { min: 2000, max: 2100 } as const;
