// The report as files, beside /graphql (issue 20):
//   GET /api/reports/report.csv?period=&start=&municipalityCodes=&provinceCode=&funder=&lang=nl|en
//   GET /api/reports/report.xlsx?…same
//   GET /api/reports/quarterly.pdf?funder=…&period=QUARTER&start=…&lang=nl|en  (period defaults to QUARTER)
// The parameters mirror ReportInput (municipalityCodes comma-separated or repeated). Each
// file is made from the Report that the query `report(input)` returns for the same input
// and the same caller (the reports service), so a file never disagrees with the page.
// The bearer token as for the GraphQL API; the query's access rules (coordinators for
// their scope, organisations for their own requests, key persons none). Errors are JSON:
// { error: { code, message, reason, params } }, as the import/export routes answer.
// Every download is audited (exportReport), as the registry's exports are.

import express from "express";
import { GraphQLError } from "graphql";
import type { DataSource } from "typeorm";
import { audit } from "../audit/audit.service";
import type { Clock } from "../clock";
import type { Services } from "../context";
import type { Actor } from "../domain/access";
import { NATIONAL_SCHEME } from "../domain/funder";
import { coded, type Coded } from "../domain/reasons";
import { REPORT_FILE_TEXT, REPORT_KEY_WORDS, periodName, type ReportLanguage } from "../domain/report-words";
import { isIsoDate } from "../shared/scalars";
import { isDatabaseUnavailable } from "../db/unavailable";
import type { ReferenceData } from "../reference/reference.service";
import { isoDay, type ReportData, type ReportScopeNames } from "./report";
import { reportCsv } from "./report.csv";
import { reportPdf } from "./report.pdf";
import { reportXlsx } from "./report.xlsx";
import { sendError } from "../shared/http-errors";

/** ReportInput, as the query takes it. */
export interface ReportInputData {
  period: "MONTH" | "QUARTER" | "YEAR";
  start: string;
  municipalityCodes?: string[] | null;
  provinceCode?: string | null;
  funder?: string | null;
}

/** The query's own work: the same Report for the same caller and input (the reports service). */
export type ReportSource = (actor: Actor, input: ReportInputData) => Promise<ReportData>;

export interface ReportsRouterDeps {
  dataSource: DataSource;
  services: Pick<Services, "auth">;
  reference: ReferenceData;
  clock: Clock;
  log: (line: string) => void;
  report: ReportSource;
  /** The PDF's font (config.statementFont). */
  fontPath: string | null;
}

const PERIODS = ["MONTH", "QUARTER", "YEAR"] as const;
/** More than there are municipalities would never be a real request. */
const MAX_MUNICIPALITIES = 400;

const STATUS_OF: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  SERVICE_UNAVAILABLE: 503,
};

export const CONTENT_TYPES = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pdf: "application/pdf",
} as const;
type Format = keyof typeof CONTENT_TYPES;

class ParamProblem extends Error {
  constructor(
    message: string,
    readonly reason: Coded,
    readonly field: string,
  ) {
    super(message);
  }
}

const one = (value: unknown): string | undefined => {
  if (value === undefined) return undefined;
  if (typeof value === "string") return value;
  throw new ParamProblem("Give this parameter once", coded("INVALID_INPUT"), "");
};

