import { Alert, Box, Button, Card, CardContent, Checkbox, Chip, FormControlLabel, MenuItem, Radio, Stack, TextField, Typography } from "@mui/material";
import { useEffect, useState } from "react";
import { useNavigate, useParams } from "react-router";
import { Loading, Title, useGetList, useNotify, useTranslate } from "react-admin";
import { REFERRAL_NOTE_MAX } from "../../../server/src/domain/referrals";
import { useLocalizedName } from "../common/useLocalizedName";
import { referralActions } from "../dataProvider/referrals";
import type { ReferralServiceOptionsQuery } from "../gql/graphql";
import type { ReferralRecord } from "./common";

// "Doorverwijzen": from an ACTIVE assignment (/referrals/new/:assignmentId), or again at
// the new place after a move (/referrals/:id/reroute). The services listed are those that
// take the newcomer where they live now, nearest first; the referrer records the
// newcomer's consent and what may be shared.

type Option = ReferralServiceOptionsQuery["result"][number];

export const ReferralCreatePage = () => {
  const { assignmentId: fromAssignment, id: rerouteId } = useParams();
  const translate = useTranslate();
  const notify = useNotify();
  const navigate = useNavigate();
  const { nameOf } = useLocalizedName();
  const [old, setOld] = useState<ReferralRecord | null>(null);
  const assignmentId = fromAssignment ?? old?.assignmentId ?? null;
  const [topic, setTopic] = useState("");
  const [language, setLanguage] = useState("");
  const [options, setOptions] = useState<Option[] | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [consent, setConsent] = useState(false);
  const [shares, setShares] = useState({ sharesMunicipality: true, sharesLanguage: true, sharesTopic: true });
  const [note, setNote] = useState("");
  const [busy, setBusy] = useState(false);
  const { data: topics } = useGetList("expertiseAreas", { pagination: { page: 1, perPage: 500 } });
  const { data: languages } = useGetList("languages", { pagination: { page: 1, perPage: 1000 } });

  useEffect(() => {
    if (!rerouteId) return;
    referralActions.one(rerouteId).then((referral) => {
      if (!referral) return;
      setOld(referral);
      setTopic(referral.topic?.code ?? "");
      setLanguage(referral.language?.code ?? "");
    });
  }, [rerouteId]);

  useEffect(() => {
    if (!assignmentId) return;
    let current = true;
    setOptions(null);
    referralActions
      .options(assignmentId, topic || null, language || null)
      .then((result) => current && setOptions(result))
      .catch((error: Error) => notify(error.message, { type: "error" }));
    return () => {
      current = false;
    };
  }, [assignmentId, topic, language, notify]);

  if (!assignmentId) return <Loading />;
  const ready = !!chosen && consent && !!topic && !busy;
  const submit = async () => {
    if (!chosen) return;
    setBusy(true);
    try {
      const referral = rerouteId
        ? await referralActions.reroute(rerouteId, { careServiceId: chosen, consentGiven: consent, ...shares, note: note.trim() || null })
        : await referralActions.create({
            assignmentId,
            careServiceId: chosen,
            topic,
            languageCode: language || null,
            consentGiven: consent,
            ...shares,
            note: note.trim() || null,
          });
      notify("referrals.create.sent", { type: "success" });
      navigate(`/referrals/${referral.id}/show`);
    } catch (error) {
      notify((error as Error).message, { type: "error" });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack sx={{ gap: 2, p: 2, maxWidth: 900 }} data-testid="referral-create">
      <Title title={translate(rerouteId ? "referrals.create.rerouteTitle" : "referrals.create.title")} />
      <Typography variant="h6">{translate(rerouteId ? "referrals.create.rerouteTitle" : "referrals.create.title")}</Typography>
      <Alert severity="info">{translate("referrals.create.intro")}</Alert>
      <Stack direction={{ xs: "column", sm: "row" }} sx={{ gap: 2 }}>
        <TextField
          select
          fullWidth
          name="topic"
          label={translate("referrals.create.topic")}
          value={topic}
          disabled={!!rerouteId}
          onChange={(event) => {
            setTopic(event.target.value);
            setChosen(null);
          }}
        >
          {(topics ?? []).map((item) => (
            <MenuItem key={item.id} value={item.id}>
              {nameOf(item)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          fullWidth
          name="language"
          label={translate("referrals.create.language")}
          value={language}
          disabled={!!rerouteId}
          onChange={(event) => {
            setLanguage(event.target.value);
            setChosen(null);
          }}
        >
          <MenuItem value="">{translate("referrals.create.anyLanguage")}</MenuItem>
          {(languages ?? []).map((item) => (
            <MenuItem key={item.id} value={item.id}>
              {nameOf(item)}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
      <Typography variant="subtitle1">{translate("referrals.create.services")}</Typography>
      {options === null ? (
        <Loading />
      ) : options.length === 0 ? (
        <Alert severity="warning">{translate("referrals.create.noServices")}</Alert>
      ) : (
        <Stack sx={{ gap: 1 }} data-testid="referral-services">
          {options.map((option) => (
            <Card key={option.service.id} variant="outlined" sx={{ borderColor: chosen === option.service.id ? "primary.main" : undefined }}>
              <CardContent sx={{ display: "flex", gap: 1, alignItems: "flex-start", py: 1, "&:last-child": { pb: 1 } }}>
                <Radio checked={chosen === option.service.id} onChange={() => setChosen(option.service.id)} name="careService" value={option.service.id} />
                <Box sx={{ flex: 1, minWidth: 0 }}>
                  <Typography variant="subtitle2">{option.service.name}</Typography>
                  <Typography variant="caption" color="text.secondary" component="div">
                    {option.organisation.name}
                  </Typography>
                  {option.service.description && (
                    <Typography variant="body2" sx={{ mt: 0.5 }}>
                      {option.service.description}
                    </Typography>
                  )}
                  <Stack direction="row" sx={{ gap: 0.5, mt: 0.5, flexWrap: "wrap" }}>
                    {option.distanceKm !== null && <Chip size="small" label={translate("referrals.create.distance", { km: option.distanceKm })} />}
                    {option.service.nationwide && <Chip size="small" label={translate("referrals.create.nationwide")} />}
                    {option.service.anonymousLine && <Chip size="small" label={translate("referrals.create.anonymous")} />}
                    {option.service.interpretersAvailable && <Chip size="small" label={translate("referrals.create.interpreters")} />}
                  </Stack>
                </Box>
              </CardContent>
            </Card>
          ))}
        </Stack>
      )}
      <Card variant="outlined">
        <CardContent>
          <Stack sx={{ gap: 0.5 }}>
            <FormControlLabel
              control={<Checkbox name="consentGiven" checked={consent} onChange={(event) => setConsent(event.target.checked)} />}
              label={translate("referrals.create.consent")}
            />
            {(["sharesMunicipality", "sharesLanguage", "sharesTopic"] as const).map((key) => (
              <FormControlLabel
                key={key}
                sx={{ ml: 2 }}
                control={<Checkbox name={key} checked={shares[key]} onChange={(event) => setShares({ ...shares, [key]: event.target.checked })} />}
                label={translate(`referrals.create.share${key.slice(6)}`)}
              />
            ))}
            <TextField
              sx={{ mt: 1 }}
              name="note"
              label={translate("referrals.create.note")}
              value={note}
              onChange={(event) => setNote(event.target.value.replace(/[\r\n]/g, " ").slice(0, REFERRAL_NOTE_MAX))}
            />
          </Stack>
        </CardContent>
      </Card>
      <Box>
        <Button variant="contained" disabled={!ready} onClick={submit} data-testid="referral-submit">
          {translate("referrals.create.submit")}
        </Button>
      </Box>
    </Stack>
  );
};
