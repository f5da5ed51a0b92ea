import { Field, InputType, Int, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from "typeorm";

/**
 * The bank account a funder pays from: the debtor of its SEPA credit-transfer files.
 * One per funder ("NATIONAL_SCHEME" or "ORGANISATION:<id>"), set by the funder itself on
 * the payment export page (like its allowance rate), because every organisation pays
 * from its own account. Without one the export still gives the CSV, but no SEPA file.
 */
@ObjectType({ description: "The account a funder pays allowances and claims from (the debtor in its SEPA files)" })
@Entity("payer_account")
export class PayerAccount {
  @PrimaryColumn({ type: "varchar", length: 30 }) funder!: string;
  @Field({ description: "Account holder as the bank knows it (at most 70 characters)" }) @Column({ type: "varchar", length: 70 }) name!: string;
  @Field() @Column({ type: "varchar", length: 34 }) iban!: string;
  @Field(() => String, { nullable: true, description: "Not needed within the SEPA area" }) @Column({ type: "varchar", length: 11, nullable: true }) bic!:
    string | null;
  @Field(() => Date) @UpdateDateColumn({ type: "timestamptz" }) updatedAt!: Date;
}

@InputType()
export class PayerAccountInput {
  @Field() name!: string;
  @Field() iban!: string;
  @Field(() => String, { nullable: true }) bic?: string | null;
}

/** Approved lines of one key person that a payment export leaves out, and what is missing to pay them. */
@ObjectType()
export class LeftOutPayment {
  @Field() keyPersonId!: string;
  @Field() keyPersonName!: string;
  @Field(() => [String], { description: "What must be filled in before these lines can be paid: IBAN" }) missing!: string[];
  @Field(() => Int) lineCount!: number;
  @Field(() => Int) amountCents!: number;
}

/** What an export of this period would hold, asked before exporting. */
@ObjectType()
export class PaymentExportPreview {
  @Field(() => Int, { description: "Lines that would be exported" }) lineCount!: number;
  @Field(() => Int) totalCents!: number;
  @Field(() => [LeftOutPayment], { description: "Lines left out (they stay for a later export), per key person, with what is missing" })
  leftOut!: LeftOutPayment[];
  @Field(() => PayerAccount, { nullable: true, description: "The account paid from; without it the export has no SEPA file" })
  payerAccount!: PayerAccount | null;
}
