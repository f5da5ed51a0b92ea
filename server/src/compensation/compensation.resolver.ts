import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { requireActor } from "../auth/auth-checker";
import type { Context } from "../context";
import { Assignment } from "../matching/matching.entity";
import { KeyPerson } from "../registry/registry.entity";
import { Role } from "../shared/enums";
import { PageArgs } from "../shared/pagination";
import { AllowanceOverview, CompensationRules, ExpenseClaim, ExpenseClaimPage, HourEntry, HourEntryPage, PaymentExportPage } from "./compensation.entity";
import {
  CompensationRulesInput,
  ExpenseClaimInput,
  ExpenseClaimSort,
  HourEntryInput,
  HourEntrySort,
  OwnActivityInput,
  ReviewFilter,
} from "./compensation.inputs";

const FUNDERS = [Role.ORGANISATION, Role.COORDINATOR];

@Resolver()
export class CompensationResolver {
  @Query(() => [CompensationRules], { description: "The volunteer allowance figures per year" })
  compensationRules(@Ctx() ctx: Context) {
    return ctx.services.compensation.listRules();
  }

  @Authorized(Role.COORDINATOR, Role.REGIONAL_COORDINATOR)
  @Query(() => [Int], { description: "This year (and next, in December) without figures: approving allowances will be refused" })
  compensationRulesMissing(@Ctx() ctx: Context) {
    return ctx.services.compensation.missingYears();
  }

  @Authorized(Role.COORDINATOR)
  @Mutation(() => CompensationRules, { description: "Coordinator" })
  setCompensationRules(@Arg("year", () => Int) year: number, @Arg("input", () => CompensationRulesInput) input: CompensationRulesInput, @Ctx() ctx: Context) {
    return ctx.services.compensation.setRules(requireActor(ctx), year, input);
  }

  @Authorized(...FUNDERS)
  @Query(() => Int, { nullable: true, description: "A funder's hourly allowance rate; null: the legal maximum. No organisationId: the national scheme" })
  allowanceRate(@Arg("organisationId", () => ID, { nullable: true }) organisationId: string | null, @Ctx() ctx: Context) {
    return ctx.services.compensation.getAllowanceRate(requireActor(ctx), organisationId);
  }

  @Authorized(...FUNDERS)
  @Mutation(() => Int, { nullable: true, description: "Pay less than the legal maximum per hour (never more); null restores the maximum" })
  setAllowanceRate(
    @Arg("organisationId", () => ID, { nullable: true }) organisationId: string | null,
    @Arg("hourlyRateCents", () => Int, { nullable: true }) hourlyRateCents: number | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.compensation.setAllowanceRate(requireActor(ctx), organisationId, hourlyRateCents);
  }

  @Authorized(Role.COORDINATOR, Role.REGIONAL_COORDINATOR, Role.KEY_PERSON)
  @Mutation(() => Boolean, { description: "Self or coordinator: the IBAN allowances and claims are paid to" })
  async setPaymentDetails(@Arg("keyPersonId", () => ID) keyPersonId: string, @Arg("iban") iban: string, @Ctx() ctx: Context) {
    const keyPerson = await ctx.services.registry.get(requireActor(ctx), keyPersonId);
    await ctx.services.compensation.setPaymentDetails(requireActor(ctx), keyPerson, iban);
    return true;
  }

  @Authorized(Role.COORDINATOR, Role.REGIONAL_COORDINATOR, Role.KEY_PERSON)
  @Query(() => AllowanceOverview, { description: "Hours and allowance per month of a year, and the room left under the caps" })
  async allowanceOverview(@Arg("keyPersonId", () => ID) keyPersonId: string, @Arg("year", () => Int) year: number, @Ctx() ctx: Context) {
    const keyPerson = await ctx.services.registry.get(requireActor(ctx), keyPersonId);
    return ctx.services.compensation.overview(requireActor(ctx), keyPerson, year);
  }

