import { Field, InputType, Int } from "type-graphql";

@InputType()
export class WellbeingCheckInInput {
  @Field(() => Int, { description: "1 (none) .. 5 (very high)" }) strain!: number;
  @Field(() => Int, { description: "1 .. 5: how much what they heard stays with them" }) emotionalImpact!: number;
  @Field(() => Int, { description: "1 (none) .. 5 (fully supported)" }) support!: number;
  @Field({ description: '"Please contact me": RED until a coordinator clears it' }) contactRequested!: boolean;
}
