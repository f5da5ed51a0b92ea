import type { ReasonCode } from "../../../../server/src/domain/reasons";
import type { Texts } from "../i18n";

/** The languages of the public map's own texts (issue 19); docs/domain.md says why these. */
export type Lang = "nl" | "en" | "ar" | "ti" | "prs" | "fa" | "ps" | "so" | "kmr" | "ckb" | "tr" | "uk";

/** Whether a native speaker has checked a translation, and when (YYYY-MM-DD); null: not yet. */
export type Review = { by?: string; on: string } | null;

export interface Translation {
  code: Lang;
  /** The language's name in itself, as the selector lists it. */
  name: string;
  dir: "ltr" | "rtl";
  /** The BCP 47 tag for <html lang> and Intl (numbers, language names). */
  tag: string;
  /** ISO 639-1 and 639-3 codes that open the page in this language (?lang=…). */
  aliases: string[];
  /** The newcomer languages (data/languages_nl_newcomers.csv) this UI language matches, most common first: the language filter starts with one. */
  speaks: string[];
  /** Made by a machine (and by whom), not by a translator. */
  machineTranslated: boolean;
  reviewed: Review;
  /** Missing texts fall back to English (test/unit/public-i18n.test.ts lists them). */
  texts: Partial<Texts>;
  /** The topics (expertise codes) in this language. */
  expertise: Record<string, string>;
  /** The refusals the public map can meet, by reason code. */
  reasons: Partial<Record<ReasonCode, string>>;
}
