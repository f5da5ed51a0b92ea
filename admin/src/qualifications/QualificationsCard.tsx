import AddIcon from "@mui/icons-material/Add";
import DeleteIcon from "@mui/icons-material/Delete";
import VerifiedIcon from "@mui/icons-material/Verified";
import {
  Alert,
  Box,
  Button,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  IconButton,
  List,
  ListItem,
  ListItemText,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useNotify, usePermissions, useRecordContext, useTranslate } from "react-admin";
import { ISSUER_MAX, VERIFICATION_NOTE_MAX } from "../../../server/src/domain/qualifications";
import { BusyButton } from "../common/BusyButton";
import { DayField } from "../common/DayField";
import { SectionCard } from "../common/SectionCard";
import { useServerAction } from "../common/useServerAction";
import { useLocalizedName } from "../common/useLocalizedName";
import { useFormatDate } from "../compensation/fields";
import { graphqlRequest } from "../dataProvider/graphqlClient";
import { ADD_QUALIFICATION, KEY_PERSON_QUALIFICATIONS, REJECT_QUALIFICATION, REMOVE_QUALIFICATION, VERIFY_QUALIFICATION } from "../dataProvider/qualifications";
import type { QualificationFieldsFragment } from "../gql/graphql";
import type { KeyPersonRecord, Permissions } from "../types";

const STATUS_COLOR = { VERIFIED: "success", SELF_DECLARED: "warning", REJECTED: "default" } as const;

interface Named {
  nameNl: string;
  nameEn: string;
}

/** The qualification's name in the console's language. */
function useTypeName() {
  const { nameField } = useLocalizedName();
  return (type: Named) => (nameField === "nameNl" ? type.nameNl : type.nameEn);
}

