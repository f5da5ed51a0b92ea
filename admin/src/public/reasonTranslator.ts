import reasonsEn, { reasonValuesEn } from "../i18n/reasons.en";
import reasonsNl, { reasonValuesNl } from "../i18n/reasons.nl";
import type { Translate } from "../common/wordReason";
import type { Lang } from "./i18n";

// The public map has no react-admin: this words the server's reasons from the console's
// own reason texts, with %{name} filled in (no plural forms are needed here).
const MESSAGES = {
  nl: { reasons: reasonsNl, reasonValues: reasonValuesNl },
  en: { reasons: reasonsEn, reasonValues: reasonValuesEn },
};

export function reasonTranslator(lang: Lang): Translate {
  return (key, options = {}) => {
    const found = key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], MESSAGES[lang]);
    const text = typeof found === "string" ? found : String(options._ ?? key);
    return text.replace(/%\{(\w+)\}/g, (_, name: string) => String(options[name] ?? ""));
  };
}
