import { Box, Chip, Link as MuiLink, Typography, useMediaQuery, type Theme } from "@mui/material";
import { AutocompleteInput, Datagrid, List, ReferenceInput, SelectInput, SimpleList, TextInput, useRecordContext, useTranslate } from "react-admin";
import { DayInput } from "../common/DayField";
import { Link } from "react-router";
import { auditEn } from "../i18n/audit.en";
import { useFormatDateTime } from "../matchRequests/common";
import type { AuditLogQuery } from "../gql/graphql";
import { AUDIT_ACTION_AREAS, auditAreaOf, refusedMutation } from "../../../server/src/domain/audit-actions";

// The audit log: who changed or read what, which record and when, newest first (the API
// orders it so). Filtering is all the page does: the log is append-only, PostgreSQL
// itself refuses to change or delete a row, so there is nothing to edit here.

export type AuditRecord = AuditLogQuery["result"]["items"][number];

/** Known actions and record types, for the filters; the log may hold others, shown as written. */
export const ACTIONS = Object.keys(auditEn.audit.action).sort();
/** The areas the action filter groups by, in this order (the server's own grouping, server/src/domain/audit-actions.ts). */
const AREA_ORDER = Object.keys(AUDIT_ACTION_AREAS);
export const ENTITY_TYPES = Object.keys(auditEn.audit.entityType);

/** Where the console shows a record of this type, if it has a page for it. */
const RECORD_PAGES: Record<string, string> = {
  KeyPerson: "keyPersons",
  Organisation: "organisations",
  MatchRequest: "matchRequests",
  User: "users",
};

export const recordPath = (entityType: string, entityId: string | null): string | null =>
  entityId && RECORD_PAGES[entityType] ? `/${RECORD_PAGES[entityType]}/${encodeURIComponent(entityId)}/show` : null;

/** An action's name in the reader's language, or its code when the console does not know it yet. */
const useActionName = () => {
  const translate = useTranslate();
  return (action: string) => {
    const mutation = refusedMutation(action);
    return mutation ? translate("audit.refused", { mutation }) : translate(`audit.action.${action}`, { _: action });
  };
};

/** The record as people know it: "Key person Amina", an erased one as such, else its type and number. */
const useRecordText = () => {
  const translate = useTranslate();
  return (record: AuditRecord) => {
    const type = translate(`audit.entityType.${record.entityType}`, { _: record.entityType });
    if (record.entityErased) return `${type} ${translate("audit.erasedRecord")}`;
    if (record.entityName) return `${type} ${record.entityName}`;
    return record.entityId ? `${type} #${record.entityId}` : type;
  };
};

const field = (name: string) => `audit.fields.${name}`;

const WhenField = (_: { label: string; sortable?: boolean; sortBy?: string }) => {
  const formatDateTime = useFormatDateTime();
  const record = useRecordContext<AuditRecord>();
  if (!record) return null;
  return <time dateTime={record.at}>{formatDateTime(record.at)}</time>;
};

const WhoField = (_: { label: string; sortable?: boolean }) => {
  const record = useRecordContext<AuditRecord>();
  const translate = useTranslate();
  if (!record) return null;
  const role = record.actorRole ? translate(`app.enums.role.${record.actorRole}`, { _: record.actorRole }) : null;
  const who = record.actorName ?? (record.actor ? record.actor.email : record.actorRole ? translate("audit.erasedActor") : translate("audit.system"));
  return (
    <Box>
      <Typography variant="body2" component="div">
        {who}
      </Typography>
      {role && (
        <Typography variant="caption" color="text.secondary" component="div">
          {role}
        </Typography>
      )}
    </Box>
  );
};

const WhatField = (_: { label: string; sortable?: boolean; sortBy?: string }) => {
  const record = useRecordContext<AuditRecord>();
  const actionName = useActionName();
  if (!record) return null;
  return (
    <Box>
      <Typography variant="body2" component="div">
        {actionName(record.action)}
      </Typography>
      <Typography variant="caption" color="text.secondary" component="code">
        {record.action}
      </Typography>
    </Box>
  );
};

