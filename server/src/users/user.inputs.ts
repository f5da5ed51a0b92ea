import { Field, ID, InputType } from "type-graphql";
import { Role } from "../shared/enums";
import { sortInput, UserSortField } from "../shared/sorting";

@InputType({ description: "A coordinator, regional coordinator or organisation account; key persons get theirs with createKeyPerson" })
export class CreateUserInput {
  @Field() email!: string;
  @Field(() => String, {
    nullable: true,
    deprecationReason: "Leave it out: the new user gets an e-mailed invitation link and chooses their own password",
    description: "Left out (the console): an invitation is e-mailed and the user chooses their password",
  })
  password?: string | null;
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
