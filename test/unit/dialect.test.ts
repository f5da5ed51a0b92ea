import { noteNamesDialect, normaliseDialect, speaksDialect } from "../../server/src/domain/dialect";

describe("normaliseDialect", () => {
  test.each<[string | null, string]>([
    ["Damascus", "damascus"],
    ["  DAMASCUS  ", "damascus"],
    ["Ṣanʿānī", "sanani"],
    ["Égyptien", "egyptien"],
    ["Sana'ani", "sanaani"],
    ["North   Levantine", "north levantine"],
    ["Levantine (Damascus)", "levantine damascus"],
    ["Sorani,Badini", "sorani badini"],
    ["", ""],
    [null, ""],
  ])("%p → %p", (input, expected) => {
    expect(normaliseDialect(input)).toBe(expected);
  });
});

describe("noteNamesDialect", () => {
  test.each<[string, string | null, string, boolean]>([
    ["the same word", "Damascus", "Damascus", true],
    ["case and spaces", "damascus ", " DAMASCUS", true],
    ["accents", "Sanaani", "Sanaani", true],
    ["accents stripped on both sides", "Égyptien", "egyptien", true],
    ["one of several in the note", "Sorani, Badini", "badini", true],
    ["inside brackets", "Levantine (Damascus)", "damascus", true],
    ["several words, in order", "North Levantine, Aleppo", "north  levantine", true],
    ["part of a word is not the word", "Kurmanji", "kurman", false],
    ["another dialect", "Sorani", "Kurmanji", false],
    ["no note", null, "Sorani", false],
    ["an empty ask matches nothing", "Sorani", "  ", false],
  ])("%s", (_name, note, asked, expected) => {
    expect(noteNamesDialect(note, asked)).toBe(expected);
  });

  test("any of the notes", () => {
    expect(speaksDialect([null, "Sorani"], "sorani")).toBe(true);
    expect(speaksDialect([], "sorani")).toBe(false);
  });
});
