// HTTP endpoints for files, beside /graphql (GraphQL carries no file bodies or downloads well):
//   POST /api/import/key-persons?dryRun=true|false   body: the CSV (text/csv or application/octet-stream)
//   GET  /api/import/key-persons/template.csv?lang=nl|en
//   GET  /api/export/key-persons.csv?lang=nl|en
//   GET  /api/export/organisations.csv?lang=nl|en
// Coordinators only (a regional coordinator: their region), with the same bearer token as
// the GraphQL API. Errors are JSON: { error: { code, message } }.

import { coded } from "../domain/reasons";
import express from "express";
import { PassThrough } from "node:stream";
import type { DataSource } from "typeorm";
import { audit } from "../audit/audit.service";
import type { Clock } from "../clock";
import type { Services } from "../context";
import { isCoordinator, type Actor } from "../domain/access";
import type { ReferenceData } from "../reference/reference.service";
import type { HeaderLanguage } from "./columns";
import { FileProblem, MAX_UPLOAD_BYTES, tooLarge } from "./csv-stream";
import { RegistryExportService } from "./export.service";
import { RegistryImportService } from "./import.service";
import { sendError } from "../shared/http-errors";

export interface ImportRouterDeps {
  dataSource: DataSource;
  services: Pick<Services, "auth" | "invitations">;
  reference: ReferenceData;
  clock: Clock;
  log: (line: string) => void;
  /**
   * Where the console runs (PUBLIC_URL, config.ts), for the invitation links. Never the
   * request's Origin or Host: a link in someone's mailbox must not point where a caller said.
   */
  publicUrl: string;
  /** Tests lower it; 20 MB otherwise. */
  maxUploadBytes?: number;
}

/** What browsers and tools send for a .csv file. */
const CSV_TYPES = [
  "text/csv",
  "application/octet-stream",
  "text/plain",
  "application/csv",
  "application/vnd.ms-excel",
  "text/comma-separated-values",
  // an Excel workbook (.xlsx), read by workbook.ts
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
];

const languageOf = (req: express.Request): HeaderLanguage => (req.query.lang === "en" ? "en" : "nl");

/** How long a refused upload may go on sending before the connection is cut. */
const DRAIN_GRACE_MS = 30_000;

/** Resolves once the request has been read to its end, or after `graceMs`. */
function drained(req: express.Request, graceMs: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, graceMs);
    function done() {
      clearTimeout(timer);
      req.off("end", done);
      req.off("close", done);
      resolve();
    }
    req.on("end", done);
    req.on("close", done);
    req.resume();
  });
}

