import SaveIcon from "@mui/icons-material/Save";
import { Alert, Box, FormControlLabel, Switch, TextField } from "@mui/material";
import { useState } from "react";
import { useNotify, usePermissions, useRecordContext, useRefresh, useTranslate } from "react-admin";
import { BusyButton } from "../common/BusyButton";
import { SectionCard } from "../common/SectionCard";
import { useServerAction } from "../common/useServerAction";
import { graphqlRequest } from "../dataProvider/graphqlClient";
import { graphql } from "../gql";
import type { OrganisationRecord, Permissions } from "../types";

const SET_PUBLIC_ENTRY = graphql(`
  mutation SetOrganisationPublicEntry($organisationId: ID!, $input: OrganisationPublicEntryInput!) {
    setOrganisationPublicEntry(organisationId: $organisationId, input: $input)
  }
`);

const EntryForm = ({ record }: { record: OrganisationRecord }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const { run, busy, error } = useServerAction();
  const [listed, setListed] = useState(record.publicEntry !== null && record.publicEntry !== undefined);
  const [offers, setOffers] = useState(record.publicEntry?.offers ?? "");
  const [website, setWebsite] = useState(record.publicEntry?.website ?? "");

  const save = async () => {
    const done = await run(async () => {
      await graphqlRequest(SET_PUBLIC_ENTRY, {
        organisationId: record.id,
        input: { listed, offers: offers.trim() || null, website: website.trim() || null },
      });
    });
    if (done) {
      notify("forms.publicEntry.saved", { type: "success" });
      refresh();
    }
  };

  return (
    <Box data-testid="public-entry" sx={{ display: "flex", flexDirection: "column", gap: 2 }}>
      <FormControlLabel
        control={<Switch name="publicEntry.listed" checked={listed} onChange={(event) => setListed(event.target.checked)} />}
        label={translate("forms.publicEntry.listed")}
      />
      <TextField
        name="publicEntry.offers"
        label={translate("forms.publicEntry.offers")}
        helperText={translate("forms.publicEntry.offersHelp")}
        value={offers}
        onChange={(event) => setOffers(event.target.value)}
        multiline
        minRows={2}
        disabled={!listed}
        slotProps={{ htmlInput: { maxLength: 1000 } }}
        fullWidth
      />
      <TextField
        name="publicEntry.website"
        type="url"
        label={translate("forms.publicEntry.website")}
        helperText={translate("forms.publicEntry.websiteHelp")}
        value={website}
        onChange={(event) => setWebsite(event.target.value)}
        disabled={!listed}
        fullWidth
      />
      {error && <Alert severity="error">{error}</Alert>}
      <Box>
        <BusyButton busy={busy} icon={<SaveIcon />} onClick={save} data-testid="save-public-entry">
          {translate("forms.saveEntry")}
        </BusyButton>
      </Box>
    </Box>
  );
};

/**
 * An organisation on the public social map (/kaart): whether it is listed, what it
 * offers, its website. For the coordinator, and for the organisation's own staff (the
 * API lets both); nobody else sees the form.
 */
export const PublicEntryCard = () => {
  const record = useRecordContext<OrganisationRecord>();
  const { permissions } = usePermissions<Permissions | null>();
  if (!record || !permissions) return null;
  const mayEdit = permissions.role === "COORDINATOR" || (permissions.role === "ORGANISATION" && String(permissions.organisationId) === String(record.id));
  if (!mayEdit) return null;
  return (
    <Box sx={{ p: 2 }}>
      <SectionCard title="forms.publicEntry.title" help="forms.publicEntry.help">
        <EntryForm key={JSON.stringify(record.publicEntry ?? null)} record={record} />
      </SectionCard>
    </Box>
  );
};
