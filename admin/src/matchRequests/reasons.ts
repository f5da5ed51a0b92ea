import { useGetList, useTranslate } from "react-admin";
import { useLocalizedName } from "../common/useLocalizedName";
import type { Named } from "../types";
import { translateReason, type NameLookup } from "./reasonText";

export { reasonKind } from "./reasonText";

const ALL = { pagination: { page: 1, perPage: 1000 }, sort: { field: "name", order: "ASC" as const } };

/** Translates the server's reasons into the UI's language. */
export function useReasonTranslator(): (reason: string) => string {
  const translate = useTranslate();
  const { nameOf } = useLocalizedName();
  const { data: languages } = useGetList<Named & { id: string }>("languages", ALL);
  const { data: expertise } = useGetList<Named & { id: string }>("expertiseAreas", ALL);

  const names: NameLookup = {
    language: (englishName) => nameOf(languages?.find((language) => language.name === englishName)) || englishName,
    expertise: (codes) =>
      codes
        .split(/,\s*/)
        .map((code) => nameOf(expertise?.find((area) => area.code === code)) || code)
        .join(", "),
    level: (level) => translate(`app.enums.level.${level.toUpperCase()}`).toLocaleLowerCase(),
  };

  return (reason) => translateReason(reason, translate, names);
}
