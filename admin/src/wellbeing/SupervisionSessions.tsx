import AddIcon from "@mui/icons-material/Add";
import { Button, CircularProgress, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, Stack, TextField, Typography } from "@mui/material";
import { useState } from "react";
import { useDataProvider, useGetList, useNotify, useRefresh, useTranslate } from "react-admin";
import { DayField } from "../common/DayField";
import { SimpleTable } from "../common/SimpleTable";
import * as Enums from "../../../server/src/domain/enums";
import { SESSION_NOTE_MAX } from "../../../server/src/domain/oversight";
import { useServerAction } from "../common/useServerAction";
import { useFormatDate } from "../compensation/fields";
import type { SupervisionKind, SupervisionSessionsQuery } from "../gql/graphql";
import { lastDeclarableDay } from "../hours/week";

/** The server's own values (domain/enums.ts), in its order. */
const KINDS: readonly SupervisionKind[] = Object.values(Enums.SupervisionKind);
const MAX_NOTE = SESSION_NOTE_MAX;

type SessionRecord = SupervisionSessionsQuery["result"][number];

const LogSessionDialog = ({ keyPersonId, open, onClose }: { keyPersonId: string; open: boolean; onClose: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider();
  const today = lastDeclarableDay();
  const [date, setDate] = useState(today);
  const [kind, setKind] = useState<SupervisionKind>("INTERVISION");
  const [note, setNote] = useState("");
  const { run, busy: saving, error } = useServerAction();
  const future = date > today;

  const save = async () => {
    await run(async () => {
      await dataProvider.create("supervisionSessions", { data: { keyPersonId, date, kind, note } });
      notify("oversight.supervision.logged", { type: "success" });
      setNote("");
      onClose();
      refresh();
    });
  };

  return (
    <Dialog open={open} onClose={() => !saving && onClose()} fullWidth maxWidth="xs">
      <DialogTitle>{translate("oversight.supervision.logTitle")}</DialogTitle>
      <DialogContent>
        <Stack sx={{ gap: 2, pt: 1 }}>
          <DayField
            name="sessionDate"
            label={translate("oversight.supervision.date")}
            value={date}
            onChange={(day) => setDate(day ?? "")}
            error={future}
            helperText={future ? translate("oversight.supervision.future") : undefined}
          />
          <TextField select label={translate("oversight.supervision.kind")} value={kind} onChange={(event) => setKind(event.target.value as SupervisionKind)}>
            {KINDS.map((value) => (
              <MenuItem key={value} value={value}>
                {translate(`oversight.enums.supervisionKind.${value}`)}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            label={translate("oversight.supervision.note")}
            value={note}
            onChange={(event) => setNote(event.target.value.slice(0, MAX_NOTE))}
            helperText={translate("oversight.supervision.noteHelp")}
            slotProps={{ htmlInput: { name: "sessionNote", maxLength: MAX_NOTE } }}
          />
          {error && (
            <Typography color="error" variant="body2">
              {error}
            </Typography>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={saving}>
          {translate("ra.action.cancel")}
        </Button>
        <Button
          variant="contained"
          onClick={save}
          disabled={saving || !date || future}
          startIcon={saving ? <CircularProgress size={14} color="inherit" /> : undefined}
        >
          {translate("ra.action.save")}
        </Button>
      </DialogActions>
    </Dialog>
  );
};

/** Intervision, supervision and training sessions of one key person, newest first, with "log a session". */
export const SupervisionSessions = ({ keyPersonId }: { keyPersonId: string }) => {
  const translate = useTranslate();
  const formatDate = useFormatDate();
  const [open, setOpen] = useState(false);
  const { data: sessions, isPending } = useGetList<SessionRecord>("supervisionSessions", {
    pagination: { page: 1, perPage: 100 },
    filter: { keyPersonId },
  });
  // the server counts intervision and supervision, not training
  const last = sessions?.find((session) => session.kind !== "TRAINING");
  return (
    <Stack sx={{ gap: 1 }}>
      <Typography variant="body2">
        {last ? translate("oversight.supervision.last", { date: formatDate(last.date) }) : translate("oversight.supervision.never")}
      </Typography>
      {isPending ? (
        <CircularProgress size={20} />
      ) : sessions && sessions.length > 0 ? (
        <SimpleTable
          rows={sessions.slice(0, 10)}
          rowKey={(session) => session.id}
          columns={[
            { label: "oversight.supervision.date", cell: (session) => formatDate(session.date) },
            { label: "oversight.supervision.kind", cell: (session) => translate(`oversight.enums.supervisionKind.${session.kind}`) },
            { label: "oversight.supervision.note", cell: (session) => session.note ?? "" },
          ]}
        />
      ) : (
        <Typography variant="body2" color="text.secondary">
          {translate("oversight.supervision.empty")}
        </Typography>
      )}
      <Button startIcon={<AddIcon />} onClick={() => setOpen(true)} sx={{ alignSelf: "flex-start" }}>
        {translate("oversight.supervision.log")}
      </Button>
      <LogSessionDialog keyPersonId={keyPersonId} open={open} onClose={() => setOpen(false)} />
    </Stack>
  );
};
