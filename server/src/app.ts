import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import { existsSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import helmet from "helmet";
import { GraphQLError, Kind, visit, type DocumentNode, type GraphQLFormattedError } from "graphql";
import type { DataSource } from "typeorm";
import type { Clock } from "./clock";
import type { Config } from "./config";
import { createLoaders, type Context, type Services } from "./context";
import type { ReferenceData } from "./reference/reference.service";
import { createSchema } from "./schema";
import { compiledExecution } from "./shared/compiled-execution";
import { isDatabaseUnavailable } from "./db/unavailable";
import { ErrorCode, rateLimited, refusalExtensions, ServiceUnavailable } from "./shared/errors";
import { RateLimiter } from "./shared/rate-limit";
import { projectRoot } from "./shared/paths";
import { importExportRouter } from "./registry-import/import.router";
import { researchRouter } from "./research/research.router";
import { reportsRouter } from "./report-files/reports.router";
import type { ReportInput } from "./reports/reports.inputs";
import { refusalAuditPlugin } from "./audit/refusals";
import { hsdsRouter } from "./hsds/hsds.router";
import { HsdsService } from "./hsds/hsds.service";

/** Bounds on one operation, so no query can make the server or the database work without limit. */
export const QUERY_LIMITS = {
  maxDepth: { n: 8 },
  maxAliases: { n: 15 },
  maxDirectives: { n: 20 },
  maxTokens: { n: 2000 },
  costLimit: { maxCost: 5000 },
  // Suggestions ("did you mean …") map the schema for an attacker when introspection is off.
  blockFieldSuggestion: { enabled: true },
};

export interface AppDeps {
  config: Config;
  dataSource: DataSource;
  services: Services;
  reference: ReferenceData;
  clock: Clock;
  log: (line: string) => void;
}

const KNOWN_CODES = new Set<string>([
  ...Object.values(ErrorCode),
  "RATE_LIMITED",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
]);

/**
 * graphql-js suggests names ("Did you mean the enum value "ACTIVE"?", "Did you mean
 * "filter"?"): with introspection off they map the schema for an attacker. Left out of
 * every answer, in development too, so the tests see what production answers.
 */
export function withoutSuggestions(message: string): string {
  return message.replace(/\s*Did you mean [^?]*\?/g, "");
}

/** Errors we did not mean to show are logged in full and reach the client without internals. */
function formatError(log: (line: string) => void) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    if (formatted.extensions?.code !== ErrorCode.SERVICE_UNAVAILABLE && isDatabaseUnavailable(error)) {
      // Not a bug: the database restarts or fails over. One line, no stack; the client may retry.
      log(`Database unavailable: ${(error as Error)?.message ?? String(error)}`);
      const unavailable = new ServiceUnavailable();
      return {
        message: unavailable.message,
        path: formatted.path,
        extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, reason: "DATABASE_UNAVAILABLE", params: {} },
      };
    }
    const code = formatted.extensions?.code;
    if (typeof code === "string" && KNOWN_CODES.has(code)) {
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      // What graphql-js and Apollo refuse themselves (a bad enum value, a malformed query, a
      // missing argument) carries no reason of ours: it is invalid input.
      if (typeof extensions.reason !== "string") {
        const seconds = Number(extensions.retryAfterSeconds);
        Object.assign(
          extensions,
          code === "RATE_LIMITED" && seconds > 0 ? { reason: "RATE_LIMITED", params: { seconds } } : { reason: "INVALID_INPUT", params: {} },
        );
      }
      return { ...formatted, message: withoutSuggestions(formatted.message), extensions };
    }
    log(`Unexpected error: ${(error as Error)?.stack ?? String(error)}`);
    return {
      message: "Something went wrong on our side; it has been logged. Try again, or tell the coordinator if it persists.",
      path: formatted.path,
      extensions: { code: "INTERNAL_SERVER_ERROR", reason: "INTERNAL_ERROR", params: {} },
    };
  };
}

