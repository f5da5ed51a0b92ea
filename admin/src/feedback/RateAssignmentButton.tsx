import StarIcon from "@mui/icons-material/StarBorder";
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Rating, Stack, TextField, Typography } from "@mui/material";
import { useState } from "react";
import { useNotify, useRefresh, useTranslate } from "react-admin";
import { useServerAction } from "../common/useServerAction";
import { graphqlRequest } from "../dataProvider/graphqlClient";
import { RATE_ASSIGNMENT } from "../dataProvider/voice";

const COMMENT_MAX = 1000;

/** The requesting organisation rates a completed assignment, once; afterwards its rating is shown instead. */
export const RateAssignmentButton = ({ assignmentId, rating }: { assignmentId: string; rating: { score: number } | null | undefined }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const { run, busy, error } = useServerAction();
  const [open, setOpen] = useState(false);
  const [score, setScore] = useState<number | null>(null);
  const [comment, setComment] = useState("");
  if (rating) {
    return (
      <Typography variant="caption" data-testid="assignment-rating">
        {translate("voice.feedback.yourRating", { score: rating.score })}
      </Typography>
    );
  }
  const save = async () => {
    if (score === null) return;
    const done = await run(async () => {
      await graphqlRequest(RATE_ASSIGNMENT, { assignmentId, input: { score, comment: comment.trim() || null } });
    });
    if (done) {
      setOpen(false);
      notify("voice.feedback.rated", { type: "info" });
      refresh();
    }
  };
  return (
    <>
      <Button size="small" startIcon={<StarIcon />} onClick={() => setOpen(true)}>
        {translate("voice.feedback.rate")}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} maxWidth="sm" fullWidth aria-labelledby="rate-title">
        <DialogTitle id="rate-title">{translate("voice.feedback.rateTitle")}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{translate("voice.feedback.rateExplain")}</DialogContentText>
          <Stack sx={{ gap: 2 }}>
            <Rating name="score" value={score} onChange={(_event, value) => setScore(value)} size="large" aria-label={translate("voice.fields.score")} />
            <TextField
              multiline
              minRows={3}
              name="comment"
              label={translate("voice.fields.comment")}
              value={comment}
              onChange={(event) => setComment(event.target.value.slice(0, COMMENT_MAX))}
            />
            {error && <Alert severity="error">{error}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{translate("ra.action.cancel")}</Button>
          <Button variant="contained" disabled={busy || score === null} onClick={save}>
            {translate("ra.action.save")}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
};
