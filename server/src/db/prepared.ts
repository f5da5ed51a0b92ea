import { createHash } from "node:crypto";
import type { DataSource, QueryRunner } from "typeorm";

// Statements that run on every request of a busy path (a list page, the login's check) are
// sent as named prepared statements: PostgreSQL parses, analyses and plans a text once per
// connection instead of on every request (issue 21: about a fifth of our PostgreSQL time
// on the console's page). pg keeps, per connection, the names it has prepared and skips
// the parse step for them. Only the first MAX_PREPARED distinct texts get a name, so each
// of the pool's connections holds at most that many prepared statements, whatever shapes
// of filters and sorts arrive; any other text runs as before, unnamed. Parameters stay
// parameters: never a value in the text.

const MAX_PREPARED = 200;
const names = new Map<string, string>();

function nameFor(text: string): string | undefined {
  let name = names.get(text);
  if (name === undefined && names.size < MAX_PREPARED) {
    name = `sk_${createHash("sha1").update(text).digest("hex").slice(0, 24)}`;
    names.set(text, name);
  }
  return name;
}

interface PgClient {
  query(config: { text: string; values: unknown[]; name?: string }): Promise<{ rows: unknown[] }>;
}

/**
 * Runs one read-only statement on a connection of the data source's pool, prepared (see
 * above), and returns its rows as pg parsed them. Counted like any TypeORM statement (its
 * logger sees it). Outside any transaction: for reads that need none.
 */
export async function queryPrepared<T>(dataSource: DataSource, text: string, values: unknown[]): Promise<T[]> {
  const runner: QueryRunner = dataSource.createQueryRunner("slave");
  try {
    const client = (await runner.connect()) as PgClient;
    dataSource.logger.logQuery(text, values, runner);
    const name = nameFor(text);
    const result = await client.query(name === undefined ? { text, values } : { name, text, values });
    return result.rows as T[];
  } finally {
    await runner.release();
  }
}

/**
 * `:name` parameters to `$1`, `$2`, … (a name used twice gets one number; `::type` casts
 * stay), with the names in the order of their numbers: what TypeORM's
 * `driver.escapeQueryWithParameters` does on every call, done once per statement shape so
 * that a kept text is filled with values by name alone (test/unit/prepared.test.ts holds
 * the two to the same answers).
 */
export function numberParameters(sql: string): { text: string; names: string[] } {
  const names: string[] = [];
  const text = sql.replace(/(?<![:\w]):([A-Za-z_]\w*)/g, (_match, name: string) => {
    const index = names.includes(name) ? names.indexOf(name) : names.push(name) - 1;
    return `$${index + 1}`;
  });
  return { text, names };
}
