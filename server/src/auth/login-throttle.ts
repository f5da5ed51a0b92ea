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
  constructor(
    private readonly dataSource: DataSource,
    private readonly limits: ThrottleLimits,
    private readonly now: () => Date,
  ) {}

  private keys(email: string, client: string): Record<Scope, string> {
    const hash = (text: string) => createHash("sha256").update(text).digest("hex");
    return { pair: hash(`pair\u0000${email}\u0000${client}`), account: hash(`account\u0000${email}`), client: hash(`client\u0000${client}`) };
  }

  /**
   * Before a password is checked: throws RATE_LIMITED (LOGIN_THROTTLED) while this client
   * must wait for this account; otherwise counts the attempt as a failure in every scope
   * (a success takes it back, see recordSuccess). Deciding and counting happen under row
   * locks in one transaction, so a burst of simultaneous guesses, on any replica, gets
   * no more tries than one after the other: the free ones and one more.
   */
  async beginAttempt(email: string, client: string): Promise<void> {
    const keys = this.keys(email, client);
    const free: Record<Scope, number> = { pair: this.limits.perAccountClient, account: this.limits.perAccount, client: this.limits.perClient };
    const now = this.now();
    const wait = await this.dataSource.transaction(async (tx) => {
      await tx.query(`INSERT INTO login_throttle (key) SELECT k FROM unnest($1::char(64)[]) AS k ORDER BY k ON CONFLICT (key) DO NOTHING`, [
        Object.values(keys),
      ]);
      const rows: { key: string; failures: number; last_failure_at: Date | null; blocked_until: Date | null; last_success_at: Date | null }[] = await tx.query(
        // In key order, so two attempts never wait for each other's locks the other way round.
        `SELECT key, failures, last_failure_at, blocked_until, last_success_at FROM login_throttle WHERE key = ANY($1) ORDER BY key FOR UPDATE`,
        [Object.values(keys)],
      );
      const byKey = new Map(rows.map((row) => [row.key.trim(), row]));
      const pair = byKey.get(keys.pair);
      const known = pair?.last_success_at != null && now.getTime() - new Date(pair.last_success_at).getTime() < KNOWN_CLIENT_MS;
      const scopes: Scope[] = known ? ["pair"] : ["pair", "account", "client"];
      const until = Math.max(0, ...scopes.map((scope) => byKey.get(keys[scope])?.blocked_until).map((at) => (at ? new Date(at).getTime() : 0)));
      if (until > now.getTime()) return Math.max(1, Math.ceil((until - now.getTime()) / 1000));
      for (const scope of ["pair", "account", "client"] as Scope[]) {
        const row = byKey.get(keys[scope])!;
        const stale = row.last_failure_at === null || now.getTime() - new Date(row.last_failure_at).getTime() > FAILURE_WINDOW_MS;
        const failures = stale ? 1 : row.failures + 1;
        const delay = delaySeconds(failures, free[scope]);
        await tx.query(`UPDATE login_throttle SET failures = $2, last_failure_at = $3, blocked_until = $4 WHERE key = $1`, [
          keys[scope],
          failures,
          now,
          delay > 0 ? new Date(now.getTime() + delay * 1000) : null,
        ]);
      }
      return 0;
    });
    if (wait > 0) {
      throw new GraphQLError(`Too many failed logins: wait ${wait} seconds and try again, or reset your password`, {
        extensions: { code: "RATE_LIMITED", reason: "LOGIN_THROTTLED", params: { retryAfterSeconds: wait }, retryAfterSeconds: wait },
      });
    }
    await this.sweep(now);
  }

  private async sweep(now: Date): Promise<void> {
    // Now and then, forget what no longer matters.
    if (++this.sweeps % 100 === 0) {
      await this.dataSource.query(
        `DELETE FROM login_throttle WHERE (last_failure_at IS NULL OR last_failure_at < $1) AND (last_success_at IS NULL OR last_success_at < $2)`,
        [new Date(now.getTime() - FAILURE_WINDOW_MS), new Date(now.getTime() - KNOWN_CLIENT_MS)],
      );
    }
  }

  /**
   * After the right password: the client is known for the account from now on; the
   * account's and the pair's counts start over; the client's count takes back only this
   * attempt (an attacker's own account must not clear it).
   */
  async recordSuccess(email: string, client: string): Promise<void> {
    const keys = this.keys(email, client);
    const now = this.now();
    await this.dataSource.query(
      `INSERT INTO login_throttle (key, failures, last_success_at) VALUES ($1, 0, $2)
       ON CONFLICT (key) DO UPDATE SET failures = 0, blocked_until = NULL, last_success_at = $2`,
      [keys.pair, now],
    );
    await this.dataSource.query(`UPDATE login_throttle SET failures = 0, blocked_until = NULL WHERE key = $1`, [keys.account]);
    await this.dataSource.query(`UPDATE login_throttle SET failures = greatest(failures - 1, 0) WHERE key = $1`, [keys.client]);
  }
}
