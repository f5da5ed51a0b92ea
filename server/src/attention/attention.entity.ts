import { Field, Int, ObjectType } from "type-graphql";

/** What waits for the signed-in person: the counts behind the menu badges and the home page. */
@ObjectType({ description: "What waits for the signed-in person; zero where the role has nothing of the kind" })
export class AttentionCounts {
  @Field(() => Int, { description: "Key person: own proposals still to answer" }) proposalsToAnswer!: number;
  @Field(() => Int, { description: "Funders (organisation, national coordinator): submitted hours they fund" }) hoursToReview!: number;
  @Field(() => Int, { description: "Funders (organisation, national coordinator): submitted expense claims they fund" }) claimsToReview!: number;
  @Field(() => Date, { nullable: true, description: "Key person: the moment of their last wellbeing check-in" }) lastCheckInAt!: Date | null;
}
