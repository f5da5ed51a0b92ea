import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import { AuthPayload } from "../auth/auth.entity";
import type { Context } from "../context";

@Resolver()
export class InvitationResolver {
  @Mutation(() => AuthPayload, {
    description: "With the token of an invitation link (sent to imported key persons): sets the password, confirms the profile and logs in. Works once.",
  })
  acceptInvitation(@Arg("token") token: string, @Arg("password") password: string, @Ctx() ctx: Context): Promise<AuthPayload> {
    return ctx.services.invitations.accept(token, password);
  }
}
