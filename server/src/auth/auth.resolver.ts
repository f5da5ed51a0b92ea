import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../context";
import { User } from "../users/user.entity";
import { AuthPayload } from "./auth.entity";
import { requireActor } from "./auth-checker";

@Resolver()
export class AuthResolver {
  @Mutation(() => AuthPayload, { description: "Failed attempts slow down per account and client (RATE_LIMITED, LOGIN_THROTTLED)" })
  login(@Arg("email") email: string, @Arg("password") password: string, @Ctx() ctx: Context): Promise<AuthPayload> {
    return ctx.services.auth.login(email, password, ctx.clientIp);
  }

  @Query(() => User, { nullable: true, description: "The logged-in user; null without a login" })
  me(@Ctx() ctx: Context): User | null {
    return ctx.user;
  }

  @Authorized()
  @Mutation(() => Boolean, { description: "One's own password, with the current one. Ends every session, this one too: log in again." })
  changePassword(@Arg("currentPassword") currentPassword: string, @Arg("newPassword") newPassword: string, @Ctx() ctx: Context): Promise<boolean> {
    return ctx.services.auth.changePassword(requireActor(ctx), currentPassword, newPassword, ctx.clientIp);
  }

  @Mutation(() => Boolean, {
    description:
      "E-mails a one-time link (an hour) to choose a new password, if the address has an active account. Always true: it tells no one whether it has.",
  })
  requestPasswordReset(@Arg("email") email: string, @Ctx() ctx: Context): Promise<boolean> {
    return ctx.services.auth.requestPasswordReset(email);
  }

  @Mutation(() => AuthPayload, { description: "With the token of a reset link: sets the password, ends every other session and logs in. Works once." })
  resetPassword(@Arg("token") token: string, @Arg("newPassword") newPassword: string, @Ctx() ctx: Context): Promise<AuthPayload> {
    return ctx.services.auth.resetPassword(token, newPassword, ctx.clientIp);
  }
}
