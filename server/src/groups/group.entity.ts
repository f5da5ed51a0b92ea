import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import type { Relation } from "typeorm";
import { Organisation } from "../organisations/organisation.entity";
import { QualificationType } from "../qualifications/qualification.entity";
import { GeoPoint } from "../reference/reference.entity";
import { KeyPerson } from "../registry/registry.entity";
import { GroupActivityAnswer, GroupActivityKind, OwnActivity } from "../shared/enums";
import { DateScalar } from "../shared/scalars";

/**
 * An intervision, supervision, training or network meeting for several key persons, run
 * by the coordinators (organisationId null) or by an organisation that supervises key
 * persons. A recurring one is stored as one row per occurrence; the occurrences after the
 * first point to it (seriesId), and the first holds the RRULE.
 */
@ObjectType({ description: "A group activity: intervision, supervision, training or network meeting" })
@Entity("group_activity")
@Index("group_activity_starts_idx", ["startsAt"])
@Index("group_activity_organisation_idx", ["organisationId", "startsAt"])
@Index("group_activity_series_idx", ["seriesId"])
@Check("group_activity_ends_after_start", `"ends_at" > "starts_at"`)
@Check("group_activity_capacity_positive", `"capacity" > 0`)
@Check("group_activity_location_pair", `("location_lat" IS NULL) = ("location_lon" IS NULL)`)
export class GroupActivity {
  @Field(() => ID) @PrimaryGeneratedColumn() id!: number;
  @Field(() => GroupActivityKind) @Column({ type: "enum", enum: GroupActivityKind, enumName: "group_activity_kind" }) kind!: GroupActivityKind;
  @Field() @Column({ type: "varchar", length: 200 }) title!: string;
  @Field(() => Date) @Column({ type: "timestamptz" }) startsAt!: Date;
  @Field(() => Date) @Column({ type: "timestamptz" }) endsAt!: Date;
  @Field(() => Int) @Column({ type: "int" }) capacity!: number;
  @Column({ type: "double precision", nullable: true }) locationLat!: number | null;
  @Column({ type: "double precision", nullable: true }) locationLon!: number | null;
  @Field(() => String, { nullable: true }) @Column({ type: "varchar", length: 500, nullable: true }) onlineUrl!: string | null;
  @Field(() => String, { nullable: true, description: "The RRULE the series was made with (on its first occurrence)" })
  @Column({ type: "varchar", length: 500, nullable: true })
  recurrence!: string | null;
  /** The first occurrence of the series; null on the first itself and on a single activity. */
  @Column({ type: "int", nullable: true }) seriesId!: number | null;
  @ManyToOne(() => GroupActivity, { onDelete: "CASCADE" }) @JoinColumn({ name: "series_id" }) series?: Relation<GroupActivity>;
  @Field(() => String, { nullable: true, description: "TRAINING: the qualification attending grants (verified)" })
  @Column({ type: "varchar", length: 40, nullable: true })
  qualificationCode!: string | null;
  @ManyToOne(() => QualificationType, { onDelete: "RESTRICT" }) @JoinColumn({ name: "qualification_code" }) qualificationType?: Relation<QualificationType>;
  /** The organiser: null = the coordinators. */
  @Column({ type: "int", nullable: true }) organisationId!: number | null;
  @ManyToOne(() => Organisation, { onDelete: "CASCADE" }) @JoinColumn({ name: "organisation_id" }) organisation?: Relation<Organisation>;
  @Column({ type: "int", nullable: true }) createdByUserId!: number | null;
  @Field(() => Date, { nullable: true }) @Column({ type: "timestamptz", nullable: true }) cancelledAt!: Date | null;
  @Field(() => Date) @CreateDateColumn({ type: "timestamptz" }) createdAt!: Date;
}

