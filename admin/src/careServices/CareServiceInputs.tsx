import { Box } from "@mui/material";
import {
  ArrayInput,
  AutocompleteInput,
  BooleanInput,
  CheckboxGroupInput,
  NumberInput,
  ReferenceInput,
  required,
  SelectInput,
  SimpleFormIterator,
  TextInput,
} from "react-admin";
import { FormSection } from "../common/FormSection";
import { ExpertiseInput, LanguagesInput, MunicipalitiesInput, MunicipalityInput } from "../common/referenceInputs";
import { careServiceStatusChoices, label, residenceChoices, weekdayChoices } from "./choices";

const wide = { minWidth: 320, maxWidth: "100%" };

/** The fields of a care service (HSDS 3.0 service), for creating and editing. */
export const CareServiceInputs = () => (
  <>
    <FormSection title="careServices.sections.service">
      <ReferenceInput source="organisationId" reference="organisations" sort={{ field: "name", order: "ASC" }}>
        <AutocompleteInput label={label("organisationId")} optionText="name" validate={required()} sx={wide} />
      </ReferenceInput>
      <TextInput source="name" label={label("name")} validate={required()} sx={wide} />
      <TextInput source="description" label={label("description")} multiline minRows={2} fullWidth />
      <SelectInput source="status" label={label("status")} choices={careServiceStatusChoices} validate={required()} />
      <TextInput source="url" label={label("url")} type="url" sx={wide} />
      <TextInput source="email" label={label("email")} type="email" sx={wide} />
      <ExpertiseInput source="topics" label={label("topics")} helperText="careServices.help.topics" />
      <BooleanInput source="anonymousLine" label={label("anonymousLine")} />
      <BooleanInput source="isPublic" label={label("isPublic")} />
    </FormSection>
    <FormSection title="careServices.sections.access">
      <CheckboxGroupInput
        source="residenceEligibility"
        label={label("residenceEligibility")}
        choices={residenceChoices}
        helperText="careServices.help.residenceEligibility"
      />
      <TextInput source="eligibilityDescription" label={label("eligibilityDescription")} multiline fullWidth />
      <TextInput source="applicationProcess" label={label("applicationProcess")} multiline fullWidth />
      <TextInput source="feesDescription" label={label("feesDescription")} multiline fullWidth />
      <BooleanInput source="interpretersAvailable" label={label("interpretersAvailable")} />
    </FormSection>
    <FormSection title="careServices.sections.area">
      <BooleanInput source="nationwide" label={label("nationwide")} />
      <MunicipalitiesInput source="municipalityCodes" label={label("municipalityCodes")} helperText="careServices.help.municipalityCodes" />
      <LanguagesInput source="languageCodes" label={label("languageCodes")} />
    </FormSection>
    <FormSection title="careServices.sections.phones">
      <Box data-testid="phones">
        <ArrayInput source="phones" label={false}>
          <SimpleFormIterator inline disableReordering>
            <TextInput source="number" label={label("number")} validate={required()} />
            <TextInput source="description" label={label("phoneDescription")} />
          </SimpleFormIterator>
        </ArrayInput>
      </Box>
    </FormSection>
    <FormSection title="careServices.sections.schedules">
      <Box data-testid="schedules">
        <ArrayInput source="schedules" label={false}>
          <SimpleFormIterator inline disableReordering>
            <SelectInput source="weekday" label={label("weekday")} choices={weekdayChoices} validate={required()} />
            <TextInput
              source="opensAt"
              label={label("opensAt")}
              placeholder="09:00"
              validate={required()}
              sx={{ width: 110 }}
              helperText="careServices.help.time"
            />
            <TextInput
              source="closesAt"
              label={label("closesAt")}
              placeholder="17:00"
              validate={required()}
              sx={{ width: 110 }}
              helperText="careServices.help.time"
            />
            <TextInput source="notes" label={label("notes")} />
          </SimpleFormIterator>
        </ArrayInput>
      </Box>
    </FormSection>
    <FormSection title="careServices.sections.locations">
      <Box data-testid="locations">
        <ArrayInput source="locations" label={false}>
          <SimpleFormIterator inline disableReordering>
            <TextInput source="name" label={label("locationName")} />
            <TextInput source="address" label={label("address")} validate={required()} />
            <TextInput source="postalCode" label={label("postalCode")} validate={required()} sx={{ width: 130 }} />
            <TextInput source="city" label={label("city")} validate={required()} />
            <MunicipalityInput source="municipalityCode" label={label("municipalityCode")} validate={required()} />
            <NumberInput source="lat" label={label("lat")} sx={{ width: 140 }} />
            <NumberInput source="lon" label={label("lon")} sx={{ width: 140 }} />
          </SimpleFormIterator>
        </ArrayInput>
      </Box>
    </FormSection>
  </>
);
