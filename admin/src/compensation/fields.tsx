import { Chip, Typography, type ChipProps } from "@mui/material";
import { FunctionField, useRecordContext, useTranslate } from "react-admin";
import { useDisplayLocale } from "../common/useLocalizedName";
import { parseIsoDate } from "../hours/week";
import type { MunicipalityRef } from "../types";
import { formatEuros, formatHours } from "./money";
import type { ReviewStatus } from "./types";

// Fields of hour entries, claims and exports, for the lists of the key person and the
// funder. Each takes `label` only so that Datagrid can read it.

interface FieldProps {
  label?: string;
  sortable?: boolean;
  /** the column react-admin sorts by when the header is clicked (Datagrid reads it) */
  sortBy?: string;
}

/** A calendar date (YYYY-MM-DD) in the UI's language, never shifted by a time zone. */
export function useFormatDate(): (iso: string | null | undefined, options?: Intl.DateTimeFormatOptions) => string {
  const locale = useDisplayLocale();
  return (iso, options = { dateStyle: "medium" }) => (iso ? parseIsoDate(iso).toLocaleDateString(locale, options) : "–");
}

export const IsoDateField = ({ source }: FieldProps & { source: string }) => {
  const record = useRecordContext();
  const format = useFormatDate();
  return <Typography variant="body2">{format(record?.[source] as string | undefined)}</Typography>;
};

const STATUS_COLOURS: Record<ReviewStatus, ChipProps["color"]> = {
  SUBMITTED: "info",
  APPROVED: "success",
  REJECTED: "error",
};

export const ReviewStatusChip = ({ status }: { status: ReviewStatus }) => {
  const translate = useTranslate();
  return <Chip size="small" color={STATUS_COLOURS[status]} label={translate(`compensation.enums.reviewStatus.${status}`)} />;
};

export const ReviewStatusField = (_: FieldProps) => {
  const record = useRecordContext<{ id: string; status: ReviewStatus }>();
  return record ? <ReviewStatusChip status={record.status} /> : null;
};

export const MoneyField = ({ source }: FieldProps & { source: string }) => {
  const record = useRecordContext();
  const locale = useDisplayLocale();
  const cents = record?.[source] as number | null | undefined;
  return <Typography variant="body2">{formatEuros(cents, locale)}</Typography>;
};

/** A claim's kilometres in the display locale; empty for a claim that is not travel. */
export const KmField = (props: FieldProps) => {
  const locale = useDisplayLocale();
  return <FunctionField<{ km: number | null }> {...props} render={(record) => (record.km === null ? "" : record.km.toLocaleString(locale))} />;
};

export const HoursField = ({ source }: FieldProps & { source: string }) => {
  const record = useRecordContext();
  const locale = useDisplayLocale();
  const hours = record?.[source] as number | null | undefined;
  return <Typography variant="body2">{hours == null ? "–" : formatHours(hours, locale)}</Typography>;
};

export const EnumField = ({ source, group }: FieldProps & { source: string; group: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const value = record?.[source] as string | undefined;
  return <Typography variant="body2">{value ? translate(`compensation.enums.${group}.${value}`) : "–"}</Typography>;
};

interface RequestLike {
  municipality?: MunicipalityRef | null;
  organisation?: { name: string } | null;
}

/** "GGD Amsterdam · Amsterdam": who asks and where; never the newcomer. */
export function assignmentLabel(request: RequestLike | null | undefined, translate: (key: string, options?: object) => string): string {
  if (!request) return translate("compensation.assignment.none");
  return translate("compensation.assignment.label", {
    organisation: request.organisation?.name ?? "–",
    municipality: request.municipality?.name ?? "–",
  });
}

/** An hour entry's work: its assignment ("GGD Amsterdam · Amsterdam"), or "Own activity · national scheme". */
export function hourWorkLabel(
  entry: { ownActivity?: string | null; assignment?: { request: RequestLike } | null },
  translate: (key: string, options?: object) => string,
): string {
  return entry.ownActivity ? translate("compensation.week.ownActivity") : assignmentLabel(entry.assignment?.request, translate);
}

/** What was done: the activity on an assignment, or the own activity (issue 16). */
export function hourActivityLabel(entry: { activity?: string | null; ownActivity?: string | null }, translate: (key: string) => string): string {
  if (entry.ownActivity) return translate(`compensation.enums.ownActivity.${entry.ownActivity}`);
  return entry.activity ? translate(`compensation.enums.activity.${entry.activity}`) : "–";
}

export const AssignmentField = (_: FieldProps) => {
  const record = useRecordContext<{ id: string; ownActivity?: string | null; assignment: { request: RequestLike } | null }>();
  const translate = useTranslate();
  if (!record) return null;
  return <Typography variant="body2">{hourWorkLabel(record, translate)}</Typography>;
};

/** An hour entry's activity or own activity, with the key person's note on an own activity. */
export const HourActivityField = (_: FieldProps) => {
  const record = useRecordContext<{ id: string; activity?: string | null; ownActivity?: string | null; note?: string | null }>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <>
      <Typography variant="body2">{hourActivityLabel(record, translate)}</Typography>
      {record.note && (
        <Typography variant="caption" color="text.secondary" sx={{ display: "block", overflowWrap: "anywhere" }}>
          {record.note}
        </Typography>
      )}
    </>
  );
};
