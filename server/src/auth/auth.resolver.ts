import { Arg, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../context";
import { User } from "../users/user.entity";
import { AuthPayload } from "./auth.entity";

@Resolver()
export class AuthResolver {
  @Mutation(() => AuthPayload)
  login(@Arg("email") email: string, @Arg("password") password: string, @Ctx() ctx: Context): Promise<AuthPayload> {
    return ctx.services.auth.login(email, password, ctx.clientIp);
  }

  @Query(() => User, { nullable: true, description: "The logged-in user; null without a login" })
  me(@Ctx() ctx: Context): User | null {
    return ctx.user;
  }
}
