import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { requireActor } from "../auth/auth-checker";
import { CareService } from "../care-services/care-service.entity";
import type { Context } from "../context";
import { referralSharedFor, referralSides, type ReferralSide } from "../domain/referrals";
import { Organisation } from "../organisations/organisation.entity";
import { OversightDashboard } from "../oversight/oversight.entity";
import { Expertise, Language, Municipality } from "../reference/reference.entity";
import { Role } from "../shared/enums";
import { PageArgs } from "../shared/pagination";
import { Referral, ReferralEvent, ReferralOversight, ReferralPage, ReferralServiceOption } from "./referral.entity";
import { ReferralActionInput, ReferralFilter, ReferralInput, ReferralServiceFilter, RerouteReferralInput } from "./referral.inputs";

const ANYONE = [Role.COORDINATOR, Role.REGIONAL_COORDINATOR, Role.ORGANISATION, Role.KEY_PERSON];
const REFERRERS = [Role.ORGANISATION, Role.KEY_PERSON];

async function viewOf(referral: Referral, ctx: Context) {
  const actor = requireActor(ctx);
  const facts = await ctx.loaders.referralContextByReferral.load(referral.id);
  const sides: ReferralSide[] = facts ? referralSides(actor, facts) : [];
  return { facts, sides, shared: referralSharedFor(sides, actor, referral) };
}

@Resolver(() => Referral)
export class ReferralResolver {
  @Authorized(...ANYONE)
  @Query(() => ReferralPage, {
    description: "A key person: of their assignments; an organisation: made or received (direction); regional coordinators: their region; national: all",
  })
  referrals(@Arg("filter", () => ReferralFilter, { nullable: true }) filter: ReferralFilter | null, @Args() page: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.referrals.list(requireActor(ctx), filter, page);
  }

  @Authorized(...ANYONE)
  @Query(() => Referral)
  referral(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.referrals.get(requireActor(ctx), id);
  }

  @Authorized(...REFERRERS)
  @Query(() => [ReferralServiceOption], {
    description: "The services the newcomer of an ACTIVE assignment can be referred to at their current place, nearest first (at most 50)",
  })
  referralServiceOptions(
    @Arg("assignmentId", () => ID) assignmentId: string,
    @Arg("filter", () => ReferralServiceFilter, { nullable: true }) filter: ReferralServiceFilter | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.referrals.serviceOptions(requireActor(ctx), assignmentId, filter);
  }

  @Authorized(...REFERRERS)
  @Mutation(() => Referral, { description: "The key person of an ACTIVE assignment or the requesting organisation refers the newcomer, with consent" })
  createReferral(@Arg("input", () => ReferralInput) input: ReferralInput, @Ctx() ctx: Context) {
    return ctx.services.referrals.create(requireActor(ctx), input);
  }

  @Authorized(...REFERRERS)
  @Mutation(() => Referral, {
    description: "The service's organisation: accept, decline (reason), appointment, waiting list, complete; the referrer: withdraw",
  })
  actOnReferral(@Arg("input", () => ReferralActionInput) input: ReferralActionInput, @Ctx() ctx: Context) {
    return ctx.services.referrals.act(requireActor(ctx), input);
  }

  @Authorized(...REFERRERS)
  @Mutation(() => Referral, { description: "After a move: refer to a service at the new place; the flagged referral is closed. Answers the new referral" })
  rerouteReferral(@Arg("id", () => ID) id: string, @Arg("input", () => RerouteReferralInput) input: RerouteReferralInput, @Ctx() ctx: Context) {
    return ctx.services.referrals.reroute(requireActor(ctx), id, input);
  }

  @FieldResolver(() => CareService)
  async careService(@Root() referral: Referral, @Ctx() ctx: Context) {
    return ctx.loaders.careServiceOfReferral.load(referral.careServiceId);
  }

  @FieldResolver(() => [String], { description: "The sides the viewer acts for: REFERRER (withdraw, re-route), SERVICE (answer); none for coordinators" })
  async mySides(@Root() referral: Referral, @Ctx() ctx: Context): Promise<string[]> {
    return (await viewOf(referral, ctx)).sides;
  }

