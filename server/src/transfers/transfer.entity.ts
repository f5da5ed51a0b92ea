import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import type { Relation } from "typeorm";
import { Assignment, MatchRequest } from "../matching/matching.entity";
import { Organisation } from "../organisations/organisation.entity";
import { TransferDeclineReason, TransferState } from "../shared/enums";
import { DateScalar } from "../shared/scalars";
import { User } from "../users/user.entity";

/**
 * A request handed from one organisation to another after the newcomer moved (issue 18;
 * domain/transfers.ts). The consent is recorded as who recorded it and when: never who the
 * newcomer is. Accepted transfers are the request's ownership history: from `effectiveOn`
 * the receiving organisation owns the request, funds and reviews its hours and claims.
 */
@ObjectType({ description: "A request handed on to an organisation near the newcomer's new place" })
@Entity("request_transfer")
@Index("request_transfer_one_pending", ["matchRequestId"], { unique: true, where: `state = 'PENDING'` })
export class RequestTransfer {
  @Field(() => ID) @PrimaryGeneratedColumn() id!: number;
  @Index("request_transfer_request_idx") @Column({ type: "int" }) matchRequestId!: number;
  @ManyToOne(() => MatchRequest, { onDelete: "CASCADE" }) @JoinColumn({ name: "match_request_id" }) matchRequest?: Relation<MatchRequest>;
  @Index("request_transfer_from_idx") @Column({ type: "int" }) fromOrganisationId!: number;
  @ManyToOne(() => Organisation, { onDelete: "RESTRICT" }) @JoinColumn({ name: "from_organisation_id" }) fromOrganisation?: Relation<Organisation>;
  @Index("request_transfer_to_idx") @Column({ type: "int" }) toOrganisationId!: number;
  @ManyToOne(() => Organisation, { onDelete: "RESTRICT" }) @JoinColumn({ name: "to_organisation_id" }) toOrganisation?: Relation<Organisation>;
  @Field(() => TransferState)
  @Column({ type: "enum", enum: TransferState, enumName: "transfer_state", default: TransferState.PENDING })
  state!: TransferState;
  /** Where the newcomer lived when the transfer was proposed (a municipality code, never an address). */
  @Column({ type: "varchar", length: 6 }) newcomerMunicipalityCode!: string;
  @Column({ type: "int", nullable: true }) proposedByUserId!: number | null;
  @ManyToOne(() => User, { onDelete: "SET NULL" }) @JoinColumn({ name: "proposed_by_user_id" }) proposedBy?: Relation<User>;
  /** Who recorded the newcomer's consent to the transfer. */
  @Column({ type: "int", nullable: true }) consentRecordedByUserId!: number | null;
  @ManyToOne(() => User, { onDelete: "SET NULL" }) @JoinColumn({ name: "consent_recorded_by_user_id" }) consentRecordedBy?: Relation<User>;
  @Field(() => Date, { description: "When the newcomer's consent was recorded" }) @Column({ type: "timestamptz" }) consentAt!: Date;
  @Field(() => TransferDeclineReason, { nullable: true })
  @Column({ type: "enum", enum: TransferDeclineReason, enumName: "transfer_decline_reason", nullable: true })
  declineReason!: TransferDeclineReason | null;
  @Field(() => String, { nullable: true, description: "Optional, beside the reason code; never about who the newcomer is" })
  @Column({ type: "varchar", length: 500, nullable: true })
  declineNote!: string | null;
  @Field(() => DateScalar, { nullable: true, description: "Accepted: the receiving organisation owns the request, its funding and its reviews from this day" })
  @Column({ type: "date", nullable: true })
  effectiveOn!: string | null;
  @Column({ type: "int", nullable: true }) answeredByUserId!: number | null;
  @ManyToOne(() => User, { onDelete: "SET NULL" }) @JoinColumn({ name: "answered_by_user_id" }) answeredBy?: Relation<User>;
  @Field(() => Date) @CreateDateColumn({ type: "timestamptz" }) createdAt!: Date;
  @Field(() => Date, { nullable: true, description: "When it was accepted, declined or withdrawn" })
  @Column({ type: "timestamptz", nullable: true })
  answeredAt!: Date | null;
}

/**
 * A change of key person on a request (a new assignment accepted while another was
 * active, e.g. after a move): the old one is released on `handedOverOn` and both may
 * declare hours through `overlapUntil` (domain/transfers.ts, HANDOVER_OVERLAP_DAYS).
 */
@ObjectType({ description: "A change of key person: both may declare hours during the overlap" })
@Entity("assignment_handover")
export class AssignmentHandover {
  @Field(() => ID) @PrimaryGeneratedColumn() id!: number;
  @Index("assignment_handover_request_idx") @Column({ type: "int" }) matchRequestId!: number;
  @ManyToOne(() => MatchRequest, { onDelete: "CASCADE" }) @JoinColumn({ name: "match_request_id" }) matchRequest?: Relation<MatchRequest>;
  @Field(() => ID, { description: "The released assignment (the old key person)" })
  @Index("assignment_handover_from_idx", { unique: true })
  @Column({ type: "int" })
  fromAssignmentId!: number;
  @ManyToOne(() => Assignment, { onDelete: "CASCADE" }) @JoinColumn({ name: "from_assignment_id" }) fromAssignment?: Relation<Assignment>;
  @Field(() => ID, { description: "The assignment taking over (the new key person)" })
  @Index("assignment_handover_to_idx")
  @Column({ type: "int" })
  toAssignmentId!: number;
  @ManyToOne(() => Assignment, { onDelete: "CASCADE" }) @JoinColumn({ name: "to_assignment_id" }) toAssignment?: Relation<Assignment>;
  @Field(() => DateScalar, { description: "Day 0: the new key person accepted, the old one was released" }) @Column({ type: "date" }) handedOverOn!: string;
  @Field(() => DateScalar, { description: "The last day both may declare hours (day 14)" }) @Column({ type: "date" }) overlapUntil!: string;
  @Field(() => Date) @CreateDateColumn({ type: "timestamptz" }) createdAt!: Date;
}

@ObjectType({ description: "Who owned a request when: hours and claims dated in a period belong to its organisation" })
export class OwnershipPeriod {
  organisationId!: number;
  @Field(() => DateScalar, { nullable: true, description: "null: since the request was made" }) from!: string | null;
  @Field(() => DateScalar, { nullable: true, description: "The last day owned; null: still owned" }) until!: string | null;
}

@ObjectType()
export class RequestTransferPage {
  @Field(() => [RequestTransfer]) items!: RequestTransfer[];
  @Field(() => Int) total!: number;
}

@ObjectType({ description: "An organisation near the newcomer's new place that a request may be handed to" })
export class TransferTarget {
  @Field(() => Organisation) organisation!: Organisation;
  @Field(() => Int, { description: "From the organisation's municipality to the newcomer, whole km" }) distanceKm!: number;
}
