import { Chip, Typography } from "@mui/material";
import { useRecordContext, useTranslate } from "react-admin";
import { formatSlot } from "../common/dates";
import { useDisplayLocale } from "../common/useLocalizedName";
import { Fact, formatHours } from "./common";

// What a request of a kind asks, as facts: the kind, its slot (in Dutch time), the
// appointment's mode, setting and role, the consult's topic and hours, the session's
// participants and topics, the dialects. Shared by the request's page and the key
// person's proposals (which never show who the newcomer is: none of this does).

/** The fields of a request that say its kind (the API's MatchRequest). */
export interface KindRecord {
  kind: string;
  startsAt?: string | null;
  endsAt?: string | null;
  appointment?: { mode: string; setting?: string | null; role?: string | null } | null;
  consult?: { topic: string; hours: number } | null;
  session?: { expectedParticipants: number; topics: string[] } | null;
  requiredDialect?: string | null;
  preferredDialect?: string | null;
}

const field = (name: string) => `matching.fields.${name}`;

/** A text the console offers as a choice (setting, role) in the reader's language; free text as it is. */
const useChoiceText = () => {
  const translate = useTranslate();
  return (group: string, value: string | null | undefined) => (value ? translate(`matching.enums.${group}.${value}`, { _: value }) : "–");
};

export const KindChip = ({ kind }: { kind: string }) => {
  const translate = useTranslate();
  return <Chip size="small" variant="outlined" color="primary" label={translate(`matching.enums.kind.${kind}`, { _: kind })} data-testid="request-kind" />;
};

/** The kind and its slot in one line: "Begeleiding naar één afspraak · di 8 dec 2026, 09:30–11:00". */
export const useKindLine = () => {
  const translate = useTranslate();
  const locale = useDisplayLocale();
  return (record: Pick<KindRecord, "kind" | "startsAt" | "endsAt">) =>
    [
      translate(`matching.enums.kind.${record.kind}`, { _: record.kind }),
      record.startsAt && record.endsAt ? formatSlot(record.startsAt, record.endsAt, locale) : null,
    ]
      .filter(Boolean)
      .join(" · ");
};

export const KindFacts = ({ record }: { record: KindRecord }) => {
  const translate = useTranslate();
  const locale = useDisplayLocale();
  const choice = useChoiceText();
  const { appointment, consult, session } = record;
  return (
    <>
      <Fact label={field("kind")}>
        <KindChip kind={record.kind} />
      </Fact>
      {record.startsAt && record.endsAt && (
        <Fact label={field("slot")}>
          <span data-testid="request-slot">{formatSlot(record.startsAt, record.endsAt, locale)}</span>
        </Fact>
      )}
      {appointment && (
        <>
          <Fact label={field("mode")}>{translate(`matching.enums.mode.${appointment.mode}`, { _: appointment.mode })}</Fact>
          <Fact label={field("setting")}>{choice("setting", appointment.setting)}</Fact>
          <Fact label={field("role")}>{choice("role", appointment.role)}</Fact>
        </>
      )}
      {consult && (
        <>
          <Fact label={field("consultTopic")}>{consult.topic}</Fact>
          <Fact label={field("consultHours")}>{translate("matching.hours", { hours: formatHours(consult.hours, locale) })}</Fact>
        </>
      )}
      {session && (
        <>
          <Fact label={field("expectedParticipants")}>{translate("matching.participants", { smart_count: session.expectedParticipants })}</Fact>
          <Fact label={field("topics")}>{session.topics.length ? session.topics.join(", ") : "–"}</Fact>
        </>
      )}
      {record.requiredDialect && <Fact label={field("requiredDialect")}>{record.requiredDialect}</Fact>}
      {record.preferredDialect && <Fact label={field("preferredDialect")}>{record.preferredDialect}</Fact>}
    </>
  );
};

/** A list's column: the kind, and under it the slot of a dated kind. */
export const RequestKindField = (_: { label?: string; sortable?: boolean; sortBy?: string }) => {
  const record = useRecordContext<Pick<KindRecord, "kind" | "startsAt" | "endsAt">>();
  const translate = useTranslate();
  const locale = useDisplayLocale();
  if (!record) return null;
  return (
    <span data-testid="request-kind-cell">
      {translate(`matching.enums.kind.${record.kind}`, { _: record.kind })}
      {record.startsAt && record.endsAt && (
        <Typography variant="caption" color="text.secondary" component="div">
          {formatSlot(record.startsAt, record.endsAt, locale)}
        </Typography>
      )}
    </span>
  );
};
