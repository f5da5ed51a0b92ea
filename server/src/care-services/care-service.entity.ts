import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from "typeorm";
import type { Relation } from "typeorm";
import { Organisation } from "../organisations/organisation.entity";
import { Language, Municipality } from "../reference/reference.entity";
import { User } from "../users/user.entity";
import { CareServiceStatus, ResidenceStatus } from "../shared/enums";
import { DateScalar } from "../shared/scalars";

/**
 * A service of an organisation that a newcomer can be referred to (issue 18), modelled on
 * HSDS 3.0 `service`: the open-data API (server/src/hsds/) serves these rows unchanged.
 */
@ObjectType({ description: "A care service (HSDS 3.0 service): a GP practice, mental health care, the Centre for Sexual Violence, a national line …" })
@Entity("care_service")
export class CareService {
  @Field(() => ID, { description: "A uuid, also the HSDS id" }) @PrimaryGeneratedColumn("uuid") id!: string;
  @Field(() => ID) @Index("care_service_organisation_idx") @Column({ type: "int" }) organisationId!: number;
  @ManyToOne(() => Organisation, { onDelete: "RESTRICT" }) @JoinColumn({ name: "organisation_id" }) organisation?: Relation<Organisation>;
  @Field() @Column({ type: "varchar", length: 200 }) name!: string;
  @Field(() => String, { nullable: true }) @Column({ type: "text", nullable: true }) description!: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: "varchar", length: 500, nullable: true }) url!: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: "varchar", length: 254, nullable: true }) email!: string | null;
  @Field(() => CareServiceStatus)
  @Column({ type: "enum", enum: CareServiceStatus, enumName: "care_service_status", default: CareServiceStatus.ACTIVE })
  status!: CareServiceStatus;
  @Field(() => [String], { description: "Expertise codes (the topics of key persons and requests)" })
  @Column({ type: "varchar", length: 40, array: true, default: () => "'{}'" })
  topics!: string[];
  @Field() @Column({ type: "boolean", default: false }) interpretersAvailable!: boolean;
  @Field(() => [ResidenceStatus], { description: "Residence statuses the service accepts; empty: no condition on residence" })
  @Column({ type: "varchar", length: 20, array: true, default: () => "'{}'" })
  residenceEligibility!: ResidenceStatus[];
  @Field(() => String, { nullable: true }) @Column({ type: "text", nullable: true }) eligibilityDescription!: string | null;
  @Field(() => String, { nullable: true, description: "What happens after contact (HSDS application_process)" })
  @Column({ type: "text", nullable: true })
  applicationProcess!: string | null;
  @Field(() => String, { nullable: true, description: "Costs, e.g. the arrangement for uninsured people (HSDS fees_description)" })
  @Column({ type: "text", nullable: true })
  feesDescription!: string | null;
  @Field({ description: "An anonymous advice line: callers need not give their name" }) @Column({ type: "boolean", default: false }) anonymousLine!: boolean;
  @Field({ description: "Serves the whole country (no service areas needed)" }) @Column({ type: "boolean", default: false }) nationwide!: boolean;
  @Field({ description: "Listed on the public map /kaart and the open-data API /hsds" })
  @Column({ name: "public", type: "boolean", default: true })
  isPublic!: boolean;
  @Field(() => DateScalar, { nullable: true, description: "When the organisation last confirmed the data (HSDS assured_date)" })
  @Column({ type: "date", nullable: true })
  assuredOn!: string | null;
  @Column({ type: "int", nullable: true }) assurerUserId!: number | null;
  @ManyToOne(() => User, { onDelete: "SET NULL" }) @JoinColumn({ name: "assurer_user_id" }) assurer?: Relation<User>;
  /** The last stale reminder sent for the current assured date (so the sweep sends one per period). */
  @Column({ type: "timestamptz", nullable: true }) staleRemindedAt!: Date | null;
  @Field(() => Date) @CreateDateColumn({ type: "timestamptz" }) createdAt!: Date;
  @Field(() => Date) @UpdateDateColumn({ type: "timestamptz" }) updatedAt!: Date;
}

/** HSDS service_area: one municipality the service serves. */
@Entity("care_service_area")
@Unique("care_service_area_service_municipality_key", ["serviceId", "municipalityCode"])
export class CareServiceArea {
  @PrimaryGeneratedColumn("uuid") id!: string;
  @Column({ type: "uuid" }) serviceId!: string;
  @ManyToOne(() => CareService, { onDelete: "CASCADE" }) @JoinColumn({ name: "service_id" }) service?: Relation<CareService>;
  @Index("care_service_area_municipality_idx") @Column({ type: "varchar", length: 6 }) municipalityCode!: string;
  @ManyToOne(() => Municipality, { onDelete: "RESTRICT" }) @JoinColumn({ name: "municipality_code" }) municipality?: Relation<Municipality>;
}

/** HSDS language: a language the service is offered in, ISO 639-3. */
@Entity("care_service_language")
@Unique("care_service_language_service_language_key", ["serviceId", "languageCode"])
export class CareServiceLanguage {
  @PrimaryGeneratedColumn("uuid") id!: string;
  @Column({ type: "uuid" }) serviceId!: string;
  @ManyToOne(() => CareService, { onDelete: "CASCADE" }) @JoinColumn({ name: "service_id" }) service?: Relation<CareService>;
  @Index("care_service_language_language_idx") @Column({ type: "varchar", length: 3 }) languageCode!: string;
  @ManyToOne(() => Language, { onDelete: "RESTRICT" }) @JoinColumn({ name: "language_code" }) language?: Relation<Language>;
}

