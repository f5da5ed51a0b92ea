import { Field, ID, InputType } from "type-graphql";

@InputType()
export class AuditFilter {
  @Field(() => String, { nullable: true, description: "e.g. readWellbeing, updateKeyPerson" }) action?: string | null;
  @Field(() => String, { nullable: true, description: "e.g. KeyPerson, Assignment" }) entityType?: string | null;
  @Field(() => ID, { nullable: true }) entityId?: string | null;
  @Field(() => ID, { nullable: true }) actorUserId?: string | null;
  @Field(() => Date, { nullable: true }) from?: Date | null;
  @Field(() => Date, { nullable: true }) to?: Date | null;
}
