import { Alert, Box, Button, Card, CardContent, MenuItem, Stack, TextField, Typography } from "@mui/material";
import { useState, type ReactNode } from "react";
import { Link, Show, useNotify, usePermissions, useRecordContext, useRefresh, useTranslate } from "react-admin";
import { ComplaintDecision } from "../../../server/src/domain/enums";
import { COMPLAINT_RESPONSE_DAYS } from "../../../server/src/domain/voice";
import { useServerAction } from "../common/useServerAction";
import { graphqlRequest } from "../dataProvider/graphqlClient";
import { DECIDE_COMPLAINT, RESPOND_TO_COMPLAINT } from "../dataProvider/voice";
import type { ComplaintFieldsFragment } from "../gql/graphql";
import { useFormatDateTime, useFormatDay } from "../matchRequests/common";
import type { Permissions } from "../types";
import { ComplaintStateChip } from "./ComplaintList";

const TEXT_MAX = 2000;

const Line = ({ label, children }: { label: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ mb: 1.5 }}>
      <Typography variant="caption" color="text.secondary" component="div">
        {translate(label)}
      </Typography>
      <Typography variant="body1" component="div" sx={{ whiteSpace: "pre-wrap" }}>
        {children}
      </Typography>
    </Box>
  );
};

/** The key person responds once, while the complaint is open. */
const RespondForm = ({ complaint }: { complaint: ComplaintFieldsFragment }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const { run, busy, error } = useServerAction();
  const [response, setResponse] = useState("");
  const send = async () => {
    if (await run(async () => void (await graphqlRequest(RESPOND_TO_COMPLAINT, { id: complaint.id, response })))) {
      notify("voice.complaints.responded", { type: "info" });
      refresh();
    }
  };
  return (
    <Stack sx={{ gap: 1.5 }} data-testid="respond-form">
      <Typography variant="body2">{translate("voice.complaints.respondExplain")}</Typography>
      <TextField
        multiline
        minRows={3}
        name="response"
        label={translate("voice.fields.response")}
        value={response}
        onChange={(e) => setResponse(e.target.value.slice(0, TEXT_MAX))}
      />
      {error && <Alert severity="error">{error}</Alert>}
      <Box>
        <Button variant="contained" disabled={busy || !response.trim()} onClick={send}>
          {translate("voice.complaints.respond")}
        </Button>
      </Box>
    </Stack>
  );
};

/** A coordinator upholds or dismisses, with an explanation both sides read. */
const DecideForm = ({ complaint }: { complaint: ComplaintFieldsFragment }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const { run, busy, error } = useServerAction();
  const [decision, setDecision] = useState<ComplaintDecision>(ComplaintDecision.UPHELD);
  const [note, setNote] = useState("");
  const decide = async () => {
    if (await run(async () => void (await graphqlRequest(DECIDE_COMPLAINT, { id: complaint.id, input: { decision, note } })))) {
      notify("voice.complaints.decided", { type: "info" });
      refresh();
    }
  };
  return (
    <Stack sx={{ gap: 1.5 }} data-testid="decide-form">
      <TextField
        select
        name="decision"
        label={translate("voice.fields.decision")}
        value={decision}
        onChange={(e) => setDecision(e.target.value as ComplaintDecision)}
      >
        <MenuItem value="UPHELD">{translate("voice.complaints.upheld")}</MenuItem>
        <MenuItem value="DISMISSED">{translate("voice.complaints.dismissed")}</MenuItem>
      </TextField>
      <TextField
        multiline
        minRows={3}
        name="note"
        label={translate("voice.fields.decisionNote")}
        value={note}
        onChange={(e) => setNote(e.target.value.slice(0, TEXT_MAX))}
      />
      {error && <Alert severity="error">{error}</Alert>}
      <Box>
        <Button variant="contained" disabled={busy || !note.trim()} onClick={decide}>
          {translate("voice.complaints.decide")}
        </Button>
      </Box>
    </Stack>
  );
};

const ComplaintDetails = () => {
  const complaint = useRecordContext<ComplaintFieldsFragment & { id: string }>();
  const translate = useTranslate();
  const formatDateTime = useFormatDateTime();
  const formatDay = useFormatDay();
  const { permissions } = usePermissions<Permissions | null>();
  if (!complaint) return null;
  const role = permissions?.role;
  const open = complaint.state === "OPEN" || complaint.state === "RESPONDED";
  const respondBy = new Date(new Date(complaint.filedAt).getTime() + COMPLAINT_RESPONSE_DAYS * 86_400_000).toISOString().slice(0, 10);
  const request = complaint.assignment.request;
  return (
    <Stack sx={{ gap: 2, p: 2 }}>
      <Card variant="outlined">
        <CardContent>
          <Stack direction="row" sx={{ justifyContent: "space-between", mb: 2, gap: 1, flexWrap: "wrap" }}>
            <Typography variant="h6" component="h2">
              {translate(`voice.complaintKind.${complaint.kind}`)}
            </Typography>
            <ComplaintStateChip state={complaint.state} />
          </Stack>
          <Line label="voice.fields.filedAt">{formatDateTime(complaint.filedAt)}</Line>
          <Line label="voice.fields.keyPerson">{complaint.assignment.keyPerson.displayName}</Line>
          <Line label="voice.fields.organisation">{request.organisation.name}</Line>
          <Line label="voice.fields.request">
            {role === "KEY_PERSON" ? request.caseReference : <Link to={`/matchRequests/${request.id}/show`}>{request.caseReference}</Link>}
          </Line>
          <Line label="voice.fields.description">{complaint.description}</Line>
          <Line label="voice.fields.response">{complaint.response ?? translate("voice.complaints.noResponse")}</Line>
          {complaint.decidedAt && (
            <Line label="voice.fields.decisionNote">
              {formatDateTime(complaint.decidedAt)}: {complaint.decisionNote}
            </Line>
          )}
        </CardContent>
      </Card>
      {complaint.state === "OPEN" && <Alert severity="info">{translate("voice.complaints.waiting", { date: formatDay(respondBy) })}</Alert>}
      {role === "KEY_PERSON" && complaint.state === "OPEN" && <RespondForm complaint={complaint} />}
      {(role === "COORDINATOR" || role === "REGIONAL_COORDINATOR") && open && <DecideForm complaint={complaint} />}
    </Stack>
  );
};

const ComplaintTitle = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  return <span>{translate("voice.complaints.show", { id: record?.id ?? "" })}</span>;
};

export const ComplaintShow = () => (
  <Show title={<ComplaintTitle />} actions={false}>
    <ComplaintDetails />
  </Show>
);
