import { AutocompleteArrayInput, ReferenceArrayInput, type Validator } from "react-admin";
import { useLocalizedName } from "../common/useLocalizedName";
import type { Named } from "../types";

// The requested languages, by their name in the UI's language. Every language has a name
// of its own in both (data/languages_nl_newcomers.csv tells varieties apart by a Dutch
// qualifier: Noord-Levantijns-Arabisch, Zuid-Levantijns-Arabisch), so a label never needs
// an English name or an ISO code beside it.

export const useLanguageLabel = () => {
  const { nameOf, nameField } = useLocalizedName();
  const labelOf = (language?: Named | null) => (language ? nameOf(language) : "");
  return { labelOf, nameField };
};

export const LanguageChoiceInput = ({
  source,
  label,
  validate,
  helperText,
}: {
  source: string;
  label?: string;
  validate?: Validator | Validator[];
  helperText?: string;
}) => {
  const { labelOf, nameField } = useLanguageLabel();
  return (
    <ReferenceArrayInput source={source} reference="languages" sort={{ field: nameField, order: "ASC" }} perPage={1000}>
      <AutocompleteArrayInput label={label} optionText={labelOf} validate={validate} helperText={helperText} sx={{ minWidth: 240 }} />
    </ReferenceArrayInput>
  );
};
