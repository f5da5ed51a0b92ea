// What an import answers: per row what it will do (or did) and why. Types only, shared
// with the console (admin/src/import/api.ts), which shows this report.
import type { Coded } from "../domain/reasons";
import type { ColumnKey } from "./columns";

/** One problem of a row: its column, an English message for API users, its code and params (the console words these). */
export type RowProblem = {
  /** The column the problem is about; null: the row as a whole. */
  field: ColumnKey | null;
  message: string;
} & Coded;

export type RowAction = "create" | "update" | "unchanged" | "refuse";

export interface ReportRow {
  /** The line of the file (the header is line 1). */
  line: number;
  action: RowAction;
  email: string;
  name: string;
  problems: RowProblem[];
  /** For an update: the fields that change. */
  changes?: string[];
  /** After the import: the key person's id. */
  keyPersonId?: number;
  /** After the import, for a created key person: the one-time link to set a password and confirm the profile. */
  invitationUrl?: string;
}

export interface ImportReport {
  dryRun: boolean;
  /** True when the rows were written. */
  imported: boolean;
  delimiter: string;
  /** Header cells that are no column of ours: ignored. */
  ignoredColumns: string[];
  rows: ReportRow[];
  summary: { rows: number; create: number; update: number; unchanged: number; refuse: number; invitations: number };
}
