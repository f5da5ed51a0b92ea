import { Arg, Args, Authorized, Ctx, FieldResolver, Float, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { requireActor } from "../auth/auth-checker";
import type { Context } from "../context";
import { ownershipPeriods } from "../domain/transfers";
import { Assignment, MatchRequest } from "../matching/matching.entity";
import { Organisation } from "../organisations/organisation.entity";
import { Language, Municipality } from "../reference/reference.entity";
import { RequestKind, Role } from "../shared/enums";
import { PageArgs } from "../shared/pagination";
import { AssignmentHandover, OwnershipPeriod, RequestTransfer, RequestTransferPage, TransferTarget } from "./transfer.entity";
import { DeclineTransferInput, ProposeTransferInput, TransferFilter, TransferTargetsArgs } from "./transfer.inputs";

const ORGANISATION_OR_COORDINATOR = [Role.ORGANISATION, Role.COORDINATOR, Role.REGIONAL_COORDINATOR];

@Resolver(() => RequestTransfer)
export class TransferResolver {
  @Authorized(...ORGANISATION_OR_COORDINATOR)
  @Query(() => RequestTransferPage, {
    description: "Organisations: transfers offered to them (incoming) and proposed by them (outgoing); coordinators in scope",
  })
  requestTransfers(@Arg("filter", () => TransferFilter, { nullable: true }) filter: TransferFilter | null, @Args() page: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.transfers.list(requireActor(ctx), filter, page);
  }

  @Authorized(...ORGANISATION_OR_COORDINATOR)
  @Query(() => RequestTransfer, { nullable: true })
  requestTransfer(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.transfers.get(requireActor(ctx), id);
  }

  @Authorized(...ORGANISATION_OR_COORDINATOR)
  @Query(() => [TransferTarget], { description: "The owner (or a coordinator): organisations near the newcomer's new place, nearest first" })
  transferTargets(@Args() { requestId }: TransferTargetsArgs, @Ctx() ctx: Context) {
    return ctx.services.transfers.targets(requireActor(ctx), requestId);
  }

  @Authorized(...ORGANISATION_OR_COORDINATOR)
  @Mutation(() => RequestTransfer, {
    description: "The owning organisation (or a coordinator in scope): hand the request to an organisation near the new place, with consent",
  })
  proposeTransfer(@Arg("input", () => ProposeTransferInput) input: ProposeTransferInput, @Ctx() ctx: Context) {
    return ctx.services.transfers.propose(requireActor(ctx), input);
  }

  @Authorized(Role.ORGANISATION)
  @Mutation(() => RequestTransfer, { description: "The receiving organisation: from today it owns the request, its funding and its reviews" })
  acceptTransfer(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.transfers.accept(requireActor(ctx), id);
  }

  @Authorized(Role.ORGANISATION)
  @Mutation(() => RequestTransfer, { description: "The receiving organisation: decline with a reason code and an optional note" })
  declineTransfer(@Arg("id", () => ID) id: string, @Arg("input", () => DeclineTransferInput) input: DeclineTransferInput, @Ctx() ctx: Context) {
    return ctx.services.transfers.decline(requireActor(ctx), id, input);
  }

  @Authorized(...ORGANISATION_OR_COORDINATOR)
  @Mutation(() => RequestTransfer, { description: "The proposing side: withdraw while it waits for an answer" })
  withdrawTransfer(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.transfers.withdraw(requireActor(ctx), id);
  }

  @FieldResolver(() => ID)
  requestId(@Root() transfer: RequestTransfer): number {
    return transfer.matchRequestId;
  }

  @FieldResolver(() => Organisation)
  fromOrganisation(@Root() transfer: RequestTransfer, @Ctx() ctx: Context) {
    return ctx.loaders.organisationById.load(transfer.fromOrganisationId);
  }

  @FieldResolver(() => Organisation)
  toOrganisation(@Root() transfer: RequestTransfer, @Ctx() ctx: Context) {
    return ctx.loaders.organisationById.load(transfer.toOrganisationId);
  }

  @FieldResolver(() => Municipality, { description: "Where the newcomer lived when the transfer was proposed" })
  municipality(@Root() transfer: RequestTransfer, @Ctx() ctx: Context): Municipality {
    return ctx.reference.municipalities.get(transfer.newcomerMunicipalityCode)!;
  }

  @FieldResolver(() => String, { description: "The proposing organisation's pseudonym of the request; never a name" })
  async caseReference(@Root() transfer: RequestTransfer, @Ctx() ctx: Context): Promise<string> {
    return (await ctx.loaders.transferRequestById.load(transfer.matchRequestId))!.caseReference;
  }

  @FieldResolver(() => RequestKind)
  async requestKind(@Root() transfer: RequestTransfer, @Ctx() ctx: Context): Promise<RequestKind> {
    return (await ctx.loaders.transferRequestById.load(transfer.matchRequestId))!.kind;
  }

  @FieldResolver(() => Float)
  async hoursPerWeek(@Root() transfer: RequestTransfer, @Ctx() ctx: Context): Promise<number> {
    return (await ctx.loaders.transferRequestById.load(transfer.matchRequestId))!.hoursPerWeek;
  }

  @FieldResolver(() => [Language])
  async languages(@Root() transfer: RequestTransfer, @Ctx() ctx: Context): Promise<Language[]> {
    const request = await ctx.loaders.transferRequestById.load(transfer.matchRequestId);
    return request!.languageCodes.map((code) => ctx.reference.languages.get(code)!);
  }

  @FieldResolver(() => MatchRequest, {
    nullable: true,
    description: "The request itself, for whoever may see it now (its owner, coordinators in scope): null for the old owner",
  })
  request(@Root() transfer: RequestTransfer, @Ctx() ctx: Context) {
    return ctx.loaders.requestById.load(transfer.matchRequestId);
  }
}

@Resolver(() => MatchRequest)
export class MatchRequestTransferResolver {
  @FieldResolver(() => [RequestTransfer], { description: "Its transfers, oldest first (not for key persons)" })
  async transfers(@Root() request: MatchRequest, @Ctx() ctx: Context): Promise<RequestTransfer[]> {
    if (requireActor(ctx).role === Role.KEY_PERSON) return [];
    return ctx.loaders.transfersByRequest.load(request.id);
  }

  @FieldResolver(() => [OwnershipPeriod], {
    description: "Who owned it when: hours and claims dated in a period belong to that organisation (not for key persons)",
  })
  async ownership(@Root() request: MatchRequest, @Ctx() ctx: Context): Promise<OwnershipPeriod[]> {
    if (requireActor(ctx).role === Role.KEY_PERSON) return [];
    const accepted = (await ctx.loaders.transfersByRequest.load(request.id)).filter((t) => t.effectiveOn !== null);
    return ownershipPeriods(
      request.organisationId,
      accepted.map((t) => ({ fromOrganisationId: t.fromOrganisationId, toOrganisationId: t.toOrganisationId, effectiveOn: t.effectiveOn! })),
    );
  }
}

@Resolver(() => OwnershipPeriod)
export class OwnershipPeriodResolver {
  @FieldResolver(() => Organisation)
  organisation(@Root() period: OwnershipPeriod, @Ctx() ctx: Context) {
    return ctx.loaders.organisationById.load(period.organisationId);
  }
}

@Resolver(() => Assignment)
export class AssignmentHandoverResolver {
  @FieldResolver(() => [AssignmentHandover], {
    description: "Handovers this assignment is on either side of: old and new key person declare hours during the overlap",
  })
  async handovers(@Root() assignment: Assignment, @Ctx() ctx: Context): Promise<AssignmentHandover[]> {
    return (await ctx.loaders.handoversByAssignment.load(assignment.id)).map((pair) => pair.row);
  }
}
