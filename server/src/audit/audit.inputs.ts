import { Field, ID, InputType } from "type-graphql";
import { AuditSortField, sortInput } from "../shared/sorting";

@InputType()
export class AuditFilter {
  @Field(() => String, { nullable: true, description: "e.g. readWellbeing, updateKeyPerson" }) action?: string | null;
  @Field(() => String, { nullable: true, description: "e.g. KeyPerson, Assignment" }) entityType?: string | null;
  @Field(() => ID, { nullable: true }) entityId?: string | null;
  @Field(() => ID, { nullable: true }) actorUserId?: string | null;
  @Field(() => Date, { nullable: true }) from?: Date | null;
  @Field(() => Date, { nullable: true }) to?: Date | null;
}

export const AuditSort = sortInput("Audit", AuditSortField);
export type AuditSort = InstanceType<typeof AuditSort>;
