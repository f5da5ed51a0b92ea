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
import { amsterdamToday } from "../common/dates";
import { DayInput } from "../common/DayField";
import { FormSection } from "../common/FormSection";
import { CAPACITY_HOURS } from "../../../server/src/domain/key-person-rules";
import {
  appointmentRoleChoices,
  appointmentSettingChoices,
  backgroundChoices,
  fundingChoices,
  genderChoices,
  kindChoices,
  modeChoices,
} from "../common/choices";
import { ExpertiseInput } from "../common/referenceInputs";
import { insideTheNetherlands, LocationInput } from "../map/LocationInput";
import { LanguageChoiceInput } from "./LanguageChoiceInput";
import {
  isRequestKind,
  KIND_FIELDS,
  validateConsultHours,
  validateEndTime,
  validateParticipants,
  validateSlotDate,
  validateStartTime,
  validateTopic,
  type RequestKindValue,
} from "./kinds";
import { mustBeTrue, notInThePast, validateCaseReference, validateOrigin } from "./validation";

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
  kind: null,
  languageCodes: [],
  expertiseCodes: [],
  hoursPerWeek: 2,
  remoteAcceptable: false,
  autoEscalate: false,
  backgroundPreference: "NO_PREFERENCE",
  location: null,
  appointment: { mode: "ON_SITE", role: "INTERPRETER" },
  consult: { hours: 1 },
  session: {},
};

/** The kind of help asked for: the first question; it says in a line what each kind is. */
const KindInput = () => {
  const translate = useTranslate();
  const choices = kindChoices.map((choice) => ({
    ...choice,
    name: (
      <Box sx={{ py: 0.5 }}>
        <Box sx={{ typography: "body1" }}>{translate(choice.name)}</Box>
        <Box sx={{ typography: "body2", color: "text.secondary" }}>{translate(`matching.kindHelp.${choice.id}`)}</Box>
      </Box>
    ),
  }));
  return (
    <RadioButtonGroupInput
      source="kind"
      label={field("kind")}
      choices={choices}
      translateChoice={false}
      row={false}
      validate={required("matching.validation.kindRequired")}
      helperText={false}
    />
  );
};

/** A date and two times, in the Netherlands' time whatever the browser's zone. */
const SlotInputs = ({ prefix }: { prefix: "appointment" | "session" }) => (
  <>
    <DayInput source={`${prefix}.date`} label={field("slotDate")} validate={validateSlotDate} helperText={helper("slot")} />
    <Row>
      <TextInput
        source={`${prefix}.startTime`}
        label={field("startTime")}
        type="time"
        validate={validateStartTime}
        slotProps={{ inputLabel: { shrink: true } }}
      />
      <TextInput source={`${prefix}.endTime`} label={field("endTime")} type="time" validate={validateEndTime} slotProps={{ inputLabel: { shrink: true } }} />
    </Row>
  </>
);

const AppointmentInputs = () => (
  <Section title="matching.sections.appointment">
    <SlotInputs prefix="appointment" />
    <RadioButtonGroupInput source="appointment.mode" label={field("mode")} choices={modeChoices} validate={required()} helperText={helper("mode")} />
    <SelectInput
      source="appointment.setting"
      label={field("setting")}
      choices={appointmentSettingChoices}
      emptyText="matching.enums.noSetting"
      helperText={false}
    />
    <SelectInput source="appointment.role" label={field("role")} choices={appointmentRoleChoices} validate={required()} helperText={false} />
  </Section>
);

const ConsultInputs = () => (
  <Section title="matching.sections.consult">
    <TextInput source="consult.topic" label={field("topic")} validate={validateTopic} helperText={helper("topic")} multiline />
    <NumberInput source="consult.hours" label={field("consultHours")} validate={validateConsultHours} step={0.5} helperText={helper("consultHours")} />
  </Section>
);

const SessionInputs = () => (
  <Section title="matching.sections.session">
    <SlotInputs prefix="session" />
    <NumberInput source="session.expectedParticipants" label={field("expectedParticipants")} validate={validateParticipants} step={1} />
    <TextInput source="session.topics" label={field("topics")} helperText={helper("topics")} />
  </Section>
);

