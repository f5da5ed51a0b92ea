import SaveIcon from "@mui/icons-material/Save";
import { Alert, Box, Checkbox, FormControlLabel, Stack, Switch, Typography } from "@mui/material";
import { useState } from "react";
import { useNotify, useRecordContext, useRefresh, useTranslate } from "react-admin";
import { BusyButton } from "../common/BusyButton";
import { SectionCard } from "../common/SectionCard";
import { useServerAction } from "../common/useServerAction";
import { graphqlRequest } from "../dataProvider/graphqlClient";
import { graphql } from "../gql";
import type { KeyPersonRecord, PublicConsent } from "../types";

const SET_PUBLIC_CONSENT = graphql(`
  mutation SetPublicConsent($keyPersonId: ID!, $input: PublicConsentInput!) {
    setPublicConsent(keyPersonId: $keyPersonId, input: $input) {
      id
      publicConsent {
        listed
        showName
        showMunicipality
        showLanguages
        showExpertise
        showEmail
        showPhone
        showRemote
        showReach
        contact
      }
    }
  }
`);

/** The fields a key person may make public, in the order /kaart shows them. */
const FIELDS = ["showName", "showMunicipality", "showLanguages", "showExpertise", "showEmail", "showPhone", "showRemote", "showReach", "contact"] as const;
type Choices = Omit<PublicConsent, "__typename">;

const NOTHING: Choices = {
  listed: false,
  showName: false,
  showMunicipality: false,
  showLanguages: false,
  showExpertise: false,
  showEmail: false,
  showPhone: false,
  showRemote: false,
  showReach: false,
  contact: false,
};

const choicesOf = (consent: PublicConsent | null | undefined): Choices =>
  consent
    ? {
        listed: consent.listed,
        showName: consent.showName,
        showMunicipality: consent.showMunicipality,
        showLanguages: consent.showLanguages,
        showExpertise: consent.showExpertise,
        showEmail: consent.showEmail,
        showPhone: consent.showPhone,
        showRemote: consent.showRemote,
        showReach: consent.showReach,
        contact: consent.contact,
      }
    : NOTHING;

const ConsentForm = ({ record, ownProfile }: { record: KeyPersonRecord; ownProfile: boolean }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const { run, busy, error } = useServerAction();
  const [choices, setChoices] = useState<Choices>(() => choicesOf(record.publicConsent));
  const set = (name: keyof Choices, value: boolean) => setChoices((current) => ({ ...current, [name]: value }));

  const save = async () => {
    const done = await run(async () => {
      await graphqlRequest(SET_PUBLIC_CONSENT, { keyPersonId: record.id, input: choices });
    });
    if (done) {
      notify("forms.consent.saved", { type: "success" });
      refresh();
    }
  };

  return (
    <SectionCard title="forms.consent.title" help={ownProfile ? "forms.consent.helpOwn" : "forms.consent.help"}>
      <Box data-testid="public-consent">
        <FormControlLabel
          control={<Switch name="consent.listed" checked={choices.listed} onChange={(event) => set("listed", event.target.checked)} />}
          label={translate("forms.consent.listed")}
        />
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
          {translate("forms.consent.listedHelp")}
        </Typography>
        <Stack sx={{ gap: 1, pl: { xs: 0, sm: 2 } }}>
          {FIELDS.map((name) => (
            <Box key={name}>
              <FormControlLabel
                disabled={!choices.listed}
                control={<Checkbox name={`consent.${name}`} checked={choices.listed && choices[name]} onChange={(event) => set(name, event.target.checked)} />}
                label={translate(`forms.consent.fields.${name}`)}
              />
              <Typography variant="body2" color="text.secondary" sx={{ ml: 4, mt: -0.5 }}>
                {translate(`forms.consent.explain.${name}`)}
              </Typography>
            </Box>
          ))}
        </Stack>
        {error && (
          <Alert severity="error" sx={{ mt: 2 }}>
            {error}
          </Alert>
        )}
        <BusyButton busy={busy} icon={<SaveIcon />} onClick={save} sx={{ mt: 2 }} data-testid="save-consent">
          {translate("forms.saveConsent")}
        </BusyButton>
      </Box>
    </SectionCard>
  );
};

/**
 * A key person's consent for the public map, field by field, with what each shows on
 * /kaart: on their own profile, and for the coordinators on the key person's page.
 */
export const PublicConsentCard = ({ ownProfile = false }: { ownProfile?: boolean }) => {
  const record = useRecordContext<KeyPersonRecord>();
  if (!record) return null;
  // A fresh form when the saved consent changes (after a save and refresh).
  return <ConsentForm key={JSON.stringify(record.publicConsent)} record={record} ownProfile={ownProfile} />;
};
