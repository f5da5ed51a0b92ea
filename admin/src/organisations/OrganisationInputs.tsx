import { required, SelectInput, TextInput } from "react-admin";
import { organisationKindChoices } from "../common/choices";
import { MunicipalityInput } from "../common/referenceInputs";

export const OrganisationInputs = () => (
  <>
    <TextInput source="name" validate={required()} sx={{ minWidth: 320 }} />
    <SelectInput source="kind" choices={organisationKindChoices} validate={required()} sx={{ minWidth: 320 }} />
    <MunicipalityInput source="municipalityCode" />
  </>
);
