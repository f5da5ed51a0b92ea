import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from "typeorm";
import type { Relation } from "typeorm";
import { User } from "../users/user.entity";

/**
 * A one-time link to set a password and confirm one's profile (sent to key persons who
 * were imported). Only the SHA-256 of the token is stored: the database alone does not
 * let anyone in.
 */
@Entity("invitation")
export class Invitation {
  /** hex SHA-256 of the token in the link */
  @PrimaryColumn({ type: "char", length: 64 }) tokenHash!: string;
  @Index("invitation_user_idx") @Column({ type: "int" }) userId!: number;
  @ManyToOne(() => User, { onDelete: "CASCADE" }) @JoinColumn({ name: "user_id" }) user?: Relation<User>;
  @Column({ type: "timestamptz" }) expiresAt!: Date;
  @Column({ type: "timestamptz", nullable: true }) usedAt!: Date | null;
  @CreateDateColumn({ type: "timestamptz" }) createdAt!: Date;
}
