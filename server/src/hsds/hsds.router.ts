// The open-data API: Sleutelkaart's public care services as Open Referral's Human Services
// Data Specification 3.0 (data/hsds-3.0/openapi.json), so regional social maps can pull them.
//   GET /hsds/                              about this API (version, openapi_url)
//   GET /hsds/openapi.json                  the HSDS openapi.json, filled in for this server
//   GET /hsds/services[?search&organization_id&taxonomy_term_id&taxonomy_id&modified_after&full&minimal&page&per_page&format]
//   GET /hsds/services/{id}
//   GET /hsds/organizations[?search&full&full_service&page&per_page&format]
//   GET /hsds/organizations/{id}[?full_service]
//   GET /hsds/service_at_locations[?search&organization_id&taxonomy_term_id&taxonomy_id&modified_after&postcode&full&page&per_page&format]
//   GET /hsds/service_at_locations/{id}
// No login; open to every origin (CORS *); limited per client address like the public map.
// Errors are JSON: { error: { code, message, reason, params } } (reasons of domain/reasons.ts).

import express from "express";
import { readFileSync } from "node:fs";
import path from "node:path";
import { isDatabaseUnavailable } from "../db/unavailable";
import { HSDS_MAX_PER_PAGE, HSDS_VERSION, parseBoolean, parseHsdsFilters, parseHsdsPaging, type HsdsFilters, type HsdsPage } from "../domain/hsds";
import type { Refusal } from "../domain/reasons";
import { projectRoot } from "../shared/paths";
import type { RateLimiter } from "../shared/rate-limit";
import type { HsdsService, Paging } from "./hsds.service";

export interface HsdsRouterDeps {
  hsds: HsdsService;
  limiter: RateLimiter;
  /** PUBLIC_URL (config.ts): where this server is reached, for openapi_url. */
  publicUrl: string;
  log: (line: string) => void;
}

type Json = Record<string, unknown>;

function refuse(res: express.Response, status: number, code: string, message: string, refusal: Refusal) {
  res.status(status).json({ error: { code, message, reason: refusal.reason, params: refusal.params ?? {}, field: refusal.field } });
}

function notFound(res: express.Response, entity: string, id: string) {
  refuse(res, 404, "NOT_FOUND", `No public ${entity.toLowerCase()} with id "${id.slice(0, 80)}"`, {
    reason: "RECORD_NOT_FOUND",
    params: { entity, id: id.slice(0, 80) },
  });
}

/** openapi.json of HSDS 3.0 with its placeholders (title, licence, contact) filled in for this server. */
function openapiDocument(publicUrl: string): Json {
  const spec = JSON.parse(readFileSync(path.join(projectRoot(), "data", "hsds-3.0", "openapi.json"), "utf8")) as Json;
  return {
    ...spec,
    info: {
      title: "Sleutelkaart: hulpaanbod (HSDS 3.0)",
      version: `${HSDS_VERSION}.0`,
      summary: "Public care services for newcomers in the Netherlands, as Open Referral HSDS 3.0",
      description:
        "The public, active care services of Sleutelkaart's registry, their organisations and locations. Never referrals, never key persons. " +
        "The parameters proximity and the taxonomy endpoints are not offered.",
      contact: { name: "Sleutelkaart", url: publicUrl },
      license: {
        name: "CC BY-SA 4.0 (the HSDS specification); the data: see the terms of this server",
        url: "https://creativecommons.org/licenses/by-sa/4.0/",
      },
    },
    servers: [{ url: `${publicUrl.replace(/\/$/, "")}/hsds` }],
  };
}

