// Recurring group activities: an RRULE (RFC 5545), validated and expanded with the `rrule`
// package. The rule is read in Dutch local time, so "every Tuesday at 19:00" stays at 19:00
// across the change to and from summer time; each occurrence becomes its own activity.
import { Frequency, RRule, type Options } from "rrule";
import { RECURRENCE_MAX_DAYS, RECURRENCE_MAX_OCCURRENCES } from "../domain/groups";
import { BadUserInput } from "../shared/errors";

const TIME_ZONE = "Europe/Amsterdam";
const DAY_MS = 86_400_000;
const ALLOWED_KEYS = new Set(["FREQ", "INTERVAL", "COUNT", "UNTIL", "BYDAY", "BYMONTHDAY", "BYMONTH", "BYSETPOS", "WKST"]);
const FREQUENCIES = new Set(["DAILY", "WEEKLY", "MONTHLY", "YEARLY"]);
const PART = /^[A-Z]+=[A-Z0-9,+-]+$/;

const parts = new Intl.DateTimeFormat("en-GB", {
  timeZone: TIME_ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

/** The Dutch wall-clock time of a moment, as if it were UTC ("floating" time, as rrule works). */
function toWall(moment: Date): Date {
  const p = Object.fromEntries(parts.formatToParts(moment).map((part) => [part.type, part.value]));
  return new Date(Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second)));
}

/** The moment a Dutch wall-clock time stands for. */
function fromWall(wall: Date): Date {
  const guess = new Date(wall.getTime() - (toWall(wall).getTime() - wall.getTime()));
  return new Date(wall.getTime() - (toWall(guess).getTime() - guess.getTime()));
}

const invalid = (value: string) =>
  new BadUserInput(`"${value.slice(0, 80)}" is not a recurrence rule (an RRULE such as FREQ=WEEKLY;COUNT=6)`, {
    reason: "RECURRENCE_INVALID",
    field: "recurrence",
    params: { value: value.slice(0, 80) },
  });

const tooMany = () =>
  new BadUserInput(`A recurrence ends (COUNT or UNTIL) and makes at most ${RECURRENCE_MAX_OCCURRENCES} occurrences within ${RECURRENCE_MAX_DAYS} days`, {
    reason: "RECURRENCE_TOO_MANY",
    field: "recurrence",
    params: { max: RECURRENCE_MAX_OCCURRENCES, maxDays: RECURRENCE_MAX_DAYS },
  });

/** The rule as stored: upper case, without the "RRULE:" prefix. Throws RECURRENCE_INVALID. */
export function normaliseRule(text: string): string {
  const rule = text
    .trim()
    .toUpperCase()
    .replace(/^RRULE:/, "");
  const pieces = rule.split(";");
  if (rule.length === 0 || rule.length > 300 || !pieces.every((piece) => PART.test(piece))) throw invalid(text);
  const keys = pieces.map((piece) => piece.split("=")[0]!);
  if (new Set(keys).size !== keys.length || !keys.every((key) => ALLOWED_KEYS.has(key))) throw invalid(text);
  const values = Object.fromEntries(pieces.map((piece) => piece.split("=") as [string, string]));
  if (!FREQUENCIES.has(values.FREQ ?? "")) throw invalid(text);
  if (values.COUNT !== undefined && !/^\d{1,3}$/.test(values.COUNT)) throw invalid(text);
  if (values.INTERVAL !== undefined && !/^\d{1,3}$/.test(values.INTERVAL)) throw invalid(text);
  if (values.COUNT === undefined && values.UNTIL === undefined) throw tooMany();
  return rule;
}

/**
 * Every start of the series: `startsAt` first (as RFC 5545 has it), then the rule's
 * occurrences, in order. Throws RECURRENCE_INVALID or RECURRENCE_TOO_MANY.
 */
export function expandRecurrence(text: string, startsAt: Date): Date[] {
  const rule = normaliseRule(text);
  let options: Partial<Options>;
  let rrule: RRule;
  try {
    options = RRule.parseString(rule);
    if (options.freq === undefined || options.freq > Frequency.DAILY) throw new Error("frequency");
    rrule = new RRule({ ...options, dtstart: toWall(startsAt) });
  } catch {
    throw invalid(text);
  }
  let walls: Date[];
  try {
    walls = rrule.all((_date, index) => index <= RECURRENCE_MAX_OCCURRENCES);
  } catch {
    throw invalid(text);
  }
  const moments = [startsAt, ...walls.map(fromWall)].filter((moment, index, all) => index === 0 || moment.getTime() !== all[0]!.getTime());
  moments.sort((a, b) => a.getTime() - b.getTime());
  if (moments.length > RECURRENCE_MAX_OCCURRENCES) throw tooMany();
  if (moments[moments.length - 1]!.getTime() - startsAt.getTime() > RECURRENCE_MAX_DAYS * DAY_MS) throw tooMany();
  return moments.filter((moment) => moment.getTime() >= startsAt.getTime());
}
