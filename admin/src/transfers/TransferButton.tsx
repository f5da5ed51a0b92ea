import ForwardIcon from "@mui/icons-material/Forward";
import {
  Alert,
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  FormControlLabel,
  MenuItem,
  TextField,
} from "@mui/material";
import { useEffect, useState } from "react";
import { useNotify, useRefresh, useTranslate } from "react-admin";
import { BusyButton } from "../common/BusyButton";
import { useServerAction } from "../common/useServerAction";
import { transferActions } from "./transfers";

type Target = Awaited<ReturnType<typeof transferActions.targets>>[number];

/**
 * "Overdragen": after the newcomer moved, the organisation hands the request to an
 * organisation near the new place, with the newcomer's consent (who and when are recorded
 * by the server; nothing about the newcomer is asked).
 */
export const TransferButton = ({ request }: { request: { id: string; caseReference: string; municipality?: { name: string } | null } }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [targets, setTargets] = useState<Target[] | null>(null);
  const [target, setTarget] = useState("");
  const [consent, setConsent] = useState(false);
  const { run, busy, error, setError } = useServerAction();

  useEffect(() => {
    if (!open) return;
    setTargets(null);
    void run(async () => setTargets(await transferActions.targets(request.id)));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, request.id]);

  const close = () => {
    setOpen(false);
    setTarget("");
    setConsent(false);
    setError(null);
  };

  const save = async () => {
    const done = await run(async () => {
      await transferActions.propose(request.id, target, consent);
    });
    if (done) {
      const name = targets?.find((t) => t.organisation.id === target)?.organisation.name ?? "";
      notify("transfers.propose.done", { type: "success", messageArgs: { organisation: name } });
      refresh();
      close();
    }
  };

  return (
    <>
      <Button size="small" startIcon={<ForwardIcon />} onClick={() => setOpen(true)} data-testid="transfer-button">
        {translate("transfers.propose.button")}
      </Button>
      <Dialog open={open} onClose={close} maxWidth="sm" fullWidth aria-labelledby="transfer-title">
        <DialogTitle id="transfer-title">{translate("transfers.propose.title", { reference: request.caseReference })}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{translate("transfers.propose.explain", { municipality: request.municipality?.name ?? "" })}</DialogContentText>
          {targets && targets.length === 0 && <Alert severity="info">{translate("transfers.propose.noTargets")}</Alert>}
          {targets && targets.length > 0 && (
            <TextField
              select
              fullWidth
              label={translate("transfers.propose.organisation")}
              value={target}
              onChange={(event) => setTarget(event.target.value)}
              slotProps={{ select: { SelectDisplayProps: { "data-testid": "transfer-target" } as object } }}
            >
              {targets.map((t) => (
                <MenuItem key={t.organisation.id} value={t.organisation.id}>
                  {translate("transfers.propose.targetLine", { name: t.organisation.name, km: t.distanceKm })}
                </MenuItem>
              ))}
            </TextField>
          )}
          <FormControlLabel
            sx={{ mt: 2 }}
            control={<Checkbox checked={consent} onChange={(event) => setConsent(event.target.checked)} data-testid="transfer-consent" />}
            label={translate("transfers.propose.consent")}
          />
          {error && (
            <Alert severity="error" sx={{ mt: 2 }}>
              {error}
            </Alert>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={close}>{translate("ra.action.cancel")}</Button>
          <BusyButton busy={busy} icon={<ForwardIcon />} onClick={save} disabled={!target || !consent} data-testid="transfer-save">
            {translate("transfers.propose.save")}
          </BusyButton>
        </DialogActions>
      </Dialog>
    </>
  );
};
