import { GraphQLError } from "graphql";

export const FAILURE_WINDOW_MS = 15 * 60_000;

/** Failed logins allowed per account, and per client address, in one window (config: LOGIN_MAX_FAILURES_*). */
export interface ThrottleLimits {
  perAccount: number;
  perClient: number;
}

/**
 * Slows password guessing: after too many failures for one account or from one
 * address, login is refused for the rest of the window, even with the right password.
 * In memory per replica (see RateLimiter for why that is enough).
 */
export class LoginThrottle {
  private failures = new Map<string, number[]>();

  constructor(private readonly limits: ThrottleLimits, private readonly now: () => number) {}

  private recent(key: string): number[] {
    const cutoff = this.now() - FAILURE_WINDOW_MS;
    const times = (this.failures.get(key) ?? []).filter((t) => t > cutoff);
    if (times.length) this.failures.set(key, times);
    else this.failures.delete(key);
    return times;
  }

  assertAllowed(email: string, client: string): void {
    const account = this.recent(`account:${email}`);
    const address = this.recent(`client:${client}`);
    const blocked = account.length >= this.limits.perAccount ? account : address.length >= this.limits.perClient ? address : null;
    if (!blocked) return;
    const minutes = Math.max(1, Math.ceil((blocked[0] + FAILURE_WINDOW_MS - this.now()) / 60_000));
    throw new GraphQLError(`Too many failed logins: wait ${minutes} minute${minutes === 1 ? "" : "s"} and try again, or ask a coordinator to reset your password`, {
      extensions: { code: "RATE_LIMITED", retryAfterSeconds: minutes * 60 },
    });
  }

  recordFailure(email: string, client: string): void {
    for (const key of [`account:${email}`, `client:${client}`]) this.failures.set(key, [...this.recent(key), this.now()]);
  }

  recordSuccess(email: string): void {
    this.failures.delete(`account:${email}`);
  }
}
