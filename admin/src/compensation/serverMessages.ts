import { eurosToCents, formatEuros } from "./money";

// The server's messages are English sentences built from fixed templates (see
// server/src/compensation/compensation.service.ts). The ones a key person or funder
// meets often are recognised here and said again in the console's language, with the
// amounts in its format; any other message is shown as the server wrote it.
// Pure (translate is passed in), so unit-tested.

export type Translate = (key: string, options?: Record<string, unknown>) => string;

interface Rule {
  pattern: RegExp;
  key: string;
  values?: (match: RegExpMatchArray, locale: string, translate: Translate) => Record<string, unknown>;
}

const money = (euros: string, locale: string) => formatEuros(eurosToCents(euros), locale);

const RULES: Rule[] = [
  {
    // the volunteer allowance cap: names the room left this month and this year
    pattern:
      /^Approving ([\d.]+) h \(€ ([\d.]+)\) would pass the (?:(\d{4}) cap|monthly cap) of € ([\d.]+),.*Room left: € ([\d.]+) this month, € ([\d.]+) this year/s,
    key: "compensation.serverMessage.cap",
    values: ([, hours, amount, year, cap, monthRoom, yearRoom], locale, translate) => ({
      hours: Number(hours).toLocaleString(locale),
      amount: money(amount, locale),
      cap: year
        ? translate("compensation.serverMessage.yearCap", { year, amount: money(cap, locale) })
        : translate("compensation.serverMessage.monthCap", { amount: money(cap, locale) }),
      monthRoom: money(monthRoom, locale),
      yearRoom: money(yearRoom, locale),
    }),
  },
  {
    pattern: /^There are no volunteer allowance figures for (\d{4}) yet/,
    key: "compensation.serverMessage.noFigures",
    values: ([, year]) => ({ year }),
  },
  {
    pattern: /^Nothing approved and not yet exported between (\S+) and (\S+)$/,
    key: "compensation.serverMessage.nothingToExport",
    values: ([, from, to]) => ({ from, to }),
  },
  {
    pattern: /^(?:These hours are|This claim is) already (approved|rejected|submitted)$/,
    key: "compensation.serverMessage.alreadyReviewed",
    values: ([, status], _locale, translate) => ({
      status: translate(`compensation.enums.reviewStatus.${status.toUpperCase()}`).toLocaleLowerCase(),
    }),
  },
  { pattern: /^Say why you reject it/, key: "compensation.serverMessage.reasonRequired" },
  {
    pattern: /^That makes ([\d.]+) hours on (\S+), over all assignments/,
    key: "compensation.serverMessage.dayFull",
    values: ([, hours, date], locale) => ({ hours: Number(hours).toLocaleString(locale, { maximumFractionDigits: 2 }), date }),
  },
  {
    pattern: /^The date (\S+) lies in the future/,
    key: "compensation.serverMessage.future",
    values: ([, date]) => ({ date }),
  },
  {
    pattern: /^The date (\S+) lies before the assignment began \((\S+)\)/,
    key: "compensation.serverMessage.beforeStart",
    values: ([, date, began]) => ({ date, began }),
  },
  { pattern: /^This is funded by the national scheme/, key: "compensation.serverMessage.nationalScheme" },
  { pattern: /^Only the organisation that funds this assignment/, key: "compensation.serverMessage.otherFunder" },
  { pattern: /is not (?:an|a valid) IBAN/, key: "compensation.serverMessage.iban" },
  {
    pattern: /^This idempotency key was already used for a different claim/,
    key: "compensation.serverMessage.idempotency",
  },
];

export function translateServerMessage(message: string, translate: Translate, locale: string): string {
  for (const rule of RULES) {
    const match = message.match(rule.pattern);
    if (match) return translate(rule.key, rule.values?.(match, locale, translate) ?? {});
  }
  return message;
}
