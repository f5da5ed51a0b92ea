import { Authorized, Ctx, Query, Resolver } from "type-graphql";
import { requireActor } from "../auth/auth-checker";
import type { Context } from "../context";
import { AttentionCounts } from "./attention.entity";

@Resolver()
export class AttentionResolver {
  @Authorized()
  @Query(() => AttentionCounts, { description: "What waits for the signed-in person: proposals to answer, hours and claims to review" })
  attentionCounts(@Ctx() ctx: Context) {
    return ctx.services.attention.counts(requireActor(ctx));
  }
}
