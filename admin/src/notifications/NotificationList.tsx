import ReplayIcon from "@mui/icons-material/Replay";
import { Alert, Box, Button, Chip, FormControlLabel, Switch, Tooltip, Typography } from "@mui/material";
import {
  BooleanInput,
  Datagrid,
  FunctionField,
  List,
  SelectInput,
  TextField,
  useGetOne,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
  useUpdate,
} from "react-admin";
import type { MouseEvent } from "react";
import * as Enums from "../../../server/src/domain/notifications";
import type { NotificationFieldsFragment, NotificationKind, NotificationStatus } from "../gql/graphql";
import { useFormatDateTime } from "../matchRequests/common";

// The outbox: every e-mail the server wrote, newest first. Without SMTP_URL (development,
// the demo) messages are HELD here and can be read in full; with it, FAILED shows what
// could not be delivered and why, and a bounced address is marked on its recipient.

export type NotificationRecord = NotificationFieldsFragment;

/** The server's own values (domain/notifications.ts), in its order. */
export const STATUSES: readonly NotificationStatus[] = Object.values(Enums.NotificationStatus);
export const KINDS: readonly NotificationKind[] = Object.values(Enums.NotificationKind);

const COLOURS: Record<NotificationStatus, "default" | "success" | "error" | "warning" | "info"> = {
  PENDING: "info",
  SENT: "success",
  FAILED: "error",
  HELD: "default",
};

/** What the button offers to send again: a failed message. (Held ones wait for a mail server; the API can queue them too.) */
export const canRetry = (status: NotificationStatus): boolean => status === "FAILED";

const StatusField = (_: { label: string; sortable?: boolean; sortBy?: string }) => {
  const record = useRecordContext<NotificationRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return <Chip size="small" color={COLOURS[record.status]} label={translate(`notifications.status.${record.status}`)} />;
};

const RecipientField = (_: { label: string; sortable?: boolean }) => {
  const record = useRecordContext<NotificationRecord>();
  const translate = useTranslate();
  if (!record) return null;
  if (!record.recipient)
    return (
      <Typography variant="body2" color="text.secondary">
        {translate("notifications.erased")}
      </Typography>
    );
  return (
    <Box sx={{ display: "flex", alignItems: "center", gap: 1 }}>
      <span>{record.recipient.email}</span>
      {record.recipient.emailBouncedAt && (
        <Tooltip title={translate("notifications.bouncedHelp")}>
          <Chip size="small" color="error" variant="outlined" label={translate("notifications.bounced")} />
        </Tooltip>
      )}
    </Box>
  );
};

const DateField = ({ source }: { source: "createdAt" | "sentAt"; label: string; sortable?: boolean }) => {
  const formatDateTime = useFormatDateTime();
  return <FunctionField<NotificationRecord> render={(record) => formatDateTime(record[source])} />;
};

const ErrorField = (_: { label: string; sortable?: boolean }) => {
  const record = useRecordContext<NotificationRecord>();
  const translate = useTranslate();
  const formatDateTime = useFormatDateTime();
  if (!record) return null;
  return (
    <Box sx={{ maxWidth: 320 }}>
      {record.lastError && (
        <Typography variant="body2" color="error" sx={{ wordBreak: "break-word" }}>
          {record.lastError}
        </Typography>
      )}
      {record.attempts > 0 && (
        <Typography variant="caption" color="text.secondary" component="div">
          {translate("notifications.attempts", { smart_count: record.attempts })}
          {record.status === "PENDING" && ` · ${translate("notifications.nextAttempt", { at: formatDateTime(record.nextAttemptAt) })}`}
        </Typography>
      )}
    </Box>
  );
};

const RetryButton = (_: { label?: string }) => {
  const record = useRecordContext<NotificationRecord>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [update, { isPending }] = useUpdate();
  if (!record || !canRetry(record.status)) return null;
  const retry = (event: MouseEvent) => {
    event.stopPropagation();
    update(
      "notifications",
      { id: record.id, data: {}, previousData: record },
      {
        onSuccess: () => {
          notify("notifications.retried", { type: "success" });
          refresh();
        },
        onError: (error) => notify((error as Error).message, { type: "error" }),
      },
    );
  };
  return (
    <Button size="small" startIcon={<ReplayIcon />} onClick={retry} disabled={isPending}>
      {translate("notifications.retry")}
    </Button>
  );
};

/** The message as it was (or will be) sent, below its row. */
const Body = () => {
  const record = useRecordContext<NotificationRecord>();
  if (!record) return null;
  return (
    <Box component="pre" sx={{ whiteSpace: "pre-wrap", fontFamily: "inherit", typography: "body2", m: 0, p: 1 }}>
      {record.body}
    </Box>
  );
};

/** One's own daily digest e-mails: on or off. Messages about one's own work and safety always come. */
export const DigestSwitch = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const { data, refetch } = useGetOne<{ id: string; digestsEnabled: boolean; emailBouncedAt: string | null }>("notificationSettings", { id: "me" });
  const [update, { isPending }] = useUpdate();
  if (!data) return null;
  const toggle = (_: unknown, enabled: boolean) =>
    update(
      "notificationSettings",
      { id: "me", data: { digestsEnabled: enabled }, previousData: data },
      {
        onSuccess: () => {
          notify(enabled ? "notifications.digestsOn" : "notifications.digestsOff", { type: "success" });
          refetch();
        },
        onError: (error) => notify((error as Error).message, { type: "error" }),
      },
    );
  return (
    <Box sx={{ px: 2, pt: 1 }}>
      <FormControlLabel control={<Switch checked={data.digestsEnabled} onChange={toggle} disabled={isPending} />} label={translate("notifications.digests")} />
      <Typography variant="caption" color="text.secondary" component="div">
        {translate("notifications.digestsHelp")}
      </Typography>
      {data.emailBouncedAt && (
        <Alert severity="warning" sx={{ mt: 1 }}>
          {translate("notifications.myAddressBounced")}
        </Alert>
      )}
    </Box>
  );
};

const choices = (values: readonly string[], prefix: string) => values.map((value) => ({ id: value, name: `${prefix}.${value}` }));

const filters = [
  <SelectInput key="status" source="status" label="notifications.fields.status" choices={choices(STATUSES, "notifications.status")} alwaysOn />,
  <SelectInput key="kind" source="kind" label="notifications.fields.kind" choices={choices(KINDS, "notifications.kind")} />,
  <BooleanInput key="bounced" source="bounced" label="notifications.fields.bounced" />,
];

const field = (name: string) => `notifications.fields.${name}`;

export const NotificationList = () => {
  const translate = useTranslate();
  return (
    <List
      title={translate("notifications.title")}
      filters={filters}
      exporter={false}
      perPage={25}
      sort={{ field: "createdAt", order: "DESC" }}
      // On a phone the table scrolls sideways inside the list instead of widening the page:
      // the list's width ignores the table's (inline-size containment).
      sx={{ "& .RaList-main": { minWidth: 0, contain: "inline-size" }, "& .RaList-content": { overflowX: "auto" } }}
    >
      <DigestSwitch />
      <Datagrid expand={<Body />} rowClick="expand" bulkActionButtons={false}>
        <StatusField label={field("status")} sortBy="status" />
        <RecipientField label={field("recipient")} sortable={false} />
        <TextField source="subject" label={field("subject")} />
        <DateField source="createdAt" label={field("createdAt")} />
        <DateField source="sentAt" label={field("sentAt")} />
        <ErrorField label={field("error")} sortable={false} />
        <RetryButton />
      </Datagrid>
    </List>
  );
};
