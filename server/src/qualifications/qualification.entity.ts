import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from "typeorm";
import type { Relation } from "typeorm";
import { GroupActivity } from "../groups/group.entity";
import { KeyPerson } from "../registry/registry.entity";
import { QualificationStatus } from "../shared/enums";
import { DateScalar } from "../shared/scalars";

/** A kind of qualification on the maintained list (issue 17): a training or certificate, and the expertise it covers. */
@ObjectType({ description: "A kind of qualification on the list coordinators maintain" })
@Entity("qualification_type")
export class QualificationType {
  @Field(() => ID) @PrimaryColumn({ type: "varchar", length: 40 }) code!: string;
  @Field() @Column({ type: "varchar", length: 200 }) nameNl!: string;
  @Field() @Column({ type: "varchar", length: 200 }) nameEn!: string;
  @Field(() => Int, { nullable: true, description: "How long a qualification of this type is valid; null: it does not expire" })
  @Column({ type: "int", nullable: true })
  validityMonths!: number | null;
  @Field(() => [String], { description: "The expertise codes a verified, valid qualification of this type covers" })
  @Column({ type: "varchar", length: 40, array: true, default: () => "'{}'" })
  coversExpertise!: string[];
  @Field({ description: "Inactive types stay on existing qualifications but cannot be added" }) @Column({ type: "boolean", default: true }) active!: boolean;
  @Field(() => Date) @CreateDateColumn({ type: "timestamptz" }) createdAt!: Date;
  @Field(() => Date) @UpdateDateColumn({ type: "timestamptz" }) updatedAt!: Date;
}

/** A key person's qualification: declared, then verified by a coordinator; only verified ones count for matching. */
@ObjectType({ description: "A key person's qualification (FHIR Practitioner.qualification: code, issuer, period)" })
@Entity("qualification")
@Index("qualification_person_idx", ["keyPersonId"])
// A training attended grants its qualification once per key person (grantVerifiedQualification is idempotent).
@Index("qualification_activity_uniq", ["keyPersonId", "groupActivityId"], { unique: true, where: `"group_activity_id" IS NOT NULL` })
@Index("qualification_expiry_idx", ["validUntil"], { where: `"status" = 'VERIFIED' AND "valid_until" IS NOT NULL` })
export class Qualification {
  @Field(() => ID) @PrimaryGeneratedColumn() id!: number;
  @Column({ type: "int" }) keyPersonId!: number;
  @ManyToOne(() => KeyPerson, { onDelete: "CASCADE" }) @JoinColumn({ name: "key_person_id" }) keyPerson?: Relation<KeyPerson>;
  @Column({ type: "varchar", length: 40 }) typeCode!: string;
  @ManyToOne(() => QualificationType, { onDelete: "RESTRICT" }) @JoinColumn({ name: "type_code" }) type?: Relation<QualificationType>;
  @Field() @Column({ type: "varchar", length: 200 }) issuer!: string;
  @Field(() => DateScalar) @Column({ type: "date" }) obtainedOn!: string;
  @Field(() => DateScalar, { nullable: true, description: "The last valid day; null: it does not expire" })
  @Column({ type: "date", nullable: true })
  validUntil!: string | null;
  @Field(() => QualificationStatus)
  @Column({ type: "enum", enum: QualificationStatus, enumName: "qualification_status", default: QualificationStatus.SELF_DECLARED })
  status!: QualificationStatus;
  @Column({ type: "int", nullable: true }) verifiedByUserId!: number | null;
  @Field(() => Date, { nullable: true }) @Column({ type: "timestamptz", nullable: true }) verifiedAt!: Date | null;
  @Field(() => String, { nullable: true }) @Column({ type: "varchar", length: 1000, nullable: true }) verificationNote!: string | null;
  /** Set when granted by attending a training (issue 17, groups). */
  @Column({ type: "int", nullable: true }) groupActivityId!: number | null;
  // The qualification stays when the training is removed (with its organisation): it was earned.
  @ManyToOne(() => GroupActivity, { onDelete: "SET NULL" }) @JoinColumn({ name: "group_activity_id" }) groupActivity?: Relation<GroupActivity>;
  @Column({ type: "int", nullable: true }) createdByUserId!: number | null;
  @Field(() => Date) @CreateDateColumn({ type: "timestamptz" }) createdAt!: Date;
}

/** Active key persons in one group (a province, a language): trained or not, and who lacks a qualification their expertise needs. */
@ObjectType()
export class TrainedCount {
  @Field({ description: "The province name, or the language code" }) key!: string;
  @Field({ description: "The province, or the language's English name" }) name!: string;
  @Field({ description: "The language's Dutch name; the province again for provinces" }) nameNl!: string;
  @Field(() => Int, { description: "With at least one verified qualification valid today" }) trained!: number;
  @Field(() => Int, { description: "Without any" }) untrained!: number;
  @Field(() => Int, {
    description: "Listing an expertise that needs a qualification without a verified, valid one covering it: matching leaves them out for it",
  })
  lacking!: number;
}

@ObjectType()
export class ExpiringQualification {
  qualificationId!: number;
  keyPersonId!: number;
  @Field(() => DateScalar) validUntil!: string;
  @Field(() => Int) daysLeft!: number;
}

@ObjectType({ description: "Qualifications on the coordinators' dashboard (issue 17): their region, or the whole country" })
export class QualificationDashboard {
  @Field(() => [TrainedCount], { description: "Active key persons per province of their home" }) byRegion!: TrainedCount[];
  @Field(() => [TrainedCount], { description: "Active key persons per language they speak (one person counts in each of their languages)" })
  byLanguage!: TrainedCount[];
  @Field(() => [ExpiringQualification], { description: "Verified qualifications whose last valid day is within 60 days, soonest first" })
  expiring!: ExpiringQualification[];
  @Field(() => Int, { description: "Self-declared qualifications waiting for a coordinator" }) awaitingVerification!: number;
}
