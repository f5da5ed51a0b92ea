import { Field, ObjectType } from "type-graphql";
import { User } from "../users/user.entity";

@ObjectType()
export class AuthPayload {
  @Field({ description: "Send as Authorization: Bearer <token>; valid for 12 hours" }) token!: string;
  @Field(() => User) user!: User;
}
