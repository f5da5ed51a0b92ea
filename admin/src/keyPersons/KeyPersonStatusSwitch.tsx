import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  MenuItem,
  Stack,
  TextField,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from "@mui/material";
import { useState } from "react";
import { usePermissions, useRecordContext, useTranslate } from "react-admin";
import { leavingReasonChoices, statusChoices } from "../common/choices";
import type { LeavingReason } from "../gql/graphql";
import type { KeyPersonRecord, KeyPersonStatus, Permissions } from "../types";
import { useKeyPersonAction } from "./useKeyPersonAction";

const NOTE_MAX = 500;

/**
 * Active / paused / inactive in one click (setKeyPersonStatus), outside the profile form.
 * A key person may only pause themself and resume: INACTIVE, and the way back from it, is
 * the coordinators' (the server refuses it too). Setting INACTIVE asks why they stop
 * (issue 20: required, counted in the reports); coming back clears it.
 */
export const KeyPersonStatusSwitch = () => {
  const record = useRecordContext<KeyPersonRecord>();
  const translate = useTranslate();
  const { permissions } = usePermissions<Permissions>();
  const { run, saving } = useKeyPersonAction();
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState<LeavingReason | "">("");
  const [note, setNote] = useState("");
  if (!record) return null;
  const self = permissions?.role === "KEY_PERSON";
  const locked = self && record.status === "INACTIVE";

  const change = (status: KeyPersonStatus | null) => {
    if (!status || status === record.status) return;
    if (status === "INACTIVE") {
      setReason("");
      setNote("");
      setAsking(true);
      return;
    }
    run((provider) => provider.setKeyPersonStatus(record.id, status), "app.keyPersons.statusChanged");
  };

  const confirm = () => {
    if (!reason) return;
    setAsking(false);
    run((provider) => provider.setKeyPersonStatus(record.id, "INACTIVE", { reason, note: note.trim() || null }), "app.keyPersons.statusChanged");
  };

  return (
    <Stack spacing={0.5} sx={{ alignItems: "flex-start" }}>
      <ToggleButtonGroup
        size="small"
        exclusive
        color="primary"
        value={record.status}
        disabled={saving || locked}
        onChange={(_, status: KeyPersonStatus | null) => change(status)}
        aria-label={translate("resources.keyPersons.fields.status")}
      >
        {statusChoices.map((choice) => (
          <ToggleButton key={choice.id} value={choice.id} sx={{ px: 1.5 }} disabled={self && choice.id === "INACTIVE"}>
            {translate(choice.name)}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
      {record.status === "INACTIVE" && record.leavingReason && (
        <Typography variant="caption" color="text.secondary" data-testid="leaving-reason">
          {translate("app.keyPersons.leaving.since", {
            date: record.leftOn ?? "?",
            reason: translate(`app.enums.leavingReason.${record.leavingReason}`),
          })}
        </Typography>
      )}
      <Dialog open={asking} onClose={() => setAsking(false)} fullWidth maxWidth="xs" aria-labelledby="leaving-title">
        <DialogTitle id="leaving-title">{translate("app.keyPersons.leaving.title")}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{translate("app.keyPersons.leaving.explain")}</DialogContentText>
          <TextField
            select
            fullWidth
            required
            label={translate("app.keyPersons.leaving.reason")}
            value={reason}
            onChange={(event) => setReason(event.target.value as LeavingReason)}
            sx={{ mb: 2 }}
          >
            {leavingReasonChoices.map((choice) => (
              <MenuItem key={choice.id} value={choice.id}>
                {translate(choice.name)}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            fullWidth
            multiline
            minRows={2}
            label={translate("app.keyPersons.leaving.note")}
            value={note}
            onChange={(event) => setNote(event.target.value.slice(0, NOTE_MAX))}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setAsking(false)}>{translate("app.keyPersons.leaving.cancel")}</Button>
          <Button variant="contained" onClick={confirm} disabled={!reason || saving}>
            {translate("app.keyPersons.leaving.confirm")}
          </Button>
        </DialogActions>
      </Dialog>
    </Stack>
  );
};
