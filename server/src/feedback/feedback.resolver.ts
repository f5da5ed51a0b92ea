import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { requireActor } from "../auth/auth-checker";
import type { Context } from "../context";
import { Assignment } from "../matching/matching.entity";
import { FeedbackLinkStatus, FeedbackLink, FeedbackSummary, AssignmentRating } from "./feedback.entity";
import { FeedbackInput, RatingInput } from "./feedback.inputs";
import { Role } from "../shared/enums";

@Resolver()
export class FeedbackResolver {
  @Query(() => FeedbackLinkStatus, { description: "No login: whether a feedback link still takes an answer" })
  async feedbackLinkStatus(@Arg("token") token: string, @Ctx() ctx: Context): Promise<FeedbackLinkStatus> {
    return { state: await ctx.services.feedback.linkStatus(token) };
  }

  @Mutation(() => Boolean, { description: "No login: a newcomer's anonymous answers, one per link" })
  submitFeedback(@Arg("token") token: string, @Arg("input", () => FeedbackInput) input: FeedbackInput, @Ctx() ctx: Context) {
    return ctx.services.feedback.submit(token, input);
  }

  @Authorized(Role.KEY_PERSON, Role.COORDINATOR, Role.REGIONAL_COORDINATOR)
  @Query(() => FeedbackSummary, {
    description:
      "Newcomers' answers: a key person their own; coordinators for a key person or their whole scope (a province when given). Counts from 5 answers up",
  })
  feedbackSummary(
    @Arg("keyPersonId", () => ID, { nullable: true }) keyPersonId: string | null,
    @Arg("provinceCode", () => String, { nullable: true }) provinceCode: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.feedback.summary(requireActor(ctx), keyPersonId ?? null, provinceCode ?? null);
  }

  @Authorized(Role.ORGANISATION)
  @Mutation(() => AssignmentRating, { description: "The requesting organisation rates a completed assignment once (1–5, a comment for the coordinators)" })
  rateAssignment(@Arg("assignmentId", () => ID) assignmentId: string, @Arg("input", () => RatingInput) input: RatingInput, @Ctx() ctx: Context) {
    return ctx.services.feedback.rate(requireActor(ctx), assignmentId, input);
  }
}

@Resolver(() => Assignment)
export class AssignmentFeedbackResolver {
  @FieldResolver(() => FeedbackLink, {
    nullable: true,
    description: "The key person's link and QR code for the newcomer's feedback, once the assignment completed; null for anyone else",
  })
  feedbackLink(
    @Root() assignment: Assignment,
    @Arg("language", () => String, { nullable: true, description: "Open the page in this language (ISO 639-3)" }) language: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.actor ? ctx.services.feedback.linkFor(ctx.actor, assignment, language ?? null, (key) => ctx.loaders.feedbackAnswered.load(key)) : null;
  }

  @FieldResolver(() => AssignmentRating, { nullable: true, description: "The organisation's rating: its organisation and the coordinators" })
  async rating(@Root() assignment: Assignment, @Ctx() ctx: Context): Promise<AssignmentRating | null> {
    if (!ctx.actor) return null;
    const request = await ctx.loaders.requestById.load(assignment.requestId);
    if (!request || !ctx.services.feedback.canReadRating(ctx.actor, request)) return null;
    return (await ctx.loaders.ratingByAssignment.load(assignment.id)) ?? null;
  }
}
