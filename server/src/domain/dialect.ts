// Dialects: a request's requiredDialect (hard) or preferredDialect (a wish) against the
// key person's dialect notes. The registry keeps one free-text note per spoken language
// (KeyPersonLanguage.dialect, up to 80 characters, e.g. "Levantine (Damascus)",
// "Sorani, Badini"), so the match is on normalised words, not on a code.

/**
 * Lower case; accents, transliteration marks (ʿ ʾ) and apostrophes stripped (Sana'ani is
 * Sanaani); every run of spaces or other punctuation one space.
 */
export function normaliseDialect(text: string | null | undefined): string {
  return (text ?? "")
    .normalize("NFKD")
    .replace(/[\p{M}\p{Lm}'’`]/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * Whether a dialect note names the asked dialect: the normalised asked words appear in the
 * normalised note as whole words, in order ("damascus" in "Levantine (Damascus)", "north
 * levantine" in "North Levantine, Aleppo"). An empty ask matches nothing: the caller treats
 * it as not asked.
 */
export function noteNamesDialect(note: string | null | undefined, asked: string): boolean {
  const want = normaliseDialect(asked);
  const have = normaliseDialect(note);
  if (want === "" || have === "") return false;
  return ` ${have} `.includes(` ${want} `);
}

/** Whether any of the notes (of the languages the request asks for) names the dialect. */
export function speaksDialect(notes: readonly (string | null | undefined)[], asked: string): boolean {
  return notes.some((note) => noteNamesDialect(note, asked));
}
