import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from "typeorm";
import type { Relation } from "typeorm";
import { Assignment } from "../matching/matching.entity";
import { KeyPerson } from "../registry/registry.entity";
import { Activity, ExpenseKind, ReviewStatus } from "../shared/enums";
import { DateScalar } from "../shared/scalars";
import { LeftOutPayment } from "./payment-export.entity";

/** A year's legal figures for the volunteer allowance and the tax-free km rate; loaded by a migration, added by coordinators. */
@ObjectType()
@Entity("compensation_rules")
export class CompensationRules {
  @Field(() => Int) @PrimaryColumn({ type: "int" }) year!: number;
  @Field(() => Int) @Column({ type: "int" }) hourlyRateCents!: number;
  @Field(() => Int) @Column({ type: "int" }) hourlyRateUnder21Cents!: number;
  @Field(() => Int) @Column({ type: "int" }) monthCapCents!: number;
  @Field(() => Int) @Column({ type: "int" }) yearCapCents!: number;
  @Field(() => Int) @Column({ type: "int" }) kmRateCents!: number;
  @Field({ description: "Copied from an earlier year until the real figures are entered" })
  @Column({ type: "boolean", default: false })
  provisional!: boolean;
  @Field(() => Date) @UpdateDateColumn({ type: "timestamptz" }) updatedAt!: Date;
}

/** What a funder pays per hour when less than the legal maximum. `funder`: "NATIONAL_SCHEME" or "ORGANISATION:<id>". */
@Entity("allowance_rate")
export class AllowanceRate {
  @PrimaryColumn({ type: "varchar", length: 30 }) funder!: string;
  @Column({ type: "int" }) hourlyRateCents!: number;
}

@Entity("payment_details")
export class PaymentDetails {
  @PrimaryColumn({ type: "int" }) keyPersonId!: number;
  @ManyToOne(() => KeyPerson, { onDelete: "CASCADE" }) @JoinColumn({ name: "key_person_id" }) keyPerson?: Relation<KeyPerson>;
  @Column({ type: "varchar", length: 34 }) iban!: string;
}

@ObjectType()
@Entity("hour_entry")
@Index("hour_entry_person_date_idx", ["keyPersonId", "date"])
// The oversight dashboard sums recent weeks from the index alone (migration 1764370800000-oversight-dashboard-indexes).
@Index("hour_entry_week_idx", ["date", "keyPersonId", "status", "hours"])
@Index("hour_entry_review_idx", ["status", "funder"])
@Check("hour_entry_hours_positive", `"hours" > 0 AND "hours" <= 24`)
export class HourEntry {
  @Field(() => ID) @PrimaryGeneratedColumn() id!: number;
  @Index("hour_entry_assignment_idx") @Column({ type: "int" }) assignmentId!: number;
  @ManyToOne(() => Assignment, { onDelete: "RESTRICT" }) @JoinColumn({ name: "assignment_id" }) assignment?: Relation<Assignment>;
  @Column({ type: "int" }) keyPersonId!: number;
  @ManyToOne(() => KeyPerson, { onDelete: "RESTRICT" }) @JoinColumn({ name: "key_person_id" }) keyPerson?: Relation<KeyPerson>;
  /** Who reviews and pays: "NATIONAL_SCHEME" or "ORGANISATION:<id>". */
  @Column({ type: "varchar", length: 30 }) funder!: string;
  @Field(() => DateScalar) @Column({ type: "date" }) date!: string;
  @Field(() => Float) @Column({ type: "real" }) hours!: number;
  @Field(() => Activity) @Column({ type: "enum", enum: Activity, enumName: "activity" }) activity!: Activity;
  @Field(() => ReviewStatus) @Column({ type: "enum", enum: ReviewStatus, enumName: "review_status", default: ReviewStatus.SUBMITTED }) status!: ReviewStatus;
  @Field(() => String, { nullable: true }) @Column({ type: "varchar", length: 500, nullable: true }) reviewReason!: string | null;
  @Column({ type: "int", nullable: true }) reviewedByUserId!: number | null;
  @Field(() => Date, { nullable: true }) @Column({ type: "timestamptz", nullable: true }) reviewedAt!: Date | null;
  @Field(() => Int, { nullable: true, description: "Set on approval for VOLUNTEER key persons" }) @Column({ type: "int", nullable: true }) allowanceCents!:
    number | null;
  @Field(() => Date, { nullable: true }) @Column({ type: "timestamptz", nullable: true }) exportedAt!: Date | null;
  @Column({ type: "int", nullable: true }) exportBatchId!: number | null;
  @Field(() => Date) @CreateDateColumn({ type: "timestamptz" }) createdAt!: Date;
  @Field({ description: "Booked time paid because the requester cancelled a dated booking less than 24 hours before its start" })
  @Column({ type: "boolean", default: false })
  lateCancellation!: boolean;
}

