import { AutocompleteInput, ReferenceInput, SearchInput, SelectInput } from "react-admin";
import { DayInput } from "../common/DayField";
import { requestStatusChoices } from "../common/choices";
import { LanguagesInput, MunicipalityInput } from "../common/referenceInputs";

const field = (name: string) => `matching.fields.${name}`;

/**
 * The filters of the request lists: case reference, status, organisation (coordinators:
 * an organisation sees only its own anyway), municipality, languages and the period the
 * request was made in. The API applies them within the caller's scope.
 */
export function requestFilters({ showOrganisation, showStatus = true }: { showOrganisation: boolean; showStatus?: boolean }) {
  return [
    <SearchInput key="q" source="q" alwaysOn />,
    ...(showStatus ? [<SelectInput key="status" source="status" label={field("status")} choices={requestStatusChoices} />] : []),
    ...(showOrganisation
      ? [
          <ReferenceInput key="organisationId" source="organisationId" reference="organisations" sort={{ field: "name", order: "ASC" }}>
            <AutocompleteInput label={field("organisation")} optionText="name" filterToQuery={(q: string) => ({ q })} sx={{ minWidth: 240 }} />
          </ReferenceInput>,
        ]
      : []),
    <MunicipalityInput key="municipalityCode" source="municipalityCode" label={field("municipality")} helperText={false} />,
    <LanguagesInput key="languageCodes" source="languageCodes" label={field("languages")} helperText={false} />,
    <DayInput key="createdFrom" source="createdFrom" label={field("createdFrom")} helperText={false} filter />,
    <DayInput key="createdTo" source="createdTo" label={field("createdTo")} helperText={false} filter />,
  ];
}
