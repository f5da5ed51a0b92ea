import { Alert, Box, Checkbox, FormControlLabel, FormHelperText, Typography } from "@mui/material";
import type { ReactNode } from "react";
import {
  BooleanInput,
  Create,
  FormDataConsumer,
  maxValue,
  NumberInput,
  RadioButtonGroupInput,
  required,
  SelectInput,
  SimpleForm,
  TextInput,
  useInput,
  useTranslate,
} from "react-admin";
import { DayInput } from "../common/DayField";
import { FormSection } from "../common/FormSection";
import { CAPACITY_HOURS } from "../../../server/src/domain/key-person-rules";
import { backgroundChoices, fundingChoices, genderChoices } from "../common/choices";
import { ExpertiseInput } from "../common/referenceInputs";
import { insideTheNetherlands, LocationInput } from "../map/LocationInput";
import { LanguageChoiceInput } from "./LanguageChoiceInput";
import { mustBeTrue, notInThePast, todayIso, validateCaseReference, validateOrigin } from "./validation";

const field = (name: string) => `matching.fields.${name}`;
const helper = (name: string) => `matching.helper.${name}`;

/** The server's rule: more than 0 and at most a key person's largest capacity. */
const moreThanZero = (value: unknown) =>
  value !== null && value !== undefined && value !== "" && Number(value) <= 0 ? "matching.validation.hoursPositive" : undefined;
const validateHours = [required(), moreThanZero, maxValue(CAPACITY_HOURS.max)];

const Section = (props: { title: string; children: ReactNode }) => <FormSection {...props} mb={1.5} />;

const Row = ({ children }: { children: ReactNode }) => (
  <Box sx={{ display: "grid", gridTemplateColumns: { xs: "1fr", sm: "1fr 1fr" }, columnGap: 2, width: "100%" }}>{children}</Box>
);

/** A required checkbox: the newcomer agreed to be referred. */
const ConsentInput = ({ source }: { source: string }) => {
  const translate = useTranslate();
  const { field: input, fieldState, formState } = useInput<boolean>({ source, validate: mustBeTrue, defaultValue: false });
  const showError = fieldState.invalid && (fieldState.isTouched || formState.isSubmitted);
  return (
    <Box sx={{ mb: 1 }}>
      <FormControlLabel
        control={<Checkbox checked={input.value === true} onChange={(event) => input.onChange(event.target.checked)} name={source} />}
        label={translate(field("newcomerConsent"))}
      />
      <FormHelperText error={showError} sx={{ mt: -0.5, ml: 4 }}>
        {translate(showError ? "matching.validation.consent" : helper("newcomerConsent"))}
      </FormHelperText>
    </Box>
  );
};

const NEW_REQUEST = {
  languageCodes: [],
  expertiseCodes: [],
  hoursPerWeek: 2,
  remoteAcceptable: false,
  autoEscalate: false,
  backgroundPreference: "NO_PREFERENCE",
  location: null,
};

export const MatchRequestCreate = () => {
  const translate = useTranslate();
  return (
    <Create redirect="show" mutationMode="pessimistic" title={translate("matching.requests.createTitle")}>
      <SimpleForm defaultValues={{ ...NEW_REQUEST, startsOn: todayIso() }} sx={{ maxWidth: 1280 }}>
        <Box sx={{ display: "grid", gridTemplateColumns: { xs: "1fr", lg: "minmax(0, 1fr) minmax(0, 1fr)" }, columnGap: 4, width: "100%" }}>
          <Box>
            <Section title="matching.sections.case">
              <TextInput
                source="caseReference"
                label={field("caseReference")}
                validate={validateCaseReference}
                helperText={helper("caseReference")}
                autoComplete="off"
              />
              <ConsentInput source="newcomerConsent" />
            </Section>

            <Section title="matching.sections.needs">
              <LanguageChoiceInput source="languageCodes" label={field("languages")} validate={required()} helperText={helper("languages")} />
              <ExpertiseInput source="expertiseCodes" label={field("expertise")} helperText={helper("expertise")} />
              <Row>
                <NumberInput source="hoursPerWeek" label={field("hoursPerWeek")} validate={validateHours} step={0.5} />
                <DayInput source="startsOn" label={field("startsOn")} validate={[required(), notInThePast]} />
              </Row>
              <BooleanInput source="remoteAcceptable" label={field("remoteAcceptable")} helperText={helper("remoteAcceptable")} />
            </Section>

            <Section title="matching.sections.preferences">
              <SelectInput
                source="preferredGender"
                label={field("preferredGender")}
                choices={genderChoices}
                emptyText="matching.enums.noPreference"
                helperText={helper("preferredGender")}
              />
              <RadioButtonGroupInput source="backgroundPreference" label={field("backgroundPreference")} choices={backgroundChoices} helperText={false} />
              <FormDataConsumer<{ backgroundPreference?: string }>>
                {({ formData }) =>
                  formData.backgroundPreference && formData.backgroundPreference !== "NO_PREFERENCE" ? (
                    <TextInput
                      source="newcomerOrigin"
                      label={field("newcomerOrigin")}
                      validate={validateOrigin}
                      helperText={helper("newcomerOrigin")}
                      parse={(value: string) => value.toUpperCase()}
                      slotProps={{ htmlInput: { maxLength: 2 } }}
                    />
                  ) : null
                }
              </FormDataConsumer>
            </Section>

            <Section title="matching.sections.funding">
              <RadioButtonGroupInput source="funding" label={field("funding")} choices={fundingChoices} validate={required()} />
              <BooleanInput source="autoEscalate" label={field("autoEscalate")} helperText={helper("autoEscalate")} />
            </Section>
          </Box>

          <Box>
            <Section title="matching.sections.location">
              <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
                {translate(helper("location"))}
              </Typography>
              <LocationInput source="location" validate={insideTheNetherlands} />
              <Alert severity="info" variant="outlined" sx={{ mt: 2 }}>
                {translate("matching.requests.privacyNote")}
              </Alert>
            </Section>
          </Box>
        </Box>
      </SimpleForm>
    </Create>
  );
};
