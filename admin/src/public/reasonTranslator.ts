import type { Translate } from "../common/wordReason";
import reasonsEn, { reasonValuesEn } from "../i18n/reasons.en";
import reasonsNl, { reasonValuesNl } from "../i18n/reasons.nl";
import { LANGUAGE, type Lang } from "./i18n";

// The public map has no react-admin: this words the server's reasons from the console's
// own reason texts (Dutch, English), and for the newcomers' languages from their
// translation file (i18n/<lang>.ts: the reasons the map can meet; others in English),
// with %{name} filled in (no plural forms are needed here).
const messagesFor = (lang: Lang) => {
  if (lang === "nl") return { reasons: reasonsNl, reasonValues: reasonValuesNl };
  return { reasons: { ...reasonsEn, ...LANGUAGE[lang].reasons }, reasonValues: reasonValuesEn };
};

export function reasonTranslator(lang: Lang): Translate {
  const messages = messagesFor(lang);
  return (key, options = {}) => {
    const found = key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);
    const text = typeof found === "string" ? found : String(options._ ?? key);
    return text.replace(/%\{(\w+)\}/g, (_, name: string) => String(options[name] ?? ""));
  };
}
