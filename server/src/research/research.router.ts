// The research extract (issue 20), a CSV file beside /graphql:
//   GET /api/research/extract.csv?start=YYYY-MM-DD&end=YYYY-MM-DD&purpose=…
// The national coordinator only, with the bearer token of the GraphQL API. Errors are JSON:
// { error: { code, message, reason, params, field } }; a refused extract is not audited,
// a made one always is (research.service.ts). docs/research-extract.md describes the file.
import express from "express";
import type { DataSource } from "typeorm";
import type { Clock } from "../clock";
import type { Services } from "../context";
import { coded, type Coded } from "../domain/reasons";
import { extractInputProblem } from "../domain/research-extract";
import { ResearchExtractService } from "./research.service";
import { sendError } from "../shared/http-errors";

export interface ResearchRouterDeps {
  dataSource: DataSource;
  services: Pick<Services, "auth">;
  clock: Clock;
  log: (line: string) => void;
}

const MESSAGES: Record<string, string> = {
  VALUE_REQUIRED: "Give the first and last day of the period (YYYY-MM-DD) and the purpose of the extract",
  NOT_A_DATE: "Give the days as YYYY-MM-DD",
  PERIOD_INVALID: "The period must end on or after its first day and span at most 366 days",
  TEXT_TOO_LONG: "The purpose is too long",
  TEXT_CONTAINS_NUL: "The purpose contains a NUL character",
};

const single = (value: unknown): string | null => (typeof value === "string" ? value : null);

export function researchRouter(deps: ResearchRouterDeps): express.Router {
  const router = express.Router();
  const extracts = new ResearchExtractService(deps.dataSource, deps.clock);

  router.get("/extract.csv", async (req, res) => {
    try {
      const session = await deps.services.auth.actorFor(req.headers.authorization);
      if (!session) {
        sendError(res, 401, "UNAUTHENTICATED", "Log in first, or again: send Authorization: Bearer <token> from login", coded("NOT_SIGNED_IN"));
        return;
      }
      // The national coordinator only: a regional coordinator's region is too small a population
      // to anonymise, and research is a national question (docs/research-extract.md).
      if (session.actor.role !== "COORDINATOR") {
        sendError(res, 403, "FORBIDDEN", "Only the national coordinator makes research extracts", coded("ROLE_NOT_ALLOWED"));
        return;
      }
      const input = { start: single(req.query.start), end: single(req.query.end), purpose: single(req.query.purpose) };
      const problem = extractInputProblem(input);
      if (problem) {
        sendError(res, 400, "BAD_USER_INPUT", MESSAGES[problem.reason], { code: problem.reason, params: problem.params } as Coded, problem.field);
        return;
      }
      const extract = await extracts.create(session.actor, { start: input.start!, end: input.end!, purpose: input.purpose!.trim() });
      res.setHeader("Content-Type", "text/csv; charset=utf-8");
      res.setHeader("Content-Disposition", `attachment; filename="sleutelkaart-research-${input.start}-${input.end}.csv"`);
      res.setHeader("Cache-Control", "no-store");
      res.setHeader("X-Extract-Rows", String(extract.counts.rows));
      res.setHeader("X-Extract-Suppressed", String(extract.counts.suppressed));
      res.send(extract.csv);
    } catch (error) {
      deps.log(`Unexpected error in ${req.method} ${req.originalUrl.split("?")[0]}: ${(error as Error)?.stack ?? String(error)}`);
      sendError(res, 500, "INTERNAL_SERVER_ERROR", "Something went wrong on our side; it has been logged. Try again.", coded("INTERNAL_ERROR"));
    }
  });
  return router;
}
