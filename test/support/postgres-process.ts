import { fork, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import path from "node:path";
import { freePort } from "../../server/src/db/embedded";

let clusters = 0;

/**
 * A PostgreSQL of one test's own, which the test may stop and start again (the main
 * test PostgreSQL, e.g. CI's system server, cannot be restarted by a test). It runs in
 * a child process (postgres-child.mjs); its data folder is under .data/ because the
 * `postgres` user must be able to reach it, and is removed by `close()`.
 */
export class RestartablePostgres {
  private nextId = 0;
  private constructor(
    private readonly child: ChildProcess,
    readonly dataDir: string,
  ) {}

  /** Creates the cluster and starts it; `adminUrl` is then its maintenance database. */
  static async start(): Promise<{ postgres: RestartablePostgres; adminUrl: string }> {
    const dataDir = path.resolve(".data", `restartable-pg-${process.pid}-${++clusters}`);
    const child = fork(path.join(__dirname, "postgres-child.mjs"), [dataDir, String(await freePort())], { stdio: "inherit" });
    const postgres = new RestartablePostgres(child, dataDir);
    const { url } = await postgres.command("start");
    return { postgres, adminUrl: url as string };
  }

  /** Fast shutdown, as `pg_ctl restart -m fast` begins: open sessions are cut, transactions in flight roll back. */
  async stop(): Promise<void> {
    await this.command("stop");
  }

  /** Starts again on the same port and data: what was committed before is there. */
  async restart(): Promise<void> {
    await this.command("start");
  }

  /** Stops PostgreSQL and removes its data (the child does both when it loses its parent). */
  async close(): Promise<void> {
    if (this.child.exitCode !== null || !this.child.connected) return;
    const exited = once(this.child, "exit");
    this.child.disconnect();
    await exited;
  }

  private command(cmd: "start" | "stop"): Promise<Record<string, unknown>> {
    const id = ++this.nextId;
    return new Promise((resolve, reject) => {
      const onMessage = (message: { id: number; ok: boolean; error?: string }) => {
        if (message.id !== id) return;
        this.child.off("message", onMessage);
        this.child.off("exit", onExit);
        if (message.ok) resolve(message);
        else reject(new Error(`PostgreSQL ${cmd} failed: ${message.error}`));
      };
      const onExit = (code: number | null) => reject(new Error(`The PostgreSQL process exited (${code}) during ${cmd}`));
      this.child.on("message", onMessage);
      this.child.once("exit", onExit);
      this.child.send({ id, cmd });
    });
  }
}
