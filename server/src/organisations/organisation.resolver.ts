import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { requireActor } from "../auth/auth-checker";
import type { Context } from "../context";
import { OrganisationPublicEntry } from "../public-map/public-map.entity";
import { Municipality } from "../reference/reference.entity";
import { Role } from "../shared/enums";
import { PageArgs } from "../shared/pagination";
import { Organisation, OrganisationPage } from "./organisation.entity";
import { OrganisationFilter, OrganisationInput, OrganisationSort } from "./organisation.inputs";

@Resolver(() => Organisation)
export class OrganisationResolver {
  @Authorized()
  @Query(() => Organisation, { nullable: true })
  organisation(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.organisations.get(requireActor(ctx), id);
  }

  @Authorized()
  @Query(() => OrganisationPage, { description: "Coordinators: all; organisation staff: their own" })
  organisations(
    @Arg("filter", () => OrganisationFilter, { nullable: true }) filter: OrganisationFilter | null,
    @Args() page: PageArgs,
    @Arg("sort", () => OrganisationSort, { nullable: true }) sort: OrganisationSort | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.organisations.list(requireActor(ctx), filter, page, sort);
  }

  @Authorized(Role.COORDINATOR)
  @Mutation(() => Organisation, { description: "Coordinator" })
  createOrganisation(@Arg("input", () => OrganisationInput) input: OrganisationInput, @Ctx() ctx: Context) {
    return ctx.services.organisations.create(requireActor(ctx), input);
  }

  @Authorized(Role.COORDINATOR)
  @Mutation(() => Organisation, { description: "Coordinator" })
  updateOrganisation(@Arg("id", () => ID) id: string, @Arg("input", () => OrganisationInput) input: OrganisationInput, @Ctx() ctx: Context) {
    return ctx.services.organisations.update(requireActor(ctx), id, input);
  }

  @FieldResolver(() => OrganisationPublicEntry, {
    nullable: true,
    description: "Its entry on the public social map (public anyway); null: not on the map",
  })
  async publicEntry(@Root() organisation: Organisation, @Ctx() ctx: Context): Promise<OrganisationPublicEntry | null> {
    return (await ctx.loaders.publicEntryByOrganisation.load(organisation.id)) ?? null;
  }

  @FieldResolver(() => Municipality, { nullable: true })
  municipality(@Root() organisation: Organisation, @Ctx() ctx: Context): Municipality | null {
    return organisation.municipalityCode ? (ctx.reference.municipalities.get(organisation.municipalityCode) ?? null) : null;
  }
}
