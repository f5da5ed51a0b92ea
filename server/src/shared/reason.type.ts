import { GraphQLJSONObject } from "graphql-scalars";
import { Field, ObjectType } from "type-graphql";
import type { Coded } from "../domain/reasons";

/**
 * A reason as data: a stable code from the catalogue (server/src/domain/reasons.ts) and its
 * typed parameters (cents, YYYY-MM-DD dates, codes, counts). Clients word it themselves;
 * the English text next to it (reasons, message) is for people reading the API.
 */
@ObjectType({ description: "A stable code (see the README, Errors) with its parameters: cents, YYYY-MM-DD dates, codes, counts" })
export class Reason {
  @Field() code!: string;
  @Field(() => GraphQLJSONObject, { nullable: true }) params!: Record<string, unknown> | null;
}

export const asReason = (coded: Coded): Reason => ({ code: coded.code, params: "params" in coded && coded.params ? { ...coded.params } : {} });
