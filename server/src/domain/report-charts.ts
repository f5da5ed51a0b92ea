// What a report table's chart draws (issue 20), for the console's charts and the PDF's
// alike: which columns are the bars, whether they stack, and which rows. Pure.

/** Columns that sum the others: never a part of a stack. */
const TOTAL_COLUMNS = new Set(["DECLARED_HOURS", "APPROVED_HOURS"]);

export interface ChartTable {
  chart: string;
  columns: readonly { code: string; unit: string }[];
  rows: readonly { keyKind: string; values: readonly (number | null)[] }[];
}

export interface ChartPlan {
  /** Indices of the columns drawn: one for a bar chart, the parts for a stacked one; none: no chart. */
  columns: number[];
  stacked: boolean;
  /** Indices of the rows drawn: not the total (it would dwarf the others), and not a row without a figure. */
  rows: number[];
}

export function chartPlan(table: ChartTable): ChartPlan {
  if (table.chart === "NONE" || table.columns.length === 0) return { columns: [], stacked: false, rows: [] };
  const stacked = table.chart === "STACKED_BAR";
  let columns = [0];
  if (stacked) {
    const unit = table.columns[0].unit;
    columns = [];
    for (let i = 0; i < table.columns.length && table.columns[i].unit === unit && !TOTAL_COLUMNS.has(table.columns[i].code); i++) columns.push(i);
  }
  const rows = table.rows
    .map((row, i) => ({ row, i }))
    .filter(({ row }) => row.keyKind !== "TOTAL" && columns.some((c) => typeof row.values[c] === "number"))
    .map(({ i }) => i);
  return { columns, stacked: stacked && columns.length > 1, rows };
}
