import { GraphQLJSONObject } from "graphql-scalars";
import { Field, Float, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from "typeorm";
import type { Relation } from "typeorm";
import { GroupActivity } from "../groups/group.entity";
import { KeyPerson } from "../registry/registry.entity";
import { Municipality } from "../reference/reference.entity";
import { OwnActivity, RequestKind, SupervisionKind, WellbeingStatus } from "../shared/enums";
import { Reason } from "../shared/reason.type";
import { DateScalar } from "../shared/scalars";
import { ACTION_KINDS, type ActionIndex, type ActionKind } from "./oversight.actions";

/** An intervision or supervision session, or a training (which does not count as supervision). */
@ObjectType()
@Entity("supervision_session")
@Index("supervision_session_person_idx", ["keyPersonId", "date"])
// The latest session that counts for supervision status: one index entry per key person on the dashboard.
@Index("supervision_session_latest_idx", ["keyPersonId", "date"], { where: `kind <> 'TRAINING'` })
// One session per key person and group activity: recording attendance twice writes it once.
@Index("supervision_session_activity_key", ["keyPersonId", "groupActivityId"], { unique: true, where: `group_activity_id IS NOT NULL` })
export class SupervisionSession {
  @Field(() => ID) @PrimaryGeneratedColumn() id!: number;
  @Column({ type: "int" }) keyPersonId!: number;
  @ManyToOne(() => KeyPerson, { onDelete: "CASCADE" }) @JoinColumn({ name: "key_person_id" }) keyPerson?: Relation<KeyPerson>;
  @Field(() => DateScalar) @Column({ type: "date" }) date!: string;
  @Field(() => SupervisionKind) @Column({ type: "enum", enum: SupervisionKind, enumName: "supervision_kind" }) kind!: SupervisionKind;
  @Field(() => String, { nullable: true, description: "e.g. the training's name" }) @Column({ type: "varchar", length: 200, nullable: true }) note!:
    string | null;
  @Column({ type: "int", nullable: true }) loggedByUserId!: number | null;
  @Field(() => Date) @CreateDateColumn({ type: "timestamptz" }) createdAt!: Date;
  /** Written by recordAttendance for a group activity (issue 17): one per key person and activity. */
  @Field(() => ID, { nullable: true, description: "The group activity whose attendance wrote this session" })
  @Column({ type: "int", nullable: true })
  groupActivityId!: number | null;
  // The session is the key person's record: it outlives the activity (an organisation's removal deletes its activities).
  @ManyToOne(() => GroupActivity, { onDelete: "SET NULL" }) @JoinColumn({ name: "group_activity_id" }) groupActivity?: Relation<GroupActivity>;
}

/** The monthly self-report: the most sensitive data here. Read only by the key person and coordinators, every read audited. */
@ObjectType()
@Entity("wellbeing_check_in")
// With id: the latest check-in (ORDER BY at DESC, id DESC) is the first entry, without a sort per key person.
@Index("wellbeing_check_in_person_idx", ["keyPersonId", "at", "id"])
@Check("wellbeing_scores_in_range", `"strain" BETWEEN 1 AND 5 AND "emotional_impact" BETWEEN 1 AND 5 AND "support" BETWEEN 1 AND 5`)
export class WellbeingCheckIn {
  @Field(() => ID) @PrimaryGeneratedColumn() id!: number;
  @Column({ type: "int" }) keyPersonId!: number;
  @ManyToOne(() => KeyPerson, { onDelete: "CASCADE" }) @JoinColumn({ name: "key_person_id" }) keyPerson?: Relation<KeyPerson>;
  @Field(() => Date) @Column({ type: "timestamptz" }) at!: Date;
  @Field(() => Int) @Column({ type: "smallint" }) strain!: number;
  @Field(() => Int) @Column({ type: "smallint" }) emotionalImpact!: number;
  @Field(() => Int) @Column({ type: "smallint" }) support!: number;
  @Field() @Column({ type: "boolean" }) contactRequested!: boolean;
}

/** A coordinator talked with the key person and lifted the stop on proposals. */
@ObjectType()
@Entity("wellbeing_clearance")
@Index("wellbeing_clearance_person_idx", ["keyPersonId", "at"])
export class WellbeingClearance {
  @Field(() => ID) @PrimaryGeneratedColumn() id!: number;
  @Column({ type: "int" }) keyPersonId!: number;
  @ManyToOne(() => KeyPerson, { onDelete: "CASCADE" }) @JoinColumn({ name: "key_person_id" }) keyPerson?: Relation<KeyPerson>;
  @Field(() => Date) @Column({ type: "timestamptz" }) at!: Date;
  @Column({ type: "int" }) clearedByUserId!: number;
  @Field() @Column({ type: "varchar", length: 1000 }) note!: string;
}

/**
 * A key person's supervision and wellbeing status as domain/oversight.ts last derived it
 * (issue 21): the dashboard counts and pages these in SQL instead of deriving everyone's
 * on every load. Triggers on the tables the rules read (migration 1764409200000) mark a
 * row dirty and raise its version; a row is also due again from `validUntil` on
 * (statusValidUntil: time alone changes statuses). oversight.store.ts recomputes the
 * due rows before a read, and writes a result only if the version is still the one read.
 * No foreign key: a key person's deletion cascades to rows whose triggers write here; reads join key_person.
 */
@Entity("oversight_status")
// What is due again: the dirty rows and those past validUntil (oversight.store.ts), found without reading every row.
@Index("oversight_status_dirty_idx", ["keyPersonId"], { where: `dirty` })
@Index("oversight_status_valid_until_idx", ["validUntil"])
export class StoredOversightStatus {
  @PrimaryColumn({ type: "int" }) keyPersonId!: number;
  /** Null until first derived (a row a trigger made). */
  @Column({ type: "varchar", length: 12, nullable: true }) supervision!: string | null;
  @Column({ type: "varchar", length: 8, nullable: true }) wellbeing!: string | null;
  @Column({ type: "jsonb", nullable: true }) reasons!: unknown[] | null;
  @Column({ type: "boolean", default: false }) contactRequested!: boolean;
  @Column({ type: "date", nullable: true }) lastSupervisionOn!: string | null;
  @Column({ type: "timestamptz", nullable: true }) validUntil!: Date | null;
  @Column({ type: "boolean", default: true }) dirty!: boolean;
  @Column({ type: "int", default: 0 }) version!: number;
}

@ObjectType()
export class WellbeingReason {
  @Field() level!: string;
  @Field({ description: "CONTACT_REQUESTED, HIGH_STRAIN, LOW_SUPPORT, CHECK_IN_MISSING, OVER_CAPACITY, MANY_SGBV_CASES, SUPERVISION_OVERDUE" }) code!: string;
  @Field(() => GraphQLJSONObject, { description: "The code's values: HIGH_STRAIN { strain, support }, CHECK_IN_MISSING { days } …" })
  params!: Record<string, unknown>;
  @Field({ description: "In English, for people reading the API" }) message!: string;
}

@ObjectType({ description: "Why a key person is where they are: coordinators and the key person only; every read is audited" })
export class WellbeingDetail {
  @Field(() => WellbeingStatus) status!: WellbeingStatus;
  @Field(() => [WellbeingReason]) reasons!: WellbeingReason[];
}

@ObjectType()
export class StatusCount {
  @Field() status!: string;
  @Field(() => Int) count!: number;
}

@ObjectType()
export class UtilisationBucket {
  @Field() label!: string;
  @Field(() => Int) count!: number;
}

@ObjectType()
export class WeekHours {
  @Field(() => DateScalar) weekEnding!: string;
  @Field() declaredHours!: number;
  @Field() capacityHours!: number;
}

@ObjectType({ description: "Hours of one kind of work: a kind of request (kind set) or an own activity (ownActivity set)" })
export class WorkHours {
  @Field(() => RequestKind, { nullable: true }) kind!: RequestKind | null;
  @Field(() => OwnActivity, { nullable: true }) ownActivity!: OwnActivity | null;
  @Field(() => Float, { description: "Declared and not rejected" }) declaredHours!: number;
  @Field(() => Float) approvedHours!: number;
}

@ObjectType()
export class KindCount {
  @Field(() => RequestKind) kind!: RequestKind;
  @Field(() => Int) count!: number;
}

@ObjectType()
export class ActionItem {
  keyPersonId!: number;
  /** Set when the dashboard loaded the key persons of its list up front. */
  keyPerson?: KeyPerson;
  @Field() kind!: string;
  @Field({ description: "Why, in English for people reading the API" }) detail!: string;
  @Field(() => [Reason], { description: "Why, as codes with parameters (RED: the wellbeing reasons; LAST_SUPERVISION { date }; PROFILE_CONFIRMED { date } …)" })
  reasons!: Reason[];
}

/** The kinds of the action list as a GraphQL enum (ActionItem.kind stays a String, as it always was). */
export const ActionKindEnum = Object.fromEntries(ACTION_KINDS.map((kind) => [kind, kind])) as { [K in ActionKind]: K };
registerEnumType(ActionKindEnum, { name: "ActionKind", description: "What a key person on the action list needs, most urgent first" });

@ObjectType({ description: "How many items of one kind the action list holds" })
export class ActionKindCount {
  @Field(() => ActionKindEnum) kind!: ActionKind;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: "One page of the action list" })