@ObjectType()
@Entity("expense_claim")
@Index("expense_claim_idempotency_key", ["keyPersonId", "idempotencyKey"], { unique: true })
@Index("expense_claim_review_idx", ["status", "funder"])
export class ExpenseClaim {
  @Field(() => ID) @PrimaryGeneratedColumn() id!: number;
  @Column({ type: "int" }) keyPersonId!: number;
  @ManyToOne(() => KeyPerson, { onDelete: "RESTRICT" }) @JoinColumn({ name: "key_person_id" }) keyPerson?: Relation<KeyPerson>;
  @Column({ type: "int", nullable: true }) assignmentId!: number | null;
  @ManyToOne(() => Assignment, { onDelete: "RESTRICT" }) @JoinColumn({ name: "assignment_id" }) assignment?: Relation<Assignment>;
  @Column({ type: "varchar", length: 30 }) funder!: string;
  @Field(() => ExpenseKind) @Column({ type: "enum", enum: ExpenseKind, enumName: "expense_kind" }) kind!: ExpenseKind;
  @Field(() => Float, { nullable: true }) @Column({ type: "real", nullable: true }) km!: number | null;
  @Field(() => Int) @Column({ type: "int" }) amountCents!: number;
  @Field(() => DateScalar) @Column({ type: "date" }) date!: string;
  @Field() @Column({ type: "varchar", length: 500 }) description!: string;
  @Column({ type: "varchar", length: 100 }) idempotencyKey!: string;
  /** What was claimed under the key, so a retry with other content is told apart from a repeat. */
  @Column({ type: "varchar", length: 64 }) contentHash!: string;
  @Field(() => ReviewStatus) @Column({ type: "enum", enum: ReviewStatus, enumName: "review_status", default: ReviewStatus.SUBMITTED }) status!: ReviewStatus;
  @Field(() => String, { nullable: true }) @Column({ type: "varchar", length: 500, nullable: true }) reviewReason!: string | null;
  @Column({ type: "int", nullable: true }) reviewedByUserId!: number | null;
  @Field(() => Date, { nullable: true }) @Column({ type: "timestamptz", nullable: true }) reviewedAt!: Date | null;
  @Field(() => Date, { nullable: true }) @Column({ type: "timestamptz", nullable: true }) exportedAt!: Date | null;
  @Column({ type: "int", nullable: true }) exportBatchId!: number | null;
  @Field(() => Date) @CreateDateColumn({ type: "timestamptz" }) createdAt!: Date;
}

/** One payment export: which funder, which period, by whom. Its lines point back here. */
@ObjectType()
@Entity("payment_export")
export class PaymentExport {
  @Field(() => ID) @PrimaryGeneratedColumn() id!: number;
  @Field() @Column({ type: "varchar", length: 30 }) funder!: string;
  @Field(() => DateScalar) @Column({ type: "date" }) periodFrom!: string;
  @Field(() => DateScalar) @Column({ type: "date" }) periodTo!: string;
  @Column({ type: "int" }) createdByUserId!: number;
  @Field(() => Int) @Column({ type: "int" }) lineCount!: number;
  @Field(() => Int) @Column({ type: "int" }) totalCents!: number;
  @Field(() => Date) @CreateDateColumn({ type: "timestamptz" }) createdAt!: Date;
  @Field({ description: "The CSV itself (UTF-8, semicolon-separated for Dutch spreadsheets); kept as the financial record" })
  @Column({ type: "text" })
  csv!: string;
  @Field(() => String, {
    nullable: true,
    description: "The same payments as a SEPA credit transfer (pain.001.001.03) for the bank; null when no payer account was set",
  })
  @Column({ type: "text", nullable: true })
  sepaXml!: string | null;
  @Field(() => [LeftOutPayment], { description: "Approved lines left out of this export, per key person, with what was missing" })
  @Column({ type: "jsonb" })
  leftOut!: LeftOutPayment[];
}

@ObjectType()
export class HourEntryPage {
  @Field(() => [HourEntry]) items!: HourEntry[];
  @Field(() => Int) total!: number;
}

@ObjectType()
export class ExpenseClaimPage {
  @Field(() => [ExpenseClaim]) items!: ExpenseClaim[];
  @Field(() => Int) total!: number;
}

@ObjectType()
export class MonthAllowance {
  @Field(() => Int) month!: number;
  @Field(() => Float) hoursDeclared!: number;
  @Field(() => Float) hoursApproved!: number;
  @Field(() => Int) allowanceCents!: number;
  @Field(() => Int, { nullable: true, description: "Allowance still allowed this month (null without the year's figures)" }) roomCents!: number | null;
}

@ObjectType()
export class AllowanceOverview {
  @Field(() => Int) year!: number;
  @Field(() => CompensationRules, { nullable: true }) figures!: CompensationRules | null;
  @Field(() => Int, { nullable: true }) legalHourlyRateCents!: number | null;
  @Field(() => [MonthAllowance]) months!: MonthAllowance[];
  @Field(() => Int) allowanceCents!: number;
  @Field(() => Int, { nullable: true, description: "Still allowed this year; null for non-volunteers or without figures" }) roomCents!: number | null;
}

@ObjectType()
export class PaymentExportPage {
  @Field(() => [PaymentExport]) items!: PaymentExport[];
  @Field(() => Int) total!: number;
}
