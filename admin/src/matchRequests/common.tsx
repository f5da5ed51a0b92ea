import ReportProblemIcon from "@mui/icons-material/ReportProblem";
import { Box, Chip, Stack, Tooltip, Typography, type ChipProps } from "@mui/material";
import type { ReactNode } from "react";
import { useRecordContext, useTranslate } from "react-admin";
import { useDisplayLocale, useLocalizedName } from "../common/useLocalizedName";
import type { Named } from "../types";
import type { AssignmentStatus, MatchRequestListRecord, MatchRequestStatus, RuleCount } from "./types";
import { formatMoment } from "../common/dates";

// Choices, chips and small fields shared by the matching pages.

const REQUEST_STATUS_COLOURS: Record<MatchRequestStatus, ChipProps["color"]> = {
  OPEN: "info",
  MATCHED: "success",
  CLOSED: "default",
  CANCELLED: "default",
};

const ASSIGNMENT_STATUS_COLOURS: Record<AssignmentStatus, ChipProps["color"]> = {
  PROPOSED: "warning",
  ACTIVE: "success",
  DECLINED: "default",
  EXPIRED: "default",
  COMPLETED: "info",
  CANCELLED: "default",
};

export const RequestStatusChip = ({ status }: { status: MatchRequestStatus }) => {
  const translate = useTranslate();
  return <Chip size="small" color={REQUEST_STATUS_COLOURS[status]} label={translate(`matching.enums.requestStatus.${status}`)} />;
};

export const AssignmentStatusChip = ({ status }: { status: AssignmentStatus }) => {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      color={ASSIGNMENT_STATUS_COLOURS[status] ?? "default"}
      variant={status === "ACTIVE" || status === "PROPOSED" ? "filled" : "outlined"}
      label={translate(`matching.enums.assignmentStatus.${status}`)}
      data-testid="assignment-status"
    />
  );
};

/** Languages or expertise as chips, in the UI's language. */
/** One fact of a request or proposal: a small label (a translation key) over its value. */
export const Fact = ({ label, children }: { label: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box>
      <Typography variant="caption" color="text.secondary" component="div">
        {translate(label)}
      </Typography>
      <Box sx={{ typography: "body2" }}>{children}</Box>
    </Box>
  );
};

export const NamedChips = ({ items, max = Infinity, outlined = false }: { items: Named[]; max?: number; outlined?: boolean }) => {
  const { nameOf } = useLocalizedName();
  if (items.length === 0) return <Typography variant="body2">–</Typography>;
  const hidden = items.slice(max);
  return (
    <Stack direction="row" sx={{ flexWrap: "wrap", gap: 0.5 }}>
      {items.slice(0, max).map((item) => (
        <Chip key={item.code} size="small" label={nameOf(item)} variant={outlined ? "outlined" : "filled"} color={outlined ? "primary" : "default"} />
      ))}
      {hidden.length > 0 && (
        <Tooltip title={hidden.map(nameOf).join(", ")}>
          <Chip size="small" variant="outlined" label={`+${hidden.length}`} />
        </Tooltip>
      )}
    </Stack>
  );
};

interface FieldProps {
  label?: string;
  sortable?: boolean;
  /** the column react-admin sorts by when the header is clicked (Datagrid reads it) */
  sortBy?: string;
}

export const RequestStatusField = (_: FieldProps) => {
  const record = useRecordContext<MatchRequestListRecord>();
  return record ? <RequestStatusChip status={record.status} /> : null;
};

export const RequestLanguagesField = ({ max }: FieldProps & { max?: number }) => {
  const record = useRecordContext<MatchRequestListRecord>();
  return record ? <NamedChips items={record.languages} max={max} /> : null;
};

export const RequestExpertiseField = ({ max }: FieldProps & { max?: number }) => {
  const record = useRecordContext<MatchRequestListRecord>();
  return record ? <NamedChips items={record.expertise} max={max} outlined /> : null;
};

/** "Unmet since 3 Mar" with a warning icon, or nothing while there are candidates. */
export const UnmetFlag = (_: FieldProps) => {
  const record = useRecordContext<MatchRequestListRecord>();
  const translate = useTranslate();
  const locale = useDisplayLocale();
  if (!record?.unmetSince) return null;
  const since = formatMoment(record.unmetSince, locale, false);
  return (
    <Tooltip title={translate("matching.unmet.flagHelp")}>
      <Stack direction="row" sx={{ alignItems: "center", gap: 0.5, color: "error.main" }} data-testid="unmet-flag">
        <ReportProblemIcon fontSize="small" />
        <Typography variant="body2">{translate("matching.unmet.since", { date: since })}</Typography>
      </Stack>
    </Tooltip>
  );
};

/** Which hard rule excluded how many key persons, biggest first. */
export const ExclusionChips = ({ exclusions }: { exclusions: RuleCount[] | null }) => {
  const translate = useTranslate();
  if (!exclusions || exclusions.length === 0) return <Typography variant="body2">–</Typography>;
  const sorted = [...exclusions].sort((a, b) => b.count - a.count);
  return (
    <Stack direction="row" sx={{ flexWrap: "wrap", gap: 0.5 }}>
      {sorted.map(({ rule, count }) => (
        <Tooltip key={rule} title={translate(`matching.rules.${rule}.help`, { _: rule })}>
          <Chip
            size="small"
            variant="outlined"
            color={rule === sorted[0].rule ? "error" : "default"}
            label={`${translate(`matching.rules.${rule}.label`, { _: rule })}: ${count}`}
          />
        </Tooltip>
      ))}
    </Stack>
  );
};

export const ExclusionsField = (_: FieldProps) => {
  const record = useRecordContext<MatchRequestListRecord>();
  return record ? <ExclusionChips exclusions={record.unmetExclusions} /> : null;
};

/** A moment in the UI's language and Amsterdam time, in the console's one style: "28 nov 2026 17:19". */
export const useFormatDateTime = () => {
  const locale = useDisplayLocale();
  return (value: string | null | undefined, withTime = true) => {
    return formatMoment(value, locale, withTime);
  };
};

/** A YYYY-MM-DD date in the UI's language, read as a calendar day (no time zone shift). */
export const useFormatDay = () => {
  const locale = useDisplayLocale();
  return (day: string | null | undefined) => {
    if (!day) return "–";
    const [year, month, date] = day.split("-").map(Number);
    return new Date(year, month - 1, date).toLocaleDateString(locale, { dateStyle: "medium" });
  };
};

/** "nog 71 uur" / "71 hours left" until a deadline, or "expired". */
export const useTimeLeft = () => {
  const translate = useTranslate();
  return (deadline: string, now = Date.now()) => {
    const hours = (new Date(deadline).getTime() - now) / 3_600_000;
    if (hours <= 0) return translate("matching.deadline.passed");
    if (hours < 1) return translate("matching.deadline.minutes", { smart_count: Math.max(1, Math.round(hours * 60)) });
    return translate("matching.deadline.hours", { smart_count: Math.floor(hours) });
  };
};

export const formatHours = (hours: number, locale: string) => hours.toLocaleString(locale, { maximumFractionDigits: 1 });
