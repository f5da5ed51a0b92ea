import { Field, InputType, Int } from "type-graphql";
import { DateScalar } from "../shared/scalars";

@InputType({ description: "A qualification a key person holds (a coordinator or the key person adds it; it is SELF_DECLARED until verified)" })
export class QualificationInput {
  @Field({ description: "A code of qualificationTypes (active)" }) code!: string;
  @Field({ description: "Who trained or certified: e.g. Pharos, GGD Amsterdam" }) issuer!: string;
  @Field(() => DateScalar, { description: "Not in the future" }) obtainedOn!: string;
  @Field(() => DateScalar, { nullable: true, description: "The last valid day; left out: obtainedOn plus the type's validity (none: no expiry)" })
  validUntil?: string | null;
}

@InputType({ description: "A new type on the qualification list (national coordinator)" })
export class QualificationTypeInput {
  @Field({ description: "Capitals, digits and underscores, e.g. SGBV_TRAINING; never changes" }) code!: string;
  @Field() nameNl!: string;
  @Field() nameEn!: string;
  @Field(() => Int, { nullable: true, description: "1 to 120; null: it does not expire" }) validityMonths?: number | null;
  @Field(() => [String], { description: "Expertise codes a verified qualification of this type covers" }) coversExpertise!: string[];
}

@InputType({ description: "Changes to a type on the list; a field left out stays as it was. Qualifications already granted keep their validUntil." })
export class QualificationTypeUpdateInput {
  @Field({ nullable: true }) nameNl?: string;
  @Field({ nullable: true }) nameEn?: string;
  @Field(() => Int, { nullable: true, description: "1 to 120; send clearValidity to make it not expire" }) validityMonths?: number | null;
  @Field({ nullable: true, description: "true: the type no longer expires (validityMonths null)" }) clearValidity?: boolean;
  @Field(() => [String], { nullable: true }) coversExpertise?: string[];
  @Field({ nullable: true, description: "false: no longer offered for new qualifications" }) active?: boolean;
}