export function importExportRouter(deps: ImportRouterDeps): express.Router {
  const router = express.Router();
  const limit = deps.maxUploadBytes ?? MAX_UPLOAD_BYTES;
  const imports = new RegistryImportService(deps.dataSource, deps.reference, deps.services.invitations, deps.clock);
  const exports = new RegistryExportService(deps.dataSource);

  /** The coordinator behind the bearer token; answers 401/403 and returns null otherwise. */
  async function coordinator(req: express.Request, res: express.Response): Promise<Actor | null> {
    const session = await deps.services.auth.actorFor(req.headers.authorization);
    if (!session) {
      sendError(res, 401, "UNAUTHENTICATED", "Log in first, or again: send Authorization: Bearer <token> from login", coded("NOT_SIGNED_IN"));
      return null;
    }
    if (!isCoordinator(session.actor)) {
      sendError(res, 403, "FORBIDDEN", "Only coordinators import and export the registry", coded("ROLE_NOT_ALLOWED"));
      return null;
    }
    return session.actor;
  }

  const handle =
    (work: (req: express.Request, res: express.Response) => Promise<void>): express.RequestHandler =>
    async (req, res) => {
      try {
        await work(req, res);
      } catch (error) {
        deps.log(`Unexpected error in ${req.method} ${req.path}: ${(error as Error)?.stack ?? String(error)}`);
        if (res.headersSent) res.destroy();
        else
          sendError(
            res,
            500,
            "INTERNAL_SERVER_ERROR",
            "Something went wrong on our side; it has been logged. Nothing was imported. Try again, or tell the coordinator if it persists.",
            coded("INTERNAL_ERROR"),
          );
      }
    };

  router.post(
    "/import/key-persons",
    handle(async (req, res) => {
      const actor = await coordinator(req, res);
      if (!actor) return;
      const dryRunParam = String(req.query.dryRun ?? "true").toLowerCase();
      if (!["true", "false", "1", "0"].includes(dryRunParam)) {
        sendError(res, 400, "BAD_REQUEST", `dryRun must be true or false, got "${dryRunParam}"`, coded("IMPORT_BAD_DRY_RUN"));
        return;
      }
      const dryRun = dryRunParam === "true" || dryRunParam === "1";
      const type = (req.headers["content-type"] ?? "").split(";")[0].trim().toLowerCase();
      if (type && !CSV_TYPES.includes(type)) {
        sendError(
          res,
          415,
          "UNSUPPORTED_MEDIA_TYPE",
          `Send the CSV file or Excel workbook (.xlsx) itself as the body (Content-Type text/csv or application/octet-stream), not ${type}`,
          coded("IMPORT_WRONG_CONTENT_TYPE"),
        );
        return;
      }
      const declared = Number(req.headers["content-length"]);
      if (Number.isFinite(declared) && declared > limit) {
        const problem = tooLarge(limit);
        res.setHeader("Connection", "close");
        await drained(req, DRAIN_GRACE_MS);
        if (!req.readableEnded) {
          req.destroy();
          return;
        }
        sendError(res, problem.status, problem.code, problem.message, problem.reason);
        return;
      }
      // Through a PassThrough: stopping early (too large, not CSV) must not destroy the request,
      // or the client would never read our answer.
      const body = new PassThrough();
      body.on("error", () => {});
      req.pipe(body);
      // A client that breaks off the upload ends the reading too: a confirmed import would
      // otherwise wait for the rest of the file for ever, holding its transaction open.
      req.on("close", () => {
        if (!req.readableEnded)
          body.destroy(
            new FileProblem(
              400,
              "UPLOAD_BROKEN_OFF",
              "The upload broke off before the end of the file: nothing was imported",
              coded("IMPORT_UPLOAD_BROKEN_OFF"),
            ),
          );
      });
      try {
        const report = await imports.run(actor, body, { dryRun, origin: deps.publicUrl, limit });
        res.status(!dryRun && report.summary.refuse > 0 ? 422 : 200).json(report);
      } catch (error) {
        if (!(error instanceof FileProblem)) throw error;
        if (req.destroyed && !req.readableEnded) return; // the client went away: no one to answer
        if (!req.readableEnded) {
          // Read and drop the rest before answering: a server that answers and closes while the
          // client is still sending makes the client's next write fail (EPIPE), and it never
          // reads the answer. A client that keeps sending past the grace period is cut off.
          req.unpipe(body);
          res.setHeader("Connection", "close");
          await drained(req, DRAIN_GRACE_MS);
          if (!req.readableEnded) {
            req.destroy();
            return;
          }
        }
        sendError(res, error.status, error.code, error.message, error.reason);
      }
    }),
  );

  router.get("/import/key-persons/template.csv", (req, res) => {
    const language = languageOf(req);
    res.setHeader("Content-Type", "text/csv; charset=utf-8");
    res.setHeader("Content-Disposition", `attachment; filename="sleutelkaart-${language === "nl" ? "sleutelpersonen-sjabloon" : "key-persons-template"}.csv"`);
    res.send(exports.template(language));
  });

  const download = (what: "keyPersons" | "organisations", file: { nl: string; en: string }) =>
    handle(async (req, res) => {
      const actor = await coordinator(req, res);
      if (!actor) return;
      const language = languageOf(req);
      const date = deps.clock.now().toISOString().slice(0, 10);
      res.setHeader("Content-Type", "text/csv; charset=utf-8");
      res.setHeader("Content-Disposition", `attachment; filename="sleutelkaart-${file[language]}-${date}.csv"`);
      res.setHeader("Cache-Control", "no-store");
      const count = what === "keyPersons" ? await exports.keyPersons(actor, language, res) : await exports.organisations(actor, language, res);
      // Who took which personal data out of the system, and how much.
      await audit(deps.dataSource.manager, actor, {
        action: what === "keyPersons" ? "exportKeyPersons" : "exportOrganisations",
        entityType: what === "keyPersons" ? "KeyPerson" : "Organisation",
        detail: { rows: count, region: actor.role === "REGIONAL_COORDINATOR" },
      });
      res.end();
    });

  router.get("/export/key-persons.csv", download("keyPersons", { nl: "sleutelpersonen", en: "key-persons" }));
  router.get("/export/organisations.csv", download("organisations", { nl: "organisaties", en: "organisations" }));
  router.use((req, res) =>
    sendError(
      res,
      404,
      "NOT_FOUND",
      `No ${req.method} ${req.originalUrl} here`,
      coded("RECORD_NOT_FOUND", { entity: "Route", id: `${req.method} ${req.path}`.slice(0, 80) }),
    ),
  );
  return router;
}
