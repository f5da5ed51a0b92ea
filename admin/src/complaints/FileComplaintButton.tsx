import ReportIcon from "@mui/icons-material/ReportProblemOutlined";
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, MenuItem, Stack, TextField } from "@mui/material";
import { useState } from "react";
import { useNotify, useRedirect, useTranslate } from "react-admin";
import { ComplaintKind } from "../../../server/src/domain/enums";
import { useServerAction } from "../common/useServerAction";
import { graphqlRequest } from "../dataProvider/graphqlClient";
import { FILE_COMPLAINT } from "../dataProvider/voice";

const DESCRIPTION_MAX = 2000;

/** The requesting organisation files a complaint about an assignment that was worked on. */
export const FileComplaintButton = ({ assignmentId }: { assignmentId: string }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const { run, busy, error } = useServerAction();
  const [open, setOpen] = useState(false);
  const [kind, setKind] = useState<ComplaintKind>(ComplaintKind.NO_SHOW);
  const [description, setDescription] = useState("");
  const file = async () => {
    let id = "";
    const done = await run(async () => {
      id = (await graphqlRequest(FILE_COMPLAINT, { input: { assignmentId, kind, description } })).fileComplaint.id;
    });
    if (done) {
      setOpen(false);
      notify("voice.complaints.filed", { type: "info" });
      redirect("show", "complaints", id);
    }
  };
  return (
    <>
      <Button size="small" color="warning" startIcon={<ReportIcon />} onClick={() => setOpen(true)}>
        {translate("voice.complaints.file")}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} maxWidth="sm" fullWidth aria-labelledby="complaint-title">
        <DialogTitle id="complaint-title">{translate("voice.complaints.fileTitle")}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{translate("voice.complaints.fileExplain")}</DialogContentText>
          <Stack sx={{ gap: 2 }}>
            <TextField
              select
              name="kind"
              label={translate("voice.fields.kind")}
              value={kind}
              onChange={(event) => setKind(event.target.value as ComplaintKind)}
            >
              {Object.values(ComplaintKind).map((value) => (
                <MenuItem key={value} value={value}>
                  {translate(`voice.complaintKind.${value}`)}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              multiline
              minRows={4}
              name="description"
              label={translate("voice.fields.description")}
              value={description}
              onChange={(event) => setDescription(event.target.value.slice(0, DESCRIPTION_MAX))}
            />
            {error && <Alert severity="error">{error}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{translate("ra.action.cancel")}</Button>
          <Button variant="contained" color="warning" disabled={busy || !description.trim()} onClick={file}>
            {translate("voice.complaints.file")}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
};
