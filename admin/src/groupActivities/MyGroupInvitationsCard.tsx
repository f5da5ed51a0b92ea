import { Alert, Box, Button, List, ListItem, ListItemText, Stack } from "@mui/material";
import CheckIcon from "@mui/icons-material/Check";
import CloseIcon from "@mui/icons-material/Close";
import { useEffect, useState } from "react";
import { Link, useNotify, useTranslate } from "react-admin";
import { formatSlot } from "../common/dates";
import { SectionCard } from "../common/SectionCard";
import { useDisplayLocale } from "../common/useLocalizedName";
import { useServerAction } from "../common/useServerAction";
import { graphqlRequest } from "../dataProvider/graphqlClient";
import { MY_INVITATIONS, RESPOND } from "../dataProvider/groups";
import type { GroupActivityAnswer, MyGroupInvitationsQuery } from "../gql/graphql";

type Invitation = MyGroupInvitationsQuery["myGroupInvitations"][number];

/** On a key person's dashboard: the group activities they are invited to, answered with one click. */
export const MyGroupInvitationsCard = () => {
  const translate = useTranslate();
  const locale = useDisplayLocale();
  const notify = useNotify();
  const { run, busy, error } = useServerAction();
  const [invitations, setInvitations] = useState<Invitation[] | null>(null);
  const load = () => graphqlRequest(MY_INVITATIONS, {}).then((data) => setInvitations(data.myGroupInvitations));
  useEffect(() => {
    load().catch(() => setInvitations([]));
  }, []);
  if (!invitations || invitations.length === 0) return null;
  const answer = (activityId: string, value: string) =>
    run(async () => {
      await graphqlRequest(RESPOND, { activityId, answer: value as GroupActivityAnswer });
      await load();
    }).then((done) => done && notify("groups.respond.saved", { type: "success" }));
  return (
    <Box sx={{ maxWidth: 720 }}>
      <SectionCard title="groups.mine.title" help="groups.mine.help">
        <List dense disablePadding>
          {invitations.map((invitation) => (
            <ListItem key={invitation.id} disableGutters sx={{ flexWrap: "wrap", gap: 1 }}>
              <ListItemText
                primary={<Link to={`/groupActivities/${invitation.activity.id}/show`}>{invitation.activity.title}</Link>}
                secondary={[
                  translate(`groups.kind.${invitation.activity.kind}`),
                  formatSlot(invitation.activity.startsAt, invitation.activity.endsAt, locale),
                  translate(`groups.answer.${invitation.answer ?? "none"}`),
                ].join(" · ")}
              />
              <Stack direction="row" spacing={1}>
                <Button
                  size="small"
                  variant={invitation.answer === "ATTENDING" ? "contained" : "outlined"}
                  startIcon={<CheckIcon />}
                  disabled={busy}
                  onClick={() => answer(invitation.activity.id, "ATTENDING")}
                >
                  {translate("groups.respond.attending")}
                </Button>
                <Button
                  size="small"
                  variant={invitation.answer === "NOT_ATTENDING" ? "contained" : "outlined"}
                  startIcon={<CloseIcon />}
                  disabled={busy}
                  onClick={() => answer(invitation.activity.id, "NOT_ATTENDING")}
                >
                  {translate("groups.respond.notAttending")}
                </Button>
              </Stack>
            </ListItem>
          ))}
        </List>
        {error && <Alert severity="error">{error}</Alert>}
      </SectionCard>
    </Box>
  );
};
