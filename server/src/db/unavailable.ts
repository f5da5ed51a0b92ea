// PostgreSQL going away (a restart, a failover, a full connection table) is not a bug in
// the request: the same request may well succeed a moment later. The server tells the
// client so (SERVICE_UNAVAILABLE) instead of answering INTERNAL_SERVER_ERROR, and the pool
// itself recovers: pg drops a connection that errored and opens a new one on the next query.
import { QueryRunnerAlreadyReleasedError } from "typeorm";

/** Network errors of a connection that could not be made or was cut. */
const NETWORK_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "ENOTFOUND", "EAI_AGAIN"]);

/**
 * SQLSTATEs of a server that is not there for us: class 08 (connection exception),
 * 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now (starting up or
 * shutting down), 53300 too_many_connections.
 */
function isUnavailableSqlState(code: string): boolean {
  return code.startsWith("08") || ["57P01", "57P02", "57P03", "53300"].includes(code);
}

/** pg's own errors for a connection that ended under it carry no code, only these messages. */
const CUT_CONNECTION =
  /^(Connection terminated|Client has encountered a connection error|timeout exceeded when trying to connect|Connection terminated unexpectedly)/;

/** Whether `error` (or what it wraps: GraphQL's originalError, TypeORM's driverError, a cause) means the database could not be reached. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 6) return false;
  const e = error as { code?: unknown; message?: unknown; originalError?: unknown; driverError?: unknown; cause?: unknown; errors?: unknown };
  if (typeof e.code === "string" && (NETWORK_CODES.has(e.code) || isUnavailableSqlState(e.code))) return true;
  if (typeof e.message === "string" && CUT_CONNECTION.test(e.message)) return true;
  // TypeORM releases a transaction's query runner when its connection errors, so the next
  // statement of that transaction fails with this instead of the network error. Our code
  // never uses a runner after its transaction ends (every test would show that), so here it
  // means the connection was cut mid-transaction; PostgreSQL rolled the transaction back.
  if (error instanceof QueryRunnerAlreadyReleasedError) return true;
  // Node reports a refused connection to a name with several addresses as an AggregateError.
  if (Array.isArray(e.errors) && e.errors.length > 0 && e.errors.every((inner) => isDatabaseUnavailable(inner, depth + 1))) return true;
  return [e.originalError, e.driverError, e.cause].some((inner) => isDatabaseUnavailable(inner, depth + 1));
}