export class ActionPage {
  @Field(() => [ActionItem], { description: "Most urgent kind first; within a kind, by key person" }) items!: ActionItem[];
  @Field(() => Int, { description: "Items of the kind asked for (of every kind when none)" }) total!: number;
  @Field(() => [ActionKindCount], { description: "Every kind, most urgent first, 0 included" }) counts!: ActionKindCount[];
}

@ObjectType()
export class OversightDashboard {
  /** The compact action list the `actions` field makes its items from. */
  actionIndex!: ActionIndex;
  @Field(() => [StatusCount]) byStatus!: StatusCount[];
  @Field(() => [StatusCount], { description: "Active key persons by wellbeing status" }) byWellbeing!: StatusCount[];
  @Field(() => [StatusCount], { description: "Active key persons by supervision status" }) bySupervision!: StatusCount[];
  @Field(() => Int) staleCount!: number;
  @Field(() => [UtilisationBucket], { description: "Active key persons by committed hours / capacity" }) utilisation!: UtilisationBucket[];
  @Field(() => [WeekHours], { description: "Declared hours per week against the capacity of the active key persons" }) weeklyHours!: WeekHours[];
  @Field(() => [ActionItem], {
    deprecationReason: "Every item at once (thousands in the whole country): use actionCounts and the paged query oversightActions",
  })
  actions!: ActionItem[];
  @Field(() => [ActionKindCount], { description: "The action list's items per kind, most urgent first, 0 included (the items: oversightActions)" })
  actionCounts!: ActionKindCount[];
  @Field(() => Int) unmetRequests!: number;
  @Field(() => [KindCount], { description: "Open unmet requests per kind of request (every kind, 0 included)" }) unmetByKind!: KindCount[];
  @Field(() => [WorkHours], {
    description: "Hours of the dashboard's weeks (12, up to today) per kind of request and per own activity, every one listed (0 included)",
  })
  hoursByWork!: WorkHours[];
  @Field(() => [UtilisationBucket], {
    description:
      "Active key persons by the coming week's load / capacity: the weekly hours of undated work plus the hours of their booked slots (dated kinds) in the next 7 days",
  })
  bookedUtilisation!: UtilisationBucket[];
}

@ObjectType()
export class MunicipalityCoverage {
  @Field(() => Municipality) municipality!: Municipality;
  @Field(() => Int, { description: "Active, fresh key persons speaking the language who can reach it" }) reachable!: number;
  @Field(() => Int) unmetRequests!: number;
}
