import {
  AutocompleteArrayInput,
  AutocompleteInput,
  ReferenceArrayInput,
  ReferenceInput,
  type Validator,
} from "react-admin";
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
      <AutocompleteInput
        label={label}
        optionText={nameOf}
        validate={validate}
        helperText={helperText}
        sx={{ minWidth: 240 }}
      />
    </ReferenceInput>
  );
};

export const LanguagesInput = ({ source, label, validate, helperText }: ReferenceInputProps) => {
  const { nameOf, nameField } = useLocalizedName();
  return (
    <ReferenceArrayInput source={source} reference="languages" sort={{ field: nameField, order: "ASC" }}>
      <AutocompleteArrayInput
        label={label}
        optionText={nameOf}
        validate={validate}
        helperText={helperText}
        sx={{ minWidth: 240 }}
      />
    </ReferenceArrayInput>
  );
};

export const ExpertiseInput = ({ source, label, validate, helperText }: ReferenceInputProps) => {
  const { nameOf, nameField } = useLocalizedName();
  return (
    <ReferenceArrayInput
      source={source}
      reference="expertiseAreas"
      sort={{ field: nameField, order: "ASC" }}
      perPage={100}
    >
      <AutocompleteArrayInput
        label={label}
        optionText={nameOf}
        validate={validate}
        helperText={helperText}
        sx={{ minWidth: 240 }}
      />
    </ReferenceArrayInput>
  );
};

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
