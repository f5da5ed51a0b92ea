// The server explains a candidate's rank in short English phrases (domain/matching.ts,
// scoreCandidate). The console shows them in the UI's language: each known phrase is
// recognised and translated, with the language and expertise names looked up in the
// reference data; an unknown phrase is shown as it came. Pure: reasons.ts binds it to
// react-admin's translate and reference data.

interface ReasonPattern {
  pattern: RegExp;
  key: string;
  args?: (match: RegExpMatchArray, names: NameLookup) => Record<string, string>;
}

export interface NameLookup {
  language: (englishName: string) => string;
  expertise: (codes: string) => string;
  level: (level: string) => string;
}

const PATTERNS: ReasonPattern[] = [
  { pattern: /^remote support$/, key: "remote" },
  { pattern: /^under 1 km away$/, key: "underOneKm" },
  { pattern: /^(\d+) km away$/, key: "kmAway", args: ([, km]) => ({ km }) },
  {
    pattern: /^speaks (.+) \((native|fluent|basic)\)$/,
    key: "speaks",
    args: ([, language, level], names) => ({ language: names.language(language), level: names.level(level) }),
  },
  { pattern: /^knows (.+)$/, key: "knows", args: ([, codes], names) => ({ expertise: names.expertise(codes) }) },
  { pattern: /^load (\d+)% → (\d+)% after this$/, key: "load", args: ([, before, after]) => ({ before, after }) },
  { pattern: /^preferred gender$/, key: "gender" },
  { pattern: /^same background$/, key: "background" },
  { pattern: /^already supports this case$/, key: "continuity" },
];

/** Which kind of reason this is (for its colour), or null when unknown. */
export const reasonKind = (reason: string): string | null => PATTERNS.find(({ pattern }) => pattern.test(reason))?.key ?? null;

/** One reason in the UI's language: a known phrase translated, an unknown one as it came. */
export function translateReason(reason: string, translate: (key: string, args?: Record<string, string>) => string, names: NameLookup): string {
  for (const { pattern, key, args } of PATTERNS) {
    const match = reason.match(pattern);
    if (match) return translate(`matching.reasons.${key}`, args?.(match, names) ?? {});
  }
  return reason;
}
