import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from "typeorm";
import type { Relation } from "typeorm";
import { Assignment } from "../matching/matching.entity";
import { Organisation } from "../organisations/organisation.entity";
import { Municipality } from "../reference/reference.entity";
import { KeyPerson } from "../registry/registry.entity";
import { ComplaintKind, ComplaintState, LocationSignalCategory, OrganisationFlagKind } from "../shared/enums";

/** An organisation's complaint about an assignment; the key person responds, a coordinator decides. Every step audited. */
@ObjectType({ description: "A complaint by the requesting organisation about an assignment" })
@Entity("complaint")
@Index("complaint_assignment_idx", ["assignmentId"])
@Index("complaint_open_idx", ["filedAt"], { where: `state IN ('OPEN', 'RESPONDED')` })
export class Complaint {
  @Field(() => ID) @PrimaryGeneratedColumn() id!: number;
  @Column({ type: "int" }) assignmentId!: number;
  @ManyToOne(() => Assignment, { onDelete: "RESTRICT" }) @JoinColumn({ name: "assignment_id" }) assignment?: Relation<Assignment>;
  @Field(() => ComplaintKind) @Column({ type: "enum", enum: ComplaintKind, enumName: "complaint_kind" }) kind!: ComplaintKind;
  @Field(() => ComplaintState)
  @Column({ type: "enum", enum: ComplaintState, enumName: "complaint_state", default: ComplaintState.OPEN })
  state!: ComplaintState;
  @Field() @Column({ type: "varchar", length: 2000 }) description!: string;
  @Column({ type: "int" }) filedByUserId!: number;
  @Field(() => Date) @Column({ type: "timestamptz" }) filedAt!: Date;
  @Field(() => String, { nullable: true }) @Column({ type: "varchar", length: 2000, nullable: true }) response!: string | null;
  @Field(() => Date, { nullable: true }) @Column({ type: "timestamptz", nullable: true }) respondedAt!: Date | null;
  @Field(() => String, { nullable: true }) @Column({ type: "varchar", length: 2000, nullable: true }) decisionNote!: string | null;
  @Column({ type: "int", nullable: true }) decidedByUserId!: number | null;
  @Field(() => Date, { nullable: true }) @Column({ type: "timestamptz", nullable: true }) decidedAt!: Date | null;
}

@ObjectType()
export class ComplaintPage {
  @Field(() => [Complaint]) items!: Complaint[];
  @Field(() => Int) total!: number;
}

/** A key person's flag about an organisation they worked for; read by the coordinators and the key person who raised it. */
@ObjectType({ description: "A key person's flag about an organisation they had an assignment with" })
@Entity("organisation_flag")
@Index("organisation_flag_organisation_idx", ["organisationId"])
export class OrganisationFlag {
  @Field(() => ID) @PrimaryGeneratedColumn() id!: number;
  @Column({ type: "int" }) organisationId!: number;
  @ManyToOne(() => Organisation, { onDelete: "CASCADE" }) @JoinColumn({ name: "organisation_id" }) organisation?: Relation<Organisation>;
  @Column({ type: "int", nullable: true }) keyPersonId!: number | null;
  @ManyToOne(() => KeyPerson, { onDelete: "SET NULL" }) @JoinColumn({ name: "key_person_id" }) keyPerson?: Relation<KeyPerson>;
  @Field(() => OrganisationFlagKind)
  @Column({ type: "enum", enum: OrganisationFlagKind, enumName: "organisation_flag_kind" })
  kind!: OrganisationFlagKind;
  @Field(() => String, { nullable: true }) @Column({ type: "varchar", length: 1000, nullable: true }) note!: string | null;
  @Field(() => Date) @Column({ type: "timestamptz" }) flaggedAt!: Date;
  @Field(() => Date, { nullable: true }) @Column({ type: "timestamptz", nullable: true }) closedAt!: Date | null;
  @Column({ type: "int", nullable: true }) closedByUserId!: number | null;
  @Field(() => String, { nullable: true }) @Column({ type: "varchar", length: 1000, nullable: true }) closingNote!: string | null;
}

@ObjectType()
export class OrganisationFlagPage {
  @Field(() => [OrganisationFlag]) items!: OrganisationFlag[];
  @Field(() => Int) total!: number;
}

/** An anonymous signal about a reception location: no key person, no moment beyond the month it was filed. */
@Entity("location_signal")
@Index("location_signal_month_idx", ["month"])
export class LocationSignal {
  @PrimaryGeneratedColumn("uuid") id!: string;
  @Column({ type: "enum", enum: LocationSignalCategory, enumName: "location_signal_category" }) category!: LocationSignalCategory;
  @Column({ type: "varchar", length: 6 }) municipalityCode!: string;
  @ManyToOne(() => Municipality, { onDelete: "RESTRICT" }) @JoinColumn({ name: "municipality_code" }) municipality?: Relation<Municipality>;
  @Column({ type: "char", length: 7 }) month!: string;
  @Column({ type: "char", length: 7 }) filedMonth!: string;
}

/** How many signals someone filed in a month, under a keyed hash that changes every month and names no signal. */
@Entity("location_signal_quota")
export class LocationSignalQuota {
  @PrimaryColumn({ type: "varchar", length: 64 }) submitterHash!: string;
  @Column({ type: "char", length: 7 }) month!: string;
  @Column({ type: "int" }) count!: number;
}

@ObjectType({ description: "Anonymous signals about reception locations: how many per municipality, month and category" })
export class LocationSignalCount {
  @Field() municipalityCode!: string;
  @Field() month!: string;
  @Field(() => LocationSignalCategory) category!: LocationSignalCategory;
  @Field(() => Int) count!: number;
}

@ObjectType()
export class CountByCode {
  @Field() code!: string;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: "For the coordinators' dashboard: complaints, flags and signals in their scope" })
export class VoiceOverview {
  @Field(() => [CountByCode], { description: "Complaints still open (OPEN or RESPONDED) by kind" }) openComplaintsByKind!: CountByCode[];
  @Field(() => [CountByCode], { description: "Complaints of the last 12 months by state" }) complaintsByState!: CountByCode[];
  @Field(() => [CountByCode], { description: "Open flags about organisations by kind" }) openFlagsByKind!: CountByCode[];
  @Field(() => [CountByCode], { description: "Signals about reception locations of the last 12 months by category" }) signalsByCategory!: CountByCode[];
  @Field(() => [LocationSignalCount], { description: "The same per municipality and month" }) signals!: LocationSignalCount[];
}
