import CheckIcon from "@mui/icons-material/Check";
import CloseIcon from "@mui/icons-material/Close";
import ScheduleIcon from "@mui/icons-material/Schedule";
import {
  Alert,
  Box,
  Button,
  Card,
  CardActions,
  CardContent,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Stack,
  TextField,
  Typography,
} from "@mui/material";
import { useState, type ReactNode } from "react";
import { List, useListContext, useTranslate } from "react-admin";
import { FeedbackLinkButton } from "../feedback/FeedbackLinkButton";
import { SimpleTable } from "../common/SimpleTable";
import { DECLINE_REASON_MAX } from "../../../server/src/domain/matching";
import { useDisplayLocale } from "../common/useLocalizedName";
import { matchingActions } from "../dataProvider/matching";
import { AssignmentStatusChip, Fact, formatHours, NamedChips, useFormatDateTime, useFormatDay, useTimeLeft } from "../matchRequests/common";
import { KindFacts } from "../matchRequests/KindFacts";
import { CompleteButton } from "../matchRequests/RequestActions";
import type { AssignmentRecord } from "../matchRequests/types";
import { useMatchingAction } from "../matchRequests/useMatchingAction";
import { ReferButton } from "../referrals/ReferButton";
import { HandoverLine } from "../transfers/HandoverLine";

// "Mijn voorstellen": a key person's proposals to answer, their active assignments and
// the earlier ones. A proposal says what the work is and where (the municipality), never
// who the newcomer is.

const REASON_MAX = DECLINE_REASON_MAX;

const WorkFacts = ({ assignment }: { assignment: AssignmentRecord }) => {
  const translate = useTranslate();
  const locale = useDisplayLocale();
  const formatDay = useFormatDay();
  const { request } = assignment;
  const weekly = request.kind === "CASE_SUPPORT";
  return (
    <Box sx={{ display: "grid", gridTemplateColumns: { xs: "1fr 1fr", md: "repeat(3, 1fr)" }, gap: 2 }}>
      <KindFacts record={request} />
      <Fact label="matching.fields.languages">
        <NamedChips items={request.languages} />
      </Fact>
      <Fact label="matching.fields.expertise">
        <NamedChips items={request.expertise} outlined />
      </Fact>
      {request.municipality && <Fact label="matching.fields.municipality">{request.municipality.name}</Fact>}
      {weekly && (
        <>
          <Fact label="matching.fields.hoursPerWeek">{translate("matching.hoursPerWeek", { hours: formatHours(assignment.hoursPerWeek, locale) })}</Fact>
          <Fact label="matching.fields.startsOn">{formatDay(request.startsOn)}</Fact>
          <Fact label="matching.fields.remoteAcceptable">{translate(request.remoteAcceptable ? "ra.boolean.true" : "ra.boolean.false")}</Fact>
        </>
      )}
    </Box>
  );
};

const DeclineDialog = ({ open, onClose, onDecline, busy }: { open: boolean; onClose: () => void; onDecline: (reason: string) => void; busy: boolean }) => {
  const translate = useTranslate();
  const [reason, setReason] = useState("");
  return (
    <Dialog open={open} onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="decline-title">
      <DialogTitle id="decline-title">{translate("matching.proposals.declineTitle")}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>{translate("matching.proposals.declineExplain")}</DialogContentText>
        <TextField
          autoFocus
          fullWidth
          multiline
          minRows={3}
          name="reason"
          label={translate("matching.proposals.reason")}
          value={reason}
          onChange={(event) => setReason(event.target.value.slice(0, REASON_MAX))}
          helperText={translate("matching.proposals.reasonHelp", { count: reason.length, max: REASON_MAX })}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate("ra.action.cancel")}</Button>
        <Button color="error" variant="contained" disabled={busy} onClick={() => onDecline(reason)}>
          {translate("matching.proposals.decline")}
        </Button>
      </DialogActions>
    </Dialog>
  );
};

const ProposalCard = ({ assignment }: { assignment: AssignmentRecord }) => {
  const translate = useTranslate();
  const formatDateTime = useFormatDateTime();
  const timeLeft = useTimeLeft();
  const { run, running } = useMatchingAction();
  const [declining, setDeclining] = useState(false);

  const accept = () => run(() => matchingActions.respond(assignment.id, true), "matching.proposals.accepted");
  const decline = async (reason: string) => {
    const done = await run(() => matchingActions.respond(assignment.id, false, reason), "matching.proposals.declined");
    if (done) setDeclining(false);
  };

  return (
    <Card variant="outlined" data-testid="proposal" sx={{ borderColor: "warning.light", borderWidth: 2 }}>
      <CardContent>
        <Stack direction="row" sx={{ justifyContent: "space-between", alignItems: "flex-start", gap: 1, flexWrap: "wrap", mb: 2 }}>
          <Box>
            <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
              {translate("matching.proposals.from", { organisation: assignment.request.organisation.name })}
            </Typography>
            <Typography variant="caption" color="text.secondary">
              {translate("matching.proposals.proposedAt", { date: formatDateTime(assignment.proposedAt) })}
              {assignment.proposedBecause
                ? ` · ${translate(`matching.enums.proposedBecause.${assignment.proposedBecause}`, { _: assignment.proposedBecause })}`
                : ""}
            </Typography>
          </Box>
          <Chip
            icon={<ScheduleIcon />}
            color="warning"
            variant="outlined"
            data-testid="deadline"
            label={translate("matching.proposals.deadline", { date: formatDateTime(assignment.respondBy), left: timeLeft(assignment.respondBy) })}
          />
        </Stack>
        <WorkFacts assignment={assignment} />
      </CardContent>
      <CardActions sx={{ px: 2, pb: 2, gap: 1 }}>
        <Button variant="contained" color="success" startIcon={<CheckIcon />} disabled={running} onClick={accept}>
          {translate("matching.proposals.accept")}
        </Button>
        <Button variant="outlined" color="error" startIcon={<CloseIcon />} disabled={running} onClick={() => setDeclining(true)}>
          {translate("matching.proposals.decline")}
        </Button>
      </CardActions>
      <DeclineDialog open={declining} busy={running} onClose={() => setDeclining(false)} onDecline={decline} />
    </Card>
  );
};