/** PostgreSQL cannot store the NUL character: any input holding one is refused before a resolver runs. */
function containsNul(value: unknown): boolean {
  if (typeof value === "string") return value.includes("\u0000");
  if (Array.isArray(value)) return value.some(containsNul);
  return value !== null && typeof value === "object" && Object.values(value).some(containsNul);
}
function literalsContainNul(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    [Kind.STRING]: (node) => {
      found ||= node.value.includes("\u0000");
    },
  });
  return found;
}
/** An answer whose errors say the database is away gets HTTP 503, as a failed context does (see createHttpServer). */
const unavailableIs503: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        const errors = response.body.kind === "single" ? response.body.singleResult.errors : undefined;
        if (errors?.some((e) => e.extensions?.code === ErrorCode.SERVICE_UNAVAILABLE)) response.http.status = 503;
      },
    };
  },
};

const refuseNul: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request, document }) {
        if (containsNul(request.variables) || literalsContainNul(document)) {
          throw new GraphQLError("Text may not contain the NUL character (\\u0000): remove it and try again", {
            extensions: { ...refusalExtensions(ErrorCode.BAD_USER_INPUT, { reason: "TEXT_CONTAINS_NUL" }), http: { status: 400 } },
          });
        }
      },
    };
  },
};

/** Answers hold personal data: no browser or proxy may keep them. */
const noStore: express.RequestHandler = (_req, res, next) => {
  res.setHeader("Cache-Control", "no-store");
  next();
};

export async function createHttpServer(deps: AppDeps): Promise<{ server: http.Server; apollo: ApolloServer<Context> }> {
  const app = express();
  const server = http.createServer(app);
  // Tokens are counted by graphql's own parser: graphql-armor's Apollo plugin for them throws
  // while parsing, which Apollo answers with HTTP 500 instead of a 400 parse error.
  const armor = new ApolloArmor({ ...QUERY_LIMITS, maxTokens: { enabled: false } }).protect();
  const apollo = new ApolloServer<Context>({
    // Compiled queries (graphql-jit) through Apollo's gateway interface: shared/compiled-execution.ts.
    gateway: compiledExecution(await createSchema()),
    introspection: !deps.config.production,
    // index.ts stops the whole server on SIGINT/SIGTERM. Apollo's own handlers would call
    // stop() a second time, and a second caller waits on a barrier Apollo never releases
    // after a clean stop: `npm start` hung on Ctrl-C outside the tests (NODE_ENV=test
    // turns Apollo's handlers off).
    stopOnTerminationSignals: false,
    formatError: formatError(deps.log),
    ...armor,
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens.n },
    // Nothing here may be cached (answers hold personal data), so there is no policy to work
    // out per field: Apollo's cache-control plugin costs about a tenth of the CPU of a large
    // query only to arrive at "no-store", which the /graphql route below sets itself.
    plugins: [
      ...armor.plugins,
      refuseNul,
      unavailableIs503,
      refusalAuditPlugin(deps.log),
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer: server }),
    ],
  });
  await apollo.start();

  app.disable("x-powered-by");
  // Exactly the configured proxies (a hop count or their addresses): req.ip is then the
  // address the nearest untrusted hop gave, which a client cannot choose (docs/security.md).
  app.set("trust proxy", deps.config.trustProxy);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          "default-src": ["'self'"],
          "img-src": ["'self'", "data:", "blob:"],
          "style-src": ["'self'", "'unsafe-inline'"], // MUI injects its styles at run time
          "connect-src": ["'self'"],
        },
      },
    }),
  );
  const publicLimiter = new RateLimiter(deps.config.publicRateLimit, 60_000);
  // The open-data API (HSDS 3.0, issue 18): before the console's CORS rule, since any origin may read it.
  app.use(
    "/hsds",
    hsdsRouter({
      hsds: new HsdsService(deps.dataSource, deps.reference, deps.clock),
      limiter: publicLimiter,
      publicUrl: deps.config.mail.publicUrl,
      log: deps.log,
    }),
  );
  app.use(cors(deps.config.corsOrigins));
  app.get("/healthz", async (_req, res) => {
    try {
      await deps.dataSource.query("SELECT 1");
      res.json({ ok: true });
    } catch (error) {
      // Express would answer 500 with the stack trace; a load balancer only needs to know.
      if (!isDatabaseUnavailable(error)) deps.log(`Health check failed: ${(error as Error)?.stack ?? String(error)}`);
      res.status(503).json({ ok: false, error: "database unavailable" });
    }
  });
  // Answers of /graphql are never cached (no-store), so Express's ETag (a SHA-1 of each
  // answer, 40 KB for a list page) only costs: its own app, without one (issue 21). It
  // takes the other settings (trust proxy) from the main app when mounted.
  const graphql = express();
  graphql.disable("x-powered-by");
  graphql.set("etag", false);
  app.use("/graphql", graphql);
  graphql.use(
    noStore,
    identify(deps),
    limitAnonymous(publicLimiter),
    express.json({ limit: "1mb" }),
    expressMiddleware(apollo, {
      context: async ({ res }): Promise<Context> => {
        const { session, ip } = res.locals as Identified;
        return {
          actor: session?.actor ?? null,
          user: session?.user ?? null,
          loaders: createLoaders(deps.dataSource, deps.clock, deps.services, session?.actor ?? null),
          services: deps.services,
          reference: deps.reference,
          clock: deps.clock,
          clientIp: ip,
        };
      },
    }),
  );
  // Before /api: the import router answers 404 for every path it does not know.
  app.use("/api/research", researchRouter(deps));
  // the report as files (issue 20): before /api's catch-all "not found"
  app.use(
    "/api/reports",
    noStore,
    reportsRouter({
      ...deps,
      report: (actor, input) => deps.services.reports.report(actor, input as ReportInput),
      fontPath: deps.config.statementFont,
    }),
  );
  app.use("/api", importExportRouter({ ...deps, publicUrl: deps.config.mail.publicUrl }));
  serveConsole(app);
  return { server, apollo };
}

