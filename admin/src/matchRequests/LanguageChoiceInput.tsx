import { AutocompleteArrayInput, ReferenceArrayInput, useGetList, type Validator } from "react-admin";
import { useLocalizedName } from "../common/useLocalizedName";
import type { Named } from "../types";

// The requested languages. Some languages share a Dutch name (Koerdisch is both Kurdish
// and Northern Kurdish; Levantijns-Arabisch both North and South Levantine Arabic): those
// carry their English name too, so the organisation can tell them apart.

const ALL = { pagination: { page: 1, perPage: 1000 }, sort: { field: "name", order: "ASC" as const } };

export const useLanguageLabel = () => {
  const { nameOf, nameField } = useLocalizedName();
  const { data: languages } = useGetList<Named & { id: string }>("languages", ALL);
  const counts = new Map<string, number>();
  for (const language of languages ?? []) counts.set(nameOf(language), (counts.get(nameOf(language)) ?? 0) + 1);
  const labelOf = (language?: Named | null) => {
    if (!language) return "";
    const name = nameOf(language);
    if ((counts.get(name) ?? 0) < 2) return name;
    // the other language's name, or the code when both names are the same
    return nameField === "nameNl" && language.name !== name ? `${name} (${language.name})` : `${name} (${language.code})`;
  };
  return { labelOf, nameField };
};

export const LanguageChoiceInput = ({ source, label, validate, helperText }: { source: string; label?: string; validate?: Validator | Validator[]; helperText?: string }) => {
  const { labelOf, nameField } = useLanguageLabel();
  return (
    <ReferenceArrayInput source={source} reference="languages" sort={{ field: nameField, order: "ASC" }} perPage={1000}>
      <AutocompleteArrayInput label={label} optionText={labelOf} validate={validate} helperText={helperText} sx={{ minWidth: 240 }} />
    </ReferenceArrayInput>
  );
};
