import { Box, Table, TableBody, TableCell, TableHead, TableRow, type SxProps, type TableProps, type Theme } from "@mui/material";
import type { Key, ReactNode } from "react";
import { useTranslate } from "react-admin";

export interface Column<T> {
  /** The header's translation key; none for an empty header cell. */
  label?: string;
  align?: "right";
  cell: (row: T) => ReactNode;
  sx?: (row: T) => SxProps<Theme> | undefined;
}

/**
 * A small read-only table: a translated header per column and a row per item. `scroll` lets
 * it scroll sideways on a narrow screen; other props (aria-label, data-testid) go to the table.
 */
export function SimpleTable<T>({
  columns,
  rows,
  rowKey,
  scroll = false,
  ...table
}: { columns: Column<T>[]; rows: T[]; rowKey: (row: T) => Key; scroll?: boolean } & Omit<TableProps, "children">) {
  const translate = useTranslate();
  const content = (
    <Table size="small" {...table}>
      <TableHead>
        <TableRow>
          {columns.map((column, i) => (
            <TableCell key={i} align={column.align}>
              {column.label ? translate(column.label) : null}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={rowKey(row)}>
            {columns.map((column, i) => (
              <TableCell key={i} align={column.align} sx={column.sx?.(row)}>
                {column.cell(row)}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
  return scroll ? <Box sx={{ overflowX: "auto" }}>{content}</Box> : content;
}
