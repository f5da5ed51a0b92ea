import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { requireActor } from "../auth/auth-checker";
import type { Context } from "../context";
import { Assignment } from "../matching/matching.entity";
import { Organisation } from "../organisations/organisation.entity";
import { Role } from "../shared/enums";
import { NotFound } from "../shared/errors";
import { PageArgs } from "../shared/pagination";
import { Complaint, ComplaintPage, OrganisationFlag, OrganisationFlagPage, VoiceOverview } from "./complaint.entity";
import { ComplaintFilter, DecideComplaintInput, FileComplaintInput, FlagOrganisationInput, LocationSignalInput } from "./complaint.inputs";

const COORDINATORS = [Role.COORDINATOR, Role.REGIONAL_COORDINATOR];

@Resolver(() => Complaint)
export class ComplaintResolver {
  @Authorized()
  @Query(() => ComplaintPage, { description: "An organisation's own complaints, those about a key person's assignments, coordinators' in scope; newest first" })
  complaints(@Arg("filter", () => ComplaintFilter, { nullable: true }) filter: ComplaintFilter | null, @Args() page: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.complaints.list(requireActor(ctx), filter, page);
  }

  @Authorized()
  @Query(() => Complaint)
  complaint(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.complaints.one(requireActor(ctx), id);
  }

  @Authorized(Role.ORGANISATION)
  @Mutation(() => Complaint, { description: "The requesting organisation; the key person is told and may respond within 14 days" })
  fileComplaint(@Arg("input", () => FileComplaintInput) input: FileComplaintInput, @Ctx() ctx: Context) {
    return ctx.services.complaints.file(requireActor(ctx), input);
  }

  @Authorized(Role.KEY_PERSON)
  @Mutation(() => Complaint, { description: "The key person the complaint is about, once, before the decision" })
  respondToComplaint(@Arg("id", () => ID) id: string, @Arg("response") response: string, @Ctx() ctx: Context) {
    return ctx.services.complaints.respond(requireActor(ctx), id, response);
  }

  @Authorized(...COORDINATORS)
  @Mutation(() => Complaint, { description: "A coordinator upholds or dismisses, after the response or 14 days" })
  decideComplaint(@Arg("id", () => ID) id: string, @Arg("input", () => DecideComplaintInput) input: DecideComplaintInput, @Ctx() ctx: Context) {
    return ctx.services.complaints.decide(requireActor(ctx), id, input);
  }

  @FieldResolver(() => Assignment)
  async assignment(@Root() complaint: Complaint, @Ctx() ctx: Context) {
    const assignment = await ctx.loaders.assignmentById.load(complaint.assignmentId);
    if (!assignment) throw new NotFound("Assignment", complaint.assignmentId);
    return assignment;
  }
}

@Resolver(() => OrganisationFlag)
export class OrganisationFlagResolver {
  @Authorized(Role.KEY_PERSON, ...COORDINATORS)
  @Query(() => OrganisationFlagPage, { description: "Coordinators in scope; a key person their own. Never the organisation" })
  organisationFlags(@Arg("open", () => Boolean, { nullable: true }) open: boolean | null, @Args() page: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.complaints.flags(requireActor(ctx), open ?? null, page);
  }

  @Authorized(Role.KEY_PERSON)
  @Mutation(() => OrganisationFlag, { description: "A key person flags an organisation they had an assignment with" })
  flagOrganisation(@Arg("input", () => FlagOrganisationInput) input: FlagOrganisationInput, @Ctx() ctx: Context) {
    return ctx.services.complaints.flag(requireActor(ctx), input);
  }

  @Authorized(...COORDINATORS)
  @Mutation(() => OrganisationFlag)
  closeOrganisationFlag(@Arg("id", () => ID) id: string, @Arg("note") note: string, @Ctx() ctx: Context) {
    return ctx.services.complaints.closeFlag(requireActor(ctx), id, note);
  }

  @FieldResolver(() => Organisation, { nullable: true })
  organisation(@Root() flag: OrganisationFlag, @Ctx() ctx: Context) {
    return ctx.loaders.organisationById.load(flag.organisationId);
  }

  @FieldResolver(() => String, { nullable: true, description: "Who raised it: for the coordinators" })
  async keyPersonName(@Root() flag: OrganisationFlag, @Ctx() ctx: Context): Promise<string | null> {
    if (!flag.keyPersonId || !ctx.actor || !COORDINATORS.includes(ctx.actor.role as Role)) return null;
    return (await ctx.loaders.keyPersonById.load(flag.keyPersonId))?.displayName ?? null;
  }
}

@Resolver()
export class SignalResolver {
  @Authorized(Role.KEY_PERSON)
  @Mutation(() => Boolean, { description: "An anonymous signal about a reception location; stored without who or when (beyond the month)" })
  fileLocationSignal(@Arg("input", () => LocationSignalInput) input: LocationSignalInput, @Ctx() ctx: Context) {
    return ctx.services.complaints.fileSignal(requireActor(ctx), input);
  }

  @Authorized(...COORDINATORS)
  @Query(() => VoiceOverview, { description: "Complaints, flags and signals in the coordinator's scope, for the dashboard" })
  voiceOverview(@Ctx() ctx: Context) {
    return ctx.services.complaints.overview(requireActor(ctx));
  }
}
