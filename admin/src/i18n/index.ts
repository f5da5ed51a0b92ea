import polyglotI18nProvider from "ra-i18n-polyglot";
import type { StringMap, TranslationMessages } from "react-admin";
import en from "./en";
import nl from "./nl";

export type Locale = "nl" | "en";

export const LOCALES: { locale: Locale; name: string }[] = [
  { locale: "nl", name: "Nederlands" },
  { locale: "en", name: "English" },
];

export const isLocale = (value: unknown): value is Locale => value === "nl" || value === "en";

/** BCP 47 locale for dates and numbers: nl-NL or en-GB. */
export const displayLocale = (locale: string): string => (locale === "en" ? "en-GB" : "nl-NL");

type Messages = StringMap | string | undefined;

/** Our messages over a fallback, key by key, so a missing Dutch key shows English. */
const withFallback = (own: Messages, fallback: Messages): Messages => {
  if (typeof own !== "object" || typeof fallback !== "object") return own;
  const merged: StringMap = { ...fallback };
  for (const [key, value] of Object.entries(own)) {
    merged[key] = withFallback(value, fallback[key]);
  }
  return merged;
};

const messages: Record<Locale, TranslationMessages> = {
  nl: withFallback(nl, en) as TranslationMessages,
  en,
};

export const i18nProvider = polyglotI18nProvider((locale) => messages[isLocale(locale) ? locale : "nl"], "nl", LOCALES);
