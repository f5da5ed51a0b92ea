import SendIcon from "@mui/icons-material/Send";
import { Alert, Checkbox, FormControl, FormControlLabel, FormHelperText, FormLabel, Radio, RadioGroup, Stack, Typography } from "@mui/material";
import { useState } from "react";
import { useDataProvider, useNotify, useRefresh, useTranslate } from "react-admin";
import { SectionCard } from "../common/SectionCard";
import { useServerAction } from "../common/useServerAction";
import { CHECK_IN_SCALES, CHECK_IN_SCORE } from "../../../server/src/domain/oversight";
import { BusyButton } from "../common/BusyButton";

type Scale = (typeof CHECK_IN_SCALES)[number];
const SCALES = CHECK_IN_SCALES;
/** The server's scale (domain/oversight.ts): 1 to 5. */
const SCORES = Array.from({ length: CHECK_IN_SCORE.max - CHECK_IN_SCORE.min + 1 }, (_, index) => CHECK_IN_SCORE.min + index);

type Answers = Record<Scale, number | null>;

/** One question on a scale of 1 to 5, every step with its words. */
const ScaleQuestion = ({ scale, value, onChange, missing }: { scale: Scale; value: number | null; onChange: (n: number) => void; missing: boolean }) => {
  const translate = useTranslate();
  const labelId = `checkin-${scale}-label`;
  return (
    <FormControl error={missing} component="fieldset">
      <FormLabel id={labelId} component="legend" sx={{ color: "text.primary", fontWeight: 600, mb: 0.5 }}>
        {translate(`oversight.checkIn.${scale}.label`)}
      </FormLabel>
      <RadioGroup
        aria-labelledby={labelId}
        name={scale}
        value={value === null ? "" : String(value)}
        onChange={(event) => onChange(Number(event.target.value))}
        sx={{ flexDirection: { xs: "column", sm: "row" }, gap: { sm: 1 } }}
      >
        {SCORES.map((score) => (
          <FormControlLabel
            key={score}
            value={String(score)}
            control={<Radio size="small" />}
            label={`${score} · ${translate(`oversight.checkIn.${scale}.${score}`)}`}
            sx={{ mr: { sm: 2 } }}
          />
        ))}
      </RadioGroup>
      {missing && <FormHelperText>{translate("oversight.checkIn.required")}</FormHelperText>}
    </FormControl>
  );
};

/** The monthly wellbeing check-in: strain, emotional impact, support, and "please contact me". */
export const CheckInForm = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider();
  const [answers, setAnswers] = useState<Answers>({ strain: null, emotionalImpact: null, support: null });
  const [contactRequested, setContactRequested] = useState(false);
  const [showMissing, setShowMissing] = useState(false);
  const [sent, setSent] = useState<{ contactRequested: boolean } | null>(null);
  const { run, busy: saving, error } = useServerAction();
  const complete = SCALES.every((scale) => answers[scale] !== null);

  const submit = async () => {
    setShowMissing(true);
    if (!complete) return;
    await run(async () => {
      await dataProvider.create("wellbeingCheckIns", { data: { ...answers, contactRequested } });
      notify("oversight.checkIn.thanks", { type: "success" });
      setSent({ contactRequested });
      setAnswers({ strain: null, emotionalImpact: null, support: null });
      setContactRequested(false);
      setShowMissing(false);
      refresh();
    });
  };

  return (
    <SectionCard title="oversight.checkIn.formTitle" help="oversight.checkIn.intro">
      {sent && (
        <Alert severity="success" sx={{ mb: 2 }} onClose={() => setSent(null)}>
          {translate("oversight.checkIn.thanks")} {sent.contactRequested && translate("oversight.checkIn.contactPromise")}
        </Alert>
      )}
      <Stack
        component="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
        sx={{ gap: 2 }}
      >
        {SCALES.map((scale) => (
          <ScaleQuestion
            key={scale}
            scale={scale}
            value={answers[scale]}
            onChange={(n) => setAnswers((current) => ({ ...current, [scale]: n }))}
            missing={showMissing && answers[scale] === null}
          />
        ))}
        <FormControl>
          <FormControlLabel
            control={<Checkbox name="contactRequested" checked={contactRequested} onChange={(event) => setContactRequested(event.target.checked)} />}
            label={translate("oversight.checkIn.contactRequested")}
          />
          <FormHelperText sx={{ mt: 0 }}>{translate("oversight.checkIn.contactHelp")}</FormHelperText>
        </FormControl>
        <Typography variant="caption" color="text.secondary">
          {translate("oversight.checkIn.privacy")}
        </Typography>
        {error && <Alert severity="error">{error}</Alert>}
        <BusyButton busy={saving} icon={<SendIcon />} type="submit" sx={{ alignSelf: { xs: "stretch", sm: "flex-start" } }}>
          {translate("oversight.checkIn.submit")}
        </BusyButton>
      </Stack>
    </SectionCard>
  );
};
