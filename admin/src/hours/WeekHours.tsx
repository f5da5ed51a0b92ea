import ChevronLeftIcon from "@mui/icons-material/ChevronLeft";
import ChevronRightIcon from "@mui/icons-material/ChevronRight";
import SendIcon from "@mui/icons-material/Send";
import TodayIcon from "@mui/icons-material/Today";
import {
  Alert,
  AlertTitle,
  Box,
  Card,
  CardContent,
  CircularProgress,
  IconButton,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableFooter,
  TableHead,
  TableRow,
  TextField,
  Tooltip,
  Typography,
  useMediaQuery,
  type Theme,
} from "@mui/material";
import { useMemo, useState } from "react";
import { useDataProvider, useGetList, useNotify, useRefresh, useTranslate } from "react-admin";
import { MAX_HOURS_PER_DAY } from "../../../server/src/domain/allowance";
import { validHours } from "../../../server/src/domain/declarations";
import { BusyButton } from "../common/BusyButton";
import { ReviewStatusChip, assignmentLabel, useFormatDate } from "../compensation/fields";
import { formatHours, parseDecimal } from "../compensation/money";
import { errorText } from "../common/wordReason";
import { MAX_OWN_ACTIVITY_HOURS } from "../../../server/src/domain/declarations";
import { ACTIVITIES, OWN_ACTIVITIES, type Activity, type DeclarableAssignment, type HourEntryRecord, type OwnActivity } from "../compensation/types";
import { useDisplayLocale } from "../common/useLocalizedName";
import { addDays, isoWeek, lastDeclarableDay, mondayOf, parseIsoDate, utcDateOf, weekDates } from "./week";

// "Uren declareren": the week as a grid of days × the key person's assignments and own
// activities (intervision, training, network meetings, preparation: no assignment, the
// coordinator reviews them); each filled cell becomes one declareHours or
// declareOwnActivity. On a phone the days are stacked.

/** A row of the grid: an assignment, or an own activity. */
interface Row {
  /** the assignment's id, or `own:<activity>` */
  id: string;
  assignment: DeclarableAssignment | null;
  ownActivity: OwnActivity | null;
}

const OWN_PREFIX = "own:";
const ownRowId = (activity: OwnActivity) => `${OWN_PREFIX}${activity}`;
const maxHoursOf = (row: Pick<Row, "ownActivity">) => (row.ownActivity ? MAX_OWN_ACTIVITY_HOURS : MAX_HOURS_PER_DAY);

interface Cell {
  hours: string;
  activity: Activity;
}

type Cells = Record<string, Cell>;

const cellKey = (assignmentId: string, date: string) => `${assignmentId}|${date}`;

/** The hours of a cell, or an error: empty is "nothing to submit". */
function readHours(cell: Cell | undefined, max: number): { hours: number | null; invalid: boolean } {
  if (!cell || cell.hours.trim() === "") return { hours: null, invalid: false };
  const hours = parseDecimal(cell.hours);
  // the server's rule (domain/declarations.ts): quarters of an hour, more than 0, at most a day's worth (an own activity: a long training day)
  if (hours === null || !validHours(hours, max)) return { hours: null, invalid: true };
  return { hours, invalid: false };
}

interface Failure {
  key: string;
  text: string;
}

interface DayState {
  date: string;
  /** why the day takes no hours for this assignment, if it does not */
  closed: "future" | "beforeStart" | null;
}

const dayState = (row: Row, date: string, today: string): DayState => ({
  date,
  closed: date > today ? "future" : row.assignment && date < utcDateOf(row.assignment.proposedAt) ? "beforeStart" : null,
});

