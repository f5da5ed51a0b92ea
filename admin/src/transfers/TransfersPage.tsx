import CheckIcon from "@mui/icons-material/Check";
import CloseIcon from "@mui/icons-material/Close";
import UndoIcon from "@mui/icons-material/Undo";
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from "@mui/material";
import { useCallback, useEffect, useState } from "react";
import { Title, useNotify, usePermissions, useTranslate } from "react-admin";
import { Link } from "react-router";
import { TransferDeclineReason } from "../../../server/src/domain/enums";
import { MAX_TRANSFER_NOTE } from "../../../server/src/domain/transfers";
import { BusyButton } from "../common/BusyButton";
import { formatMoment } from "../common/dates";
import { useDisplayLocale } from "../common/useLocalizedName";
import { useServerAction } from "../common/useServerAction";
import type { Permissions } from "../types";
import { transferActions, type TransferRow } from "./transfers";

const STATE_COLOURS = { PENDING: "warning", ACCEPTED: "success", DECLINED: "default", WITHDRAWN: "default" } as const;

/** The receiving organisation declines with a reason code and an optional note. */
const DeclineDialog = ({ transfer, onClose, onDone }: { transfer: TransferRow; onClose: () => void; onDone: () => void }) => {
  const translate = useTranslate();
  const [reason, setReason] = useState<TransferDeclineReason | "">("");
  const [note, setNote] = useState("");
  const { run, busy, error } = useServerAction();
  const save = async () => {
    if (!reason) return;
    if (await run(async () => void (await transferActions.decline(transfer.id, reason, note)))) onDone();
  };
  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="decline-title">
      <DialogTitle id="decline-title">{translate("transfers.decline.title", { reference: transfer.caseReference })}</DialogTitle>
      <DialogContent>
        <TextField
          select
          fullWidth
          sx={{ mt: 1 }}
          label={translate("transfers.decline.reason")}
          value={reason}
          onChange={(event) => setReason(event.target.value as TransferDeclineReason)}
          slotProps={{ select: { SelectDisplayProps: { "data-testid": "decline-reason" } as object } }}
        >
          {Object.values(TransferDeclineReason).map((code) => (
            <MenuItem key={code} value={code}>
              {translate(`transfers.reasons.${code}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          fullWidth
          multiline
          minRows={2}
          sx={{ mt: 2 }}
          label={translate("transfers.decline.note")}
          helperText={translate("transfers.decline.noteHelp")}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          slotProps={{ htmlInput: { maxLength: MAX_TRANSFER_NOTE } }}
        />
        {error && (
          <Alert severity="error" sx={{ mt: 2 }}>
            {error}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate("ra.action.cancel")}</Button>
        <BusyButton busy={busy} icon={<CloseIcon />} color="warning" onClick={save} disabled={!reason} data-testid="decline-save">
          {translate("transfers.decline.save")}
        </BusyButton>
      </DialogActions>
    </Dialog>
  );
};

/**
 * "Overdrachten": the transfers offered to the organisation (accept, or decline with a
 * reason) and the ones it proposed (withdraw while they wait); coordinators see those in
 * their scope, read-only.
 */
export const TransfersPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const locale = useDisplayLocale();
  const { permissions } = usePermissions<Permissions | null>();
  const own = permissions?.organisationId ? String(permissions.organisationId) : null;
  const [rows, setRows] = useState<TransferRow[] | null>(null);
  const [declining, setDeclining] = useState<TransferRow | null>(null);
  const { run, busy, error } = useServerAction();

  const load = useCallback(async () => {
    setRows((await transferActions.list({})).items);
  }, []);
  useEffect(() => {
    void run(load);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [load]);

  const act = async (work: () => Promise<unknown>, message: string, args: Record<string, unknown>) => {
    if (
      await run(async () => {
        await work();
        await load();
      })
    )
      notify(message, { type: "success", messageArgs: args });
  };

  const section = (title: string, items: TransferRow[], testId: string) => (
    <Card variant="outlined" data-testid={testId} key={testId} sx={{ minWidth: 0 }}>
      <CardContent>
        <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
          {translate(title)}
        </Typography>
        {items.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {translate("transfers.page.none")}
          </Typography>
        ) : (
          <Box sx={{ overflowX: "auto", maxWidth: "100%" }}>
            <Table size="small" sx={{ "& td, & th": { px: 1, verticalAlign: "top" } }}>
              <TableHead>
                <TableRow>
                  <TableCell>{translate("transfers.fields.caseReference")}</TableCell>
                  <TableCell>{translate("transfers.fields.from")}</TableCell>
                  <TableCell>{translate("transfers.fields.to")}</TableCell>
                  <TableCell>{translate("transfers.fields.what")}</TableCell>
                  <TableCell>{translate("transfers.fields.state")}</TableCell>
                  <TableCell />
                </TableRow>
              </TableHead>
              <TableBody>
                {items.map((t) => {
                  const incoming = own !== null && t.toOrganisation.id === own;
                  const outgoing = own !== null && t.fromOrganisation.id === own;
                  const languages = t.languages.map((l) => (locale.startsWith("nl") ? l.nameNl : l.name)).join(", ");
                  return (
                    <TableRow key={t.id} data-testid={`transfer-${t.id}`}>
                      <TableCell>
                        {(incoming && t.state === "ACCEPTED") || (outgoing && t.state !== "ACCEPTED") ? (
                          <Link to={`/matchRequests/${t.requestId}/show`}>{t.caseReference}</Link>
                        ) : (
                          t.caseReference
                        )}
                      </TableCell>
                      <TableCell>{t.fromOrganisation.name}</TableCell>
                      <TableCell>{t.toOrganisation.name}</TableCell>
                      <TableCell>
                        <div>
                          {translate("transfers.fields.whatLine", {
                            municipality: t.municipality.name,
                            kind: translate(`matching.enums.kind.${t.requestKind}`),
                            hours: t.hoursPerWeek,
                          })}
                        </div>
                        <div>{languages}</div>
                        <Typography variant="caption" color="text.secondary">
                          {translate("transfers.fields.proposedLine", { date: formatMoment(t.createdAt, locale), consent: formatMoment(t.consentAt, locale) })}
                        </Typography>
                      </TableCell>
                      <TableCell>
                        <Chip size="small" color={STATE_COLOURS[t.state]} label={translate(`transfers.states.${t.state}`)} data-testid="transfer-state" />
                        {t.effectiveOn && <div>{translate("transfers.fields.effectiveLine", { date: formatMoment(t.effectiveOn, locale, false) })}</div>}
                        {t.declineReason && <div>{translate(`transfers.reasons.${t.declineReason}`)}</div>}
                        {t.declineNote && <Typography variant="caption">{t.declineNote}</Typography>}
                      </TableCell>
                      <TableCell>
                        {t.state === "PENDING" && incoming && (
                          <Stack direction="row" sx={{ gap: 1 }}>
                            <Button
                              size="small"
                              variant="contained"
                              startIcon={<CheckIcon />}
                              disabled={busy}
                              data-testid="transfer-accept"
                              onClick={() => act(() => transferActions.accept(t.id), "transfers.accept.done", { reference: t.caseReference })}
                            >
                              {translate("transfers.accept.button")}
                            </Button>
                            <Button
                              size="small"
                              color="warning"
                              startIcon={<CloseIcon />}
                              disabled={busy}
                              onClick={() => setDeclining(t)}
                              data-testid="transfer-decline"
                            >
                              {translate("transfers.decline.button")}
                            </Button>
                          </Stack>
                        )}
                        {t.state === "PENDING" && outgoing && (
                          <Button
                            size="small"
                            startIcon={<UndoIcon />}
                            disabled={busy}
                            onClick={() => act(() => transferActions.withdraw(t.id), "transfers.withdraw.done", { reference: t.caseReference })}
                          >
                            {translate("transfers.withdraw.button")}
                          </Button>
                        )}
                      </TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </Box>
        )}
      </CardContent>
    </Card>
  );

  return (
    <Box sx={{ p: 2, maxWidth: "calc(100vw - 16px)", minWidth: 0 }}>
      <Title title={translate("transfers.page.title")} />
      <Stack sx={{ gap: 2 }}>
        <Typography variant="body2" color="text.secondary">
          {translate("transfers.page.explain")}
        </Typography>
        {error && <Alert severity="error">{error}</Alert>}
        {rows &&
          (own
            ? [
                section(
                  "transfers.page.incoming",
                  rows.filter((t) => t.toOrganisation.id === own),
                  "incoming-transfers",
                ),
                section(
                  "transfers.page.outgoing",
                  rows.filter((t) => t.fromOrganisation.id === own),
                  "outgoing-transfers",
                ),
              ]
            : section("transfers.page.all", rows, "all-transfers"))}
      </Stack>
      {declining && (
        <DeclineDialog
          transfer={declining}
          onClose={() => setDeclining(null)}
          onDone={() => {
            notify("transfers.decline.done", { type: "success", messageArgs: { reference: declining.caseReference } });
            setDeclining(null);
            void run(load);
          }}
        />
      )}
    </Box>
  );
};
