import { createHash } from "node:crypto";
import { GraphQLError } from "graphql";
import type { DataSource } from "typeorm";

/**
 * Failed logins allowed before delays start (config LOGIN_MAX_FAILURES_*):
 * - perAccountClient: one account from one client address (the owner's typos);
 * - perAccount: one account from every client that never logged in to it (a
 *   distributed guesser); clients that did are not slowed by this count;
 * - perClient: one client address over every account (password spraying); clients
 *   that logged in to the account before are not slowed by this count either.
 */
export interface ThrottleLimits {
  perAccount: number;
  perClient: number;
  perAccountClient: number;
}

/** A count starts over after this long without failures. */
export const FAILURE_WINDOW_MS = 60 * 60_000;
/** The longest a delay grows: login is slowed, never locked. */
export const MAX_DELAY_SECONDS = 15 * 60;
/** A client that logged in to an account within this long is "known" for it. */
export const KNOWN_CLIENT_MS = 90 * 24 * 3600_000;

/** The n-th failure beyond the free ones makes the next attempt wait 2^(n-1) seconds, at most 15 minutes. */
export function delaySeconds(failures: number, free: number): number {
  const beyond = failures - free;
  return beyond <= 0 ? 0 : Math.min(2 ** Math.min(beyond - 1, 30), MAX_DELAY_SECONDS);
}

type Scope = "pair" | "account" | "client";

/**
 * Slows password guessing without letting a stranger lock anyone out: every delay grows
 * with the failures and ends by itself; the owner's known client is not slowed by
 * failures from elsewhere. The counts live in PostgreSQL (login_throttle), so every
 * replica sees the same ones; the keys are hashes, never an address or e-mail in clear.
 */
export class LoginThrottle {
  private sweeps = 0;
  constructor(private readonly dataSource: DataSource, private readonly limits: ThrottleLimits, private readonly now: () => Date) {}

  private keys(email: string, client: string): Record<Scope, string> {
    const hash = (text: string) => createHash("sha256").update(text).digest("hex");
    return { pair: hash(`pair\u0000${email}\u0000${client}`), account: hash(`account\u0000${email}`), client: hash(`client\u0000${client}`) };
  }

  /** Throws RATE_LIMITED (LOGIN_THROTTLED) while this client must wait for this account. */
  async assertAllowed(email: string, client: string): Promise<void> {
    const keys = this.keys(email, client);
    const rows: { key: string; blocked_until: Date | null; last_success_at: Date | null }[] = await this.dataSource.query(
      `SELECT key, blocked_until, last_success_at FROM login_throttle WHERE key = ANY($1)`,
      [Object.values(keys)],
    );
    const byKey = new Map(rows.map((row) => [row.key.trim(), row]));
    const now = this.now().getTime();
    const pair = byKey.get(keys.pair);
    const known = pair?.last_success_at != null && now - new Date(pair.last_success_at).getTime() < KNOWN_CLIENT_MS;
    const scopes: Scope[] = known ? ["pair"] : ["pair", "account", "client"];
    const until = Math.max(0, ...scopes.map((scope) => byKey.get(keys[scope])?.blocked_until).map((at) => (at ? new Date(at).getTime() : 0)));
    if (until <= now) return;
    const retryAfterSeconds = Math.max(1, Math.ceil((until - now) / 1000));
    throw new GraphQLError(`Too many failed logins: wait ${retryAfterSeconds} seconds and try again, or reset your password`, {
      extensions: { code: "RATE_LIMITED", reason: "LOGIN_THROTTLED", params: { retryAfterSeconds }, retryAfterSeconds },
    });
  }

  async recordFailure(email: string, client: string): Promise<void> {
    const keys = this.keys(email, client);
    const free: Record<Scope, number> = { pair: this.limits.perAccountClient, account: this.limits.perAccount, client: this.limits.perClient };
    const now = this.now();
    for (const scope of ["pair", "account", "client"] as Scope[]) {
      const [row]: { failures: number }[] = await this.dataSource.query(
        `INSERT INTO login_throttle (key, failures, last_failure_at) VALUES ($1, 1, $2)
         ON CONFLICT (key) DO UPDATE SET
           failures = CASE WHEN login_throttle.last_failure_at IS NULL OR login_throttle.last_failure_at < $3 THEN 1 ELSE login_throttle.failures + 1 END,
           last_failure_at = $2
         RETURNING failures`,
        [keys[scope], now, new Date(now.getTime() - FAILURE_WINDOW_MS)],
      );
      const wait = delaySeconds(row.failures, free[scope]);
      if (wait > 0) await this.dataSource.query(`UPDATE login_throttle SET blocked_until = $2 WHERE key = $1`, [keys[scope], new Date(now.getTime() + wait * 1000)]);
    }
    // Now and then, forget what no longer matters.
    if (++this.sweeps % 100 === 0) {
      await this.dataSource.query(
        `DELETE FROM login_throttle WHERE (last_failure_at IS NULL OR last_failure_at < $1) AND (last_success_at IS NULL OR last_success_at < $2)`,
        [new Date(now.getTime() - FAILURE_WINDOW_MS), new Date(now.getTime() - KNOWN_CLIENT_MS)],
      );
    }
  }

  /** The client is known for the account from now on; the account's and the pair's counts start over (the client's not: an attacker's own account would reset it). */
  async recordSuccess(email: string, client: string): Promise<void> {
    const keys = this.keys(email, client);
    const now = this.now();
    await this.dataSource.query(
      `INSERT INTO login_throttle (key, failures, last_success_at) VALUES ($1, 0, $2)
       ON CONFLICT (key) DO UPDATE SET failures = 0, blocked_until = NULL, last_success_at = $2`,
      [keys.pair, now],
    );
    await this.dataSource.query(`UPDATE login_throttle SET failures = 0, blocked_until = NULL WHERE key = $1`, [keys.account]);
  }
}