/** The entries already declared, by row (assignment or own activity) and date. */
function groupEntries(entries: HourEntryRecord[] | undefined): Map<string, HourEntryRecord[]> {
  const byCell = new Map<string, HourEntryRecord[]>();
  for (const entry of entries ?? []) {
    const rowId = entry.ownActivity ? ownRowId(entry.ownActivity) : entry.assignment ? String(entry.assignment.id) : null;
    if (!rowId) continue;
    const key = cellKey(rowId, entry.date);
    byCell.set(key, [...(byCell.get(key) ?? []), entry]);
  }
  return byCell;
}

const declaredHours = (entries: HourEntryRecord[] | undefined) =>
  (entries ?? []).filter((entry) => entry.status !== "REJECTED").reduce((sum, entry) => sum + entry.hours, 0);

interface CellEditorProps {
  row: Row;
  day: DayState;
  cell: Cell | undefined;
  existing: HourEntryRecord[] | undefined;
  label: string;
  onChange: (cell: Cell) => void;
  dense: boolean;
}

/** Hours (and, once filled, the activity of an assignment) of one row on one day. */
const CellEditor = ({ row, day, cell, existing, label, onChange, dense }: CellEditorProps) => {
  const translate = useTranslate();
  const locale = useDisplayLocale();
  const formatDate = useFormatDate();
  const { invalid } = readHours(cell, maxHoursOf(row));
  const dateText = formatDate(day.date, { weekday: "long", day: "numeric", month: "long" });
  return (
    <Stack sx={{ gap: 0.5, minWidth: dense ? 96 : 0 }}>
      {existing?.map((entry) => (
        <Tooltip key={entry.id} title={entry.reviewReason ?? entry.note ?? (entry.activity ? translate(`compensation.enums.activity.${entry.activity}`) : "")}>
          <Stack direction="row" sx={{ alignItems: "center", gap: 0.5, flexWrap: "wrap" }}>
            <Typography variant="caption" sx={{ fontWeight: 600 }}>
              {translate("compensation.week.hoursShort", { hours: formatHours(entry.hours, locale) })}
            </Typography>
            <ReviewStatusChip status={entry.status} />
          </Stack>
        </Tooltip>
      ))}
      {day.closed ? (
        <Typography variant="caption" color="text.disabled">
          {translate(day.closed === "future" ? "compensation.week.notYet" : "compensation.week.beforeStart")}
        </Typography>
      ) : (
        <>
          <TextField
            size="small"
            value={cell?.hours ?? ""}
            onChange={(event) => onChange({ hours: event.target.value, activity: cell?.activity ?? "SUPPORT" })}
            error={invalid}
            helperText={invalid ? translate("compensation.week.invalidHours", { max: maxHoursOf(row) }) : undefined}
            placeholder="0"
            slotProps={{
              htmlInput: {
                inputMode: "decimal",
                name: `hours.${row.id}.${day.date}`,
                "aria-label": translate("compensation.week.hoursFor", { date: dateText, assignment: label }),
                style: { textAlign: "right" },
              },
            }}
            sx={{ width: dense ? 88 : 96 }}
          />
          {cell && cell.hours.trim() !== "" && row.assignment && (
            <TextField
              select
              size="small"
              variant="standard"
              value={cell.activity}
              onChange={(event) => onChange({ ...cell, activity: event.target.value as Activity })}
              slotProps={{
                select: { native: true },
                htmlInput: {
                  name: `activity.${row.id}.${day.date}`,
                  "aria-label": translate("compensation.week.activityFor", { date: dateText, assignment: label }),
                },
              }}
              sx={{ maxWidth: dense ? 120 : 200, "& select": { fontSize: "0.8rem" } }}
            >
              {ACTIVITIES.map((activity) => (
                <option key={activity} value={activity}>
                  {translate(`compensation.enums.activity.${activity}`)}
                </option>
              ))}
            </TextField>
          )}
        </>
      )}
    </Stack>
  );
};

interface GridProps {
  rows: Row[];
  dates: string[];
  today: string;
  cells: Cells;
  existing: Map<string, HourEntryRecord[]>;
  setCell: (key: string, cell: Cell) => void;
  labelOf: (row: Row) => string;
}

