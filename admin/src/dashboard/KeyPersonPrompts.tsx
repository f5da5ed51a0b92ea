import AccessTimeIcon from "@mui/icons-material/AccessTime";
import FavoriteIcon from "@mui/icons-material/Favorite";
import ProposalIcon from "@mui/icons-material/Inbox";
import ReceiptLongIcon from "@mui/icons-material/ReceiptLong";
import ScheduleIcon from "@mui/icons-material/Schedule";
import { Alert, Button, Card, CardActions, CardContent, Chip, List, ListItem, ListItemText, Stack, Typography } from "@mui/material";
import { LinkBase, RecordContextProvider, useGetList, useGetOne, useTranslate } from "react-admin";
import { ConfirmProfileButton } from "../keyPersons/ConfirmProfileButton";
import { useAttentionCounts } from "../layout/attention";
import { useFormatDateTime, useTimeLeft } from "../matchRequests/common";
import type { AssignmentRecord } from "../matchRequests/types";
import type { KeyPersonRecord } from "../types";

/** The check-in is monthly: after one, the prompt rests this many days and the page shows the last one. */
const CHECK_IN_PROMPT_AFTER_DAYS = 30;

/** Open proposals, soonest deadline first, each linking to "Mijn voorstellen" where it is answered. */
const OpenProposals = () => {
  const translate = useTranslate();
  const formatDateTime = useFormatDateTime();
  const timeLeft = useTimeLeft();
  const { data } = useGetList<AssignmentRecord>("assignments", {
    filter: { status: "PROPOSED" },
    pagination: { page: 1, perPage: 10 },
    sort: { field: "respondBy", order: "ASC" },
  });
  if (!data?.length) return null;
  const proposals = [...data].sort((a, b) => a.respondBy.localeCompare(b.respondBy));
  return (
    <Card variant="outlined" data-testid="open-proposals" sx={{ borderColor: "warning.light", borderWidth: 2 }}>
      <CardContent sx={{ pb: 0 }}>
        <Stack direction="row" sx={{ alignItems: "center", gap: 1 }}>
          <ProposalIcon color="warning" />
          <Typography variant="h6" component="h2">
            {translate("app.attention.proposalsTitle")}
          </Typography>
        </Stack>
        <List dense>
          {proposals.map((proposal) => (
            <ListItem
              key={proposal.id}
              disableGutters
              data-testid="open-proposal"
              secondaryAction={
                <Button component={LinkBase} to="/assignments" variant="contained" size="small">
                  {translate("app.attention.answer")}
                </Button>
              }
            >
              <ListItemText
                primary={translate("app.attention.proposal", {
                  organisation: proposal.request.organisation.name,
                  municipality: proposal.request.municipality.name,
                })}
                secondary={
                  <Chip
                    component="span"
                    size="small"
                    icon={<ScheduleIcon />}
                    color="warning"
                    variant="outlined"
                    data-testid="proposal-deadline"
                    label={translate("app.attention.answerBy", { date: formatDateTime(proposal.respondBy), left: timeLeft(proposal.respondBy) })}
                    sx={{ mt: 0.5, maxWidth: "100%" }}
                  />
                }
                sx={{ pr: 14 }}
              />
            </ListItem>
          ))}
        </List>
      </CardContent>
    </Card>
  );
};

/**
 * A key person's home: open proposals with their deadline, confirm a stale profile, the
 * monthly check-in (or the last one, once done), and the way to hours and claims. Reads
 * the profile (status fields only, no wellbeing answers).
 */
export const KeyPersonPrompts = ({ keyPersonId }: { keyPersonId: string }) => {
  const translate = useTranslate();
  const formatDateTime = useFormatDateTime();
  const { data: record } = useGetOne<KeyPersonRecord>("keyPersons", { id: keyPersonId });
  const { data: attention } = useAttentionCounts();
  const lastCheckIn = attention?.lastCheckInAt ?? null;
  const checkInDue =
    attention !== undefined && (lastCheckIn === null || Date.now() - new Date(lastCheckIn).getTime() > CHECK_IN_PROMPT_AFTER_DAYS * 86_400_000);
  return (
    <Stack sx={{ gap: 2 }}>
      {record?.stale && (
        <RecordContextProvider value={record}>
          <Alert severity="warning" action={<ConfirmProfileButton />} sx={{ alignItems: "center" }}>
            {translate("app.keyPersons.staleWarning")}
          </Alert>
        </RecordContextProvider>
      )}
      <OpenProposals />
      <Card variant="outlined">
        <CardContent>
          <Stack direction="row" sx={{ alignItems: "center", gap: 1 }}>
            <FavoriteIcon color={checkInDue ? "warning" : "primary"} />
            {checkInDue ? (
              <Typography variant="body1" data-testid="check-in-prompt">
                {translate("oversight.checkIn.prompt")}
              </Typography>
            ) : (
              lastCheckIn && (
                <Typography variant="body1" data-testid="last-check-in">
                  {translate("app.attention.lastCheckIn", { date: formatDateTime(lastCheckIn, false) })}
                </Typography>
              )
            )}
          </Stack>
        </CardContent>
        <CardActions sx={{ px: 2, pb: 2, gap: 1, flexWrap: "wrap" }}>
          <Button component={LinkBase} to="/my-wellbeing" variant={checkInDue ? "contained" : "text"} startIcon={checkInDue ? undefined : <FavoriteIcon />}>
            {translate(checkInDue ? "oversight.checkIn.open" : "app.attention.toCheckIns")}
          </Button>
          <Button component={LinkBase} to="/my-hours" startIcon={<AccessTimeIcon />}>
            {translate("compensation.menu.myHours")}
          </Button>
          <Button component={LinkBase} to="/my-claims" startIcon={<ReceiptLongIcon />}>
            {translate("compensation.menu.myClaims")}
          </Button>
        </CardActions>
      </Card>
    </Stack>
  );
};
