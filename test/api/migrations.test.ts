// The committed migrations build exactly the schema the entities describe, undo cleanly,
// and the audit log refuses to be changed or emptied, by anyone, also in raw SQL.
import { DEMO, DEMO_PASSWORD } from "../support/fixtures";
import { login, ok } from "../support/graphql";
import { startTestServer, type TestServer } from "../support/server";

jest.setTimeout(60_000);

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ seedDemo: true });
});
afterAll(async () => {
  await server?.stop();
});

const sql = (text: string, params: unknown[] = []) => server.dataSource.query(text, params);

async function pendingSchemaChanges(): Promise<string[]> {
  const log = await server.dataSource.driver.createSchemaBuilder().log();
  return log.upQueries.map((q) => q.query);
}

describe("migrations", () => {
  test("after start, the entities and the committed migrations agree: no schema change is pending", async () => {
    expect(await pendingSchemaChanges()).toEqual([]);
  });

  test("every migration ran, once, in order", async () => {
    expect(await server.dataSource.showMigrations()).toBe(false);
    const ran = (await sql(`SELECT name FROM migrations ORDER BY id`)).map((r: { name: string }) => r.name);
    const committed = server.dataSource.migrations.map((m) => m.name);
    expect(committed.length).toBeGreaterThan(0);
    expect(ran).toEqual(committed);
  });
});

describe("the audit log is append-only", () => {
  beforeAll(async () => {
    // At least one entry written through the API, besides the demo seed's.
    const token = await login(server.url, DEMO.COORDINATOR, DEMO_PASSWORD);
    await ok(server.url, `mutation { setMyLocale(locale: "en") { locale } }`, {}, token);
  });

  const snapshot = () => sql(`SELECT id, at, actor_user_id, actor_role, action, entity_type, entity_id, detail FROM audit_log ORDER BY id`);

  test.each([
    ["UPDATE of one row", `UPDATE audit_log SET action = 'tampered' WHERE action = 'setMyLocale'`],
    ["UPDATE of every row", `UPDATE audit_log SET actor_user_id = NULL`],
    ["DELETE of one row", `DELETE FROM audit_log WHERE action = 'setMyLocale'`],
    ["DELETE of every row", `DELETE FROM audit_log`],
    ["TRUNCATE", `TRUNCATE audit_log`],
  ])("%s is refused and leaves every entry as it was", async (_name, statement) => {
    const before = await snapshot();
    expect(before.map((r: { action: string }) => r.action)).toEqual(expect.arrayContaining(["seedDemo", "setMyLocale"]));
    await expect(sql(statement)).rejects.toThrow(/append-only/);
    expect(await snapshot()).toEqual(before);
  });

  test("INSERT still works (the log grows)", async () => {
    const [{ n: before }] = await sql(`SELECT count(*)::int AS n FROM audit_log`);
    await sql(`INSERT INTO audit_log (action, entity_type) VALUES ('test', 'Test')`);
    expect((await sql(`SELECT count(*)::int AS n FROM audit_log`))[0].n).toBe(before + 1);
  });
});

describe("migrations undo cleanly", () => {
  let fresh: TestServer;
  beforeAll(async () => {
    fresh = await startTestServer({ seedDemo: false });
  });
  afterAll(async () => {
    await fresh?.stop();
  });

  test("undoing every migration leaves no table or type behind; running them again gives the same schema", async () => {
    const tables = () => fresh.dataSource.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`);
    const types = () =>
      fresh.dataSource.query(
        `SELECT typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typtype = 'e' ORDER BY 1`,
      );
    const columns = () =>
      fresh.dataSource.query(
        `SELECT table_name, column_name, data_type, is_nullable, column_default FROM information_schema.columns WHERE table_schema = 'public' ORDER BY 1, 2`,
      );
    const tablesBefore = await tables();
    const columnsBefore = await columns();
    for (let i = 0; i < fresh.dataSource.migrations.length; i++) await fresh.dataSource.undoLastMigration({ transaction: "each" });
    // Only TypeORM's own bookkeeping may remain.
    expect((await tables()).map((t: { table_name: string }) => t.table_name)).toEqual(["migrations"]);
    expect(await types()).toEqual([]);
    await fresh.dataSource.runMigrations({ transaction: "each" });
    expect(await tables()).toEqual(tablesBefore);
    expect(await columns()).toEqual(columnsBefore);
    const log = await fresh.dataSource.driver.createSchemaBuilder().log();
    expect(log.upQueries.map((q) => q.query)).toEqual([]);
  });
});
