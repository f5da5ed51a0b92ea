import { RateAssignmentButton } from "../feedback/RateAssignmentButton";
import { FileComplaintButton } from "../complaints/FileComplaintButton";
import { Alert, AlertTitle, Box, Card, CardContent, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from "@mui/material";
import { useState, type ReactNode } from "react";
import { ListButton, Loading, Show, TopToolbar, useGetList, usePermissions, useRecordContext, useTranslate } from "react-admin";
import { useDisplayLocale } from "../common/useLocalizedName";
import { CANDIDATE_LIMIT } from "../dataProvider/matching";
import { LazyCandidatesMap } from "../map/lazy";
import type { Permissions } from "../types";
import { CandidateList } from "./CandidateList";
import { AssignmentStatusChip, ExclusionChips, Fact, formatHours, NamedChips, RequestStatusChip, useFormatDateTime, useFormatDay, useTimeLeft } from "./common";
import { KindFacts } from "./KindFacts";
import { isRequestKind, KIND_FIELDS } from "./kinds";
import { CancelRequestButton, CompleteButton, RelocateButton } from "./RequestActions";
import { ReferButton } from "../referrals/ReferButton";
import { HandoverLine } from "../transfers/HandoverLine";
import { TransferButton } from "../transfers/TransferButton";
import { RequestTransfersPanel } from "../transfers/RequestTransfersPanel";
import type { AssignmentOnRequest, CandidateRecord, MatchRequestRecord } from "./types";

const field = (name: string) => `matching.fields.${name}`;

const Panel = ({ title, action, children, testId }: { title: string; action?: ReactNode; children: ReactNode; testId?: string }) => {
  const translate = useTranslate();
  return (
    <Card variant="outlined" data-testid={testId}>
      <CardContent>
        <Stack direction="row" sx={{ alignItems: "center", justifyContent: "space-between", mb: 1.5, gap: 1 }}>
          <Typography variant="subtitle1" sx={{ fontWeight: 600, color: "primary.main" }}>
            {translate(title)}
          </Typography>
          {action}
        </Stack>
        {children}
      </CardContent>
    </Card>
  );
};

const RequestDetails = ({ request }: { request: MatchRequestRecord }) => {
  const translate = useTranslate();
  const locale = useDisplayLocale();
  const formatDay = useFormatDay();
  const formatDateTime = useFormatDateTime();
  const yesNo = (value: boolean) => translate(value ? "ra.boolean.true" : "ra.boolean.false");
  const { weekly, preferences } = KIND_FIELDS[isRequestKind(request.kind) ? request.kind : "CASE_SUPPORT"];
  const background =
    request.backgroundPreference === "NO_PREFERENCE"
      ? translate("matching.enums.noPreference")
      : `${translate(`matching.enums.background.${request.backgroundPreference}`)}${request.newcomerOrigin ? ` (${request.newcomerOrigin})` : ""}`;
  return (
    <Box sx={{ display: "grid", gridTemplateColumns: { xs: "1fr 1fr", md: "repeat(3, 1fr)" }, gap: 2 }}>
      <KindFacts record={request} />
      <Fact label={field("languages")}>
        <NamedChips items={request.languages} />
      </Fact>
      <Fact label={field("expertise")}>
        <NamedChips items={request.expertise} outlined />
      </Fact>
      {request.municipality && (
        <Fact label={field("municipality")}>
          {request.municipality.name}
          {request.municipality.province ? `, ${request.municipality.province}` : ""}
        </Fact>
      )}
      {weekly && (
        <>
          <Fact label={field("hoursPerWeek")}>{translate("matching.hoursPerWeek", { hours: formatHours(request.hoursPerWeek, locale) })}</Fact>
          <Fact label={field("startsOn")}>{formatDay(request.startsOn)}</Fact>
          <Fact label={field("remoteAcceptable")}>{yesNo(request.remoteAcceptable)}</Fact>
        </>
      )}
      {preferences && (
        <>
          <Fact label={field("preferredGender")}>
            {request.preferredGender ? translate(`app.enums.gender.${request.preferredGender}`) : translate("matching.enums.noPreference")}
          </Fact>
          <Fact label={field("backgroundPreference")}>{background}</Fact>
        </>
      )}
      <Fact label={field("funding")}>{translate(`matching.enums.funding.${request.funding}`)}</Fact>
      <Fact label={field("autoEscalate")}>{yesNo(request.autoEscalate)}</Fact>
      <Fact label={field("organisation")}>{request.organisation.name}</Fact>
      <Fact label={field("createdAt")}>{formatDateTime(request.createdAt)}</Fact>
    </Box>
  );
};

/** When it was proposed, by whom, and the answer (or the deadline for it). */
const AssignmentTimeline = ({ assignment }: { assignment: AssignmentOnRequest }) => {
  const translate = useTranslate();
  const formatDateTime = useFormatDateTime();
  const timeLeft = useTimeLeft();
  const by = assignment.proposedBecause
    ? translate(`matching.enums.proposedBecause.${assignment.proposedBecause}`, { _: assignment.proposedBecause })
    : translate("matching.enums.proposedBecause.MANUAL");
  return (
    <Box sx={{ typography: "body2" }}>
      <div>{translate("matching.assignments.proposedLine", { date: formatDateTime(assignment.proposedAt), by })}</div>
      {assignment.status === "PROPOSED" ? (
        <Box sx={{ color: "warning.dark" }} data-testid="respond-by">
          {translate("matching.assignments.respondByLine", { date: formatDateTime(assignment.respondBy), left: timeLeft(assignment.respondBy) })}
        </Box>
      ) : (
        assignment.respondedAt && <div>{translate("matching.assignments.answeredLine", { date: formatDateTime(assignment.respondedAt) })}</div>
      )}
      {assignment.endedAt && assignment.status !== "DECLINED" && (
        <div>{translate("matching.assignments.endedLine", { date: formatDateTime(assignment.endedAt) })}</div>
      )}
      <HandoverLine assignmentId={assignment.id} handovers={assignment.handovers} />
    </Box>
  );
};

/**
 * What to say when nobody was proposed: "choose a candidate" only to the organisation,
 * while the request is open and there is a candidate to choose.
 */
function nobodyProposed(request: MatchRequestRecord, candidates: { count: number; isPending: boolean }, canPropose: boolean): string {
  const open = request.status === "OPEN" || request.status === "MATCHED";
  if (!open) return "matching.assignments.noneClosed";
  if (candidates.isPending) return "matching.assignments.noneYet";
  if (candidates.count === 0) return "matching.assignments.noneNoCandidates";
  return canPropose ? "matching.assignments.none" : "matching.assignments.noneYet";
}

/** The organisation's word on an assignment that was worked on: a rating once it completed, a complaint (issue 19). */
const OrganisationVoice = ({ assignment }: { assignment: MatchRequestRecord["assignments"][number] }) => (
  <Stack sx={{ alignItems: "flex-end", gap: 0.5 }}>
    {assignment.status === "COMPLETED" && <RateAssignmentButton assignmentId={assignment.id} rating={assignment.rating} />}
    {(assignment.status === "ACTIVE" || assignment.status === "COMPLETED" || assignment.status === "CANCELLED") && (
      <FileComplaintButton assignmentId={assignment.id} />
    )}
  </Stack>
);

const AssignmentsTable = ({
  request,
  canComplete,
  canPropose,
  isOrganisation,
}: {
  request: MatchRequestRecord;
  canComplete: boolean;
  canPropose: boolean;
  isOrganisation: boolean;
}) => {
  const translate = useTranslate();
  const { candidates, isPending } = useCandidates(request);
  const assignments = request.assignments ?? [];
  if (assignments.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary" data-testid="no-assignments">
        {translate(nobodyProposed(request, { count: candidates.length, isPending }, canPropose))}
      </Typography>
    );
  }
  return (
    <Box sx={{ overflowX: "auto" }}>
      <Table size="small" data-testid="assignments" sx={{ "& td, & th": { px: 1, verticalAlign: "top" } }}>
        <TableHead>
          <TableRow>
            <TableCell>{translate("matching.fields.keyPerson")}</TableCell>
            <TableCell>{translate("matching.fields.status")}</TableCell>
            <TableCell>{translate("matching.fields.course")}</TableCell>
            {canComplete && <TableCell />}
          </TableRow>
        </TableHead>
        <TableBody>
          {assignments.map((assignment) => (
            <TableRow key={assignment.id} data-testid="assignment" data-name={assignment.keyPerson.displayName}>
              <TableCell>
                <Typography variant="body2" sx={{ fontWeight: 600 }}>
                  {assignment.keyPerson.displayName}
                </Typography>
                <Typography variant="caption" color="text.secondary" component="div">
                  {assignment.keyPerson.homeMunicipality.name}
                </Typography>
                {/* contact details reach the organisation once the key person has accepted */}
                {(assignment.keyPerson.email || assignment.keyPerson.phone) && (
                  <Typography variant="caption" component="div" sx={{ mt: 0.5, overflowWrap: "anywhere" }} data-testid="contact">
                    {assignment.keyPerson.email && <div>{assignment.keyPerson.email}</div>}
                    {assignment.keyPerson.phone && <div>{assignment.keyPerson.phone}</div>}
                  </Typography>
                )}
                {assignment.status === "PROPOSED" && (
                  <Typography variant="caption" color="text.secondary" component="div" sx={{ mt: 0.5, maxWidth: 180 }}>
                    {translate("matching.assignments.contactLater")}
                  </Typography>
                )}
              </TableCell>
              <TableCell>
                <AssignmentStatusChip status={assignment.status} />
                {assignment.declineReason && (
                  <Typography variant="caption" color="text.secondary" component="div" sx={{ mt: 0.5, maxWidth: 200 }}>
                    “{assignment.declineReason}”
                  </Typography>
                )}
              </TableCell>
              <TableCell>
                <AssignmentTimeline assignment={assignment} />
              </TableCell>
              {canComplete && (
                <TableCell align="right">
                  {assignment.status === "ACTIVE" && <CompleteButton assignment={assignment} />}
                  {isOrganisation && <OrganisationVoice assignment={assignment} />}
                  {assignment.status === "ACTIVE" && (
                    <>
                      {canPropose && <ReferButton assignmentId={assignment.id} />}
                      <CompleteButton assignment={assignment} />
                    </>
                  )}
                </TableCell>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};

const UnmetNotice = ({ request }: { request: MatchRequestRecord }) => {
  const translate = useTranslate();
  const formatDateTime = useFormatDateTime();
  if (!request.unmetSince) return null;
  return (
    <Alert severity="warning" data-testid="unmet-notice">
      <AlertTitle>{translate("matching.unmet.noticeTitle", { date: formatDateTime(request.unmetSince, false) })}</AlertTitle>
      <Typography variant="body2" sx={{ mb: 1 }}>
        {translate("matching.unmet.noticeBody")}
      </Typography>
      <ExclusionChips exclusions={request.unmetExclusions} />
    </Alert>
  );
};

const useCandidates = (request: MatchRequestRecord | undefined) => {
  const open = request?.status === "OPEN" || request?.status === "MATCHED";
  const { data, isPending, error } = useGetList<CandidateRecord>(
    "matchCandidates",
    { filter: { requestId: request?.id }, pagination: { page: 1, perPage: CANDIDATE_LIMIT }, sort: { field: "rank", order: "ASC" } },
    { enabled: open },
  );
  return { open, candidates: open ? (data ?? []) : [], isPending: open && isPending, error };
};

const CandidatesPanel = ({
  request,
  canPropose,
  highlighted,
  onHighlight,
}: {
  request: MatchRequestRecord;
  canPropose: boolean;
  highlighted: string | null;
  onHighlight: (id: string | null) => void;
}) => {
  const translate = useTranslate();
  const { open, candidates, isPending, error } = useCandidates(request);

  let list: ReactNode;
  if (!open)
    list = (
      <Typography variant="body2" color="text.secondary">
        {translate("matching.candidates.closed")}
      </Typography>
    );
  else if (isPending)
    list = (
      <Typography variant="body2" color="text.secondary">
        {translate("ra.page.loading")}…
      </Typography>
    );
  else if (error) list = <Alert severity="error">{(error as Error).message}</Alert>;
  else if (candidates.length === 0) list = <Alert severity="info">{translate("matching.candidates.none")}</Alert>;
  else list = <CandidateList request={request} candidates={candidates} canPropose={canPropose} highlighted={highlighted} onHighlight={onHighlight} />;

  return (
    <Panel
      title="matching.candidates.title"
      testId="candidates-panel"
      action={
        open && candidates.length > 0 ? (
          <Typography variant="caption" color="text.secondary">
            {translate("matching.candidates.subtitle", { count: candidates.length })}
          </Typography>
        ) : undefined
      }
    >
      {list}
    </Panel>
  );
};

const MapPanel = ({
  request,
  highlighted,
  onHighlight,
}: {
  request: MatchRequestRecord;
  highlighted: string | null;
  onHighlight: (id: string | null) => void;
}) => {
  const { candidates } = useCandidates(request);
  return (
    <Panel title="matching.map.title" testId="candidates-map">
      <LazyCandidatesMap
        newcomer={request.location}
        municipalityCode={request.municipality.code}
        candidates={candidates}
        highlighted={highlighted}
        onHighlight={onHighlight}
        height={520}
      />
    </Panel>
  );
};

const RequestTitle = () => {
  const record = useRecordContext<MatchRequestRecord>();
  const translate = useTranslate();
  return <span>{translate("matching.requests.showTitle", { reference: record?.caseReference ?? "" })}</span>;
};

const RequestPage = () => {
  const request = useRecordContext<MatchRequestRecord>();
  const translate = useTranslate();
  const { permissions } = usePermissions<Permissions | null>();
  const [highlighted, setHighlighted] = useState<string | null>(null);
  // Opened from the list, react-admin first shows the list's row, which lacks the location
  // and the assignments; wait for the whole request rather than draw a map of nothing.
  // (A consult has no location: the assignments say the whole request has come.)
  if (!request?.assignments) return <Loading />;
  const isOrganisation = permissions?.role === "ORGANISATION";
  const movable = isOrganisation && (request.status === "OPEN" || request.status === "MATCHED");
  return (
    <Stack sx={{ gap: 2, p: 2 }}>
      <Stack direction="row" sx={{ alignItems: "center", gap: 1.5, flexWrap: "wrap" }}>
        <Typography variant="h5" component="h1" sx={{ fontWeight: 600 }} data-testid="case-reference">
          {request.caseReference}
        </Typography>
        <RequestStatusChip status={request.status} />
        <Typography variant="body2" color="text.secondary">
          {request.municipality
            ? translate("matching.requests.headline", { municipality: request.municipality.name })
            : translate(`matching.enums.kind.${request.kind}`)}
        </Typography>
      </Stack>
      <UnmetNotice request={request} />
      <Box sx={{ display: "grid", gridTemplateColumns: { xs: "1fr", lg: "minmax(0, 7fr) minmax(0, 5fr)" }, gap: 2, alignItems: "start" }}>
        <Stack sx={{ gap: 2, minWidth: 0 }}>
          <Panel
            title="matching.sections.request"
            action={
              movable ? (
                <Stack direction="row" sx={{ gap: 1, flexWrap: "wrap" }}>
                  <RelocateButton request={request} />
                  <TransferButton request={request} />
                  <CancelRequestButton request={request} />
                </Stack>
              ) : undefined
            }
          >
            <RequestDetails request={request} />
            {permissions?.role !== "KEY_PERSON" && <RequestTransfersPanel requestId={request.id} canWithdraw={isOrganisation} />}
          </Panel>
          <Panel title="matching.assignments.title" testId="assignments-panel">
            <AssignmentsTable request={request} canComplete={permissions?.role !== "KEY_PERSON"} canPropose={isOrganisation} isOrganisation={isOrganisation} />
          </Panel>
          <CandidatesPanel request={request} canPropose={isOrganisation} highlighted={highlighted} onHighlight={setHighlighted} />
        </Stack>
        {/* the map stays in view while the list of candidates scrolls; a consult has no place */}
        {request.location && (
          <Box sx={{ position: { lg: "sticky" }, top: { lg: 72 } }}>
            <MapPanel request={request} highlighted={highlighted} onHighlight={setHighlighted} />
          </Box>
        )}
      </Box>
    </Stack>
  );
};

export const MatchRequestShow = () => (
  <Show
    title={<RequestTitle />}
    actions={
      <TopToolbar>
        <ListButton />
      </TopToolbar>
    }
    sx={{ "& .RaShow-card": { background: "transparent", boxShadow: "none" } }}
    component="div"
  >
    <RequestPage />
  </Show>
);
