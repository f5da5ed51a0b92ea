// Prints the SQL that would bring the database in line with the entities: the body of
// the next migration. Usage: DATABASE_URL=postgres://… npm run migration:diff
// (against a scratch database: it runs the committed migrations first).
import "reflect-metadata";
import { createDataSource, migrate } from "../server/src/db/data-source";

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("Set DATABASE_URL to a scratch database");
  const { dataSource } = createDataSource(url);
  await dataSource.initialize();
  await migrate(dataSource);
  const sql = await dataSource.driver.createSchemaBuilder().log();
  if (sql.upQueries.length === 0) console.log("-- entities and migrations agree: nothing to do");
  for (const q of sql.upQueries) console.log(`${q.query};`);
  console.log("\n-- down:");
  for (const q of sql.downQueries.reverse()) console.log(`${q.query};`);
  await dataSource.destroy();
}
main().catch((error) => {
  console.error(error);
  process.exit(1);
});
