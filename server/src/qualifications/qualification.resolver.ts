import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { requireActor } from "../auth/auth-checker";
import type { Context } from "../context";
import { seesAllQualifications, validOn } from "../domain/qualifications";
import { amsterdam } from "../notifications/jobs";
import { KeyPerson } from "../registry/registry.entity";
import { QualificationStatus, Role } from "../shared/enums";
import { OversightDashboard } from "../oversight/oversight.entity";
import { ExpiringQualification, Qualification, QualificationDashboard, QualificationType } from "./qualification.entity";
import { QualificationInput, QualificationTypeInput, QualificationTypeUpdateInput } from "./qualification.inputs";

const COORDINATORS = [Role.COORDINATOR, Role.REGIONAL_COORDINATOR];

@Resolver()
export class QualificationResolver {
  @Authorized()
  @Query(() => [QualificationType], { description: "The maintained list of qualification types, by code (issue 17)" })
  qualificationTypes(@Arg("includeInactive", { defaultValue: false }) includeInactive: boolean, @Ctx() ctx: Context) {
    return ctx.services.qualifications.types(includeInactive);
  }

  @Authorized(...COORDINATORS)
  @Query(() => QualificationDashboard, { description: "The dashboard's qualification figures on their own (also OversightDashboard.qualifications)" })
  qualificationDashboard(@Ctx() ctx: Context) {
    return ctx.services.qualifications.dashboard(requireActor(ctx));
  }

  @Authorized(Role.COORDINATOR)
  @Mutation(() => QualificationType, { description: "The national coordinator adds a type to the list" })
  createQualificationType(@Arg("input", () => QualificationTypeInput) input: QualificationTypeInput, @Ctx() ctx: Context) {
    return ctx.services.qualifications.createType(requireActor(ctx), input);
  }

  @Authorized(Role.COORDINATOR)
  @Mutation(() => QualificationType, { description: "The national coordinator edits a type (names, validity, expertise covered, active)" })
  updateQualificationType(
    @Arg("code", () => ID) code: string,
    @Arg("input", () => QualificationTypeUpdateInput) input: QualificationTypeUpdateInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.qualifications.updateType(requireActor(ctx), code, input);
  }

  @Authorized(...COORDINATORS, Role.KEY_PERSON)
  @Mutation(() => Qualification, { description: "Coordinators (in scope) or the key person themself; the qualification is SELF_DECLARED until verified" })
  async addQualification(
    @Arg("keyPersonId", () => ID) keyPersonId: string,
    @Arg("input", () => QualificationInput) input: QualificationInput,
    @Ctx() ctx: Context,
  ) {
    const keyPerson = await ctx.services.registry.get(requireActor(ctx), keyPersonId);
    return ctx.services.qualifications.add(requireActor(ctx), keyPerson, input);
  }

  @Authorized(...COORDINATORS)
  @Mutation(() => Qualification, { description: "Coordinators: a SELF_DECLARED qualification becomes VERIFIED, with a note on what was checked (audited)" })
  verifyQualification(@Arg("id", () => ID) id: string, @Arg("note") note: string, @Ctx() ctx: Context) {
    return ctx.services.qualifications.decide(requireActor(ctx), id, note, true);
  }

  @Authorized(...COORDINATORS)
  @Mutation(() => Qualification, { description: "Coordinators: a SELF_DECLARED qualification is REJECTED, with the reason (audited)" })
  rejectQualification(@Arg("id", () => ID) id: string, @Arg("note") note: string, @Ctx() ctx: Context) {
    return ctx.services.qualifications.decide(requireActor(ctx), id, note, false);
  }

  @Authorized(...COORDINATORS, Role.KEY_PERSON)
  @Mutation(() => ID, { description: "Coordinators any; the key person their own unverified ones. Answers the removed id." })
  async removeQualification(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return String(await ctx.services.qualifications.remove(requireActor(ctx), id));
  }
}

@Resolver(() => Qualification)
export class QualificationFieldResolver {
  @FieldResolver(() => QualificationType)
  async type(@Root() qualification: Qualification, @Ctx() ctx: Context): Promise<QualificationType> {
    return (await ctx.loaders.qualificationTypeByCode.load(qualification.typeCode)) as QualificationType;
  }

  @FieldResolver(() => String, { description: "The type's code" })
  code(@Root() qualification: Qualification): string {
    return qualification.typeCode;
  }

  @FieldResolver(() => ID)
  keyPersonId(@Root() qualification: Qualification): string {
    return String(qualification.keyPersonId);
  }

  @FieldResolver({ description: "VERIFIED and within its period today: it counts for matching now" })
  validToday(@Root() qualification: Qualification, @Ctx() ctx: Context): boolean {
    return validOn(qualification, amsterdam(ctx.clock.now()).date);
  }
}

@Resolver(() => KeyPerson)
export class KeyPersonQualificationResolver {
  @FieldResolver(() => [Qualification], {
    description: "Coordinators (in scope) and the key person see every qualification; others only the verified ones, without the note",
  })
  async qualifications(@Root() kp: KeyPerson, @Ctx() ctx: Context): Promise<Qualification[]> {
    if (!ctx.actor) return [];
    const all = await ctx.loaders.qualificationsByKeyPerson.load(kp.id);
    if (seesAllQualifications(ctx.actor, kp)) return all;
    return all.filter((q) => q.status === QualificationStatus.VERIFIED).map((q) => ({ ...q, verificationNote: null }));
  }
}

/** The qualification figures on the coordinators' dashboard (the dashboard itself is for coordinators only). */
@Resolver(() => OversightDashboard)
export class DashboardQualificationResolver {
  @FieldResolver(() => QualificationDashboard, { description: "Trained and untrained per region and language, what expires within 60 days (issue 17)" })
  qualifications(@Ctx() ctx: Context): Promise<QualificationDashboard> {
    return ctx.services.qualifications.dashboard(requireActor(ctx));
  }
}

@Resolver(() => ExpiringQualification)
export class ExpiringQualificationResolver {
  @FieldResolver(() => KeyPerson)
  async keyPerson(@Root() item: ExpiringQualification, @Ctx() ctx: Context): Promise<KeyPerson> {
    return (await ctx.loaders.keyPersonById.load(item.keyPersonId)) as KeyPerson;
  }

  @FieldResolver(() => Qualification)
  async qualification(@Root() item: ExpiringQualification, @Ctx() ctx: Context): Promise<Qualification> {
    return (await ctx.loaders.qualificationById.load(item.qualificationId)) as Qualification;
  }
}
