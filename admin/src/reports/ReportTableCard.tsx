import { Box, Card, CardContent, Table, TableBody, TableCell, TableHead, TableRow, Typography, useMediaQuery, useTheme } from "@mui/material";
import { useGetList, useTranslate } from "react-admin";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { chartPlan } from "../../../server/src/domain/report-charts";
import { useDisplayLocale, useLocalizedName } from "../common/useLocalizedName";
import type { ReportTableValue } from "./api";

/** At most this many bars (the first rows, as the server orders them); the table below has every row. */
const MAX_BARS = 20;

const COLOURS = ["#1f6f8b", "#e07a1f", "#4c9a2a", "#a23b72", "#6c5b7b", "#c9a227", "#2e86ab", "#8d6a9f", "#777777"];

/** The words of a report's codes (i18n/reports.*.ts, from the files' own table), a code left as it is when unknown. */
export function useReportWords() {
  const translate = useTranslate();
  const { nameOf } = useLocalizedName();
  // expertise areas are codes the report gives without a name: their names are reference data
  const { data: expertise = [] } = useGetList<{ id: string; code: string; name: string; nameNl: string }>("expertiseAreas", {
    pagination: { page: 1, perPage: 500 },
  });
  const expertiseName = (code: string) => {
    const area = expertise.find((e) => e.code === code);
    return area ? nameOf(area) : code;
  };
  const word = (path: string, code: string) => translate(`reports.${path}.${code}`, { _: code });
  return {
    table: (code: string) => word("tables", code),
    section: (code: string) => word("sections", code),
    column: (code: string) => word("columns", code),
    unit: (code: string) => word("units", code),
    /** A name from data as it is; a code in words. */
    key: (row: { keyKind: string; key: string; label?: string | null }) =>
      row.label ?? (row.keyKind === "EXPERTISE" ? expertiseName(row.key) : translate(`reports.keys.${row.keyKind}.${row.key}`, { _: row.key })),
  };
}

/** A figure in the reader's language with its unit: "12,5 uur", "€ 30,00", "45,0%"; null: a dash. */
export function formatFigure(value: number | null | undefined, unit: string, locale: string, unitWord: string): string {
  if (value === null || value === undefined) return "—";
  const digits = unit === "COUNT" ? 0 : unit === "EUROS" || unit === "HOURS" ? 2 : 1;
  if (unit === "EUROS") return new Intl.NumberFormat(locale, { style: "currency", currency: "EUR" }).format(value);
  const text = new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: unit === "COUNT" ? 0 : Math.min(digits, 1) }).format(
    value,
  );
  if (unit === "PERCENT") return `${text}%`;
  if (unit === "HOURS" || unit === "DAYS") return `${text} ${unitWord}`;
  return text;
}

/** One table of the report: its chart (when it has one), and the table itself below it. */
export const ReportTableCard = ({ table }: { table: ReportTableValue }) => {
  const translate = useTranslate();
  const words = useReportWords();
  const locale = useDisplayLocale();
  const theme = useTheme();
  const still = useMediaQuery("(prefers-reduced-motion: reduce)");
  const plan = chartPlan(table);
  const data = plan.rows.slice(0, MAX_BARS).map((r) => {
    const row = table.rows[r];
    return { name: words.key(row), ...Object.fromEntries(plan.columns.map((c) => [`c${c}`, row.values[c] ?? 0])) };
  });
  const titleId = `report-${table.code}`;
  const figure = (value: number | null | undefined, unit: string) => formatFigure(value, unit, locale, words.unit(unit));
  return (
    <Card sx={{ minWidth: 0 }} data-testid={`report-table-${table.code}`} component="section" aria-labelledby={titleId}>
      <CardContent>
        <Typography variant="h6" component="h3" id={titleId}>
          {words.table(table.code)}
        </Typography>
        {table.rows.length === 0 ? (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
            {translate("reports.empty")}
          </Typography>
        ) : (
          <>
            {plan.columns.length > 0 && data.some((d) => plan.columns.some((c) => (d as Record<string, unknown>)[`c${c}`] !== 0)) && (
              <Box sx={{ height: 50 + data.length * 26, mt: 1 }} aria-hidden data-testid="report-chart">
                <ResponsiveContainer width="100%" height="100%">
                  <BarChart data={data} layout="vertical" margin={{ top: 4, right: 16, left: 8, bottom: 0 }}>
                    <CartesianGrid strokeDasharray="3 3" horizontal={false} />
                    <XAxis type="number" tick={{ fontSize: 12 }} allowDecimals={table.columns[plan.columns[0]].unit !== "COUNT"} />
                    <YAxis type="category" dataKey="name" width={160} tick={{ fontSize: 12 }} interval={0} />
                    <Tooltip formatter={(value, _name, item) => figure(Number(value), table.columns[Number(String(item.dataKey).slice(1))]?.unit ?? "COUNT")} />
                    {plan.stacked && <Legend />}
                    {plan.columns.map((c, i) => (
                      <Bar
                        key={c}
                        dataKey={`c${c}`}
                        name={words.column(table.columns[c].code)}
                        stackId={plan.stacked ? "parts" : undefined}
                        fill={plan.stacked ? COLOURS[i % COLOURS.length] : theme.palette.primary.main}
                        isAnimationActive={!still}
                      />
                    ))}
                  </BarChart>
                </ResponsiveContainer>
              </Box>
            )}
            <Box sx={{ overflowX: "auto", mt: 1 }}>
              <Table size="small" aria-labelledby={titleId} data-testid="report-table">
                <TableHead>
                  <TableRow>
                    <TableCell>{translate("reports.name")}</TableCell>
                    {table.columns.map((column) => (
                      <TableCell key={column.code} align="right">
                        {words.column(column.code)}
                      </TableCell>
                    ))}
                  </TableRow>
                </TableHead>
                <TableBody>
                  {table.rows.map((row) => (
                    <TableRow key={`${row.keyKind}:${row.key}`} sx={row.keyKind === "TOTAL" ? { "& td": { fontWeight: 600 } } : undefined}>
                      <TableCell>{words.key(row)}</TableCell>
                      {table.columns.map((column, i) => (
                        <TableCell key={column.code} align="right" title={row.values[i] === null ? translate("reports.suppressedHelp") : undefined}>
                          {figure(row.values[i], column.unit)}
                        </TableCell>
                      ))}
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </Box>
          </>
        )}
      </CardContent>
    </Card>
  );
};