const ActiveCard = ({ assignment }: { assignment: AssignmentRecord }) => {
  const translate = useTranslate();
  const formatDateTime = useFormatDateTime();
  return (
    <Card variant="outlined" data-testid="active-assignment">
      <CardContent>
        <Stack direction="row" sx={{ justifyContent: "space-between", alignItems: "center", gap: 1, flexWrap: "wrap", mb: 2 }}>
          <Box>
            <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
              {translate("matching.proposals.for", { organisation: assignment.request.organisation.name })}
            </Typography>
            <Typography variant="caption" color="text.secondary">
              {translate("matching.proposals.acceptedAt", { date: formatDateTime(assignment.respondedAt) })}
            </Typography>
          </Box>
          <AssignmentStatusChip status={assignment.status} />
        </Stack>
        <WorkFacts assignment={assignment} />
        <HandoverLine assignmentId={assignment.id} handovers={assignment.handovers} />
      </CardContent>
      <CardActions sx={{ px: 2, pb: 2 }}>
        <CompleteButton assignment={{ id: assignment.id }} />
        <ReferButton assignmentId={assignment.id} />
      </CardActions>
    </Card>
  );
};

const EarlierTable = ({ assignments }: { assignments: AssignmentRecord[] }) => {
  const formatDateTime = useFormatDateTime();
  return (
    <SimpleTable
      scroll
      rows={assignments}
      rowKey={(assignment) => assignment.id}
      columns={[
        { label: "matching.fields.organisation", cell: (assignment) => assignment.request.organisation.name },
        { label: "matching.fields.municipality", cell: (assignment) => assignment.request.municipality.name },
        { label: "matching.fields.status", cell: (assignment) => <AssignmentStatusChip status={assignment.status} /> },
        { label: "matching.fields.proposedAt", cell: (assignment) => formatDateTime(assignment.proposedAt) },
        { label: "matching.fields.endedAt", cell: (assignment) => formatDateTime(assignment.endedAt ?? assignment.respondedAt) },
        // the newcomer's anonymous feedback, once the support completed (issue 19)
        {
          cell: (assignment) =>
            assignment.status === "COMPLETED" && <FeedbackLinkButton assignmentId={assignment.id} languages={assignment.request.languages} />,
        },
        {
          label: "matching.fields.endedAt",
          cell: (assignment) => (
            <>
              {formatDateTime(assignment.endedAt ?? assignment.respondedAt)}
              <HandoverLine assignmentId={assignment.id} handovers={assignment.handovers} />
            </>
          ),
        },
      ]}
    />
  );
};

const Section = ({ title, count, children }: { title: string; count: number; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box component="section">
      <Typography variant="h6" component="h2" sx={{ mb: 1.5, fontWeight: 600 }}>
        {translate(title)} <Chip size="small" label={count} sx={{ ml: 0.5 }} />
      </Typography>
      {children}
    </Box>
  );
};

const ProposalBoard = () => {
  const translate = useTranslate();
  const { data, isPending } = useListContext<AssignmentRecord>();
  if (isPending) return null;
  const all = data ?? [];
  const proposals = all.filter((a) => a.status === "PROPOSED");
  const active = all.filter((a) => a.status === "ACTIVE");
  const earlier = all.filter((a) => a.status !== "PROPOSED" && a.status !== "ACTIVE");
  return (
    <Stack sx={{ gap: 3, p: 2 }}>
      <Section title="matching.proposals.open" count={proposals.length}>
        {proposals.length === 0 ? (
          <Alert severity="info">{translate("matching.proposals.noneOpen")}</Alert>
        ) : (
          <Stack sx={{ gap: 2 }}>
            {proposals.map((assignment) => (
              <ProposalCard key={assignment.id} assignment={assignment} />
            ))}
          </Stack>
        )}
      </Section>
      <Section title="matching.proposals.active" count={active.length}>
        {active.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {translate("matching.proposals.noneActive")}
          </Typography>
        ) : (
          <Stack sx={{ gap: 2 }}>
            {active.map((assignment) => (
              <ActiveCard key={assignment.id} assignment={assignment} />
            ))}
          </Stack>
        )}
      </Section>
      {earlier.length > 0 && (
        <Section title="matching.proposals.earlier" count={earlier.length}>
          <EarlierTable assignments={earlier} />
        </Section>
      )}
      <Typography variant="caption" color="text.secondary">
        {translate("matching.proposals.privacy")}
      </Typography>
    </Stack>
  );
};

export const AssignmentList = () => {
  const translate = useTranslate();
  return (
    <List title={translate("matching.proposals.title")} exporter={false} perPage={100} pagination={false} actions={false} empty={false}>
      <ProposalBoard />
    </List>
  );
};
