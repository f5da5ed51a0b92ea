// The file endpoints beside /graphql (server/src/registry-import/import.router.ts): the
// import's dry run and import, the template, and the CSV exports, with the bearer token.
import { getToken } from "../dataProvider/graphqlClient";
import { saveFile } from "../common/download";

export type { ImportReport, ReportRow, RowAction, RowProblem } from "../../../server/src/registry-import/report";
import type { ImportReport, ReportRow } from "../../../server/src/registry-import/report";

/** A refusal of the file as a whole (empty, not CSV, too large, missing columns …), with its reason as the GraphQL errors carry it. */
export class ImportFileError extends Error {
  readonly body: { reason?: string; params?: Record<string, unknown> };
  constructor(
    message: string,
    readonly code: string,
    readonly status: number,
    reason?: string,
    params?: Record<string, unknown>,
  ) {
    super(message);
    this.body = { reason, params };
  }
}

type ErrorBody = { error?: { code: string; message: string; reason?: string; params?: Record<string, unknown> } };

const authHeader = (): Record<string, string> => {
  const token = getToken();
  return token ? { Authorization: `Bearer ${token}` } : {};
};

/**
 * Sends the file as it is (the server streams it): a dry run, or the import. A report
 * comes back also when rows are refused (HTTP 422 on an import); a file-level refusal
 * throws ImportFileError with the server's message.
 */
export async function sendImport(file: Blob, dryRun: boolean): Promise<ImportReport> {
  let response: Response;
  try {
    response = await fetch(`/api/import/key-persons?dryRun=${dryRun}`, {
      method: "POST",
      headers: { "Content-Type": "text/csv", ...authHeader() },
      body: file,
    });
  } catch {
    throw new ImportFileError("ra.notification.offline", "OFFLINE", 0);
  }
  const body = (await response.json().catch(() => null)) as (ImportReport & ErrorBody) | null;
  if (body?.rows && body.summary) return body;
  const error = body?.error;
  throw new ImportFileError(error?.message ?? "ra.notification.http_error", error?.code ?? "HTTP_ERROR", response.status, error?.reason, error?.params);
}

/** Fetches a CSV with the bearer token and saves it under the server's file name. */
export async function downloadFile(path: string, fallbackName: string): Promise<void> {
  const response = await fetch(path, { headers: authHeader() });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as ErrorBody | null;
    const error = body?.error;
    throw new ImportFileError(error?.message ?? "ra.notification.http_error", error?.code ?? "HTTP_ERROR", response.status, error?.reason, error?.params);
  }
  const blob = await response.blob();
  const name = /filename="([^"]+)"/.exec(response.headers.get("Content-Disposition") ?? "")?.[1] ?? fallbackName;
  saveFile([blob], blob.type, name);
}

/** Report rows in the order the page shows them: refused first, then by line. */
export function rowsToShow(report: ImportReport, onlyRefused: boolean): ReportRow[] {
  const rows = onlyRefused ? report.rows.filter((r) => r.action === "refuse") : report.rows;
  return [...rows].sort((a, b) => Number(b.action === "refuse") - Number(a.action === "refuse") || a.line - b.line);
}

/** Whether the confirm button may send the file: nothing refused, and something to create or update. */
export const canConfirm = (report: ImportReport | null): boolean =>
  !!report && report.dryRun && report.summary.refuse === 0 && report.summary.create + report.summary.update > 0;
