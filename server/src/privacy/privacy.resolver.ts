import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import { GraphQLJSONObject } from "graphql-scalars";
import { requireActor } from "../auth/auth-checker";
import type { Context } from "../context";
import { Role } from "../shared/enums";
import { BadUserInput } from "../shared/errors";

@Resolver()
export class PrivacyResolver {
  @Authorized(Role.KEY_PERSON, Role.COORDINATOR)
  @Query(() => GraphQLJSONObject, { description: "Everything held about a key person (self, or the national coordinator on request); audited" })
  async personalDataExport(@Arg("keyPersonId", () => ID) keyPersonId: string, @Ctx() ctx: Context) {
    const keyPerson = await ctx.services.registry.get(requireActor(ctx), keyPersonId);
    return ctx.services.privacy.export(requireActor(ctx), keyPerson);
  }

  @Authorized(Role.KEY_PERSON, Role.COORDINATOR)
  @Mutation(() => Boolean, { description: "Self, or the national coordinator on request: anonymise the person everywhere, keep the financial amounts 7 years" })
  async eraseKeyPerson(
    @Arg("keyPersonId", () => ID) keyPersonId: string,
    @Arg("confirm", { description: "Type the key person's display name to confirm" }) confirm: string,
    @Ctx() ctx: Context,
  ) {
    const keyPerson = await ctx.services.registry.get(requireActor(ctx), keyPersonId);
    if (confirm.trim() !== keyPerson.displayName) {
      throw new BadUserInput("To confirm erasure, type the key person's display name exactly", { reason: "ERASURE_NOT_CONFIRMED", field: "confirm" });
    }
    await ctx.services.privacy.erase(requireActor(ctx), keyPerson);
    return true;
  }
}
