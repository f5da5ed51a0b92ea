import { Field, InputType, Int } from "type-graphql";
import { FeedbackAnswer } from "../shared/enums";

@InputType({ description: "A newcomer's four answers; nothing that says who they are" })
export class FeedbackInput {
  @Field(() => FeedbackAnswer, { description: "Was the support helpful?" }) helpful!: FeedbackAnswer;
  @Field(() => FeedbackAnswer, { description: "Did you feel safe with the key person?" }) feltSafe!: FeedbackAnswer;
  @Field(() => FeedbackAnswer, { description: "Did you feel understood?" }) understood!: FeedbackAnswer;
  @Field(() => FeedbackAnswer, { description: "Would you recommend the key person to others?" }) wouldRecommend!: FeedbackAnswer;
  @Field(() => String, { nullable: true, description: "The page's language (ISO 639-3), for the summaries" }) language?: string | null;
}

@InputType()
export class RatingInput {
  @Field(() => Int, { description: "1 (poor) to 5 (excellent)" }) score!: number;
  @Field(() => String, { nullable: true, description: "For the coordinators; at most 1000 characters" }) comment?: string | null;
}
