import ArchiveIcon from "@mui/icons-material/Archive";
import VerifiedIcon from "@mui/icons-material/Verified";
import { Alert, Box, Button, Card, CardContent, Typography } from "@mui/material";
import type { ReactNode } from "react";
import {
  BooleanField,
  EditButton,
  FunctionField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  UrlField,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from "react-admin";
import { BusyButton } from "../common/BusyButton";
import { SimpleTable } from "../common/SimpleTable";
import { useServerAction } from "../common/useServerAction";
import { ARCHIVE_CARE_SERVICE, CONFIRM_CARE_SERVICE } from "../dataProvider/careServices";
import { graphqlRequest } from "../dataProvider/graphqlClient";
import { label } from "./choices";
import { AssuredOnText, CareServiceFlags, LanguageNames, MunicipalityNames, TopicChips, type CareServiceRecord } from "./fields";

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

/** "Data is correct" and "Archive", for whoever may edit the service (the server says so in canEdit). */
const ServiceActions = () => {
  const record = useRecordContext<CareServiceRecord>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const { run, busy, error } = useServerAction();
  if (!record?.canEdit) return null;
  const confirm = async () => {
    if (await run(async () => void (await graphqlRequest(CONFIRM_CARE_SERVICE, { id: record.id })))) {
      notify("careServices.confirmed", { type: "success" });
      refresh();
    }
  };
  const archive = async () => {
    if (await run(async () => void (await graphqlRequest(ARCHIVE_CARE_SERVICE, { id: record.id })))) {
      notify("careServices.archived", { type: "info" });
      refresh();
    }
  };
  return (
    <Box sx={{ display: "flex", gap: 1, flexWrap: "wrap", alignItems: "center", px: 2, pt: 2 }}>
      <BusyButton busy={busy} icon={<VerifiedIcon />} onClick={confirm} data-testid="confirm-care-service">
        {translate("careServices.confirm")}
      </BusyButton>
      {record.status !== "DEFUNCT" && (
        <Button variant="outlined" color="inherit" startIcon={<ArchiveIcon />} onClick={archive} disabled={busy}>
          {translate("careServices.archive")}
        </Button>
      )}
      {error && <Alert severity="error">{error}</Alert>}
    </Box>
  );
};

const ShowActions = () => {
  const record = useRecordContext<CareServiceRecord>();
  return <TopToolbar>{record?.canEdit && <EditButton />}</TopToolbar>;
};

const Title = () => {
  const record = useRecordContext<CareServiceRecord>();
  const translate = useTranslate();
  return <span>{record ? record.name : translate("careServices.title")}</span>;
};

const Schedules = () => {
  const record = useRecordContext<CareServiceRecord>();
  const translate = useTranslate();
  if (!record?.schedules.length) return <Typography variant="body2">–</Typography>;
  return (
    <SimpleTable
      aria-label={translate("careServices.fields.schedules")}
      rows={record.schedules}
      rowKey={(row) => row.id}
      columns={[
        { label: label("weekday"), cell: (row) => translate(`careServices.weekday.${row.weekday}`) },
        { label: label("opensAt"), cell: (row) => row.opensAt },
        { label: label("closesAt"), cell: (row) => row.closesAt },
        { label: label("notes"), cell: (row) => row.notes ?? "" },
      ]}
    />
  );
};

const Phones = () => {
  const record = useRecordContext<CareServiceRecord>();
  if (!record?.phones.length) return <Typography variant="body2">–</Typography>;
  return (
    <Box>
      {record.phones.map((phone) => (
        <Typography key={phone.id} variant="body2">
          <a href={`tel:${phone.number.replace(/[^+\d]/g, "")}`}>{phone.number}</a>
          {phone.description ? ` – ${phone.description}` : ""}
        </Typography>
      ))}
    </Box>
  );
};

const Locations = () => {
  const record = useRecordContext<CareServiceRecord>();
  if (!record?.locations.length) return <Typography variant="body2">–</Typography>;
  return (
    <Box>
      {record.locations.map((l) => (
        <Typography key={l.id} variant="body2">
          {[l.name, l.address, `${l.postalCode} ${l.city}`].filter(Boolean).join(", ")}
        </Typography>
      ))}
    </Box>
  );
};

const Residence = () => {
  const record = useRecordContext<CareServiceRecord>();
  const translate = useTranslate();
  if (!record?.residenceEligibility.length) return <Typography variant="body2">–</Typography>;
  return <Typography variant="body2">{record.residenceEligibility.map((r) => translate(`careServices.residence.${r}`)).join(", ")}</Typography>;
};

export const CareServiceShow = () => (
  <Show actions={<ShowActions />} title={<Title />}>
    <ServiceActions />
    <Box sx={{ display: "grid", gridTemplateColumns: { xs: "minmax(0, 1fr)", lg: "repeat(2, minmax(0, 1fr))" }, gap: 2, p: 2 }}>
      <Section title="careServices.sections.service">
        <TextField source="name" label={label("name")} />
        <FunctionField label={label("status")} render={() => <CareServiceFlags />} />
        <TextField source="organisation.name" label={label("organisation")} />
        <TextField source="description" label={label("description")} emptyText="–" />
        <FunctionField label={label("topics")} render={() => <TopicChips />} />
        <UrlField source="url" label={label("url")} emptyText="–" target="_blank" rel="noopener" />
        <TextField source="email" label={label("email")} emptyText="–" />
        <FunctionField label={label("assuredOn")} render={() => <AssuredOnText />} />
        <BooleanField source="isPublic" label={label("isPublic")} />
      </Section>
      <Section title="careServices.sections.access">
        <FunctionField label={label("residenceEligibility")} render={() => <Residence />} />
        <TextField source="eligibilityDescription" label={label("eligibilityDescription")} emptyText="–" />
        <TextField source="applicationProcess" label={label("applicationProcess")} emptyText="–" />
        <TextField source="feesDescription" label={label("feesDescription")} emptyText="–" />
        <BooleanField source="interpretersAvailable" label={label("interpretersAvailable")} />
        <BooleanField source="anonymousLine" label={label("anonymousLine")} />
      </Section>
      <Section title="careServices.sections.area">
        <FunctionField label={label("municipalities")} render={() => <MunicipalityNames />} />
        <FunctionField label={label("languages")} render={() => <LanguageNames />} />
        <FunctionField label={label("phones")} render={() => <Phones />} />
        <FunctionField label={label("locations")} render={() => <Locations />} />
      </Section>
      <Section title="careServices.sections.schedules">
        <FunctionField label={false} render={() => <Schedules />} />
      </Section>
    </Box>
  </Show>
);