/** Dialect as a requirement (excludes who lacks it) or a wish (ranks higher). */
const DialectInputs = () => (
  <Row>
    <TextInput source="requiredDialect" label={field("requiredDialect")} helperText={helper("requiredDialect")} />
    <TextInput source="preferredDialect" label={field("preferredDialect")} helperText={helper("preferredDialect")} />
  </Row>
);

const KindForm = ({ kind }: { kind: RequestKindValue }) => {
  const translate = useTranslate();
  const fields = KIND_FIELDS[kind];
  return (
    <Box sx={{ display: "grid", gridTemplateColumns: { xs: "1fr", lg: "minmax(0, 1fr) minmax(0, 1fr)" }, columnGap: 4, width: "100%" }}>
      <Box>
        {fields.details === "appointment" && <AppointmentInputs />}
        {fields.details === "consult" && <ConsultInputs />}
        {fields.details === "session" && <SessionInputs />}

        <Section title={kind === "CASE_SUPPORT" || kind === "APPOINTMENT" ? "matching.sections.case" : "matching.sections.reference"}>
          <TextInput
            source="caseReference"
            label={field("caseReference")}
            validate={validateCaseReference}
            helperText={helper("caseReference")}
            autoComplete="off"
          />
          {fields.consent && <ConsentInput source="newcomerConsent" />}
        </Section>

        <Section title="matching.sections.needs">
          <LanguageChoiceInput source="languageCodes" label={field("languages")} validate={required()} helperText={helper("languages")} />
          <DialectInputs />
          <ExpertiseInput source="expertiseCodes" label={field("expertise")} helperText={helper("expertise")} />
          {fields.weekly && (
            <>
              <Row>
                <NumberInput source="hoursPerWeek" label={field("hoursPerWeek")} validate={validateHours} step={0.5} />
                <DayInput source="startsOn" label={field("startsOn")} validate={[required(), notInThePast]} />
              </Row>
              <BooleanInput source="remoteAcceptable" label={field("remoteAcceptable")} helperText={helper("remoteAcceptable")} />
            </>
          )}
        </Section>

        {fields.preferences && (
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
        )}

        <Section title="matching.sections.funding">
          <RadioButtonGroupInput source="funding" label={field("funding")} choices={fundingChoices} validate={required()} />
          <BooleanInput source="autoEscalate" label={field("autoEscalate")} helperText={helper("autoEscalate")} />
        </Section>
      </Box>

      {fields.location && (
        <Box>
          <Section title={kind === "INFORMATION_SESSION" ? "matching.sections.sessionLocation" : "matching.sections.location"}>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
              {translate(helper(kind === "INFORMATION_SESSION" ? "sessionLocation" : "location"))}
            </Typography>
            <LocationInput source="location" validate={insideTheNetherlands} />
            <Alert severity="info" variant="outlined" sx={{ mt: 2 }}>
              {translate("matching.requests.privacyNote")}
            </Alert>
          </Section>
        </Box>
      )}
    </Box>
  );
};

export const MatchRequestCreate = () => {
  const translate = useTranslate();
  return (
    <Create redirect="show" mutationMode="pessimistic" title={translate("matching.requests.createTitle")}>
      <SimpleForm defaultValues={{ ...NEW_REQUEST, startsOn: amsterdamToday() }} sx={{ maxWidth: 1280 }}>
        <Section title="matching.sections.kind">
          <KindInput />
        </Section>
        <FormDataConsumer<{ kind?: string | null }>>
          {({ formData }) =>
            isRequestKind(formData.kind) ? (
              <KindForm kind={formData.kind} />
            ) : (
              <Typography variant="body2" color="text.secondary" data-testid="choose-kind-first">
                {translate("matching.requests.chooseKindFirst")}
              </Typography>
            )
          }
        </FormDataConsumer>
      </SimpleForm>
    </Create>
  );
};
