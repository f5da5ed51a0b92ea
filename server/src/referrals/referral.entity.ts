import { Field, Float, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from "typeorm";
import type { Relation } from "typeorm";
import { CareService } from "../care-services/care-service.entity";
import { ReferralAction, ReferralDeclineReason, ReferralState } from "../domain/referrals";
import { Assignment } from "../matching/matching.entity";
import { Municipality } from "../reference/reference.entity";
import { User } from "../users/user.entity";

registerEnumType(ReferralState, {
  name: "ReferralState",
  description: "SENT → ACCEPTED | DECLINED → APPOINTMENT_MADE | WAITING_LIST → COMPLETED; WITHDRAWN by the referrer",
});
registerEnumType(ReferralDeclineReason, { name: "ReferralDeclineReason" });
registerEnumType(ReferralAction, { name: "ReferralAction" });

/**
 * A referral of the newcomer of an assignment to a care service (issue 18), with the
 * newcomer's consent: what may be shared (municipality, language, topic), who recorded
 * it and when. Never an identifier of the newcomer; a note is one short line.
 */
@ObjectType({ description: "A referral of the newcomer of an assignment to a care service, with consent; never an identifier of the newcomer" })
@Entity("referral")
@Index("referral_open_idx", ["assignmentId"], { where: `state IN ('SENT', 'ACCEPTED', 'WAITING_LIST', 'APPOINTMENT_MADE')` })
export class Referral {
  @Field(() => ID) @PrimaryGeneratedColumn() id!: number;
  @Field(() => ID) @Index("referral_assignment_idx") @Column({ type: "int" }) assignmentId!: number;
  @ManyToOne(() => Assignment, { onDelete: "RESTRICT" }) @JoinColumn({ name: "assignment_id" }) assignment?: Relation<Assignment>;
  @Field(() => ID) @Index("referral_care_service_idx") @Column({ type: "uuid" }) careServiceId!: string;
  @ManyToOne(() => CareService, { onDelete: "RESTRICT" }) @JoinColumn({ name: "care_service_id" }) careService?: Relation<CareService>;
  @Field(() => ReferralState)
  @Index("referral_state_idx")
  @Column({ type: "enum", enum: ReferralState, enumName: "referral_state", default: ReferralState.SENT })
  state!: ReferralState;
  /** Expertise code; the service sees it only when shared. */
  @Column({ type: "varchar", length: 40 }) topic!: string;
  /** The newcomer's municipality when referred; the service sees it only when shared. */
  @Column({ type: "varchar", length: 6 }) municipalityCode!: string;
  @ManyToOne(() => Municipality, { onDelete: "RESTRICT" }) @JoinColumn({ name: "municipality_code" }) municipality?: Relation<Municipality>;
  /** ISO 639-3; the service sees it only when shared. */
  @Column({ type: "varchar", length: 3, nullable: true }) languageCode!: string | null;
  // ---- consent
  @Column({ type: "int", nullable: true }) consentRecordedByUserId!: number | null;
  @ManyToOne(() => User, { onDelete: "SET NULL" }) @JoinColumn({ name: "consent_recorded_by_user_id" }) consentRecordedBy?: Relation<User>;
  @Field(() => Date, { description: "When the newcomer's consent was recorded" }) @Column({ type: "timestamptz" }) consentAt!: Date;
  @Field() @Column({ type: "boolean" }) sharesMunicipality!: boolean;
  @Field() @Column({ type: "boolean" }) sharesLanguage!: boolean;
  @Field() @Column({ type: "boolean" }) sharesTopic!: boolean;
  @Field(() => String, { nullable: true, description: "The referrer's short note (one line, no identifiers)" })
  @Column({ type: "varchar", length: 200, nullable: true })
  note!: string | null;
  // ---- the answer
  @Field(() => ReferralDeclineReason, { nullable: true })
  @Column({ type: "enum", enum: ReferralDeclineReason, enumName: "referral_decline_reason", nullable: true })
  declineReason!: ReferralDeclineReason | null;
  @Field(() => String, { nullable: true }) @Column({ type: "varchar", length: 200, nullable: true }) declineNote!: string | null;
  @Field({ description: "Set after a move: the service does not serve the newcomer's new place; refer again there" })
  @Column({ type: "boolean", default: false })
  needsRerouting!: boolean;
  @Field(() => ID, { nullable: true, description: "The referral this one replaced after a move" })
  @Column({ type: "int", nullable: true })
  reroutedFromId!: number | null;
  @ManyToOne(() => Referral, { onDelete: "SET NULL" }) @JoinColumn({ name: "rerouted_from_id" }) reroutedFrom?: Relation<Referral>;
  // ---- the moments of each state
  @Field(() => Date) @Column({ type: "timestamptz" }) sentAt!: Date;
  @Field(() => Date, { nullable: true }) @Column({ type: "timestamptz", nullable: true }) acceptedAt!: Date | null;
  @Field(() => Date, { nullable: true }) @Column({ type: "timestamptz", nullable: true }) declinedAt!: Date | null;
  @Field(() => Date, { nullable: true }) @Column({ type: "timestamptz", nullable: true }) appointmentMadeAt!: Date | null;
  @Field(() => Date, { nullable: true }) @Column({ type: "timestamptz", nullable: true }) waitingListAt!: Date | null;
  @Field(() => Date, { nullable: true }) @Column({ type: "timestamptz", nullable: true }) completedAt!: Date | null;
  @Field(() => Date, { nullable: true }) @Column({ type: "timestamptz", nullable: true }) withdrawnAt!: Date | null;
  @Column({ type: "int", nullable: true }) createdByUserId!: number | null;
  @ManyToOne(() => User, { onDelete: "SET NULL" }) @JoinColumn({ name: "created_by_user_id" }) createdBy?: Relation<User>;
  @Field(() => Date) @CreateDateColumn({ type: "timestamptz" }) createdAt!: Date;
  @Field(() => Date) @UpdateDateColumn({ type: "timestamptz" }) updatedAt!: Date;
}

/** One step in a referral's history: who moved it to which state, when, with the short note. */
@ObjectType({ description: "One step in a referral's history" })
@Entity("referral_event")
export class ReferralEvent {
  @Field(() => ID) @PrimaryGeneratedColumn() id!: number;
  @Index("referral_event_referral_idx") @Column({ type: "int" }) referralId!: number;
  @ManyToOne(() => Referral, { onDelete: "CASCADE" }) @JoinColumn({ name: "referral_id" }) referral?: Relation<Referral>;
  @Field(() => ReferralState, { nullable: true })
  @Column({ type: "enum", enum: ReferralState, enumName: "referral_state", nullable: true })
  fromState!: ReferralState | null;
  @Field(() => ReferralState) @Column({ type: "enum", enum: ReferralState, enumName: "referral_state" }) state!: ReferralState;
  @Field({ description: "SENT, an action (ACCEPT …), or FLAGGED_AFTER_MOVE / REROUTED" }) @Column({ type: "varchar", length: 30 }) action!: string;
  @Column({ type: "int", nullable: true }) actorUserId!: number | null;
  @ManyToOne(() => User, { onDelete: "SET NULL" }) @JoinColumn({ name: "actor_user_id" }) actor?: Relation<User>;
  @Field({ description: "REFERRER, SERVICE or SYSTEM (a move)" }) @Column({ type: "varchar", length: 10 }) side!: string;
  @Field(() => String, { nullable: true }) @Column({ type: "varchar", length: 200, nullable: true }) note!: string | null;
  @Field(() => Date) @CreateDateColumn({ type: "timestamptz" }) at!: Date;
}

@ObjectType()
export class ReferralPage {
  @Field(() => [Referral]) items!: Referral[];
  @Field(() => Int) total!: number;
}

@ObjectType({ description: "A service a newcomer can be referred to from an assignment, nearest first" })
export class ReferralServiceOption {
  @Field(() => CareService) service!: CareService;
  @Field(() => Float, { nullable: true, description: "Whole kilometres from the newcomer to the nearest location; null for a line without locations" })
  distanceKm!: number | null;
  @Field({ description: "Offers the newcomer's language (or has interpreters)" }) speaksLanguage!: boolean;
  @Field({ description: "Offers the topic" }) offersTopic!: boolean;
}

@ObjectType({ description: "Referrals counted by one key (a service, a topic or a state)" })
export class ReferralCount {
  @Field() key!: string;
  @Field(() => String, { nullable: true, description: "The service's name when the key is a service" }) label!: string | null;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: "Referrals in the viewer's scope: counts and waiting times" })
export class ReferralOversight {
  @Field(() => Int) total!: number;
  @Field(() => Int, { description: "Open referrals flagged after a move" }) needsRerouting!: number;
  @Field(() => [ReferralCount]) byState!: ReferralCount[];
  @Field(() => [ReferralCount]) byTopic!: ReferralCount[];
  @Field(() => [ReferralCount], { description: "The 20 services with most referrals" }) byService!: ReferralCount[];
  @Field(() => Float, { nullable: true, description: "Median days from SENT to ACCEPTED" }) medianDaysToAccept!: number | null;
  @Field(() => Float, { nullable: true, description: "Median days from SENT to APPOINTMENT_MADE" }) medianDaysToAppointment!: number | null;
}
