import CheckIcon from "@mui/icons-material/Check";
import CloseIcon from "@mui/icons-material/Close";
import { Button, CircularProgress, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from "@mui/material";
import { useState } from "react";
import { useDataProvider, useListContext, useNotify, useRefresh, useTranslate, type RaRecord } from "react-admin";
import { MAX_REVIEW_REASON } from "../../../server/src/domain/allowance";
import { errorText } from "../common/wordReason";
import { useDisplayLocale } from "../common/useLocalizedName";

const MAX_REASON = MAX_REVIEW_REASON;

export interface ReviewFailure {
  id: RaRecord["id"];
  what: string;
  message: string;
}

interface BulkReviewButtonsProps {
  /** how a failed item is named in the message, e.g. "Amal, 3 Nov, 2 h" */
  describe: (record: RaRecord) => string;
  onFailures: (failures: ReviewFailure[]) => void;
}

/**
 * Approve, or reject with one reason, every selected item: one review call each, in
 * turn, so one refusal (such as the allowance cap) does not stop the others and is
 * reported with the server's reason.
 */
export const BulkReviewButtons = ({ describe, onFailures }: BulkReviewButtonsProps) => {
  const { selectedIds, data, resource, onSelect } = useListContext();
  const dataProvider = useDataProvider();
  const translate = useTranslate();
  const locale = useDisplayLocale();
  const notify = useNotify();
  const refresh = useRefresh();
  const [running, setRunning] = useState<"approve" | "reject" | null>(null);
  const [dialogOpen, setDialogOpen] = useState(false);
  const [reason, setReason] = useState("");

  const review = async (approve: boolean) => {
    setRunning(approve ? "approve" : "reject");
    onFailures([]);
    const byId = new Map((data ?? []).map((record) => [record.id, record]));
    const failures: ReviewFailure[] = [];
    let done = 0;
    for (const id of selectedIds) {
      const record = byId.get(id);
      try {
        await dataProvider.update(resource, { id, data: { approve, reason: approve ? null : reason }, previousData: record ?? { id } });
        done++;
      } catch (error) {
        failures.push({
          id,
          what: record ? describe(record) : String(id),
          message: errorText(error, { translate, locale }),
        });
      }
    }
    setRunning(null);
    setDialogOpen(false);
    setReason("");
    onFailures(failures);
    if (done > 0) {
      notify(approve ? "compensation.review.approved" : "compensation.review.rejected", { type: "success", messageArgs: { smart_count: done } });
    }
    // the refused ones stay selected, so they can be rejected at once
    onSelect(failures.map((failure) => failure.id));
    refresh();
  };

  const reasonMissing = reason.trim() === "";

  return (
    <>
      <Button
        size="small"
        color="success"
        variant="contained"
        startIcon={running === "approve" ? <CircularProgress size={14} color="inherit" /> : <CheckIcon />}
        disabled={running !== null}
        onClick={() => review(true)}
        sx={{ mr: 1 }}
      >
        {translate("compensation.review.approve")}
      </Button>
      <Button size="small" color="error" variant="outlined" startIcon={<CloseIcon />} disabled={running !== null} onClick={() => setDialogOpen(true)}>
        {translate("compensation.review.reject")}
      </Button>
      <Dialog open={dialogOpen} onClose={() => running === null && setDialogOpen(false)} fullWidth maxWidth="sm">
        <DialogTitle>{translate("compensation.review.rejectTitle", { smart_count: selectedIds.length })}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{translate("compensation.review.reasonHelp")}</DialogContentText>
          <TextField
            autoFocus
            fullWidth
            multiline
            minRows={2}
            required
            label={translate("compensation.review.reasonLabel")}
            value={reason}
            onChange={(event) => setReason(event.target.value.slice(0, MAX_REASON))}
            slotProps={{ htmlInput: { name: "reason", maxLength: MAX_REASON } }}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setDialogOpen(false)} disabled={running !== null}>
            {translate("ra.action.cancel")}
          </Button>
          <Button
            color="error"
            variant="contained"
            disabled={reasonMissing || running !== null}
            onClick={() => review(false)}
            startIcon={running === "reject" ? <CircularProgress size={14} color="inherit" /> : <CloseIcon />}
          >
            {translate("compensation.review.reject")}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
};
