import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
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
import { useState } from "react";
import { Link } from "react-router";
import { ListButton, Loading, Show, TopToolbar, useRecordContext, useTranslate } from "react-admin";
import * as Domain from "../../../server/src/domain/referrals";
import { useLocalizedName } from "../common/useLocalizedName";
import { referralActions } from "../dataProvider/referrals";
import type { ReferralAction, ReferralDeclineReason } from "../gql/graphql";
import { Fact, useFormatDateTime } from "../matchRequests/common";
import { useMatchingAction } from "../matchRequests/useMatchingAction";
import { ReferralStateChip, useSharedWords, type ReferralRecord } from "./common";

/** The actions the viewer may take now: the domain's own table (server/src/domain/referrals.ts). */
const actionsFor = (record: ReferralRecord): ReferralAction[] =>
  (Object.values(Domain.ReferralAction) as ReferralAction[]).filter(
    (action) =>
      Domain.referralTransitionRefusal(record.state as Domain.ReferralState, action as Domain.ReferralAction, record.mySides as Domain.ReferralSide[]) === null,
  );

const ActionDialog = ({ record, action, onClose }: { record: ReferralRecord; action: ReferralAction; onClose: () => void }) => {
  const translate = useTranslate();
  const { run, running } = useMatchingAction();
  const [note, setNote] = useState("");
  const [reason, setReason] = useState<ReferralDeclineReason | "">("");
  const declining = action === "DECLINE";
  const submit = async () => {
    const done = await run(
      () => referralActions.act(record.id, action, note, declining ? (reason as ReferralDeclineReason) || null : null),
      "referrals.actions.done",
    );
    if (done) onClose();
  };
  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="referral-action-title">
      <DialogTitle id="referral-action-title">{translate(`referrals.actions.${action}`)}</DialogTitle>
      <DialogContent>
        <Stack sx={{ gap: 2, pt: 1 }}>
          {declining && (
            <TextField
              select
              name="declineReason"
              label={translate("referrals.fields.declineReason")}
              value={reason}
              onChange={(event) => setReason(event.target.value as ReferralDeclineReason)}
            >
              {Object.values(Domain.ReferralDeclineReason).map((value) => (
                <MenuItem key={value} value={value}>
                  {translate(`referrals.enums.declineReason.${value}`)}
                </MenuItem>
              ))}
            </TextField>
          )}
          <TextField
            name="note"
            label={translate("referrals.actions.noteLabel")}
            value={note}
            onChange={(event) => setNote(event.target.value.replace(/[\r\n]/g, " ").slice(0, Domain.REFERRAL_NOTE_MAX))}
          />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate("ra.action.cancel")}</Button>
        <Button variant="contained" disabled={running || (declining && !reason)} onClick={submit} data-testid="referral-action-confirm">
          {translate("referrals.actions.confirm")}
        </Button>
      </DialogActions>
    </Dialog>
  );
};

const ReferralActions = ({ record }: { record: ReferralRecord }) => {
  const translate = useTranslate();
  const [open, setOpen] = useState<ReferralAction | null>(null);
  const actions = actionsFor(record);
  const canReroute = record.needsRerouting && record.mySides.includes("REFERRER");
  if (!actions.length && !canReroute) return null;
  return (
    <Stack direction="row" sx={{ gap: 1, flexWrap: "wrap" }}>
      {canReroute && (
        <Button variant="contained" color="warning" component={Link} to={`/referrals/${record.id}/reroute`} data-testid="referral-reroute">
          {translate("referrals.reroute")}
        </Button>
      )}
      {actions.map((action) => (
        <Button
          key={action}
          variant={action === "ACCEPT" ? "contained" : "outlined"}
          color={action === "DECLINE" || action === "WITHDRAW" ? "error" : "primary"}
          onClick={() => setOpen(action)}
          data-testid={`referral-action-${action}`}
        >
          {translate(`referrals.actions.${action}`)}
        </Button>
      ))}
      {open && <ActionDialog record={record} action={open} onClose={() => setOpen(null)} />}
    </Stack>
  );
};

