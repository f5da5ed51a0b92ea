import { Alert, Autocomplete, Box, Button, Card, CardContent, MenuItem, Stack, TextField, Typography } from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Title, useGetList, useNotify, useTranslate } from "react-admin";
import { LocationSignalCategory, OrganisationFlagKind } from "../../../server/src/domain/enums";
import { useServerAction } from "../common/useServerAction";
import { graphqlRequest } from "../dataProvider/graphqlClient";
import { FILE_SIGNAL, FLAG_ORGANISATION, MY_ORGANISATIONS } from "../dataProvider/voice";

// "Signaal geven": a key person flags an organisation they worked for, or gives an
// anonymous signal about a reception location (no name, no date beyond the month).

const WORKED_ON = new Set(["ACTIVE", "COMPLETED", "CANCELLED"]);

const FlagOrganisationCard = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const { run, busy, error } = useServerAction();
  const { data } = useQuery({ queryKey: ["myAssignmentOrganisations"], queryFn: () => graphqlRequest(MY_ORGANISATIONS, {}) });
  const organisations = [
    ...new Map((data?.assignments.items ?? []).filter((a) => WORKED_ON.has(a.status)).map((a) => [a.request.organisation.id, a.request.organisation])).values(),
  ];
  const [organisationId, setOrganisationId] = useState("");
  const [kind, setKind] = useState<OrganisationFlagKind>(OrganisationFlagKind.NO_CONTACT_PERSON);
  const [note, setNote] = useState("");
  const send = async () => {
    if (await run(async () => void (await graphqlRequest(FLAG_ORGANISATION, { input: { organisationId, kind, note: note.trim() || null } })))) {
      notify("voice.signals.flagged", { type: "info" });
      setNote("");
    }
  };
  return (
    <Card variant="outlined" data-testid="flag-organisation">
      <CardContent>
        <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
          {translate("voice.signals.flagTitle")}
        </Typography>
        <Typography variant="body2" sx={{ mb: 2 }}>
          {translate("voice.signals.flagExplain")}
        </Typography>
        {organisations.length === 0 ? (
          <Alert severity="info">{translate("voice.signals.noOrganisations")}</Alert>
        ) : (
          <Stack sx={{ gap: 2, maxWidth: 560 }}>
            <TextField
              select
              name="organisationId"
              label={translate("voice.signals.flagOrganisation")}
              value={organisationId}
              onChange={(e) => setOrganisationId(e.target.value)}
            >
              {organisations.map((o) => (
                <MenuItem key={o.id} value={o.id}>
                  {o.name}
                </MenuItem>
              ))}
            </TextField>
            <TextField select name="kind" label={translate("voice.fields.kind")} value={kind} onChange={(e) => setKind(e.target.value as OrganisationFlagKind)}>
              {Object.values(OrganisationFlagKind).map((value) => (
                <MenuItem key={value} value={value}>
                  {translate(`voice.flagKind.${value}`)}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              multiline
              minRows={2}
              name="note"
              label={translate("voice.fields.note")}
              value={note}
              onChange={(e) => setNote(e.target.value.slice(0, 1000))}
            />
            {error && <Alert severity="error">{error}</Alert>}
            <Box>
              <Button variant="contained" disabled={busy || !organisationId} onClick={send}>
                {translate("voice.signals.flagSend")}
              </Button>
            </Box>
          </Stack>
        )}
      </CardContent>
    </Card>
  );
};

const thisMonth = () => new Date().toISOString().slice(0, 7);

const LocationSignalCard = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const { run, busy, error } = useServerAction();
  const { data: municipalities = [] } = useGetList<{ id: string; code: string; name: string }>("municipalities", {
    pagination: { page: 1, perPage: 1000 },
    sort: { field: "name", order: "ASC" },
  });
  const [municipality, setMunicipality] = useState<{ id: string; code: string; name: string } | null>(null);
  const [category, setCategory] = useState<LocationSignalCategory>(LocationSignalCategory.SAFETY);
  const [month, setMonth] = useState(thisMonth());
  const send = async () => {
    if (!municipality) return;
    if (
      await run(async () => void (await graphqlRequest(FILE_SIGNAL, { input: { category, municipalityCode: municipality.code ?? municipality.id, month } })))
    ) {
      notify("voice.signals.signalled", { type: "info" });
    }
  };
  return (
    <Card variant="outlined" data-testid="location-signal">
      <CardContent>
        <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
          {translate("voice.signals.signalTitle")}
        </Typography>
        <Typography variant="body2" sx={{ mb: 2 }}>
          {translate("voice.signals.signalExplain")}
        </Typography>
        <Stack sx={{ gap: 2, maxWidth: 560 }}>
          <TextField
            select
            name="category"
            label={translate("voice.fields.category")}
            value={category}
            onChange={(e) => setCategory(e.target.value as LocationSignalCategory)}
          >
            {Object.values(LocationSignalCategory).map((value) => (
              <MenuItem key={value} value={value}>
                {translate(`voice.signalCategory.${value}`)}
              </MenuItem>
            ))}
          </TextField>
          <Autocomplete
            options={municipalities}
            getOptionLabel={(m) => m.name}
            isOptionEqualToValue={(a, b) => a.id === b.id}
            value={municipality}
            onChange={(_event, value) => setMunicipality(value)}
            renderInput={(params) => <TextField {...params} name="municipality" label={translate("voice.fields.municipality")} />}
          />
          <TextField
            type="month"
            name="month"
            label={translate("voice.fields.month")}
            value={month}
            onChange={(e) => setMonth(e.target.value)}
            slotProps={{ inputLabel: { shrink: true }, htmlInput: { max: thisMonth(), pattern: "\\d{4}-\\d{2}" } }}
          />
          {error && <Alert severity="error">{error}</Alert>}
          <Box>
            <Button variant="contained" disabled={busy || !municipality} onClick={send}>
              {translate("voice.signals.signalSend")}
            </Button>
          </Box>
        </Stack>
      </CardContent>
    </Card>
  );
};

export const SignalsPage = () => (
  <Stack sx={{ gap: 2, mt: 2 }}>
    <Title title="voice.signals.title" />
    <FlagOrganisationCard />
    <LocationSignalCard />
  </Stack>
);
