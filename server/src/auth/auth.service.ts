import { createHash, randomBytes } from "node:crypto";
import type { DataSource, EntityManager } from "typeorm";
import { audit } from "../audit/audit.service";
import { queryPrepared } from "../db/prepared";
import type { Clock } from "../clock";
import type { Actor } from "../domain/access";
import { notify, NotificationKind } from "../notifications/notify";
import { BadUserInput, Unauthenticated } from "../shared/errors";
import { User } from "../users/user.entity";
import { LoginThrottle, type ThrottleLimits } from "./login-throttle";
import { hashPassword, verifyPassword } from "./password";
import { assertPasswordAllowed, MAX_PASSWORD_LENGTH } from "./password-policy";
import type { TokenService } from "./token";

/** How long a password-reset link works. */
export const RESET_TTL_MINUTES = 60;

const WRONG_LOGIN = "The e-mail address or password is wrong";
const RESET_INVALID = "This password-reset link does not work (any more): it was used already, has expired, or is incomplete. Request a new one.";

export const hashResetToken = (token: string): string => createHash("sha256").update(token).digest("hex");
const normaliseEmail = (email: string) => email.trim().toLowerCase().slice(0, 254);

export function actorOf(user: User): Actor {
  return { userId: user.id, role: user.role, keyPersonId: user.keyPersonId, organisationId: user.organisationId, municipalityCodes: user.municipalityCodes };
}

/**
 * Logging in, sessions and passwords. A session is a signed token (12 hours) carrying
 * the user's token version: raising the version in the user row (password change or
 * reset, deactivation) ends every session of that user at the next request.
 */