/** The query string as ReportInput; a malformed one is refused before any work. */
export function parseReportQuery(query: express.Request["query"], defaultPeriod: ReportInputData["period"] | null): ReportInputData {
  const field = <T>(name: string, read: () => T): T => {
    try {
      return read();
    } catch (error) {
      if (error instanceof ParamProblem) throw new ParamProblem(`${name}: ${error.message}`, error.reason, name);
      throw error;
    }
  };
  const period = field("period", () => {
    const value = one(query.period) ?? defaultPeriod;
    if (!value) throw new ParamProblem("give MONTH, QUARTER or YEAR", coded("VALUE_REQUIRED"), "period");
    if (!(PERIODS as readonly string[]).includes(value)) throw new ParamProblem("MONTH, QUARTER or YEAR", coded("INVALID_INPUT"), "period");
    return value as ReportInputData["period"];
  });
  const start = field("start", () => {
    const value = one(query.start);
    if (!value) throw new ParamProblem("give the first day of the period (YYYY-MM-DD)", coded("VALUE_REQUIRED"), "start");
    if (!isIsoDate(value)) throw new ParamProblem("a date as YYYY-MM-DD", coded("NOT_A_DATE", { value: value.slice(0, 40) }), "start");
    return value;
  });
  const municipalityCodes = field("municipalityCodes", () => {
    const raw = query.municipalityCodes;
    if (raw === undefined) return null;
    const list = (Array.isArray(raw) ? raw : [raw]).flatMap((v) => (typeof v === "string" ? v.split(",") : [])).map((v) => v.trim());
    const codes = list.filter(Boolean);
    if (codes.length > MAX_MUNICIPALITIES) throw new ParamProblem("too many", coded("TOO_MANY", { max: MAX_MUNICIPALITIES }), "municipalityCodes");
    return codes.length ? codes : null;
  });
  const provinceCode = field("provinceCode", () => one(query.provinceCode)?.trim() || null);
  const funder = field("funder", () => one(query.funder)?.trim() || null);
  return { period, start, municipalityCodes, provinceCode, funder };
}

