import { useLocaleState } from "react-admin";

interface Translatable {
  name: string;
  nameNl?: string;
}

/** Languages and expertise carry an English and a Dutch name: pick the one of the UI. */
export function useLocalizedName(): { nameOf: (record?: Translatable | null) => string; nameField: "name" | "nameNl" } {
  const [locale] = useLocaleState();
  const nameField = locale === "nl" ? "nameNl" : "name";
  const nameOf = (record?: Translatable | null) => (record ? (record[nameField] ?? record.name) : "");
  return { nameOf, nameField };
}

/** BCP 47 locale for dates and numbers in the UI's language. */
export function useDisplayLocale(): string {
  const [locale] = useLocaleState();
  return locale === "nl" ? "nl-NL" : "en-GB";
}
