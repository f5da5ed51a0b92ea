import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from "@mui/material";
import { useState } from "react";
import { Datagrid, FunctionField, List, SelectInput, useNotify, usePermissions, useRefresh, useTranslate } from "react-admin";
import { useServerAction } from "../common/useServerAction";
import { graphqlRequest } from "../dataProvider/graphqlClient";
import { CLOSE_FLAG } from "../dataProvider/voice";
import type { OrganisationFlagListQuery } from "../gql/graphql";
import { useFormatDateTime } from "../matchRequests/common";
import type { Permissions } from "../types";

type Flag = OrganisationFlagListQuery["result"]["items"][number];

const CloseFlagButton = ({ flag }: { flag: Flag }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const { run, busy, error } = useServerAction();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState("");
  if (flag.closedAt) return null;
  const close = async () => {
    if (await run(async () => void (await graphqlRequest(CLOSE_FLAG, { id: flag.id, note })))) {
      setOpen(false);
      notify("voice.flags.closed", { type: "info" });
      refresh();
    }
  };
  return (
    <>
      <Button
        size="small"
        onClick={(event) => {
          event.stopPropagation();
          setOpen(true);
        }}
      >
        {translate("voice.flags.close")}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} maxWidth="sm" fullWidth aria-labelledby="close-flag-title">
        <DialogTitle id="close-flag-title">{translate(`voice.flagKind.${flag.kind}`)}</DialogTitle>
        <DialogContent>
          <TextField
            fullWidth
            multiline
            minRows={3}
            sx={{ mt: 1 }}
            name="note"
            label={translate("voice.fields.note")}
            value={note}
            onChange={(e) => setNote(e.target.value.slice(0, 1000))}
          />
          {error && <Alert severity="error">{error}</Alert>}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{translate("ra.action.cancel")}</Button>
          <Button variant="contained" disabled={busy || !note.trim()} onClick={close}>
            {translate("voice.flags.close")}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
};

export const OrganisationFlagList = () => {
  const translate = useTranslate();
  const formatDateTime = useFormatDateTime();
  const { permissions } = usePermissions<Permissions | null>();
  const coordinator = permissions?.role === "COORDINATOR" || permissions?.role === "REGIONAL_COORDINATOR";
  const filters = [
    <SelectInput
      key="open"
      source="open"
      label="voice.fields.state"
      alwaysOn
      choices={[
        { id: "true", name: translate("voice.flags.open") },
        { id: "false", name: translate("voice.fields.closedAt") },
      ]}
    />,
  ];
  return (
    <List title={translate("voice.flags.title")} filters={filters} filterDefaultValues={{ open: "true" }} exporter={false}>
      <Datagrid bulkActionButtons={false} rowClick={false} empty={<p>{translate("voice.flags.none")}</p>}>
        <FunctionField label="voice.fields.flaggedAt" render={(f: Flag) => formatDateTime(f.flaggedAt)} />
        <FunctionField label="voice.fields.organisation" render={(f: Flag) => f.organisation?.name ?? ""} />
        <FunctionField label="voice.fields.kind" render={(f: Flag) => translate(`voice.flagKind.${f.kind}`)} />
        <FunctionField label="voice.fields.note" render={(f: Flag) => f.note ?? ""} />
        {coordinator && <FunctionField label="voice.fields.keyPerson" render={(f: Flag) => f.keyPersonName ?? ""} />}
        <FunctionField label="voice.fields.closedAt" render={(f: Flag) => (f.closedAt ? `${formatDateTime(f.closedAt)}: ${f.closingNote ?? ""}` : "")} />
        {coordinator && <FunctionField render={(f: Flag) => <CloseFlagButton flag={f} />} />}
      </Datagrid>
    </List>
  );
};
