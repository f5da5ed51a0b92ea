import { Box, Card, CardContent, Typography } from "@mui/material";
import type { ReactNode } from "react";
import CalendarMonthIcon from "@mui/icons-material/CalendarMonth";
import { Link } from "react-router";
import {
  BooleanField,
  Button,
  EditButton,
  FunctionField,
  NumberField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  usePermissions,
  useRecordContext,
  useTranslate,
} from "react-admin";
import { canAccess } from "../canAccess";
import { compensationChoices, genderChoices, supervisionChoices, wellbeingChoices } from "../common/choices";
import { ExpertiseChips, LanguageChips, LocalDateField, StaleFlag, StatusChip, WorkloadLine } from "../common/fields";
import { useDisplayLocale, useLocalizedName } from "../common/useLocalizedName";
import type { KeyPersonRecord, Permissions, PublicConsent } from "../types";
import { KeyPersonOversight } from "../wellbeing/KeyPersonOversight";
import { KeyPersonAccount } from "../users/KeyPersonAccount";
import { KeyPersonSideCards } from "./KeyPersonSideCards";
import { KeyPersonStatusSwitch } from "./KeyPersonStatusSwitch";

const field = (name: string) => `resources.keyPersons.fields.${name}`;

const Section = ({ title, children }: { title: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Card variant="outlined">
      <CardContent sx={{ pb: 0 }}>
        <Typography variant="subtitle1" sx={{ fontWeight: 600, color: "primary.main" }}>
          {translate(title)}
        </Typography>
      </CardContent>
      <SimpleShowLayout>{children}</SimpleShowLayout>
    </Card>
  );
};

/** Each public-map consent, with the field it makes public. */
const CONSENTS: [keyof PublicConsent, string][] = [
  ["showName", "displayName"],
  ["showMunicipality", "homeMunicipality"],
  ["showLanguages", "languages"],
  ["showExpertise", "expertise"],
  ["showEmail", "email"],
  ["showPhone", "phone"],
  ["showRemote", "remoteAvailable"],
  ["showReach", "maxTravelKm"],
  ["contact", "publicContact"],
];

const ConsentSummary = () => {
  const translate = useTranslate();
  return (
    <FunctionField<KeyPersonRecord>
      label={field("publicConsent")}
      render={({ publicConsent }) => {
        if (!publicConsent?.listed) return translate("app.keyPersons.consent.notListed");
        const shown = CONSENTS.filter(([consent]) => publicConsent[consent]).map(([, name]) => translate(field(name)).toLocaleLowerCase());
        return translate("app.keyPersons.consent.listed", { fields: shown.join(", ") || "–" });
      }}
    />
  );
};

const DialectsField = (_: { label: string }) => {
  const record = useRecordContext<KeyPersonRecord>();
  const { nameOf } = useLocalizedName();
  const dialects = record?.languages.filter((skill) => skill.dialect) ?? [];
  return <Typography variant="body2">{dialects.map((skill) => `${nameOf(skill.language)}: ${skill.dialect}`).join("; ") || "–"}</Typography>;
};

/** A coordinator opens the key person's agenda: bookings and availability windows. */
const AgendaButton = () => {
  const record = useRecordContext<KeyPersonRecord>();
  const { permissions } = usePermissions<Permissions | null>();
  if (!record || !canAccess(permissions?.role, "show", "agendas")) return null;
  return <Button label="agenda.button" component={Link} to={`/key-persons/${record.id}/agenda`} startIcon={<CalendarMonthIcon />} />;
};

const KeyPersonShowActions = () => (
  <TopToolbar sx={{ alignItems: "center", gap: 1 }}>
    <KeyPersonStatusSwitch />
    <AgendaButton />
    <EditButton />
  </TopToolbar>
);

export const KeyPersonShow = () => {
  const locale = useDisplayLocale();
  return (
    <Show actions={<KeyPersonShowActions />}>
      <Box sx={{ display: "grid", gridTemplateColumns: { xs: "1fr", md: "1fr 1fr" }, gap: 2, p: 2 }}>
        <Section title="app.keyPersons.sections.person">
          <TextField source="displayName" />
          <TextField source="email" emptyText="–" />
          <TextField source="phone" emptyText="–" />
          <SelectField source="gender" choices={genderChoices} emptyText="–" />
          <NumberField source="birthYear" options={{ useGrouping: false }} emptyText="–" />
          <FunctionField<KeyPersonRecord> source="origins" render={(record) => record.origins?.join(", ") || "–"} />
        </Section>

        <Section title="app.keyPersons.sections.languages">
          <LanguageChips label={field("languages")} />
          <DialectsField label={field("dialect")} />
          <ExpertiseChips label={field("expertise")} />
        </Section>

        <Section title="app.keyPersons.sections.home">
          <FunctionField<KeyPersonRecord>
            label={field("homeMunicipality")}
            render={({ homeMunicipality }) => [homeMunicipality?.name, homeMunicipality?.province].filter(Boolean).join(", ")}
          />
          <NumberField source="maxTravelKm" locales={locale} />
          <BooleanField source="remoteAvailable" />
        </Section>

        <Section title="app.keyPersons.sections.availability">
          <NumberField source="weeklyCapacityHours" locales={locale} />
          <WorkloadLine label={field("workload")} />
          <SelectField source="compensationType" choices={compensationChoices} />
        </Section>

        <Section title="app.keyPersons.sections.status">
          <StatusChip label={field("status")} />
          <LocalDateField source="profileConfirmedAt" showTime />
          <StaleFlag label={field("stale")} />
          <SelectField source="supervisionStatus" choices={supervisionChoices} />
          <SelectField source="wellbeingStatus" choices={wellbeingChoices} emptyText="–" />
          <ConsentSummary />
        </Section>

        <Section title="app.keyPersons.sections.account">
          <LocalDateField source="createdAt" showTime />
          <LocalDateField source="updatedAt" showTime />
          <KeyPersonAccount label="resources.users.fields.deactivatedAt" />
        </Section>
      </Box>
      <KeyPersonSideCards />
      <KeyPersonOversight />
    </Show>
  );
};
