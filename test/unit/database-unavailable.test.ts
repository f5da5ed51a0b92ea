// Which errors mean "PostgreSQL is away, try again" (SERVICE_UNAVAILABLE, 503) and which
// are ours to log (INTERNAL_SERVER_ERROR): the faults test shows the whole path, this the rule.
import { QueryFailedError, QueryRunnerAlreadyReleasedError } from "typeorm";
import { isDatabaseUnavailable } from "../../server/src/db/unavailable";

const coded = (code: string, message = "x") => Object.assign(new Error(message), { code });

test.each<[string, unknown, boolean]>([
  ["a refused connection", coded("ECONNREFUSED"), true],
  ["a reset connection", coded("ECONNRESET"), true],
  ["a name that does not resolve", coded("ENOTFOUND"), true],
  ["connection exception (SQLSTATE class 08)", coded("08006"), true],
  ["admin shutdown (57P01)", coded("57P01", "terminating connection due to administrator command"), true],
  ["starting up (57P03)", coded("57P03", "the database system is starting up"), true],
  ["too many connections (53300)", coded("53300"), true],
  ["pg: connection terminated", new Error("Connection terminated unexpectedly"), true],
  ["pg: pool timeout", new Error("timeout exceeded when trying to connect"), true],
  ["a transaction whose connection was cut", new QueryRunnerAlreadyReleasedError(), true],
  ["wrapped by TypeORM", new QueryFailedError("SELECT 1", [], coded("57P01")), true],
  ["wrapped by GraphQL", { message: "x", originalError: coded("ECONNREFUSED") }, true],
  ["a cause", new Error("outer", { cause: coded("ECONNRESET") }), true],
  ["several addresses, all refused", new AggregateError([coded("ECONNREFUSED"), coded("ECONNREFUSED")]), true],
  ["several addresses, one a bug", new AggregateError([coded("ECONNREFUSED"), new TypeError("x")]), false],
  ["a unique violation (23505)", coded("23505", "duplicate key value"), false],
  ["a syntax error (42601)", new QueryFailedError("SELEC 1", [], coded("42601")), false],
  ["a bug", new TypeError("Cannot read properties of undefined"), false],
  ["nothing", undefined, false],
  ["a string", "ECONNREFUSED", false],
])("%s → %s", (_label, error, expected) => {
  expect(isDatabaseUnavailable(error)).toBe(expected);
});

test("a cycle of causes ends", () => {
  const a: { cause?: unknown } = {};
  const b = { cause: a };
  a.cause = b;
  expect(isDatabaseUnavailable(a)).toBe(false);
});