type Session = Awaited<ReturnType<Services["auth"]["actorFor"]>>;
interface Identified {
  session: Session;
  ip: string;
}

/** Who is asking, once per request: the session of a valid token (or none), and the client's address. */
function identify(deps: AppDeps): express.RequestHandler {
  return (req, res, next) => {
    deps.services.auth.actorFor(req.headers.authorization).then(
      (session) => {
        res.locals.session = session;
        res.locals.ip = req.ip ?? "unknown";
        next();
      },
      (error: unknown) => {
        if (!isDatabaseUnavailable(error)) return next(error);
        // A database that is away is a 503 the client may retry, not a 500.
        res.status(503).json({
          errors: [
            { message: new ServiceUnavailable().message, extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, reason: "DATABASE_UNAVAILABLE", params: {} } },
          ],
        });
      },
    );
  };
}

/**
 * Requests without a valid login (the public map, login attempts, and any request whose
 * token is bad, expired or revoked) are limited per client address.
 */
function limitAnonymous(limiter: RateLimiter): express.RequestHandler {
  return (req, res, next) => {
    if ((res.locals as Identified).session || req.method === "OPTIONS") return next();
    const wait = limiter.hit(req.ip ?? "unknown");
    if (wait === 0) return next();
    res.setHeader("Retry-After", String(wait));
    res.status(429).json({ errors: [rateLimited(wait)] });
  };
}

/** Browsers may call the API only from the console's own origin and the configured ones (CORS_ORIGINS). */
function cors(allowed: string[]): express.RequestHandler {
  return (req, res, next) => {
    const origin = req.headers.origin;
    if (origin && allowed.includes(origin)) {
      res.setHeader("Access-Control-Allow-Origin", origin);
      res.setHeader("Vary", "Origin");
      res.setHeader("Access-Control-Allow-Headers", "authorization, content-type");
      res.setHeader("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
      res.setHeader("Access-Control-Max-Age", "600");
    }
    if (req.method === "OPTIONS" && origin) {
      res.sendStatus(allowed.includes(origin) ? 204 : 403);
      return;
    }
    next();
  };
}

/** The built console (admin/dist) at /, with every other path falling back to its index.html. */
function serveConsole(app: express.Express) {
  const dist = path.join(projectRoot(), "admin", "dist");
  const index = path.join(dist, "index.html");
  const publicMap = path.join(dist, "kaart.html");
  app.use(express.static(dist, { index: false, maxAge: "1h" }));
  // The public map is its own small page: no login, no console code.
  app.get(/^\/(kaart|map)(\/.*)?$/, (_req, res) => {
    if (existsSync(publicMap)) res.sendFile(publicMap);
    else res.status(503).type("text").send("The public map is not built yet: run `npm run build:admin`.");
  });
  app.get(/^(?!\/graphql).*/, (_req, res) => {
    if (existsSync(index)) res.sendFile(index);
    else res.status(503).type("text").send("The console is not built yet: run `npm run build:admin` (npm start does this for you).");
  });
}
