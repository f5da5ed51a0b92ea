import { Field, InputType, Int } from "type-graphql";

@InputType({ description: "A ProQOL 5 self-check: the answers to items 1–30 in order" })
export class ProqolInput {
  @Field(() => [Int], { description: "30 whole numbers, each 1 (never) … 5 (very often)" }) answers!: number[];
}