const cellHours = (cells: Cells, existing: Map<string, HourEntryRecord[]>, key: string) =>
  declaredHours(existing.get(key)) + (readHours(cells[key], MAX_HOURS_PER_DAY).hours ?? 0);

/** Desktop: one row per assignment, one column per day, totals at the ends. */
/** The editor of one assignment's hours on one day: in the week table (dense) and on the phone's day cards. */
const DayEditor = ({ grid, row, date, label, dense }: { grid: GridProps; row: Row; date: string; label: string; dense: boolean }) => {
  const key = cellKey(row.id, date);
  return (
    <CellEditor
      row={row}
      day={dayState(row, date, grid.today)}
      cell={grid.cells[key]}
      existing={grid.existing.get(key)}
      label={label}
      onChange={(cell) => grid.setCell(key, cell)}
      dense={dense}
    />
  );
};

const WeekTable = (grid: GridProps) => {
  const { rows, dates, today, cells, existing, labelOf } = grid;
  const translate = useTranslate();
  const locale = useDisplayLocale();
  const formatDate = useFormatDate();
  return (
    <Box sx={{ overflowX: "auto" }}>
      <Table size="small" sx={{ "& td, & th": { verticalAlign: "top", px: 1 } }}>
        <TableHead>
          <TableRow>
            <TableCell>{translate("compensation.fields.assignment")}</TableCell>
            {dates.map((date) => (
              <TableCell key={date} sx={{ fontWeight: date === today ? 700 : undefined, whiteSpace: "nowrap" }}>
                {formatDate(date, { weekday: "short", day: "numeric", month: "short" })}
              </TableCell>
            ))}
            <TableCell align="right">{translate("compensation.week.total")}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => {
            const label = labelOf(row);
            const rowTotal = dates.reduce((sum, date) => sum + cellHours(cells, existing, cellKey(row.id, date)), 0);
            return (
              <TableRow key={row.id} data-testid={`week-row-${row.id}`}>
                <TableCell sx={{ minWidth: 160 }}>
                  <Typography variant="body2" sx={{ fontWeight: 600 }}>
                    {label}
                  </Typography>
                  <Typography variant="caption" color="text.secondary">
                    {row.assignment
                      ? translate("compensation.assignment.since", { date: formatDate(utcDateOf(row.assignment.proposedAt)) })
                      : translate("compensation.week.ownActivity")}
                  </Typography>
                </TableCell>
                {dates.map((date) => (
                  <TableCell key={date}>
                    <DayEditor grid={grid} row={row} date={date} label={label} dense />
                  </TableCell>
                ))}
                <TableCell align="right">{formatHours(rowTotal, locale)}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
        <TableFooter>
          <TableRow>
            <TableCell>{translate("compensation.week.total")}</TableCell>
            {dates.map((date) => (
              <TableCell key={date}>
                {formatHours(
                  rows.reduce((sum, r) => sum + cellHours(cells, existing, cellKey(r.id, date)), 0),
                  locale,
                )}
              </TableCell>
            ))}
            <TableCell align="right" sx={{ fontWeight: 700 }}>
              {formatHours(
                rows.reduce((sum, r) => sum + dates.reduce((s, date) => s + cellHours(cells, existing, cellKey(r.id, date)), 0), 0),
                locale,
              )}
            </TableCell>
          </TableRow>
        </TableFooter>
      </Table>
    </Box>
  );
};

/** Phone: one card per day with a line per assignment and own activity. */
const WeekStack = (grid: GridProps) => {
  const { rows, dates, today, cells, existing, labelOf } = grid;
  const translate = useTranslate();
  const formatDate = useFormatDate();
  const locale = useDisplayLocale();
  return (
    <Stack sx={{ gap: 1 }}>
      {dates.map((date) => {
        const dayTotal = rows.reduce((sum, r) => sum + cellHours(cells, existing, cellKey(r.id, date)), 0);
        return (
          <Card key={date} variant="outlined" sx={{ borderColor: date === today ? "primary.main" : undefined }}>
            <CardContent sx={{ py: 1, "&:last-child": { pb: 1 } }}>
              <Stack direction="row" sx={{ justifyContent: "space-between", mb: 0.5 }}>
                <Typography variant="subtitle2">{formatDate(date, { weekday: "long", day: "numeric", month: "long" })}</Typography>
                <Typography variant="subtitle2" color="text.secondary">
                  {translate("compensation.week.hoursShort", { hours: formatHours(dayTotal, locale) })}
                </Typography>
              </Stack>
              <Stack sx={{ gap: 1 }}>
                {rows.map((row) => {
                  const label = labelOf(row);
                  return (
                    <Stack key={row.id} direction="row" sx={{ gap: 1, alignItems: "flex-start", justifyContent: "space-between" }}>
                      <Typography variant="body2" sx={{ flex: 1, pt: 1 }}>
                        {label}
                      </Typography>
                      <DayEditor grid={grid} row={row} date={date} label={label} dense={false} />
                    </Stack>
                  );
                })}
              </Stack>
            </CardContent>
          </Card>
        );
      })}
    </Stack>
  );
};

export const WeekHours = () => {
  const translate = useTranslate();
  const locale = useDisplayLocale();
  const formatDate = useFormatDate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider();
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down("md"));
  const today = lastDeclarableDay();
  const [monday, setMonday] = useState(() => mondayOf(new Date()));
  const [cells, setCells] = useState<Cells>({});
  const [saving, setSaving] = useState(false);
  const [failures, setFailures] = useState<Failure[]>([]);

  const { data: assignments, isPending } = useGetList<DeclarableAssignment>("declarableAssignments", {
    pagination: { page: 1, perPage: 100 },
  });
  // the latest entries: the week shown is nearly always among them
  const { data: entries } = useGetList<HourEntryRecord>("hourEntries", { pagination: { page: 1, perPage: 100 }, filter: {} });
  const existing = useMemo(() => groupEntries(entries), [entries]);

  const dates = weekDates(monday);
  const { week } = isoWeek(monday);
  const isCurrentWeek = dates.includes(today);
  const labelOf = (row: Row) =>
    row.assignment ? assignmentLabel(row.assignment.request, translate) : translate(`compensation.enums.ownActivity.${row.ownActivity}`);
  // The assignments first, then a row per own activity: those need no assignment.
  const rows: Row[] = [
    ...(assignments ?? []).map((assignment) => ({ id: assignment.id, assignment, ownActivity: null })),
    ...OWN_ACTIVITIES.map((activity) => ({ id: ownRowId(activity), assignment: null, ownActivity: activity })),
  ];

  const setCell = (key: string, cell: Cell) => setCells((current) => ({ ...current, [key]: cell }));

  const byId = new Map(rows.map((row) => [row.id, row]));
  const filled = Object.entries(cells)
    .map(([key, cell]) => {
      const row = byId.get(key.split("|")[0]);
      return { key, cell, ...readHours(cell, row ? maxHoursOf(row) : MAX_HOURS_PER_DAY) };
    })
    .filter(({ cell }) => cell.hours.trim() !== "");
  const invalid = filled.some((item) => item.invalid);

  const submit = async () => {
    setSaving(true);
    setFailures([]);
    const failed: Failure[] = [];
    let done = 0;
    for (const { key, cell, hours } of filled) {
      const [rowId, date] = key.split("|");
      const row = byId.get(rowId);
      try {
        const data = row?.ownActivity ? { ownActivity: row.ownActivity, date, hours } : { assignmentId: rowId, date, hours, activity: cell.activity };
        await dataProvider.create("hourEntries", { data });
        done++;
        setCells((current) => {
          const next = { ...current };
          delete next[key];
          return next;
        });
      } catch (error) {
        failed.push({
          key,
          text: translate("compensation.week.failedItem", {
            date: formatDate(date, { weekday: "short", day: "numeric", month: "short" }),
            assignment: row ? labelOf(row) : rowId,
            message: errorText(error, { translate, locale }),
          }),
        });
      }
    }
    setFailures(failed);
    setSaving(false);
    if (done > 0) notify("compensation.week.submitted", { type: "success", messageArgs: { smart_count: done } });
    refresh();
  };

  const goTo = (next: Date) => {
    setMonday(next);
    setFailures([]);
  };

  return (
    <Card>
      <CardContent>
        <Stack direction={{ xs: "column", sm: "row" }} sx={{ justifyContent: "space-between", alignItems: { sm: "center" }, gap: 1, mb: 1 }}>
          <Typography variant="h6" component="h2">
            {translate("compensation.week.title")}
          </Typography>
          <Stack direction="row" sx={{ alignItems: "center", gap: 0.5 }}>
            <IconButton aria-label={translate("compensation.week.previous")} onClick={() => goTo(addDays(monday, -7))}>
              <ChevronLeftIcon />
            </IconButton>
            <Box sx={{ textAlign: "center", minWidth: 150 }}>
              <Typography variant="subtitle2" component="p" data-testid="week-label">
                {translate("compensation.week.weekLabel", { week })}
              </Typography>
              <Typography variant="caption" color="text.secondary">
                {formatDate(dates[0], { day: "numeric", month: "short" })} – {formatDate(dates[6], { day: "numeric", month: "short", year: "numeric" })}
              </Typography>
            </Box>
            <IconButton
              aria-label={translate("compensation.week.next")}
              onClick={() => goTo(addDays(monday, 7))}
              disabled={isCurrentWeek || parseIsoDate(dates[0]) > new Date()}
            >
              <ChevronRightIcon />
            </IconButton>
            <Tooltip title={translate("compensation.week.thisWeek")}>
              <span>
                <IconButton aria-label={translate("compensation.week.thisWeek")} onClick={() => goTo(mondayOf(new Date()))} disabled={isCurrentWeek}>
                  <TodayIcon />
                </IconButton>
              </span>
            </Tooltip>
          </Stack>
        </Stack>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {translate("compensation.week.help")}
        </Typography>

        {isPending ? (
          <CircularProgress size={24} />
        ) : (
          <>
            {/* Without an assignment, own activities can still be declared. */}
            {!assignments?.length && (
              <Alert severity="info" sx={{ mb: 2 }}>
                {translate("compensation.week.noAssignments")}
              </Alert>
            )}
            {isSmall ? (
              <WeekStack rows={rows} dates={dates} today={today} cells={cells} existing={existing} setCell={setCell} labelOf={labelOf} />
            ) : (
              <WeekTable rows={rows} dates={dates} today={today} cells={cells} existing={existing} setCell={setCell} labelOf={labelOf} />
            )}
            {failures.length > 0 && (
              <Alert severity="error" sx={{ mt: 2 }} onClose={() => setFailures([])}>
                <AlertTitle>{translate("compensation.week.failed")}</AlertTitle>
                {failures.map((failure) => (
                  <Typography key={failure.key} variant="body2">
                    {failure.text}
                  </Typography>
                ))}
              </Alert>
            )}
            <Stack direction="row" sx={{ justifyContent: "flex-end", mt: 2 }}>
              <BusyButton busy={saving} icon={<SendIcon />} disabled={filled.length === 0 || invalid} onClick={submit} fullWidth={isSmall}>
                {filled.length > 0 ? translate("compensation.week.submitCount", { smart_count: filled.length }) : translate("compensation.week.submit")}
              </BusyButton>
            </Stack>
          </>
        )}
      </CardContent>
    </Card>
  );
};