const RecordField = (_: { label: string; sortable?: boolean; sortBy?: string }) => {
  const record = useRecordContext<AuditRecord>();
  const recordText = useRecordText();
  if (!record) return null;
  const text = recordText(record);
  const path = recordPath(record.entityType, record.entityId);
  if (!path) return <span>{text}</span>;
  return (
    <MuiLink component={Link} to={path} onClick={(event) => event.stopPropagation()}>
      {text}
    </MuiLink>
  );
};

/** Which fields changed and the codes involved: never personal content (the server writes it so). */
const DetailField = (_: { label: string; sortable?: boolean }) => {
  const record = useRecordContext<AuditRecord>();
  const translate = useTranslate();
  if (!record) return null;
  const entries = Object.entries(record.detail ?? {});
  if (entries.length === 0) return <span>{translate("audit.noDetail")}</span>;
  return (
    <Box sx={{ display: "flex", flexWrap: "wrap", gap: 0.5, maxWidth: 360 }}>
      {entries.map(([key, value]) => (
        <Chip key={key} size="small" variant="outlined" label={`${key}: ${typeof value === "string" ? value : JSON.stringify(value)}`} />
      ))}
    </Box>
  );
};

/** The filters AuditFilter offers: action, record type and number, who, and a period of days. */
const useAuditFilters = () => {
  const translate = useTranslate();
  const actionName = useActionName();
  return [
    <AutocompleteInput
      key="action"
      source="action"
      label={field("action")}
      choices={ACTIONS.map((action) => ({ id: action, name: actionName(action), area: auditAreaOf(action) ?? "system" })).sort(
        (a, b) => AREA_ORDER.indexOf(a.area) - AREA_ORDER.indexOf(b.area) || a.name.localeCompare(b.name),
      )}
      groupBy={(choice) => translate(`audit.area.${choice.area}`)}
      sx={{ minWidth: 280 }}
      alwaysOn
    />,
    <SelectInput
      key="entityType"
      source="entityType"
      label={field("entityType")}
      choices={ENTITY_TYPES.map((type) => ({ id: type, name: translate(`audit.entityType.${type}`) }))}
      alwaysOn
    />,
    <TextInput key="entityId" source="entityId" label={field("entityId")} alwaysOn />,
    <ReferenceInput key="actorUserId" source="actorUserId" reference="users" alwaysOn>
      <AutocompleteInput label={field("actor")} optionText="email" filterToQuery={(q: string) => ({ q })} sx={{ minWidth: 280 }} />
    </ReferenceInput>,
    <DayInput key="from" source="from" label={field("from")} alwaysOn filter />,
    <DayInput key="to" source="to" label={field("to")} alwaysOn filter />,
  ];
};

/** On a phone: one entry a row, what first, then who and when, then the record. */
const AuditSimpleList = () => {
  const translate = useTranslate();
  const recordText = useRecordText();
  const actionName = useActionName();
  const formatDateTime = useFormatDateTime();
  return (
    <SimpleList<AuditRecord>
      linkType={false}
      primaryText={(record) => actionName(record.action)}
      secondaryText={(record) =>
        [
          record.actorName ?? record.actor?.email ?? (record.actorRole ? translate("audit.erasedActor") : translate("audit.system")),
          formatDateTime(record.at),
        ].join(" · ")
      }
      tertiaryText={recordText}
    />
  );
};

export const AuditLogList = () => {
  const translate = useTranslate();
  const filters = useAuditFilters();
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down("md"));
  return (
    <List title={translate("audit.title")} filters={filters} exporter={false} perPage={25} sort={{ field: "at", order: "DESC" }} empty={false}>
      <Typography variant="body2" color="text.secondary" sx={{ px: 2, pt: 1 }}>
        {translate("audit.intro")}
      </Typography>
      {isSmall ? (
        <AuditSimpleList />
      ) : (
        <Datagrid bulkActionButtons={false} rowClick={false}>
          <WhenField label={field("at")} sortBy="at" />
          <WhoField label={field("actor")} sortable={false} />
          <WhatField label={field("action")} sortBy="action" />
          <RecordField label={field("record")} sortBy="entityType" />
          <DetailField label={field("detail")} sortable={false} />
        </Datagrid>
      )}
    </List>
  );
};
