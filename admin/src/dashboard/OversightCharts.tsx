import { Box, Card, CardContent, Table, TableBody, TableCell, TableRow, Typography, useMediaQuery, useTheme } from "@mui/material";
import type { ReactNode } from "react";
import { useTranslate } from "react-admin";
import { SimpleTable } from "../common/SimpleTable";
import { Bar, BarChart, CartesianGrid, Cell, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useFormatDate } from "../compensation/fields";
import { formatHours } from "../compensation/money";
import { useDisplayLocale } from "../common/useLocalizedName";
import type { OversightDashboardQuery } from "../gql/graphql";

export type UtilisationBucket = OversightDashboardQuery["result"]["utilisation"][number];

export type WeekHours = OversightDashboardQuery["result"]["weeklyHours"][number];

export type WorkHours = OversightDashboardQuery["result"]["hoursByWork"][number];

export type KindCount = OversightDashboardQuery["result"]["unmetByKind"][number];

/** A chart with its figures as a table under a disclosure, for screen readers and for reading exact values. */
const ChartCard = ({ title, help, chart, table }: { title: string; help: string; chart: ReactNode; table: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Card sx={{ minWidth: 0 }}>
      <CardContent>
        <Typography variant="h6" component="h2">
          {translate(title)}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate(help)}
        </Typography>
        <Box sx={{ height: 240 }} aria-hidden>
          {chart}
        </Box>
        <Box component="details" sx={{ mt: 1, "& summary": { cursor: "pointer", color: "text.secondary", fontSize: "0.875rem" } }}>
          <summary>{translate("oversight.dashboard.chartTable")}</summary>
          {table}
        </Box>
      </CardContent>
    </Card>
  );
};

/** Whether to draw the charts without their animation: when the reader asked the system for less motion. */
const useStillCharts = () => useMediaQuery("(prefers-reduced-motion: reduce)");

/** The utilisation buckets of active key persons (committed hours / capacity; or, booked: the coming week's load / capacity). */
export const UtilisationChart = ({ buckets, booked = false }: { buckets: UtilisationBucket[]; booked?: boolean }) => {
  const translate = useTranslate();
  const theme = useTheme();
  const data = buckets.map((b) => ({ ...b, name: b.label === "over 100%" ? translate("oversight.dashboard.over100") : b.label }));
  const still = useStillCharts();
  const colour = (label: string) =>
    label === "over 100%" ? theme.palette.error.main : label === "76–100%" ? theme.palette.warning.main : theme.palette.primary.main;
  return (
    <ChartCard
      title={booked ? "oversight.dashboard.bookedTitle" : "oversight.dashboard.utilisationTitle"}
      help={booked ? "oversight.dashboard.bookedHelp" : "oversight.dashboard.utilisationHelp"}
      chart={
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} margin={{ top: 8, right: 8, left: -16, bottom: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="name" tick={{ fontSize: 12 }} />
            <YAxis allowDecimals={false} tick={{ fontSize: 12 }} />
            <Tooltip formatter={(value) => [value, translate("oversight.dashboard.keyPersons")]} />
            <Bar dataKey="count" name={translate("oversight.dashboard.keyPersons")} radius={[4, 4, 0, 0]} isAnimationActive={!still}>
              {data.map((bucket) => (
                <Cell key={bucket.label} fill={colour(bucket.label)} />
              ))}
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      }
      table={
        <Table size="small">
          <TableBody>
            {data.map((bucket) => (
              <TableRow key={bucket.label}>
                <TableCell>{bucket.name}</TableCell>
                <TableCell align="right">{bucket.count}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      }
    />
  );
};

/** Declared hours per week against the capacity of the active key persons, 12 weeks. */
export const WeeklyHoursChart = ({ weeks }: { weeks: WeekHours[] }) => {
  const translate = useTranslate();
  const theme = useTheme();
  const locale = useDisplayLocale();
  const formatDate = useFormatDate();
  const short = (iso: string) => formatDate(iso, { day: "numeric", month: "short" });
  const still = useStillCharts();
  return (
    <ChartCard
      title="oversight.dashboard.weeklyTitle"
      help="oversight.dashboard.weeklyHelp"
      chart={
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart data={weeks} margin={{ top: 8, right: 8, left: 0, bottom: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="weekEnding" tickFormatter={short} tick={{ fontSize: 12 }} />
            <YAxis tick={{ fontSize: 12 }} tickFormatter={(value: number) => formatHours(value, locale)} />
            <Tooltip
              labelFormatter={(label) => translate("oversight.dashboard.weekEnding", { date: formatDate(String(label)) })}
              formatter={(value) => formatHours(Number(value), locale)}
            />
            <Legend />
            <Bar
              dataKey="declaredHours"
              name={translate("oversight.dashboard.declared")}
              fill={theme.palette.primary.main}
              radius={[4, 4, 0, 0]}
              isAnimationActive={!still}
            />
            <Line
              type="stepAfter"
              dataKey="capacityHours"
              name={translate("oversight.dashboard.capacity")}
              stroke={theme.palette.secondary.main}
              strokeWidth={2}
              dot={false}
              isAnimationActive={!still}
            />
          </ComposedChart>
        </ResponsiveContainer>
      }
      table={
        <SimpleTable
          rows={weeks}
          rowKey={(week) => week.weekEnding}
          columns={[
            { cell: (week) => translate("oversight.dashboard.weekEnding", { date: formatDate(week.weekEnding) }) },
            { label: "oversight.dashboard.declared", align: "right", cell: (week) => formatHours(week.declaredHours, locale) },
            { label: "oversight.dashboard.capacity", align: "right", cell: (week) => formatHours(week.capacityHours, locale) },
          ]}
        />
      }
    />
  );
};

/**
 * Hours of the dashboard's weeks per kind of request and per own activity (issue 16), with
 * the unmet requests of each kind: a table, which stays readable on a phone.
 */
export const WorkByKindCard = ({ work, unmet }: { work: WorkHours[]; unmet: KindCount[] }) => {
  const translate = useTranslate();
  const locale = useDisplayLocale();
  const label = (row: WorkHours) =>
    row.kind
      ? translate(`oversight.dashboard.kinds.${row.kind}`)
      : translate("oversight.dashboard.ownActivity", { activity: translate(`compensation.enums.ownActivity.${row.ownActivity}`) });
  const unmetOf = (row: WorkHours) => (row.kind ? String(unmet.find((u) => u.kind === row.kind)?.count ?? 0) : "");
  return (
    <Card sx={{ minWidth: 0 }}>
      <CardContent>
        <Typography variant="h6" component="h2">
          {translate("oversight.dashboard.workTitle")}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate("oversight.dashboard.workHelp")}
        </Typography>
        <SimpleTable
          data-testid="work-by-kind"
          rows={work}
          rowKey={(row) => row.kind ?? `own:${row.ownActivity}`}
          columns={[
            { label: "oversight.dashboard.work", cell: label },
            { label: "oversight.dashboard.declared", align: "right", cell: (row) => formatHours(row.declaredHours, locale) },
            { label: "oversight.dashboard.approved", align: "right", cell: (row) => formatHours(row.approvedHours, locale) },
            { label: "oversight.dashboard.unmet", align: "right", cell: unmetOf },
          ]}
        />
      </CardContent>
    </Card>
  );
};
