import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { requireActor } from "../auth/auth-checker";
import type { Context } from "../context";
import { proqolLevel } from "../domain/proqol";
import { Role } from "../shared/enums";
import { ProqolForm, ProqolLevel, ProqolResponse, RecognitionStatement } from "./care.entity";
import { ProqolInput } from "./care.inputs";

const COORDINATORS = [Role.COORDINATOR, Role.REGIONAL_COORDINATOR];

@Resolver(() => ProqolResponse)
export class CareResolver {
  @Authorized(...COORDINATORS, Role.KEY_PERSON)
  @Query(() => ProqolForm, { description: "The ProQOL 5 self-check form (English, unchanged, with its owner's credit)" })
  proqolForm(@Ctx() ctx: Context): ProqolForm {
    return ctx.services.care.form();
  }

  @Authorized(Role.KEY_PERSON)
  @Mutation(() => ProqolResponse, {
    description: "The key person, about themself: an optional quarterly self-check; a HIGH secondary-traumatic-stress score sets wellbeing AMBER",
  })
  submitProqol(@Arg("input", () => ProqolInput) input: ProqolInput, @Ctx() ctx: Context) {
    return ctx.services.care.submit(requireActor(ctx), input);
  }

  @Authorized(...COORDINATORS, Role.KEY_PERSON)
  @Query(() => [ProqolResponse], { description: "A key person's self-checks, newest first: the key person and coordinators only; every read is audited" })
  async proqolResponses(@Arg("keyPersonId", () => ID) keyPersonId: string, @Arg("limit", () => Int, { defaultValue: 8 }) limit: number, @Ctx() ctx: Context) {
    const keyPerson = await ctx.services.registry.get(requireActor(ctx), keyPersonId);
    return ctx.services.care.responses(requireActor(ctx), keyPerson, limit);
  }

  @Authorized(...COORDINATORS, Role.KEY_PERSON)
  @Query(() => RecognitionStatement, {
    description: "The yearly recognition statement (PDF, nl or en): the key person for themself, coordinators for anyone they oversee; audited",
  })
  async recognitionStatement(
    @Arg("keyPersonId", () => ID) keyPersonId: string,
    @Arg("year", () => Int) year: number,
    @Arg("locale", () => String, { defaultValue: "nl" }) locale: string,
    @Ctx() ctx: Context,
  ) {
    const keyPerson = await ctx.services.registry.get(requireActor(ctx), keyPersonId);
    return ctx.services.care.statement(requireActor(ctx), keyPerson, year, locale);
  }

  @FieldResolver(() => ProqolLevel)
  compassionSatisfactionLevel(@Root() response: ProqolResponse): ProqolLevel {
    return proqolLevel(response.compassionSatisfaction) as ProqolLevel;
  }

  @FieldResolver(() => ProqolLevel)
  burnoutLevel(@Root() response: ProqolResponse): ProqolLevel {
    return proqolLevel(response.burnout) as ProqolLevel;
  }

  @FieldResolver(() => ProqolLevel)
  secondaryTraumaticStressLevel(@Root() response: ProqolResponse): ProqolLevel {
    return proqolLevel(response.secondaryTraumaticStress) as ProqolLevel;
  }
}
