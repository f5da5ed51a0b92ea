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

export const AssignmentField = (_: FieldProps) => {
  const record = useRecordContext<{ id: string; assignment: { request: RequestLike } | null }>();
  const translate = useTranslate();
  if (!record) return null;
  return <Typography variant="body2">{assignmentLabel(record.assignment?.request, translate)}</Typography>;
};