/** A key person invited to a group activity, their answer, and whether they attended. */
@ObjectType()
@Entity("group_activity_invitation")
@Index("group_activity_invitation_key", ["activityId", "keyPersonId"], { unique: true })
@Index("group_activity_invitation_person_idx", ["keyPersonId"])
export class GroupActivityInvitation {
  @Field(() => ID) @PrimaryGeneratedColumn() id!: number;
  @Column({ type: "int" }) activityId!: number;
  @ManyToOne(() => GroupActivity, { onDelete: "CASCADE" }) @JoinColumn({ name: "activity_id" }) activity?: Relation<GroupActivity>;
  @Column({ type: "int" }) keyPersonId!: number;
  @ManyToOne(() => KeyPerson, { onDelete: "CASCADE" }) @JoinColumn({ name: "key_person_id" }) keyPerson?: Relation<KeyPerson>;
  @Field(() => Date) @Column({ type: "timestamptz" }) invitedAt!: Date;
  @Column({ type: "int", nullable: true }) invitedByUserId!: number | null;
  @Field(() => GroupActivityAnswer, { nullable: true, description: "null: not answered yet" })
  @Column({ type: "enum", enum: GroupActivityAnswer, enumName: "group_activity_answer", nullable: true })
  answer!: GroupActivityAnswer | null;
  @Field(() => Date, { nullable: true }) @Column({ type: "timestamptz", nullable: true }) answeredAt!: Date | null;
  @Field({ description: "Recorded by the organiser (recordAttendance)" }) @Column({ type: "boolean", default: false }) attended!: boolean;
}

/** A key person's tie with an organisation (a regional team): its period, and whether it supervises them. */
@ObjectType()
@Entity("key_person_affiliation")
@Index("key_person_affiliation_person_idx", ["keyPersonId", "startsOn"])
@Index("key_person_affiliation_organisation_idx", ["organisationId", "startsOn"])
@Check("key_person_affiliation_period", `"ends_on" IS NULL OR "ends_on" >= "starts_on"`)
export class KeyPersonAffiliation {
  @Field(() => ID) @PrimaryGeneratedColumn() id!: number;
  @Column({ type: "int" }) keyPersonId!: number;
  @ManyToOne(() => KeyPerson, { onDelete: "CASCADE" }) @JoinColumn({ name: "key_person_id" }) keyPerson?: Relation<KeyPerson>;
  @Column({ type: "int" }) organisationId!: number;
  @ManyToOne(() => Organisation, { onDelete: "CASCADE" }) @JoinColumn({ name: "organisation_id" }) organisation?: Relation<Organisation>;
  @Field(() => DateScalar) @Column({ type: "date" }) startsOn!: string;
  @Field(() => DateScalar, { nullable: true }) @Column({ type: "date", nullable: true }) endsOn!: string | null;
  @Field({ description: "The organisation supervises the key person: it sees their supervision status and group attendance" })
  @Column({ type: "boolean", default: false })
  responsibleForSupervision!: boolean;
  @Column({ type: "int", nullable: true }) createdByUserId!: number | null;
  @Field(() => Date) @CreateDateColumn({ type: "timestamptz" }) createdAt!: Date;
}

@ObjectType()
export class GroupActivityPage {
  @Field(() => [GroupActivity]) items!: GroupActivity[];
  @Field(() => Int) total!: number;
}

@ObjectType()
export class GroupActivityCounts {
  @Field(() => Int) invited!: number;
  @Field(() => Int) attending!: number;
  @Field(() => Int) notAttending!: number;
  @Field(() => Int) attended!: number;
}

@ObjectType({ description: "The own-activity declaration attending fills in: pass it to declareOwnActivity" })
export class OwnActivityDraft {
  @Field(() => OwnActivity) activity!: OwnActivity;
  @Field(() => DateScalar) date!: string;
  @Field(() => Float) hours!: number;
  @Field() note!: string;
}

@ObjectType({ description: "How many key persons an invitation reached" })
export class InviteResult {
  @Field(() => Int, { description: "Newly invited (one e-mail each)" }) invited!: number;
  @Field(() => Int, { description: "Invited before, left as they were" }) alreadyInvited!: number;
  @Field(() => GroupActivity) activity!: GroupActivity;
}

export { GeoPoint };
