import { AutocompleteArrayInput, AutocompleteInput, ReferenceArrayInput, ReferenceInput, type Validator } from "react-admin";
import { useLocalizedName } from "./useLocalizedName";

// Autocompletes over the reference data (languages, expertise, municipalities), which the
// dataProvider filters in the browser by `q`.

interface ReferenceInputProps {
  source: string;
  label?: string;
  validate?: Validator | Validator[];
  /** read by the list's filter form from the element's props, not used here */
  alwaysOn?: boolean;
  helperText?: string | false;
}

const byName = { field: "name", order: "ASC" } as const;

export const LanguageInput = ({ source, label, validate, helperText }: ReferenceInputProps) => {
  const { nameOf, nameField } = useLocalizedName();
  return (
    <ReferenceInput source={source} reference="languages" sort={{ field: nameField, order: "ASC" }}>
      <AutocompleteInput label={label} optionText={nameOf} validate={validate} helperText={helperText} sx={{ minWidth: 240 }} />
    </ReferenceInput>
  );
};

/** Many of the reference data named in the console's language (languages, expertise), sorted by that name. */
const LocalizedArrayInput = ({ reference, perPage, source, label, validate, helperText }: ReferenceInputProps & { reference: string; perPage?: number }) => {
  const { nameOf, nameField } = useLocalizedName();
  return (
    <ReferenceArrayInput source={source} reference={reference} sort={{ field: nameField, order: "ASC" }} perPage={perPage}>
      <AutocompleteArrayInput label={label} optionText={nameOf} validate={validate} helperText={helperText} sx={{ minWidth: 240 }} />
    </ReferenceArrayInput>
  );
};

export const LanguagesInput = (props: ReferenceInputProps) => <LocalizedArrayInput {...props} reference="languages" />;

export const ExpertiseInput = (props: ReferenceInputProps) => <LocalizedArrayInput {...props} reference="expertiseAreas" perPage={100} />;

export const MunicipalityInput = ({ source, label, validate, helperText }: ReferenceInputProps) => (
  <ReferenceInput source={source} reference="municipalities" sort={byName}>
    <AutocompleteInput label={label} optionText="name" validate={validate} helperText={helperText} sx={{ minWidth: 240 }} />
  </ReferenceInput>
);

export const MunicipalitiesInput = ({ source, label, validate, helperText }: ReferenceInputProps) => (
  <ReferenceArrayInput source={source} reference="municipalities" sort={byName}>
    <AutocompleteArrayInput label={label} optionText="name" validate={validate} helperText={helperText} />
  </ReferenceArrayInput>
);