/** Verify or reject: the coordinator writes what they checked (or why not). */
const DecisionDialog = ({
  qualification,
  verify,
  onClose,
  onDone,
}: {
  qualification: QualificationFieldsFragment;
  verify: boolean;
  onClose: () => void;
  onDone: () => void;
}) => {
  const translate = useTranslate();
  const notify = useNotify();
  const nameOf = useTypeName();
  const [note, setNote] = useState("");
  const { run, busy, error } = useServerAction();
  const name = nameOf(qualification.type);
  const submit = async () => {
    const done = await run(async () => {
      await graphqlRequest(verify ? VERIFY_QUALIFICATION : REJECT_QUALIFICATION, { id: qualification.id, note });
    });
    if (done) {
      notify(verify ? "qualifications.card.verified" : "qualifications.card.rejected", { type: "success" });
      onDone();
    }
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{translate(verify ? "qualifications.card.decideTitle" : "qualifications.card.rejectTitle", { name })}</DialogTitle>
      <DialogContent>
        <TextField
          name="qualification.note"
          label={translate(verify ? "qualifications.card.decideNote" : "qualifications.card.rejectNote")}
          helperText={translate("qualifications.card.decideNoteHelp")}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          slotProps={{ htmlInput: { maxLength: VERIFICATION_NOTE_MAX } }}
          multiline
          minRows={2}
          fullWidth
          autoFocus
          sx={{ mt: 1 }}
        />
        {error && (
          <Alert severity="error" sx={{ mt: 2 }} data-testid="qualification-decision-error">
            {error}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate("qualifications.card.cancel")}</Button>
        <BusyButton busy={busy} icon={<VerifiedIcon />} onClick={submit} data-testid="confirm-qualification-decision" color={verify ? "primary" : "error"}>
          {translate(verify ? "qualifications.card.verify" : "qualifications.card.reject")}
        </BusyButton>
      </DialogActions>
    </Dialog>
  );
};

/**
 * A key person's qualifications (issue 17), on their own profile and on their page for
 * coordinators: each with its status, period and issuer; a new one added (SELF_DECLARED);
 * coordinators verify or reject with a note, the key person removes their own unverified ones.
 */
export const QualificationsCard = ({ ownProfile = false }: { ownProfile?: boolean }) => {
  const record = useRecordContext<KeyPersonRecord>();
  const translate = useTranslate();
  const notify = useNotify();
  const formatDate = useFormatDate();
  const nameOf = useTypeName();
  const { permissions } = usePermissions<Permissions | null>();
  const coordinator = permissions?.role === "COORDINATOR" || permissions?.role === "REGIONAL_COORDINATOR";
  const { run, busy, error, setError } = useServerAction();
  const [code, setCode] = useState("");
  const [issuer, setIssuer] = useState("");
  const [obtainedOn, setObtainedOn] = useState<string | null>("");
  const [validUntil, setValidUntil] = useState<string | null>("");
  const [deciding, setDeciding] = useState<{ qualification: QualificationFieldsFragment; verify: boolean } | null>(null);
  const keyPersonId = record?.id ? String(record.id) : "";
  const { data, refetch } = useQuery({
    queryKey: ["qualifications", keyPersonId],
    queryFn: () => graphqlRequest(KEY_PERSON_QUALIFICATIONS, { id: keyPersonId }),
    enabled: keyPersonId !== "",
  });
  if (!record) return null;
  const qualifications = data?.result?.qualifications ?? [];
  const types = data?.types ?? [];

  const add = async () => {
    if (obtainedOn === null || validUntil === null) {
      setError(translate("forms.day.invalid"));
      return;
    }
    if (!code || !issuer.trim() || !obtainedOn) {
      setError(translate("qualifications.card.required"));
      return;
    }
    const done = await run(async () => {
      await graphqlRequest(ADD_QUALIFICATION, { keyPersonId, input: { code, issuer, obtainedOn, validUntil: validUntil || null } });
    });
    if (done) {
      setCode("");
      setIssuer("");
      setObtainedOn("");
      setValidUntil("");
      notify(coordinator ? "qualifications.card.addedByCoordinator" : "qualifications.card.added", { type: "success" });
      void refetch();
    }
  };

  const remove = async (id: string) => {
    const done = await run(async () => {
      await graphqlRequest(REMOVE_QUALIFICATION, { id });
    });
    if (done) {
      notify("qualifications.card.removed", { type: "success" });
      void refetch();
    }
  };

  const period = (q: QualificationFieldsFragment) => {
    if (!q.validUntil) return translate("qualifications.card.noExpiry");
    const until = translate("qualifications.card.validUntil", { date: formatDate(q.validUntil) });
    return q.status === "VERIFIED" && !q.validToday ? `${until} (${translate("qualifications.card.expired")})` : until;
  };

  return (
    <SectionCard title="qualifications.card.title" help={ownProfile ? "qualifications.card.helpOwn" : "qualifications.card.help"}>
      <Box data-testid="qualifications">
        {qualifications.length === 0 ? (
          <Typography variant="body2">{translate("qualifications.card.none")}</Typography>
        ) : (
          <List dense disablePadding>
            {qualifications.map((q) => {
              const name = nameOf(q.type);
              const removable = coordinator || q.status !== "VERIFIED";
              return (
                <ListItem
                  key={q.id}
                  data-testid="qualification"
                  data-status={q.status}
                  disableGutters
                  alignItems="flex-start"
                  secondaryAction={
                    removable ? (
                      <IconButton edge="end" aria-label={translate("qualifications.card.removeLabel", { name })} onClick={() => remove(q.id)} disabled={busy}>
                        <DeleteIcon />
                      </IconButton>
                    ) : null
                  }
                  sx={{ pr: 6 }}
                >
                  <ListItemText
                    primary={
                      <Stack direction="row" sx={{ gap: 1, alignItems: "center", flexWrap: "wrap" }}>
                        <span>{name}</span>
                        <Chip size="small" color={STATUS_COLOR[q.status]} label={translate(`qualifications.status.${q.status}`)} />
                      </Stack>
                    }
                    secondary={
                      <>
                        {translate("qualifications.card.obtained", { date: formatDate(q.obtainedOn), issuer: q.issuer })} · {period(q)}
                        {q.verificationNote && (
                          <>
                            <br />
                            {translate("qualifications.card.note", { note: q.verificationNote })}
                          </>
                        )}
                      </>
                    }
                  />
                  {coordinator && q.status === "SELF_DECLARED" && (
                    <Stack direction="row" sx={{ gap: 1, ml: 1, mt: 0.5 }}>
                      <Button
                        size="small"
                        variant="outlined"
                        onClick={() => setDeciding({ qualification: q, verify: true })}
                        data-testid="verify-qualification"
                      >
                        {translate("qualifications.card.verify")}
                      </Button>
                      <Button size="small" color="error" onClick={() => setDeciding({ qualification: q, verify: false })} data-testid="reject-qualification">
                        {translate("qualifications.card.reject")}
                      </Button>
                    </Stack>
                  )}
                </ListItem>
              );
            })}
          </List>
        )}
        <Stack direction="row" sx={{ gap: 2, mt: 2, flexWrap: "wrap", alignItems: "flex-start" }}>
          <TextField
            select
            name="qualification.code"
            size="small"
            label={translate("qualifications.card.type")}
            value={code}
            onChange={(event) => setCode(event.target.value)}
            sx={{ flex: "1 1 260px" }}
            slotProps={{ select: { MenuProps: { slotProps: { paper: { "data-testid": "qualification-type-options" } as object } } } }}
          >
            {types.map((type) => (
              <MenuItem key={type.code} value={type.code}>
                {nameOf(type)}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            name="qualification.issuer"
            size="small"
            label={translate("qualifications.card.issuer")}
            value={issuer}
            onChange={(event) => setIssuer(event.target.value)}
            slotProps={{ htmlInput: { maxLength: ISSUER_MAX } }}
            sx={{ flex: "1 1 200px" }}
          />
          <DayField
            name="qualification.obtainedOn"
            sx={{ flex: "1 1 150px" }}
            label={translate("qualifications.card.obtainedOn")}
            value={obtainedOn}
            onChange={setObtainedOn}
          />
          <DayField
            name="qualification.validUntil"
            sx={{ flex: "1 1 150px" }}
            label={translate("qualifications.card.validUntilField")}
            helperText={translate("qualifications.card.validUntilHelp")}
            value={validUntil}
            onChange={setValidUntil}
          />
          <BusyButton busy={busy} icon={<AddIcon />} onClick={add} data-testid="add-qualification" sx={{ whiteSpace: "nowrap" }}>
            {translate("qualifications.card.add")}
          </BusyButton>
        </Stack>
        {error && (
          <Alert severity="error" sx={{ mt: 2 }} data-testid="qualification-error">
            {error}
          </Alert>
        )}
      </Box>
      {deciding && (
        <DecisionDialog
          qualification={deciding.qualification}
          verify={deciding.verify}
          onClose={() => setDeciding(null)}
          onDone={() => {
            setDeciding(null);
            void refetch();
          }}
        />
      )}
    </SectionCard>
  );
};