export function hsdsRouter(deps: HsdsRouterDeps): express.Router {
  const router = express.Router();
  const openapi = openapiDocument(deps.publicUrl);
  const base = deps.publicUrl.replace(/\/$/, "");

  // Open data: any site may read it from a browser.
  router.use((req, res, next) => {
    res.setHeader("Access-Control-Allow-Origin", "*");
    res.setHeader("Access-Control-Allow-Methods", "GET, OPTIONS");
    res.setHeader("Access-Control-Allow-Headers", "content-type");
    res.setHeader("Access-Control-Max-Age", "600");
    // helmet's same-origin resource policy would keep other sites' pages from reading it
    res.setHeader("Cross-Origin-Resource-Policy", "cross-origin");
    if (req.method === "OPTIONS") {
      res.sendStatus(204);
      return;
    }
    const wait = deps.limiter.hit(req.ip ?? "unknown");
    if (wait > 0) {
      res.setHeader("Retry-After", String(wait));
      refuse(res, 429, "RATE_LIMITED", `Too many requests: wait ${wait} seconds`, { reason: "RATE_LIMITED", params: { seconds: wait } });
      return;
    }
    res.setHeader("Cache-Control", "public, max-age=60");
    next();
  });

  const handle =
    (work: (req: express.Request, res: express.Response) => Promise<void>): express.RequestHandler =>
    (req, res) => {
      work(req, res).catch((error: unknown) => {
        if (res.headersSent) {
          res.destroy();
          return;
        }
        if (isDatabaseUnavailable(error)) {
          refuse(res, 503, "SERVICE_UNAVAILABLE", "The database is unavailable: try again shortly", { reason: "DATABASE_UNAVAILABLE" });
          return;
        }
        deps.log(`HSDS: unexpected error: ${(error as Error)?.stack ?? String(error)}`);
        refuse(res, 500, "INTERNAL_SERVER_ERROR", "Something went wrong on our side; it has been logged.", { reason: "INTERNAL_ERROR" });
      });
    };

  /** A list: paging and filters from the query, JSON pages, or every result as NDJSON with format=ndjson. */
  const list = (read: (filters: HsdsFilters, paging: Paging) => Promise<HsdsPage<Json>>) =>
    handle(async (req, res) => {
      const filters = parseHsdsFilters(req.query);
      if (!filters.ok) return refuse(res, 400, "BAD_USER_INPUT", `Invalid parameter ${filters.refusal.field ?? ""}`.trim(), filters.refusal);
      if (filters.value.ndjson) {
        // "stream all the results without pagination": page by page in SQL, one line per record
        res.type("application/x-ndjson");
        for (let page = 1; ; page++) {
          const answer = await read(filters.value, { page, perPage: HSDS_MAX_PER_PAGE, offset: (page - 1) * HSDS_MAX_PER_PAGE });
          for (const item of answer.contents) res.write(`${JSON.stringify(item)}\n`);
          if (answer.last_page || answer.empty) break;
        }
        res.end();
        return;
      }
      const paging = parseHsdsPaging(req.query);
      if (!paging.ok) return refuse(res, 400, "BAD_USER_INPUT", `Invalid parameter ${paging.refusal.field ?? ""}`.trim(), paging.refusal);
      res.json(await read(filters.value, paging.value));
    });

  router.get("/", (_req, res) => {
    res.json({ version: HSDS_VERSION, profile: "https://docs.openreferral.org/en/v3.0/", openapi_url: `${base}/hsds/openapi.json` });
  });
  router.get("/openapi.json", (_req, res) => {
    res.json(openapi);
  });
  router.get(
    "/services",
    list((filters, paging) => deps.hsds.services(filters, paging)),
  );
  router.get(
    "/services/:id",
    handle(async (req, res) => {
      const id = String(req.params.id);
      const service = await deps.hsds.service(id);
      if (service) res.json(service);
      else notFound(res, "Service", id);
    }),
  );
  router.get(
    "/organizations",
    list((filters, paging) => deps.hsds.organizations(filters, paging)),
  );
  router.get(
    "/organizations/:id",
    handle(async (req, res) => {
      const id = String(req.params.id);
      const fullService = parseBoolean(req.query.full_service, "full_service");
      if (!fullService.ok) return refuse(res, 400, "BAD_USER_INPUT", "Invalid parameter full_service", fullService.refusal);
      const organisation = await deps.hsds.organization(id, fullService.value);
      if (organisation) res.json(organisation);
      else notFound(res, "Organization", id);
    }),
  );
  router.get(
    "/service_at_locations",
    list((filters, paging) => deps.hsds.serviceAtLocations(filters, paging)),
  );
  router.get(
    "/service_at_locations/:id",
    handle(async (req, res) => {
      const id = String(req.params.id);
      const sal = await deps.hsds.serviceAtLocation(id);
      if (sal) res.json(sal);
      else notFound(res, "ServiceAtLocation", id);
    }),
  );
  // Anything else under /hsds (taxonomies, unknown paths, other methods) is not here.
  router.use((req, res) => {
    refuse(res, 404, "NOT_FOUND", `No such HSDS endpoint: ${req.method} ${req.path.slice(0, 80)}`, {
      reason: "RECORD_NOT_FOUND",
      params: { entity: "Endpoint", id: req.path.slice(0, 80) },
    });
  });
  return router;
}
