import { Field, ObjectType } from "type-graphql";
import { User } from "../users/user.entity";

@ObjectType()
export class AuthPayload {
  @Field({ description: "Send as Authorization: Bearer <token>; valid for 12 hours, or until the password changes or the account is deactivated" })
  token!: string;
  @Field(() => User) user!: User;
}
