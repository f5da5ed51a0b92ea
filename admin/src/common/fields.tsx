import WarningAmberIcon from "@mui/icons-material/WarningAmber";
import { Box, Chip, LinearProgress, Stack, Tooltip, Typography, type ChipProps } from "@mui/material";
import { DateField, useRecordContext, useTranslate } from "react-admin";
import type { KeyPersonRecord, KeyPersonStatus } from "../types";
import { useDisplayLocale, useLocalizedName } from "./useLocalizedName";
import { momentOptions } from "./dates";

// Fields of a key person record, used by the list, the show view and "Mijn profiel".
// Each takes `label` only so that Datagrid and SimpleShowLayout can read it.

interface FieldProps {
  label?: string;
  sortable?: boolean;
  /** the column react-admin sorts by when the header is clicked (Datagrid reads it) */
  sortBy?: string;
}

interface ChipSpec {
  key: string;
  label: string;
  title?: string;
  variant?: ChipProps["variant"];
}

/** At most `max` chips, then "+n" with the rest in a tooltip, so list rows stay short. */
/** Without a limit the whole name shows, over two lines if it must, never past the card's edge. */
const WHOLE_LABEL = { maxWidth: "100%", height: "auto", minHeight: 24, "& .MuiChip-label": { whiteSpace: "normal" } } as const;

const ChipRow = ({ chips, max = Infinity, color }: { chips: ChipSpec[]; max?: number; color?: ChipProps["color"] }) => {
  if (chips.length === 0) return <Typography variant="body2">–</Typography>;
  const hidden = chips.slice(max);
  return (
    <Stack direction="row" sx={{ flexWrap: "wrap", gap: 0.5 }}>
      {chips.slice(0, max).map(({ key, label, title, variant }) => (
        <Tooltip key={key} title={title ?? label}>
          <Chip size="small" label={label} variant={variant} color={color} sx={Number.isFinite(max) ? { maxWidth: 200 } : WHOLE_LABEL} />
        </Tooltip>
      ))}
      {hidden.length > 0 && (
        <Tooltip title={hidden.map(({ label }) => label).join(", ")}>
          <Chip size="small" label={`+${hidden.length}`} variant="outlined" color={color} />
        </Tooltip>
      )}
    </Stack>
  );
};

interface ChipFieldProps extends FieldProps {
  max?: number;
  /** names only; the level and dialect show on hover */
  compact?: boolean;
}

/** Languages with their level; a basic level is drawn outlined. */
export const LanguageChips = ({ max, compact = false }: ChipFieldProps) => {
  const record = useRecordContext<KeyPersonRecord>();
  const translate = useTranslate();
  const { nameOf } = useLocalizedName();
  if (!record?.languages) return null;
  const chips = record.languages.map((skill) => {
    const label = `${nameOf(skill.language)} · ${translate(`app.enums.level.${skill.level}`).toLocaleLowerCase()}`;
    return {
      key: skill.language.code,
      label: compact ? nameOf(skill.language) : label,
      title: skill.dialect ? `${label} (${skill.dialect})` : label,
      variant: skill.level === "BASIC" ? ("outlined" as const) : ("filled" as const),
    };
  });
  return <ChipRow chips={chips} max={max} />;
};

export const ExpertiseChips = ({ max }: ChipFieldProps) => {
  const record = useRecordContext<KeyPersonRecord>();
  const { nameOf } = useLocalizedName();
  if (!record?.expertise) return null;
  const chips = record.expertise.map((area) => ({ key: area.code, label: nameOf(area), variant: "outlined" as const }));
  return <ChipRow chips={chips} max={max} color="primary" />;
};

const STATUS_COLOURS: Record<KeyPersonStatus, ChipProps["color"]> = {
  ACTIVE: "success",
  PAUSED: "warning",
  INACTIVE: "default",
};

export const StatusChip = (_: FieldProps) => {
  const record = useRecordContext<KeyPersonRecord>();
  const translate = useTranslate();
  if (!record?.status) return null;
  return <Chip size="small" color={STATUS_COLOURS[record.status]} label={translate(`app.enums.status.${record.status}`)} />;
};

export const StaleFlag = ({ compact = false }: FieldProps & { compact?: boolean }) => {
  const record = useRecordContext<KeyPersonRecord>();
  const translate = useTranslate();
  if (!record) return null;
  if (!record.stale) return compact ? null : <Typography variant="body2">{translate("ra.boolean.false")}</Typography>;
  if (compact) {
    return (
      <Tooltip title={translate("app.keyPersons.staleFlag")}>
        <WarningAmberIcon fontSize="small" color="warning" aria-label={translate("app.keyPersons.staleFlag")} />
      </Tooltip>
    );
  }
  return (
    <Stack direction="row" sx={{ alignItems: "center", gap: 0.5, color: "warning.main" }}>
      <WarningAmberIcon fontSize="small" />
      <Typography variant="body2">{translate("app.keyPersons.staleFlag")}</Typography>
    </Stack>
  );
};

const formatHours = (hours: number, locale: string) => hours.toLocaleString(locale, { maximumFractionDigits: 1 });

/** Committed of capacity hours, with a bar that turns red when fully booked. */
export const CapacityField = (_: FieldProps) => {
  const record = useRecordContext<KeyPersonRecord>();
  const locale = useDisplayLocale();
  const translate = useTranslate();
  if (!record?.workload) return null;
  const { committedHours, weeklyCapacityHours, utilisation } = record.workload;
  return (
    <Box sx={{ minWidth: 96 }}>
      <Typography variant="body2">
        {formatHours(committedHours, locale)} / {translate("app.keyPersons.hoursPerWeek", { hours: formatHours(weeklyCapacityHours, locale) })}
      </Typography>
      <LinearProgress
        variant="determinate"
        value={Math.min(100, utilisation * 100)}
        color={utilisation >= 1 ? "error" : utilisation >= 0.75 ? "warning" : "primary"}
        sx={{ height: 4, borderRadius: 2, mt: 0.5 }}
      />
    </Box>
  );
};

export const WorkloadLine = (_: FieldProps) => {
  const record = useRecordContext<KeyPersonRecord>();
  const locale = useDisplayLocale();
  const translate = useTranslate();
  if (!record?.workload) return null;
  const { committedHours, weeklyCapacityHours, utilisation } = record.workload;
  return (
    <Typography variant="body2">
      {translate("app.keyPersons.workload", {
        committed: formatHours(committedHours, locale),
        capacity: formatHours(weeklyCapacityHours, locale),
        percent: Math.round(utilisation * 100),
      })}
    </Typography>
  );
};

/** A moment's date (and time) in the UI's language and Amsterdam time; DateField alone would use the browser's. */
export const LocalDateField = ({ source, showTime = false }: FieldProps & { source: string; showTime?: boolean }) => {
  const locale = useDisplayLocale();
  return <DateField source={source} showTime={showTime} locales={locale} options={momentOptions(showTime)} />;
};
