import { Alert, Box, Checkbox, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from "@mui/material";
import CheckIcon from "@mui/icons-material/Check";
import CloseIcon from "@mui/icons-material/Close";
import SaveIcon from "@mui/icons-material/Save";
import SendIcon from "@mui/icons-material/Send";
import EventBusyIcon from "@mui/icons-material/EventBusy";
import AccessTimeIcon from "@mui/icons-material/AccessTime";
import { useEffect, useState, type ComponentProps } from "react";
import { BooleanInput, Form, Show, useGetOne, useNotify, useRecordContext, useRefresh, useTranslate } from "react-admin";
import { BusyButton } from "../common/BusyButton";
import { formatSlot } from "../common/dates";
import { ExpertiseInput, LanguagesInput, MunicipalitiesInput } from "../common/referenceInputs";
import { SectionCard } from "../common/SectionCard";
import { useDisplayLocale, useLocalizedName } from "../common/useLocalizedName";
import { useServerAction } from "../common/useServerAction";
import { graphqlRequest } from "../dataProvider/graphqlClient";
import { CANCEL, DECLARE_FROM_ACTIVITY, INVITE, RECORD_ATTENDANCE, RESPOND } from "../dataProvider/groups";
import type { GroupActivityAnswer, OwnActivity } from "../gql/graphql";
import type { GroupActivityRecord } from "./types";

const field = (name: string) => `groups.fields.${name}`;

/** A BusyButton whose text is a translation key (or a text already translated). */
const ActionButton = ({ label, ...props }: ComponentProps<typeof BusyButton> & { label: string }) => {
  const translate = useTranslate();
  return <BusyButton {...props}>{translate(label, { _: label })}</BusyButton>;
};

const Facts = () => {
  const record = useRecordContext<GroupActivityRecord>();
  const translate = useTranslate();
  const locale = useDisplayLocale();
  const { nameField } = useLocalizedName();
  const code = record?.qualificationCode;
  const { data: qualification } = useGetOne<{ id: string; nameNl: string; nameEn: string }>(
    "qualificationTypes",
    { id: code ?? "" },
    { enabled: Boolean(code) },
  );
  if (!record) return null;
  const rows: [string, string][] = [
    [field("kind"), translate(`groups.kind.${record.kind}`)],
    [field("when"), formatSlot(record.startsAt, record.endsAt, locale)],
    [field("organiser"), record.organisation?.name ?? translate("groups.organiserCoordinators")],
    [field("places"), translate("groups.places", { left: record.placesLeft, capacity: record.capacity })],
  ];
  if (record.location) rows.push([field("location"), `${record.location.lat.toFixed(4)}, ${record.location.lon.toFixed(4)}`]);
  if (record.onlineUrl) rows.push([field("onlineUrl"), record.onlineUrl]);
  if (code) rows.push([field("qualificationCode"), qualification ? (nameField === "nameNl" ? qualification.nameNl : qualification.nameEn) : code]);
  return (
    <Box sx={{ p: 2 }}>
      <Typography variant="h5" component="h1" gutterBottom>
        {record.title}
      </Typography>
      {record.cancelledAt && <Alert severity="warning">{translate("groups.cancelled")}</Alert>}
      <Box component="dl" sx={{ display: "grid", gridTemplateColumns: { xs: "1fr", sm: "200px 1fr" }, gap: 1, m: 0 }}>
        {rows.map(([label, value]) => (
          <Box key={label} sx={{ display: "contents" }}>
            <Box component="dt" sx={{ color: "text.secondary" }}>
              {translate(label)}
            </Box>
            <Box component="dd" sx={{ m: 0, overflowWrap: "anywhere" }}>
              {value}
            </Box>
          </Box>
        ))}
      </Box>
    </Box>
  );
};

/** The invited key person: attending or not; after attendance, the hours as own activity. */
const MyAnswer = () => {
  const record = useRecordContext<GroupActivityRecord>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const { run, busy, error } = useServerAction();
  const [declared, setDeclared] = useState(false);
  const invitation = record?.myInvitation;
  if (!record || !invitation) return null;
  const begun = record.begun;
  const answer = (value: GroupActivityAnswer) =>
    run(async () => {
      await graphqlRequest(RESPOND, { activityId: record.id, answer: value });
    }).then((done) => {
      if (done) {
        notify("groups.respond.saved", { type: "success" });
        refresh();
      }
    });
  const draft = invitation.ownActivityDraft;
  const declare = () =>
    run(async () => {
      if (!draft) return;
      await graphqlRequest(DECLARE_FROM_ACTIVITY, {
        input: { activity: draft.activity as OwnActivity, date: draft.date, hours: draft.hours, note: draft.note },
      });
    }).then((done) => {
      if (done) {
        setDeclared(true);
        notify("groups.declare.done", { type: "success" });
      }
    });
  return (
    <Box sx={{ p: 2 }}>
      <SectionCard title="groups.respond.title" help={`groups.answer.${invitation.answer ?? "none"}`}>
        {invitation.attended ? (
          <Stack spacing={1}>
            <Typography>{translate("groups.respond.attended")}</Typography>
            {draft && !declared && (
              <ActionButton busy={busy} icon={<AccessTimeIcon />} onClick={declare} label={translate("groups.declare.button", { hours: draft.hours })} />
            )}
          </Stack>
        ) : (
          !begun &&
          !record.cancelledAt && (
            <Stack direction="row" spacing={1} sx={{ flexWrap: "wrap" }}>
              <ActionButton busy={busy} icon={<CheckIcon />} onClick={() => answer("ATTENDING" as GroupActivityAnswer)} label="groups.respond.attending" />
              <ActionButton
                busy={busy}
                icon={<CloseIcon />}
                onClick={() => answer("NOT_ATTENDING" as GroupActivityAnswer)}
                label="groups.respond.notAttending"
              />
            </Stack>
          )
        )}
        {error && (
          <Alert severity="error" sx={{ mt: 1 }}>
            {error}
          </Alert>
        )}
      </SectionCard>
    </Box>
  );
};

const InviteCard = () => {
  const record = useRecordContext<GroupActivityRecord>();
  const notify = useNotify();
  const refresh = useRefresh();
  const { run, busy, error } = useServerAction();
  if (!record) return null;
  const submit = (values: Record<string, unknown>) =>
    run(async () => {
      const { inviteToGroupActivity } = await graphqlRequest(INVITE, {
        activityId: record.id,
        input: {
          municipalityCodes: (values.municipalityCodes as string[] | undefined) ?? [],
          languageCodes: (values.languageCodes as string[] | undefined) ?? [],
          expertiseCodes: (values.expertiseCodes as string[] | undefined) ?? [],
          wholeSeries: Boolean(values.wholeSeries),
        },
      });
      notify("groups.invite.done", { type: "success", messageArgs: { invited: inviteToGroupActivity.invited, already: inviteToGroupActivity.alreadyInvited } });
    }).then((done) => done && refresh());
  return (
    <SectionCard title="groups.invite.title" help="groups.invite.help">
      <Form onSubmit={submit}>
        <MunicipalitiesInput source="municipalityCodes" label="groups.invite.municipalities" helperText={false} />
        <LanguagesInput source="languageCodes" label="groups.invite.languages" helperText={false} />
        <ExpertiseInput source="expertiseCodes" label="groups.invite.expertise" helperText={false} />
        {(record.seriesId || record.recurrence) && <BooleanInput source="wholeSeries" label="groups.invite.wholeSeries" helperText={false} />}
        <ActionButton busy={busy} icon={<SendIcon />} type="submit" label="groups.invite.button" variant="contained" />
      </Form>
      {error && (
        <Alert severity="error" sx={{ mt: 1 }}>
          {error}
        </Alert>
      )}
    </SectionCard>
  );
};

const AttendanceCard = () => {
  const record = useRecordContext<GroupActivityRecord>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const { run, busy, error } = useServerAction();
  const [ticked, setTicked] = useState<Set<string>>(new Set());
  const invitations = record?.invitations;
  useEffect(() => {
    setTicked(new Set((invitations ?? []).filter((i) => i.attended).map((i) => i.keyPerson.id)));
  }, [invitations]);
  if (!record) return null;
  const begun = record.begun;
  const toggle = (id: string) =>
    setTicked((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const save = () =>
    run(async () => {
      await graphqlRequest(RECORD_ATTENDANCE, { activityId: record.id, keyPersonIds: [...ticked] });
    }).then((done) => {
      if (done) {
        notify("groups.attendance.saved", { type: "success" });
        refresh();
      }
    });
  return (
    <SectionCard title="groups.attendance.title" help="groups.attendance.help">
      {(invitations ?? []).length === 0 ? (
        <Typography color="text.secondary">{translate("groups.attendance.none")}</Typography>
      ) : (
        <Box sx={{ overflowX: "auto" }}>
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{translate(field("keyPerson"))}</TableCell>
                <TableCell>{translate(field("answer"))}</TableCell>
                <TableCell>{translate(field("attended"))}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {(invitations ?? []).map((invitation) => (
                <TableRow key={invitation.id}>
                  <TableCell>{invitation.keyPerson.displayName}</TableCell>
                  <TableCell>{translate(`groups.answer.${invitation.answer ?? "none"}`)}</TableCell>
                  <TableCell padding="checkbox">
                    <Checkbox
                      checked={ticked.has(invitation.keyPerson.id)}
                      disabled={!begun || !record.canManage}
                      onChange={() => toggle(invitation.keyPerson.id)}
                      slotProps={{ input: { "aria-label": `${translate(field("attended"))}: ${invitation.keyPerson.displayName}` } }}
                    />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
      {record.canManage && begun && !record.cancelledAt && (invitations ?? []).length > 0 && (
        <ActionButton busy={busy} icon={<SaveIcon />} onClick={save} label="groups.attendance.save" variant="contained" sx={{ mt: 2 }} />
      )}
      {error && (
        <Alert severity="error" sx={{ mt: 1 }}>
          {error}
        </Alert>
      )}
    </SectionCard>
  );
};

const CancelButton = () => {
  const record = useRecordContext<GroupActivityRecord>();
  const notify = useNotify();
  const refresh = useRefresh();
  const { run, busy, error } = useServerAction();
  if (!record || !record.canManage || record.cancelledAt || record.begun) return null;
  const cancel = () =>
    run(async () => {
      await graphqlRequest(CANCEL, { id: record.id });
    }).then((done) => {
      if (done) {
        notify("groups.cancel.done", { type: "success" });
        refresh();
      }
    });
  return (
    <Box>
      <ActionButton busy={busy} icon={<EventBusyIcon />} onClick={cancel} label="groups.cancel.button" color="warning" />
      {error && <Alert severity="error">{error}</Alert>}
    </Box>
  );
};

const ManagerCards = () => {
  const record = useRecordContext<GroupActivityRecord>();
  if (!record?.invitations || record.myInvitation) return null;
  const begun = record.begun;
  return (
    <Box sx={{ display: "grid", gridTemplateColumns: { xs: "1fr", md: "1fr 1fr" }, gap: 2, p: 2, alignItems: "start" }}>
      {record.canManage && !begun && !record.cancelledAt && <InviteCard />}
      <AttendanceCard />
      <CancelButton />
    </Box>
  );
};

export const GroupActivityShow = () => (
  <Show title="groups.title">
    <Facts />
    <MyAnswer />
    <ManagerCards />
  </Show>
);
