import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from "typeorm";
import type { Relation } from "typeorm";
import { User } from "../users/user.entity";

/**
 * A one-time link to choose a new password (requestPasswordReset). Only the SHA-256 of
 * the token is stored: the database alone lets no one in. It works once, for an hour.
 */
@Entity("password_reset")
export class PasswordReset {
  /** hex SHA-256 of the token in the link */
  @PrimaryColumn({ type: "char", length: 64 }) tokenHash!: string;
  @Index("password_reset_user_idx") @Column({ type: "int" }) userId!: number;
  @ManyToOne(() => User, { onDelete: "CASCADE" }) @JoinColumn({ name: "user_id" }) user?: Relation<User>;
  @Column({ type: "timestamptz" }) expiresAt!: Date;
  @Column({ type: "timestamptz", nullable: true }) usedAt!: Date | null;
  @CreateDateColumn({ type: "timestamptz" }) createdAt!: Date;
}

/**
 * Failed-login counts, shared by every replica. `key` is the SHA-256 of the scope and
 * its subject (an account, a client address, or both), never the address or e-mail in
 * clear. See login-throttle.ts.
 */
@Entity("login_throttle")
export class LoginThrottleRow {
  @PrimaryColumn({ type: "char", length: 64 }) key!: string;
  /** Failures since the count last started over (a success, or an hour without failures). */
  @Column({ type: "int", default: 0 }) failures!: number;
  @Index("login_throttle_last_failure_idx") @Column({ type: "timestamptz", nullable: true }) lastFailureAt!: Date | null;
  /** No attempt in this scope before then. */
  @Column({ type: "timestamptz", nullable: true }) blockedUntil!: Date | null;
  /** For (account, client): when this client last logged in to this account (a known client). */
  @Column({ type: "timestamptz", nullable: true }) lastSuccessAt!: Date | null;
}
