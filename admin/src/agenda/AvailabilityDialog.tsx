import AddIcon from "@mui/icons-material/Add";
import DeleteIcon from "@mui/icons-material/Delete";
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, IconButton, MenuItem, TextField } from "@mui/material";
import { useState } from "react";
import { useNotify, useTranslate } from "react-admin";
import { useServerAction } from "../common/useServerAction";
import { agendaActions } from "../dataProvider/agenda";
import { windowProblem, type WindowValue } from "./agendaWeek";

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];

/**
 * The key person's weekly availability windows, edited as rows (weekday, from, until)
 * and saved at once: dated work (appointments, sessions) is then only proposed inside
 * them. No rows: available at any time.
 */
export const AvailabilityDialog = ({
  keyPersonId,
  windows,
  open,
  onClose,
  onSaved,
}: {
  keyPersonId: string;
  windows: readonly WindowValue[];
  open: boolean;
  onClose: () => void;
  onSaved: () => void;
}) => {
  const translate = useTranslate();
  const notify = useNotify();
  const { run, busy, error } = useServerAction();
  const [rows, setRows] = useState<WindowValue[]>(() => windows.map((w) => ({ ...w })));
  const [tried, setTried] = useState(false);
  const problem = windowProblem(rows);
  const change = (index: number, patch: Partial<WindowValue>) => setRows((current) => current.map((row, i) => (i === index ? { ...row, ...patch } : row)));

  const save = async () => {
    setTried(true);
    if (problem) return;
    const saved = await run(async () => {
      await agendaActions.setWindows(keyPersonId, rows);
    });
    if (saved) {
      notify("agenda.windows.saved", { type: "info" });
      onSaved();
    }
  };

  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="availability-title">
      <DialogTitle id="availability-title">{translate("agenda.windows.title")}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>{translate("agenda.windows.explain")}</DialogContentText>
        {rows.map((row, index) => {
          const wrong = tried && problem?.index === index;
          return (
            <Box
              key={index}
              data-testid="window-row"
              sx={{ display: "grid", gridTemplateColumns: "minmax(0, 1.4fr) minmax(0, 1fr) minmax(0, 1fr) auto", gap: 1, alignItems: "start", mb: 1.5 }}
            >
              <TextField
                select
                size="small"
                label={translate("agenda.windows.weekday")}
                value={row.weekday}
                onChange={(event) => change(index, { weekday: Number(event.target.value) })}
                slotProps={{ htmlInput: { name: `windows.${index}.weekday` } }}
              >
                {WEEKDAYS.map((weekday) => (
                  <MenuItem key={weekday} value={weekday}>
                    {translate(`agenda.weekdays.${weekday}`)}
                  </MenuItem>
                ))}
              </TextField>
              <TextField
                size="small"
                type="time"
                label={translate("agenda.windows.from")}
                value={row.startTime}
                onChange={(event) => change(index, { startTime: event.target.value })}
                error={wrong}
                slotProps={{ inputLabel: { shrink: true }, htmlInput: { name: `windows.${index}.startTime` } }}
              />
              <TextField
                size="small"
                type="time"
                label={translate("agenda.windows.until")}
                value={row.endTime}
                onChange={(event) => change(index, { endTime: event.target.value })}
                error={wrong}
                slotProps={{ inputLabel: { shrink: true }, htmlInput: { name: `windows.${index}.endTime` } }}
              />
              <IconButton aria-label={translate("agenda.windows.remove")} onClick={() => setRows((current) => current.filter((_, i) => i !== index))}>
                <DeleteIcon />
              </IconButton>
            </Box>
          );
        })}
        {rows.length === 0 && <Alert severity="info">{translate("agenda.windows.none")}</Alert>}
        <Button
          startIcon={<AddIcon />}
          sx={{ mt: 1 }}
          onClick={() => setRows((current) => [...current, { weekday: current.at(-1)?.weekday ?? 1, startTime: "09:00", endTime: "13:00" }])}
        >
          {translate("agenda.windows.add")}
        </Button>
        {tried && problem && (
          <Alert severity="error" sx={{ mt: 2 }} data-testid="window-problem">
            {translate(`agenda.windows.problems.${problem.problem}`, { row: problem.index + 1, max: problem.max ?? "" })}
          </Alert>
        )}
        {error && (
          <Alert severity="error" sx={{ mt: 2 }}>
            {error}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate("ra.action.cancel")}</Button>
        <Button variant="contained" onClick={save} disabled={busy}>
          {translate("ra.action.save")}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
