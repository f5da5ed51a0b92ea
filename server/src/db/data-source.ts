import { DataSource, type Logger } from "typeorm";
import { migrations } from "../../../migrations";
import { entities } from "./entities";
import { SnakeNamingStrategy } from "./naming";

/** How many statement texts the counter keeps: enough for one request's statements. */
const RECENT_TEXTS = 16;

/**
 * Counts the SQL statements sent, so a test can prove a page costs a constant number of
 * them, and keeps the last few texts, so it can prove that pages share one text.
 */
export class QueryCounter implements Logger {
  count = 0;
  readonly recent: string[] = [];
  logQuery(query: string) {
    this.count++;
    this.recent.push(query);
    if (this.recent.length > RECENT_TEXTS) this.recent.shift();
  }
  logQueryError() {}
  logQuerySlow() {}
  logSchemaBuild() {}
  logMigration() {}
  log() {}
}

export function createDataSource(url: string, options: { poolSize?: number } = {}) {
  const queryCounter = new QueryCounter();
  const dataSource = new DataSource({
    type: "postgres",
    url,
    entities,
    migrations,
    migrationsTableName: "migrations",
    // generated uuids (care services, issue 18) use PostgreSQL's built-in gen_random_uuid()
    uuidExtension: "pgcrypto",
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    logging: ["query"],
    logger: queryCounter,
    poolSize: options.poolSize ?? 20,
    extra: { application_name: "sleutelkaart" },
  });
  return { dataSource, queryCounter };
}

/** Runs the committed migrations; synchronize is never on. */
export async function migrate(dataSource: DataSource): Promise<string[]> {
  const ran = await dataSource.runMigrations({ transaction: "each" });
  return ran.map((m) => m.name);
}
