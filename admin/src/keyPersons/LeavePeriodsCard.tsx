import AddIcon from "@mui/icons-material/Add";
import DeleteIcon from "@mui/icons-material/Delete";
import { Alert, Box, IconButton, List, ListItem, ListItemText, Stack, Typography } from "@mui/material";
import { useState } from "react";
import { useNotify, useRecordContext, useRefresh, useTranslate } from "react-admin";
import { BusyButton } from "../common/BusyButton";
import { DayField } from "../common/DayField";
import { SectionCard } from "../common/SectionCard";
import { useServerAction } from "../common/useServerAction";
import { useFormatDate } from "../compensation/fields";
import { graphqlRequest } from "../dataProvider/graphqlClient";
import { graphql } from "../gql";
import type { KeyPersonRecord } from "../types";

const ADD_LEAVE = graphql(`
  mutation AddLeave($keyPersonId: ID!, $input: LeaveInput!) {
    addLeave(keyPersonId: $keyPersonId, input: $input) {
      id
      startsOn
      endsOn
    }
  }
`);

const REMOVE_LEAVE = graphql(`
  mutation RemoveLeave($id: ID!) {
    removeLeave(id: $id)
  }
`);

/**
 * A key person's leave: the periods planned, one removable at a time, and a new one
 * added by two dates. On their own profile and, for coordinators, on the key person's page.
 */
export const LeavePeriodsCard = () => {
  const record = useRecordContext<KeyPersonRecord>();
  const translate = useTranslate();
  const formatDate = useFormatDate();
  const notify = useNotify();
  const refresh = useRefresh();
  const { run, busy, error, setError } = useServerAction();
  // YYYY-MM-DD, "" when empty, null while the text typed is not a day.
  const [startsOn, setStartsOn] = useState<string | null>("");
  const [endsOn, setEndsOn] = useState<string | null>("");
  if (!record) return null;
  const periods = [...(record.unavailablePeriods ?? [])].sort((a, b) => a.startsOn.localeCompare(b.startsOn));

  const add = async () => {
    if (startsOn === null || endsOn === null) {
      setError(translate("forms.day.invalid"));
      return;
    }
    if (!startsOn || !endsOn) {
      setError(translate("forms.leave.required"));
      return;
    }
    // The same check as the server's, worded by its reason before the request is sent.
    if (endsOn < startsOn) {
      setError(translate("reasons.LEAVE_ENDS_BEFORE_START"));
      return;
    }
    const done = await run(async () => {
      await graphqlRequest(ADD_LEAVE, { keyPersonId: record.id, input: { startsOn, endsOn } });
    });
    if (done) {
      setStartsOn("");
      setEndsOn("");
      notify("forms.leave.added", { type: "success" });
      refresh();
    }
  };

  const remove = async (id: string) => {
    const done = await run(async () => {
      await graphqlRequest(REMOVE_LEAVE, { id });
    });
    if (done) {
      notify("forms.leave.removed", { type: "success" });
      refresh();
    }
  };

  return (
    <SectionCard title="forms.leave.title" help="forms.leave.help">
      <Box data-testid="leave-periods">
        {periods.length === 0 ? (
          <Typography variant="body2">{translate("forms.leave.none")}</Typography>
        ) : (
          <List dense disablePadding>
            {periods.map((period) => {
              const words = { from: formatDate(period.startsOn), to: formatDate(period.endsOn) };
              return (
                <ListItem
                  key={period.id}
                  data-testid="leave-period"
                  disableGutters
                  secondaryAction={
                    <IconButton edge="end" aria-label={translate("forms.leave.removeLabel", words)} onClick={() => remove(period.id)} disabled={busy}>
                      <DeleteIcon />
                    </IconButton>
                  }
                >
                  <ListItemText primary={translate("forms.leave.period", words)} />
                </ListItem>
              );
            })}
          </List>
        )}
        <Stack direction="row" sx={{ gap: 2, mt: 2, flexWrap: "wrap", alignItems: "flex-start" }}>
          <DayField name="leave.startsOn" sx={{ flex: "1 1 150px" }} label={translate("forms.leave.startsOn")} value={startsOn} onChange={setStartsOn} />
          <DayField name="leave.endsOn" sx={{ flex: "1 1 150px" }} label={translate("forms.leave.endsOn")} value={endsOn} onChange={setEndsOn} />
          <BusyButton busy={busy} icon={<AddIcon />} onClick={add} data-testid="add-leave" sx={{ whiteSpace: "nowrap" }}>
            {translate("forms.leave.add")}
          </BusyButton>
        </Stack>
        {error && (
          <Alert severity="error" sx={{ mt: 2 }} data-testid="leave-error">
            {error}
          </Alert>
        )}
      </Box>
    </SectionCard>
  );
};
