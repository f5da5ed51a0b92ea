import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import type { Relation } from "typeorm";
import { User } from "../users/user.entity";

/**
 * What a message is about. Varchar in the database (a new kind needs no migration),
 * an enum in the API. templates.ts has one function per kind.
 */
export enum NotificationKind {
  // to the key person
  PROPOSAL = "PROPOSAL",
  PROPOSAL_REMINDER = "PROPOSAL_REMINDER",
  ASSIGNMENT_CANCELLED = "ASSIGNMENT_CANCELLED",
  HOURS_REJECTED = "HOURS_REJECTED",
  CLAIM_REJECTED = "CLAIM_REJECTED",
  CHECK_IN_DUE = "CHECK_IN_DUE",
  PROFILE_STALE = "PROFILE_STALE",
  INTERVISION_DUE = "INTERVISION_DUE",
  // to the organisation
  PROPOSAL_ACCEPTED = "PROPOSAL_ACCEPTED",
  PROPOSAL_DECLINED = "PROPOSAL_DECLINED",
  PROPOSAL_EXPIRED = "PROPOSAL_EXPIRED",
  HANDOVER = "HANDOVER",
  // to coordinators
  WELLBEING_ATTENTION = "WELLBEING_ATTENTION",
  UNMET_DIGEST = "UNMET_DIGEST",
  // to anyone who asked (requestPasswordReset): the link is never shown in the console's outbox
  PASSWORD_RESET = "PASSWORD_RESET",
}

/** Digests can be turned off by their recipient; messages about one's own work and safety cannot. */
export const DIGEST_KINDS: ReadonlySet<NotificationKind> = new Set([NotificationKind.UNMET_DIGEST]);

export enum NotificationStatus {
  /** Waiting to be sent (again: after a failure, from nextAttemptAt). */
  PENDING = "PENDING",
  SENT = "SENT",
  /** Given up: the recipient's server refused the address, or 8 attempts failed. A coordinator can retry. */
  FAILED = "FAILED",
  /** No SMTP_URL configured (development, demo): kept here, readable in the console. */
  HELD = "HELD",
}

registerEnumType(NotificationKind, { name: "NotificationKind" });
registerEnumType(NotificationStatus, { name: "NotificationStatus" });

/** The outbox: one e-mail to one user, written in the same transaction as the change it tells about. */
@ObjectType({ description: "An e-mail in the outbox: pending, sent, failed or held (no SMTP configured)" })
@Entity("notification")
@Index("notification_user_dedupe_key", ["userId", "dedupeKey"], { unique: true })
@Index("notification_due_idx", ["nextAttemptAt"], { where: `status = 'PENDING'` })
@Index("notification_created_idx", ["createdAt"])
export class Notification {
  @Field(() => ID) @PrimaryGeneratedColumn() id!: number;
  /** Erasing a person (their account) erases their messages too. */
  @Column({ type: "int" }) userId!: number;
  @ManyToOne(() => User, { onDelete: "CASCADE" }) @JoinColumn({ name: "user_id" }) user?: Relation<User>;
  @Field(() => NotificationKind) @Column({ type: "varchar", length: 40 }) kind!: NotificationKind;
  /** The event, e.g. proposal:12, reminder:12, checkin:7:2031-03: one message per user and event, ever. */
  @Field() @Column({ type: "varchar", length: 200 }) dedupeKey!: string;
  @Field({ description: "nl or en: the recipient's language when it was written" }) @Column({ type: "varchar", length: 2 }) locale!: string;
  @Field() @Column({ type: "varchar", length: 300 }) subject!: string;
  @Field({ description: "The plain-text body" }) @Column({ type: "text" }) body!: string;
  @Field(() => NotificationStatus)
  @Column({ type: "enum", enum: NotificationStatus, enumName: "notification_status", default: NotificationStatus.PENDING })
  status!: NotificationStatus;
  @Field(() => Int, { description: "Delivery attempts so far" }) @Column({ type: "int", default: 0 }) attempts!: number;
  @Field(() => Date, { description: "When a pending message is (re)tried" }) @Column({ type: "timestamptz" }) nextAttemptAt!: Date;
  @Field(() => String, { nullable: true, description: "Why the last attempt failed" })
  @Column({ type: "varchar", length: 1000, nullable: true })
  lastError!: string | null;
  @Field(() => Date, { nullable: true }) @Column({ type: "timestamptz", nullable: true }) sentAt!: Date | null;
  @Field(() => Date) @Column({ type: "timestamptz", default: () => "now()" }) createdAt!: Date;
}

@ObjectType()
export class NotificationPage {
  @Field(() => [Notification]) items!: Notification[];
  @Field(() => Int) total!: number;
}

@ObjectType({ description: "One's own e-mail settings" })
export class NotificationSettings {
  @Field({ description: "Daily digests (unmet requests); messages about one's own work and safety are always sent" }) digestsEnabled!: boolean;
  @Field(() => Date, { nullable: true, description: "When a mail to one's address was refused: ask a coordinator to correct it" })
  emailBouncedAt!: Date | null;
}
