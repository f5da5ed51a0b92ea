import { Alert, Box, Typography } from "@mui/material";
import type { ReactNode } from "react";
import {
  ArrayInput,
  BooleanInput,
  email,
  maxValue,
  minValue,
  NumberInput,
  required,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  useTranslate,
} from "react-admin";
import { FormSection } from "../common/FormSection";
import { CAPACITY_HOURS, TRAVEL_KM } from "../../../server/src/domain/key-person-rules";
import { compensationChoices, genderChoices, levelChoices } from "../common/choices";
import { ExpertiseInput, LanguageInput } from "../common/referenceInputs";
import { parseCountryCodes } from "../dataProvider/inputs";
import { insideTheNetherlands, LocationInput } from "../map/LocationInput";
import type { GeoPoint } from "../types";

// The home is chosen as a municipality (its centre) and, if the person likes, a click on
// the map; never typed as coordinates. The server derives the municipality from the point
// by the same boundaries and refuses one outside them.
const validateHome = (value: GeoPoint | null | undefined, values: unknown, props: unknown) =>
  value ? insideTheNetherlands(value, values, props) : "forms.home.required";
const validateCapacity = [required(), minValue(CAPACITY_HOURS.min), maxValue(CAPACITY_HOURS.max)];
const validateTravel = [required(), minValue(TRAVEL_KM.min), maxValue(TRAVEL_KM.max)];
const validateBirthYear = [minValue(1900), maxValue(new Date().getFullYear())];

const validateOrigins = (value: string[] | string | null | undefined) =>
  parseCountryCodes(value).every((code) => /^[A-Z]{2}$/.test(code)) ? undefined : "app.validation.countryCodes";

// The server sends origins as a list; the input edits them as "SY, ER" text and the
// dataProvider splits that text again on save.
const formatOrigins = (value: string[] | string | null | undefined) => (Array.isArray(value) ? value.join(", ") : (value ?? ""));
const keepText = (value: string) => value;

const field = (name: string) => `resources.keyPersons.fields.${name}`;

export const NEW_KEY_PERSON = {
  languages: [{ level: "NATIVE" }],
  expertiseCodes: [],
  remoteAvailable: false,
  maxTravelKm: 25,
  weeklyCapacityHours: 4,
  compensationType: "VOLUNTEER",
};

/** Three inputs side by side on a wide screen, stacked on a phone. */
const Row = ({ children }: { children: ReactNode }) => (
  <Box sx={{ display: "grid", gridTemplateColumns: { xs: "1fr", md: "repeat(3, 1fr)" }, columnGap: 2, width: "100%" }}>{children}</Box>
);

/**
 * `ownProfile`: the key person's own form: the e-mail address (their login) is shown, not edited, and the compensation type is the coordinators' to set.
 * `isNew`: a coordinator registering someone: no password is typed; the key person is invited by e-mail and chooses their own.
 */
export const KeyPersonInputs = ({ isNew = false, ownProfile = false }: { isNew?: boolean; ownProfile?: boolean }) => {
  const translate = useTranslate();
  return (
    <>
      <FormSection title="app.keyPersons.sections.person">
        <Row>
          <TextInput source="displayName" validate={required()} />
          <TextInput
            source="email"
            type="email"
            validate={[required(), email()]}
            helperText={ownProfile ? "account.profile.emailByCoordinator" : "app.keyPersons.helper.email"}
            readOnly={ownProfile}
          />
          <TextInput source="phone" type="tel" />
        </Row>
        <Row>
          <SelectInput source="gender" choices={genderChoices} />
          <NumberInput source="birthYear" validate={validateBirthYear} step={1} />
          <TextInput source="origins" format={formatOrigins} parse={keepText} validate={validateOrigins} helperText="app.keyPersons.helper.origins" />
        </Row>
        <BooleanInput source="originMatchingConsent" helperText="app.keyPersons.helper.originMatchingConsent" />
      </FormSection>

      <FormSection title="app.keyPersons.sections.languages">
        <ArrayInput source="languages" validate={required()}>
          <SimpleFormIterator inline disableReordering disableClear>
            <LanguageInput source="language.code" label={field("languageCode")} validate={required()} helperText={false} />
            <SelectInput source="level" label={field("level")} choices={levelChoices} validate={required()} helperText={false} />
            <TextInput source="dialect" label={field("dialect")} helperText={false} />
          </SimpleFormIterator>
        </ArrayInput>
        <ExpertiseInput source="expertiseCodes" label={field("expertiseCodes")} />
      </FormSection>

      <FormSection title="app.keyPersons.sections.home">
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
          {translate(ownProfile ? "forms.home.introOwn" : "forms.home.intro")}
        </Typography>
        <LocationInput source="homeLocation" validate={validateHome} purpose="home" />
        <Row>
          <NumberInput source="maxTravelKm" validate={validateTravel} step={5} sx={{ mt: 2 }} />
        </Row>
        <BooleanInput source="remoteAvailable" />
      </FormSection>

      <FormSection title="app.keyPersons.sections.availability">
        <Row>
          <NumberInput source="weeklyCapacityHours" validate={validateCapacity} step={0.5} />
          <SelectInput
            source="compensationType"
            choices={compensationChoices}
            validate={required()}
            readOnly={ownProfile}
            helperText={ownProfile ? "app.keyPersons.helper.compensationType" : undefined}
          />
        </Row>
      </FormSection>

      {isNew && (
        <FormSection title="app.keyPersons.sections.account">
          <Alert severity="info" data-testid="invitation-help" sx={{ maxWidth: 640 }}>
            {translate("forms.invitation.keyPersonHelp")}
          </Alert>
        </FormSection>
      )}
    </>
  );
};