export class AuthService {
  private readonly throttle: LoginThrottle;

  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
    private readonly clock: Clock,
    limits: ThrottleLimits,
  ) {
    this.throttle = new LoginThrottle(dataSource, limits, () => clock.now());
  }

  async login(email: string, password: string, client: string): Promise<{ token: string; user: User }> {
    const address = normaliseEmail(email);
    // Counted as a failure before the password is checked (a success takes it back).
    await this.throttle.beginAttempt(address, client);
    const user = await this.dataSource.getRepository(User).findOneBy({ email: address });
    // The same message, and the same work, for an unknown address and a wrong password: no
    // hint which accounts exist. A password over the maximum is never right (it could not be set).
    const tooLong = password.length > MAX_PASSWORD_LENGTH;
    const valid = (await verifyPassword(user?.passwordHash ?? null, tooLong ? "" : password)) && !tooLong;
    if (!user || !valid) {
      // Never the address typed (it may be a password typed in the wrong field), only the account it names.
      await audit(this.dataSource.manager, null, { action: "loginFailed", entityType: "User", entityId: user?.id ?? null, detail: { why: "credentials" } });
      throw new Unauthenticated(WRONG_LOGIN, { reason: "LOGIN_FAILED" });
    }
    if (user.deactivatedAt) {
      await audit(this.dataSource.manager, null, { action: "loginFailed", entityType: "User", entityId: user.id, detail: { why: "deactivated" } });
      throw new Unauthenticated("This account has been deactivated: ask your coordinator if you need access again", { reason: "ACCOUNT_DEACTIVATED" });
    }
    await this.throttle.recordSuccess(address, client);
    const now = this.clock.now();
    await this.dataSource.transaction(async (tx) => {
      await tx.update(User, { id: user.id }, { lastLoginAt: now });
      await audit(tx, actorOf(user), { action: "login", entityType: "User", entityId: user.id });
    });
    return { token: await this.tokens.sign(user.id, now, user.tokenVersion), user };
  }

  /**
   * The actor behind a bearer token. No token, or a bad, expired or revoked one, or one of
   * a deactivated account, is anonymous: anything that needs a login then answers
   * UNAUTHENTICATED, while `login` still works. One query: the user row the context needs anyway.
   */
  async actorFor(authorization: string | undefined): Promise<{ actor: Actor; user: User } | null> {
    if (!authorization) return null;
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    const claims = match ? this.tokens.verify(match[1], this.clock.now()) : null;
    const user = claims === null ? null : await this.userById(claims.userId);
    if (!user || user.deactivatedAt || user.tokenVersion !== claims!.version) return null;
    return { user, actor: actorOf(user) };
  }

  /**
   * The user row, read fresh on every request (so a raised token version or a deactivation
   * counts at once) by its primary key, as a prepared statement: the same User TypeORM's
   * findOneBy gave, without building and hydrating through TypeORM on every request.
   */
  private async userById(id: number): Promise<User | null> {
    this.userStatement ??= `SELECT ${this.dataSource
      .getMetadata(User)
      .columns.map((column) => `u.${column.databaseName} AS "${column.propertyName}"`)
      .join(", ")} FROM app_user u WHERE u.id = $1`;
    const [row] = await queryPrepared<Partial<User>>(this.dataSource, this.userStatement, [id]);
    return row ? Object.assign(new User(), row) : null;
  }

  private userStatement: string | undefined;

  /** Ends every session of the user (inside the caller's transaction): their tokens' version is no longer theirs. */
  static async endSessions(tx: EntityManager, userId: number): Promise<void> {
    await tx.query(`UPDATE app_user SET token_version = token_version + 1 WHERE id = $1`, [userId]);
  }

  /** Needs the current password; ends every session, this one too (the console logs in again). */
  async changePassword(actor: Actor, currentPassword: string, newPassword: string, client: string): Promise<boolean> {
    const user = await this.dataSource.getRepository(User).findOneByOrFail({ id: actor.userId });
    // A stolen session must not become a password oracle: the same throttle as login.
    await this.throttle.beginAttempt(user.email, client);
    const tooLong = currentPassword.length > MAX_PASSWORD_LENGTH;
    if (tooLong || !(await verifyPassword(user.passwordHash, currentPassword))) {
      throw new BadUserInput("The current password is not right", { reason: "WRONG_CURRENT_PASSWORD", field: "currentPassword" });
    }
    await this.throttle.recordSuccess(user.email, client);
    assertPasswordAllowed(newPassword, [user.email]);
    const passwordHash = await hashPassword(newPassword);
    await this.dataSource.transaction(async (tx) => {
      await tx.update(User, { id: user.id }, { passwordHash });
      await AuthService.endSessions(tx, user.id);
      await audit(tx, actor, { action: "changePassword", entityType: "User", entityId: user.id });
    });
    return true;
  }

  /**
   * Sends a one-time link (an hour) to the address, if it belongs to an active account.
   * Answers true either way, after the same steps (a token made, a transaction with an
   * audit entry), so neither the answer nor its time tells whether the address has an account.
   */
  async requestPasswordReset(email: string): Promise<boolean> {
    const address = normaliseEmail(email);
    const token = randomBytes(32).toString("base64url");
    const tokenHash = hashResetToken(token);
    const now = this.clock.now();
    await this.dataSource.transaction(async (tx) => {
      const user = await tx.findOneBy(User, { email: address });
      const recent = user
        ? await tx.query(`SELECT 1 FROM password_reset WHERE user_id = $1 AND created_at > $2 AND used_at IS NULL LIMIT 3`, [
            user.id,
            new Date(now.getTime() - 15 * 60_000),
          ])
        : [];
      // No link for a deactivated account, and no more than three open ones in 15 minutes (no mail bombing).
      const send = user !== null && user.deactivatedAt === null && recent.length < 3;
      if (send) {
        await tx.query(`INSERT INTO password_reset (token_hash, user_id, expires_at, created_at) VALUES ($1, $2, $3, $4)`, [
          tokenHash,
          user.id,
          new Date(now.getTime() + RESET_TTL_MINUTES * 60_000),
          now,
        ]);
        await notify(tx, {
          to: { users: [user.id] },
          kind: NotificationKind.PASSWORD_RESET,
          dedupeKey: `reset:${tokenHash.slice(0, 32)}`,
          params: { token, validMinutes: RESET_TTL_MINUTES },
        });
      }
      await audit(tx, null, { action: "requestPasswordReset", entityType: "User", entityId: user?.id ?? null, detail: { sent: send } });
    });
    return true;
  }

  /** With the token of a reset link: sets the password, ends every other session, and logs in. Works once. */
  async resetPassword(token: string, newPassword: string, client: string): Promise<{ token: string; user: User }> {
    const hash = hashResetToken(token.trim().slice(0, 200));
    const now = this.clock.now();
    const [open]: { user_id: number; email: string }[] = await this.dataSource.query(
      `SELECT r.user_id, u.email FROM password_reset r JOIN app_user u ON u.id = r.user_id
       WHERE r.token_hash = $1 AND r.used_at IS NULL AND r.expires_at > $2 AND u.deactivated_at IS NULL`,
      [hash, now],
    );
    if (!open) throw new BadUserInput(RESET_INVALID, { reason: "RESET_LINK_INVALID", field: "token" });
    assertPasswordAllowed(newPassword, [open.email]);
    const passwordHash = await hashPassword(newPassword);
    const user = await this.dataSource.transaction(async (tx) => {
      // Claims the link atomically: of two tabs using it at once, one wins.
      const claimed: { user_id: number }[] = await tx.query(
        `WITH claimed AS (UPDATE password_reset SET used_at = $2 WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2 RETURNING user_id)
         SELECT user_id FROM claimed`,
        [hash, now],
      );
      if (claimed.length === 0) throw new BadUserInput(RESET_INVALID, { reason: "RESET_LINK_INVALID", field: "token" });
      const userId = claimed[0].user_id;
      await tx.query(`UPDATE password_reset SET used_at = $2 WHERE user_id = $1 AND used_at IS NULL`, [userId, now]);
      await tx.update(User, { id: userId }, { passwordHash, lastLoginAt: now });
      await AuthService.endSessions(tx, userId);
      const found = await tx.findOneByOrFail(User, { id: userId });
      await audit(tx, actorOf(found), { action: "resetPassword", entityType: "User", entityId: userId });
      return found;
    });
    // Whoever holds the mailbox may log in from here; earlier failures no longer count.
    await this.throttle.recordSuccess(user.email, client);
    return { token: await this.tokens.sign(user.id, now, user.tokenVersion), user };
  }
}
