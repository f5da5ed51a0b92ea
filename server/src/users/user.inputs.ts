import { Field, ID, InputType } from "type-graphql";
import { Role } from "../shared/enums";
import { sortInput, UserSortField } from "../shared/sorting";

@InputType({ description: "A coordinator, regional coordinator or organisation account; key persons get theirs with createKeyPerson" })
export class CreateUserInput {
  @Field() email!: string;
  @Field() password!: string;
  @Field(() => Role) role!: Role;
  @Field(() => ID, { nullable: true, description: "Required for ORGANISATION" }) organisationId?: string | null;
  @Field(() => [String], { nullable: true, description: "Required for REGIONAL_COORDINATOR: CBS municipality codes" })
  municipalityCodes?: string[] | null;
}

@InputType()
export class UserFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[] | null;
  @Field(() => Role, { nullable: true }) role?: Role | null;
  @Field(() => String, { nullable: true }) q?: string | null;
}

export const UserSort = sortInput("User", UserSortField);
export type UserSort = InstanceType<typeof UserSort>;
