import { Field, Float, ID, InputType, Int } from "type-graphql";
import { Activity, ExpenseKind, OwnActivity, ReviewStatus } from "../shared/enums";
import { DateScalar } from "../shared/scalars";
import { ExpenseClaimSortField, HourEntrySortField, sortInput } from "../shared/sorting";

@InputType()
export class CompensationRulesInput {
  @Field(() => Int) hourlyRateCents!: number;
  @Field(() => Int) hourlyRateUnder21Cents!: number;
  @Field(() => Int) monthCapCents!: number;
  @Field(() => Int) yearCapCents!: number;
  @Field(() => Int) kmRateCents!: number;
}

@InputType()
export class HourEntryInput {
  @Field(() => ID) assignmentId!: string;
  @Field(() => DateScalar) date!: string;
  @Field(() => Float) hours!: number;
  @Field(() => Activity) activity!: Activity;
}

@InputType({ description: "Hours of an own activity: no assignment, reviewed by the coordinator under the national scheme" })
export class OwnActivityInput {
  @Field(() => OwnActivity) activity!: OwnActivity;
  @Field(() => DateScalar) date!: string;
  @Field(() => Float) hours!: number;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType()
export class ExpenseClaimInput {
  @Field(() => ID, { nullable: true }) assignmentId?: string | null;
  @Field(() => ExpenseKind) kind!: ExpenseKind;
  @Field(() => Float, { nullable: true, description: "OWN_TRANSPORT_KM: amount = km × the year's rate" }) km?: number | null;
  @Field(() => Int, { nullable: true, description: "PUBLIC_TRANSPORT and OTHER" }) amountCents?: number | null;
  @Field(() => DateScalar) date!: string;
  @Field() description!: string;
  @Field({ description: "The same key twice creates one claim" }) idempotencyKey!: string;
}

@InputType()
export class ReviewFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[] | null;
  @Field(() => ReviewStatus, { nullable: true }) status?: ReviewStatus | null;
  @Field(() => ID, { nullable: true }) keyPersonId?: string | null;
  @Field(() => ID, { nullable: true }) assignmentId?: string | null;
  @Field(() => Boolean, { nullable: true, description: "Only what the caller funds and may review" }) toReview?: boolean | null;
}

export const HourEntrySort = sortInput("HourEntry", HourEntrySortField);
export type HourEntrySort = InstanceType<typeof HourEntrySort>;
export const ExpenseClaimSort = sortInput("ExpenseClaim", ExpenseClaimSortField);
export type ExpenseClaimSort = InstanceType<typeof ExpenseClaimSort>;