const History = ({ record }: { record: ReferralRecord }) => {
  const translate = useTranslate();
  const formatDateTime = useFormatDateTime();
  return (
    <Table size="small" data-testid="referral-history">
      <TableHead>
        <TableRow>
          <TableCell>{translate("referrals.fields.at")}</TableCell>
          <TableCell>{translate("referrals.fields.action")}</TableCell>
          <TableCell>{translate("referrals.fields.side")}</TableCell>
          <TableCell>{translate("referrals.fields.note")}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {record.events.map((event) => (
          <TableRow key={event.id}>
            <TableCell>{formatDateTime(event.at)}</TableCell>
            <TableCell>{translate(`referrals.enums.action.${event.action}`, { _: event.action })}</TableCell>
            <TableCell>{translate(`referrals.enums.side.${event.side}`, { _: event.side })}</TableCell>
            <TableCell>{event.note ?? ""}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

const ReferralPage = () => {
  const record = useRecordContext<ReferralRecord>();
  const translate = useTranslate();
  const { nameOf } = useLocalizedName();
  const formatDateTime = useFormatDateTime();
  const sharedWords = useSharedWords();
  if (!record?.events) return <Loading />;
  return (
    <Stack sx={{ gap: 2, p: 2 }}>
      {record.needsRerouting && (
        <Alert severity="warning" data-testid="referral-needs-rerouting">
          {translate("referrals.needsReroutingHelp")}
        </Alert>
      )}
      {record.reroutedToId && (
        <Alert severity="info">
          <Link to={`/referrals/${record.reroutedToId}/show`}>{translate("referrals.reroutedTo", { id: record.reroutedToId })}</Link>
        </Alert>
      )}
      <Card variant="outlined">
        <CardContent>
          <Stack direction="row" sx={{ justifyContent: "space-between", alignItems: "center", gap: 1, flexWrap: "wrap", mb: 2 }}>
            <Typography variant="h6">{record.careService.name}</Typography>
            <ReferralStateChip state={record.state} />
          </Stack>
          <Box sx={{ display: "grid", gridTemplateColumns: { xs: "1fr", sm: "1fr 1fr", md: "repeat(3, 1fr)" }, gap: 2, mb: 2 }}>
            <Fact label="referrals.fields.serviceOrganisation">{record.serviceOrganisation?.name ?? "–"}</Fact>
            <Fact label="referrals.fields.referringOrganisation">{record.referringOrganisation?.name ?? "–"}</Fact>
            {record.caseReference && <Fact label="referrals.fields.caseReference">{record.caseReference}</Fact>}
            <Fact label="referrals.fields.topic">{record.topic ? nameOf(record.topic) : "–"}</Fact>
            <Fact label="referrals.fields.municipality">{record.municipality?.name ?? "–"}</Fact>
            <Fact label="referrals.fields.language">{record.language ? nameOf(record.language) : "–"}</Fact>
            <Fact label="referrals.fields.shared">{sharedWords(record)}</Fact>
            <Fact label="referrals.fields.consentAt">{formatDateTime(record.consentAt)}</Fact>
            {record.note && <Fact label="referrals.fields.note">{record.note}</Fact>}
            {record.declineReason && (
              <Fact label="referrals.fields.declineReason">
                {translate(`referrals.enums.declineReason.${record.declineReason}`)}
                {record.declineNote ? ` – ${record.declineNote}` : ""}
              </Fact>
            )}
          </Box>
          <ReferralActions record={record} />
        </CardContent>
      </Card>
      <Card variant="outlined">
        <CardContent>
          <Typography variant="subtitle1" sx={{ mb: 1 }}>
            {translate("referrals.fields.history")}
          </Typography>
          <History record={record} />
        </CardContent>
      </Card>
    </Stack>
  );
};

const Actions = () => (
  <TopToolbar>
    <ListButton />
  </TopToolbar>
);

export const ReferralShow = () => (
  <Show actions={<Actions />} title="referrals.title" component="div">
    <ReferralPage />
  </Show>
);