@ObjectType({ description: "A phone number of a care service (HSDS phone)" })
@Entity("care_service_phone")
export class CareServicePhone {
  @Field(() => ID) @PrimaryGeneratedColumn("uuid") id!: string;
  @Index("care_service_phone_service_idx") @Column({ type: "uuid" }) serviceId!: string;
  @ManyToOne(() => CareService, { onDelete: "CASCADE" }) @JoinColumn({ name: "service_id" }) service?: Relation<CareService>;
  @Field() @Column({ type: "varchar", length: 40 }) number!: string;
  @Field(() => String, { nullable: true }) @Column({ type: "varchar", length: 200, nullable: true }) description!: string | null;
}

/** PostgreSQL answers a time as HH:MM:SS; the API speaks HH:MM. */
const HH_MM = { from: (value: string | null) => (value === null ? null : value.slice(0, 5)), to: (value: string) => value };

/** Opening hours: one weekday with its hours (HSDS schedule: freq WEEKLY, byday, opens_at, closes_at). */
@ObjectType({ description: "Opening hours on one weekday (HSDS schedule, freq WEEKLY)" })
@Entity("care_service_schedule")
@Check("care_service_schedule_weekday", `"weekday" BETWEEN 1 AND 7`)
@Check("care_service_schedule_hours", `"closes_at" > "opens_at"`)
export class CareServiceSchedule {
  @Field(() => ID) @PrimaryGeneratedColumn("uuid") id!: string;
  @Index("care_service_schedule_service_idx") @Column({ type: "uuid" }) serviceId!: string;
  @ManyToOne(() => CareService, { onDelete: "CASCADE" }) @JoinColumn({ name: "service_id" }) service?: Relation<CareService>;
  @Field(() => Int, { description: "ISO weekday: 1 Monday … 7 Sunday (HSDS byday MO … SU)" }) @Column({ type: "smallint" }) weekday!: number;
  @Field({ description: "HH:MM" }) @Column({ type: "time", transformer: HH_MM }) opensAt!: string;
  @Field({ description: "HH:MM" }) @Column({ type: "time", transformer: HH_MM }) closesAt!: string;
  @Field(() => String, { nullable: true }) @Column({ type: "varchar", length: 200, nullable: true }) notes!: string | null;
}

/** A place where the service is given: HSDS location, and with its second uuid also the HSDS service_at_location. */
@ObjectType({ description: "A place where the service is given (HSDS location and service_at_location)" })
@Entity("care_service_location")
export class CareServiceLocation {
  @Field(() => ID, { description: "The HSDS location id" }) @PrimaryGeneratedColumn("uuid") id!: string;
  @Field(() => ID, { description: "The HSDS service_at_location id" })
  @Index("care_service_location_sal_key", { unique: true })
  @Column({ type: "uuid", generated: "uuid" })
  serviceAtLocationId!: string;
  @Index("care_service_location_service_idx") @Column({ type: "uuid" }) serviceId!: string;
  @ManyToOne(() => CareService, { onDelete: "CASCADE" }) @JoinColumn({ name: "service_id" }) service?: Relation<CareService>;
  @Field(() => String, { nullable: true }) @Column({ type: "varchar", length: 200, nullable: true }) name!: string | null;
  @Field() @Column({ type: "varchar", length: 200 }) address!: string;
  @Field() @Column({ type: "varchar", length: 7 }) postalCode!: string;
  @Field() @Column({ type: "varchar", length: 100 }) city!: string;
  @Field() @Index("care_service_location_municipality_idx") @Column({ type: "varchar", length: 6 }) municipalityCode!: string;
  @ManyToOne(() => Municipality, { onDelete: "RESTRICT" }) @JoinColumn({ name: "municipality_code" }) municipality?: Relation<Municipality>;
  @Field(() => Float, { nullable: true }) @Column({ type: "double precision", nullable: true }) lat!: number | null;
  @Field(() => Float, { nullable: true }) @Column({ type: "double precision", nullable: true }) lon!: number | null;
}

/** A named contact point of an organisation (HSDS contact); key persons see them once they support one of its cases. */
@ObjectType({ description: "A named contact point of an organisation (HSDS contact)" })
@Entity("organisation_contact")
export class OrganisationContact {
  @Field(() => ID) @PrimaryGeneratedColumn("uuid") id!: string;
  @Field(() => ID) @Index("organisation_contact_organisation_idx") @Column({ type: "int" }) organisationId!: number;
  @ManyToOne(() => Organisation, { onDelete: "CASCADE" }) @JoinColumn({ name: "organisation_id" }) organisation?: Relation<Organisation>;
  @Field() @Column({ type: "varchar", length: 120 }) name!: string;
  @Field(() => String, { nullable: true }) @Column({ type: "varchar", length: 120, nullable: true }) title!: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: "varchar", length: 254, nullable: true }) email!: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: "varchar", length: 40, nullable: true }) phone!: string | null;
  @Field(() => Date) @CreateDateColumn({ type: "timestamptz" }) createdAt!: Date;
}

@ObjectType()
export class CareServicePage {
  @Field(() => [CareService]) items!: CareService[];
  @Field(() => Int) total!: number;
}