export function reportsRouter(deps: ReportsRouterDeps): express.Router {
  const router = express.Router();

  /** A report's reader behind the bearer token: key persons read none; the service decides the scope. */
  async function reader(req: express.Request, res: express.Response): Promise<Actor | null> {
    const session = await deps.services.auth.actorFor(req.headers.authorization);
    if (!session) {
      sendError(res, 401, "UNAUTHENTICATED", "Log in first, or again: send Authorization: Bearer <token> from login", coded("NOT_SIGNED_IN"));
      return null;
    }
    if (session.actor.role === "KEY_PERSON") {
      sendError(res, 403, "FORBIDDEN", "Reports are for coordinators and organisations", coded("ROLE_NOT_ALLOWED"));
      return null;
    }
    return session.actor;
  }

  /** The names the files print above the figures: the funder's, the province's, the municipalities'. */
  async function scopeNames(report: ReportData, input: ReportInputData, language: ReportLanguage): Promise<ReportScopeNames> {
    let funder: string | null = null;
    if (input.funder) {
      const fromRows = report.tables.flatMap((t) => t.rows).find((r) => r.keyKind === "FUNDER" && r.key === input.funder && r.label)?.label;
      if (fromRows) funder = fromRows;
      else if (input.funder === NATIONAL_SCHEME) funder = REPORT_KEY_WORDS.FUNDER.NATIONAL_SCHEME[language];
      else {
        const id = /^ORGANISATION:(\d{1,9})$/.exec(input.funder)?.[1];
        const rows: { name: string }[] = id ? await deps.dataSource.query(`SELECT name FROM organisation WHERE id = $1`, [Number(id)]) : [];
        funder = rows[0]?.name ?? input.funder;
      }
    }
    const municipalities = (input.municipalityCodes ?? []).map((code) => deps.reference.municipalities.get(code)?.name ?? code);
    const province = input.provinceCode
      ? ([...deps.reference.municipalities.values()].find((m) => m.provinceCode === input.provinceCode)?.province ?? input.provinceCode)
      : null;
    const codeNames = { EXPERTISE: new Map([...deps.reference.expertise.values()].map((e) => [e.code, { nl: e.nameNl, en: e.name }])) };
    return { funder, province, municipalities, codeNames };
  }

  const serve =
    (format: Format, defaultPeriod: ReportInputData["period"] | null): express.RequestHandler =>
    async (req, res) => {
      try {
        const actor = await reader(req, res);
        if (!actor) return;
        const language: ReportLanguage = req.query.lang === "en" ? "en" : "nl";
        let input: ReportInputData;
        try {
          input = parseReportQuery(req.query, defaultPeriod);
        } catch (error) {
          if (!(error instanceof ParamProblem)) throw error;
          sendError(res, 400, "BAD_USER_INPUT", error.message, error.reason, error.field);
          return;
        }
        const report = await deps.report(actor, input);
        const names = await scopeNames(report, input, language);
        const text = REPORT_FILE_TEXT[language];
        const quarterly = format === "pdf";
        const title = quarterly && report.period === "QUARTER" ? text.quarterlyTitle : text.title;
        const body =
          format === "csv"
            ? Buffer.from(reportCsv(report, language, names.codeNames), "utf8")
            : format === "xlsx"
              ? await reportXlsx(report, language, names, `${title} — ${periodName(report.period, isoDay(report.start), language)}`)
              : await reportPdf(report, language, names, { fontPath: deps.fontPath });
        // Who took which figures out of the system: the input and the file, never a figure.
        await audit(deps.dataSource.manager, actor, {
          action: "exportReport",
          entityType: "Report",
          detail: { format, language, ...input, scope: report.scope, tables: report.tables.length },
        });
        res.setHeader("Content-Type", CONTENT_TYPES[format]);
        res.setHeader("Content-Disposition", `attachment; filename="${fileName(format, report, input, language)}"`);
        res.setHeader("Cache-Control", "no-store");
        res.end(body);
      } catch (error) {
        if (error instanceof GraphQLError && typeof error.extensions?.code === "string" && STATUS_OF[error.extensions.code]) {
          const { code, reason, params } = error.extensions as { code: string; reason?: string; params?: Record<string, unknown> };
          if (!res.headersSent)
            res.status(STATUS_OF[code]).json({
              error: {
                code,
                message: error.message,
                reason: reason ?? "INVALID_INPUT",
                params: params ?? {},
                ...(error.extensions.field ? { field: error.extensions.field } : {}),
              },
            });
          return;
        }
        if (isDatabaseUnavailable(error)) {
          sendError(res, 503, "SERVICE_UNAVAILABLE", "The database cannot be reached right now; try again in a moment", coded("DATABASE_UNAVAILABLE"));
          return;
        }
        deps.log(`Unexpected error in ${req.method} ${req.path}: ${(error as Error)?.stack ?? String(error)}`);
        if (res.headersSent) res.destroy();
        else sendError(res, 500, "INTERNAL_SERVER_ERROR", "Something went wrong on our side; it has been logged. Try again.", coded("INTERNAL_ERROR"));
      }
    };

  router.get("/report.csv", serve("csv", null));
  router.get("/report.xlsx", serve("xlsx", null));
  router.get("/quarterly.pdf", serve("pdf", "QUARTER"));
  return router;
}

/** "sleutelkaart-rapportage-2025-Q2.csv", "sleutelkaart-kwartaalrapportage-2025-Q2-organisatie-7.pdf", "sleutelkaart-report-2025-03.xlsx". */
export function fileName(format: Format, report: ReportData, input: ReportInputData, language: ReportLanguage): string {
  const start = isoDay(report.start);
  const month = Number(start.slice(5, 7));
  const when =
    report.period === "YEAR" ? start.slice(0, 4) : report.period === "QUARTER" ? `${start.slice(0, 4)}-Q${Math.floor((month - 1) / 3) + 1}` : start.slice(0, 7);
  const what =
    format === "pdf" && report.period === "QUARTER"
      ? language === "nl"
        ? "kwartaalrapportage"
        : "quarterly-report"
      : language === "nl"
        ? "rapportage"
        : "report";
  const funder = input.funder ? `-${input.funder.toLowerCase().replace(/[^a-z0-9]+/g, "-")}` : "";
  return `sleutelkaart-${what}-${when}${funder}.${format}`;
}
