import type { Translate } from "../compensation/serverMessages";

// The reasons the server gives for a wellbeing status or an action are English phrases
// from fixed templates (server/src/domain/oversight.ts and oversight.service.ts). They
// are said again in the console's language here; an unknown phrase is shown as is.
// A RED action joins several reasons with "; ". Pure, so unit-tested.

interface Rule {
  pattern: RegExp;
  key: string;
  values?: (match: RegExpMatchArray, formatDate: (iso: string) => string) => Record<string, unknown>;
}

const RULES: Rule[] = [
  { pattern: /^asked to be contacted$/, key: "contactRequested" },
  {
    pattern: /^strain or impact (\d)\/5 with support (\d)\/5$/,
    key: "strainWithSupport",
    values: ([, strain, support]) => ({ strain, support }),
  },
  { pattern: /^strain or impact (\d)\/5$/, key: "strain", values: ([, strain]) => ({ strain }) },
  { pattern: /^feels supported (\d)\/5$/, key: "support", values: ([, support]) => ({ support }) },
  {
    pattern: /^last check-in (\d+) days ago$/,
    key: "checkInMissing",
    values: ([, days]) => ({ smart_count: Number(days) }),
  },
  {
    pattern: /^declared more than their capacity (\d+) weeks in a row$/,
    key: "overCapacity",
    values: ([, weeks]) => ({ smart_count: Number(weeks) }),
  },
  { pattern: /^(\d+) SGBV cases at once$/, key: "sgbvCases", values: ([, cases]) => ({ smart_count: Number(cases) }) },
  { pattern: /^no intervision or supervision for more than 12 weeks$/, key: "supervisionOverdue" },
  {
    pattern: /^last session (\d{4}-\d\d-\d\d)$/,
    key: "lastSession",
    values: ([, date], formatDate) => ({ date: formatDate(date) }),
  },
  { pattern: /^last session null$/, key: "noSession" },
  {
    pattern: /^confirmed (\d{4}-\d\d-\d\d)$/,
    key: "confirmed",
    values: ([, date], formatDate) => ({ date: formatDate(date) }),
  },
  { pattern: /^never confirmed$/, key: "neverConfirmed" },
];

function translateOne(text: string, translate: Translate, formatDate: (iso: string) => string): string {
  for (const rule of RULES) {
    const match = text.match(rule.pattern);
    if (match) return translate(`oversight.reasonText.${rule.key}`, rule.values?.(match, formatDate) ?? {});
  }
  return text;
}

export function translateReasonText(text: string, translate: Translate, formatDate: (iso: string) => string): string {
  return text
    .split("; ")
    .filter(Boolean)
    .map((part) => translateOne(part.trim(), translate, formatDate))
    .join("; ");
}