  @Authorized()
  @Query(() => HourEntryPage, { description: "Own hours (key person), hours one funds (organisation), all (coordinator)" })
  hourEntries(
    @Arg("filter", () => ReviewFilter, { nullable: true }) filter: ReviewFilter | null,
    @Args() page: PageArgs,
    @Arg("sort", () => HourEntrySort, { nullable: true }) sort: HourEntrySort | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.compensation.listHours(requireActor(ctx), filter, page, sort);
  }

  @Authorized()
  @Query(() => ExpenseClaimPage)
  expenseClaims(
    @Arg("filter", () => ReviewFilter, { nullable: true }) filter: ReviewFilter | null,
    @Args() page: PageArgs,
    @Arg("sort", () => ExpenseClaimSort, { nullable: true }) sort: ExpenseClaimSort | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.compensation.listClaims(requireActor(ctx), filter, page, sort);
  }

  @Authorized(Role.KEY_PERSON)
  @Mutation(() => HourEntry, { description: "The key person" })
  declareHours(@Arg("input", () => HourEntryInput) input: HourEntryInput, @Ctx() ctx: Context) {
    return ctx.services.compensation.declareHours(requireActor(ctx), input);
  }

  @Authorized(Role.KEY_PERSON)
  @Mutation(() => HourEntry, {
    description:
      "The key person, for themself: hours of intervision, training, a network meeting or preparation, without an assignment; the coordinator reviews them",
  })
  declareOwnActivity(@Arg("input", () => OwnActivityInput) input: OwnActivityInput, @Ctx() ctx: Context) {
    return ctx.services.compensation.declareOwnActivity(requireActor(ctx), input);
  }

  @Authorized(...FUNDERS)
  @Mutation(() => HourEntry, { description: "The funder: the organisation, or the coordinator for the national scheme" })
  reviewHours(
    @Arg("id", () => ID) id: string,
    @Arg("approve") approve: boolean,
    @Arg("reason", () => String, { nullable: true }) reason: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.compensation.reviewHours(requireActor(ctx), id, approve, reason);
  }

  @Authorized(Role.KEY_PERSON)
  @Mutation(() => ExpenseClaim, { description: "The key person; the same idempotency key twice creates one claim" })
  submitExpenseClaim(@Arg("input", () => ExpenseClaimInput) input: ExpenseClaimInput, @Ctx() ctx: Context) {
    return ctx.services.compensation.submitClaim(requireActor(ctx), input);
  }

  @Authorized(...FUNDERS)
  @Mutation(() => ExpenseClaim, { description: "The funder" })
  reviewExpenseClaim(
    @Arg("id", () => ID) id: string,
    @Arg("approve") approve: boolean,
    @Arg("reason", () => String, { nullable: true }) reason: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.compensation.reviewClaim(requireActor(ctx), id, approve, reason);
  }

  @Authorized(...FUNDERS)
  @Query(() => PaymentExportPage, { description: "The caller's earlier payment exports" })
  paymentExports(@Args() page: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.compensation.listExports(requireActor(ctx), page);
  }
}

@Resolver(() => HourEntry)
export class HourEntryResolver {
  @FieldResolver(() => Assignment, {
    nullable: true,
    description: "Null for an own activity, or when the assignment is outside your scope (a regional coordinator: a request outside the region)",
  })
  assignment(@Root() entry: HourEntry, @Ctx() ctx: Context) {
    return entry.assignmentId === null ? null : ctx.loaders.assignmentById.load(entry.assignmentId);
  }

  @FieldResolver(() => KeyPerson)
  keyPerson(@Root() entry: HourEntry, @Ctx() ctx: Context) {
    return ctx.loaders.keyPersonById.load(entry.keyPersonId);
  }
}

@Resolver(() => ExpenseClaim)
export class ExpenseClaimResolver {
  @FieldResolver(() => Assignment, { nullable: true, description: "Null without an assignment, or when it is outside your scope" })
  assignment(@Root() claim: ExpenseClaim, @Ctx() ctx: Context) {
    return claim.assignmentId === null ? null : ctx.loaders.assignmentById.load(claim.assignmentId);
  }

  @FieldResolver(() => KeyPerson)
  keyPerson(@Root() claim: ExpenseClaim, @Ctx() ctx: Context) {
    return ctx.loaders.keyPersonById.load(claim.keyPersonId);
  }
}