  @FieldResolver(() => Expertise, { nullable: true, description: "The service reads it only when shared" })
  async topic(@Root() referral: Referral, @Ctx() ctx: Context) {
    return (await viewOf(referral, ctx)).shared.sharesTopic ? (ctx.reference.expertise.get(referral.topic) ?? null) : null;
  }

  @FieldResolver(() => Municipality, { nullable: true, description: "The newcomer's municipality when referred; the service reads it only when shared" })
  async municipality(@Root() referral: Referral, @Ctx() ctx: Context) {
    return (await viewOf(referral, ctx)).shared.sharesMunicipality ? (ctx.reference.municipalities.get(referral.municipalityCode) ?? null) : null;
  }

  @FieldResolver(() => Language, { nullable: true, description: "The service reads it only when shared" })
  async language(@Root() referral: Referral, @Ctx() ctx: Context) {
    if (!referral.languageCode) return null;
    return (await viewOf(referral, ctx)).shared.sharesLanguage ? (ctx.reference.languages.get(referral.languageCode) ?? null) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: "The requesting organisation's case reference: never for the service" })
  async caseReference(@Root() referral: Referral, @Ctx() ctx: Context) {
    const { facts, sides } = await viewOf(referral, ctx);
    const actor = requireActor(ctx);
    return facts && (sides.includes("REFERRER") || actor.role === Role.COORDINATOR || actor.role === Role.REGIONAL_COORDINATOR) ? facts.caseReference : null;
  }

  @FieldResolver(() => ID, { nullable: true, description: "The request, for the referring side and the coordinators" })
  async requestId(@Root() referral: Referral, @Ctx() ctx: Context) {
    const { facts, sides } = await viewOf(referral, ctx);
    const actor = requireActor(ctx);
    return facts && (sides.includes("REFERRER") || actor.role === Role.COORDINATOR || actor.role === Role.REGIONAL_COORDINATOR) ? facts.requestId : null;
  }

  @FieldResolver(() => Organisation, { nullable: true, description: "The requesting organisation" })
  async referringOrganisation(@Root() referral: Referral, @Ctx() ctx: Context) {
    const facts = await ctx.loaders.referralContextByReferral.load(referral.id);
    return facts ? ctx.loaders.organisationById.load(facts.referringOrganisationId) : null;
  }

  @FieldResolver(() => Organisation, { nullable: true, description: "The service's organisation" })
  async serviceOrganisation(@Root() referral: Referral, @Ctx() ctx: Context) {
    const facts = await ctx.loaders.referralContextByReferral.load(referral.id);
    return facts ? ctx.loaders.organisationById.load(facts.serviceOrganisationId) : null;
  }

  @FieldResolver(() => ID, { nullable: true, description: "The referral that replaced this one after a move" })
  async reroutedToId(@Root() referral: Referral, @Ctx() ctx: Context) {
    return (await ctx.loaders.referralContextByReferral.load(referral.id))?.reroutedToId ?? null;
  }

  @FieldResolver(() => [ReferralEvent], { description: "The history, oldest first" })
  events(@Root() referral: Referral, @Ctx() ctx: Context) {
    return ctx.loaders.referralEventsByReferral.load(referral.id);
  }
}

@Resolver(() => ReferralEvent)
export class ReferralEventResolver {
  @FieldResolver(() => Boolean, { description: "Whether the viewer's own account took this step" })
  mine(@Root() event: ReferralEvent, @Ctx() ctx: Context): boolean {
    return event.actorUserId !== null && event.actorUserId === requireActor(ctx).userId;
  }
}

@Resolver(() => ReferralServiceOption)
export class ReferralServiceOptionResolver {
  @FieldResolver(() => Organisation)
  organisation(@Root() option: ReferralServiceOption, @Ctx() ctx: Context) {
    return ctx.loaders.organisationById.load(option.service.organisationId);
  }
}

@Resolver(() => OversightDashboard)
export class OversightReferralsResolver {
  @FieldResolver(() => ReferralOversight, { description: "Referrals by service, topic and state, and waiting times; scoped like the rest of the dashboard" })
  referrals(@Ctx() ctx: Context) {
    return ctx.services.referrals.oversight(requireActor(ctx));
  }
}
