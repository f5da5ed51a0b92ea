import { createHash, randomBytes } from "node:crypto";
import type { DataSource, EntityManager } from "typeorm";
import { audit } from "../audit/audit.service";
import { hashPassword } from "../auth/password";
import { assertPasswordAllowed } from "../auth/password-policy";
import type { TokenService } from "../auth/token";
import type { Clock } from "../clock";
import { NotificationKind, notify } from "../notifications/notify";
import { BadUserInput } from "../shared/errors";
import { User } from "../users/user.entity";

/** How long an invitation link works. */
export const INVITATION_TTL_DAYS = 14;

export const hashInvitationToken = (token: string): string => createHash("sha256").update(token).digest("hex");

/** The console's page for an invitation: `${origin}/#/invitation/<token>`. */
export const invitationUrl = (origin: string, token: string): string => `${origin.replace(/\/+$/, "")}/#/invitation/${token}`;

const INVALID = "This invitation link does not work (any more): it was used already, has expired, or is incomplete. Ask your coordinator for a new one.";

export class InvitationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
    private readonly clock: Clock,
  ) {}

  /**
   * New invitations for these users, inside the caller's transaction, in one statement.
   * Returns the tokens in the same order; only their hashes are stored.
   */
  async createMany(tx: EntityManager, userIds: number[]): Promise<string[]> {
    const tokens = userIds.map(() => randomBytes(32).toString("base64url"));
    if (userIds.length === 0) return tokens;
    const expiresAt = new Date(this.clock.now().getTime() + INVITATION_TTL_DAYS * 24 * 3600_000);
    await tx.query(`INSERT INTO invitation (token_hash, user_id, expires_at) SELECT h, u, $3 FROM unnest($1::char(64)[], $2::int[]) AS t(h, u)`, [
      tokens.map(hashInvitationToken),
      userIds,
      expiresAt,
    ]);
    return tokens;
  }

  /**
   * A new invitation for one user, e-mailed through the outbox (kind INVITATION), inside
   * the caller's transaction: links sent before stop working, so only the newest does.
   */
  async send(tx: EntityManager, user: { id: number; role: string }): Promise<void> {
    await tx.query(`UPDATE invitation SET used_at = $2 WHERE user_id = $1 AND used_at IS NULL`, [user.id, this.clock.now()]);
    const [token] = await this.createMany(tx, [user.id]);
    await notify(tx, {
      to: { users: [user.id] },
      kind: NotificationKind.INVITATION,
      dedupeKey: `invitation:${hashInvitationToken(token).slice(0, 32)}`,
      params: { token, validDays: INVITATION_TTL_DAYS, role: user.role },
    });
  }

  /**
   * Sets the password of the invited user, confirms their profile (a key person's) and
   * logs them in. A token works once, and not after it expired.
   */
  async accept(token: string, password: string): Promise<{ token: string; user: User }> {
    assertPasswordAllowed(password);
    const hash = hashInvitationToken(token.trim().slice(0, 200));
    const now = this.clock.now();
    // Hash the password only for a link that works: argon2 is slow on purpose.
    const [open] = await this.dataSource.query(
      `SELECT 1 FROM invitation i JOIN app_user u ON u.id = i.user_id WHERE i.token_hash = $1 AND i.used_at IS NULL AND i.expires_at > $2 AND u.deactivated_at IS NULL`,
      [hash, now],
    );
    if (!open) throw new BadUserInput(INVALID, { reason: "INVITATION_INVALID", field: "token" });
    const passwordHash = await hashPassword(password);
    const user = await this.dataSource.transaction(async (tx) => {
      // Claims the link atomically: of two tabs accepting at once, one wins.
      const claimed: { user_id: number }[] = await tx.query(
        `WITH claimed AS (UPDATE invitation SET used_at = $2 WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2 RETURNING user_id)
         SELECT user_id FROM claimed`,
        [hash, now],
      );
      if (claimed.length === 0) throw new BadUserInput(INVALID, { reason: "INVITATION_INVALID", field: "token" });
      const userId = claimed[0].user_id;
      // Any other open link of theirs is spent too.
      await tx.query(`UPDATE invitation SET used_at = $2 WHERE user_id = $1 AND used_at IS NULL`, [userId, now]);
      await tx.update(User, { id: userId }, { passwordHash, lastLoginAt: now });
      await tx.query(`UPDATE app_user SET token_version = token_version + 1 WHERE id = $1`, [userId]);
      const found = await tx.findOneByOrFail(User, { id: userId });
      if (found.keyPersonId !== null) await tx.query(`UPDATE key_person SET profile_confirmed_at = $2 WHERE id = $1`, [found.keyPersonId, now]);
      const actor = {
        userId: found.id,
        role: found.role,
        keyPersonId: found.keyPersonId,
        organisationId: found.organisationId,
        municipalityCodes: found.municipalityCodes,
      };
      await audit(tx, actor, { action: "acceptInvitation", entityType: "User", entityId: found.id, detail: { confirmedProfile: found.keyPersonId !== null } });
      return found;
    });
    return { token: await this.tokens.sign(user.id, now, user.tokenVersion), user };
  }
}
