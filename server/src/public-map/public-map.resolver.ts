import { Arg, Args, Authorized, Ctx, Float, ID, Mutation, Query, Resolver } from "type-graphql";
import { requireActor } from "../auth/auth-checker";
import type { Context } from "../context";
import { GeoPointInput } from "../registry/registry.inputs";
import { Role } from "../shared/enums";
import { PageArgs } from "../shared/pagination";
import {
  PublicCareServicePage,
  PublicKeyPersonPage,
  PublicLanguageCount,
  PublicMessageForm,
  PublicMunicipalityCount,
  PublicOrganisationPage,
} from "./public-map.entity";
import { OrganisationPublicEntryInput, PublicMessageInput } from "./public-map.inputs";

/** The public map: no login; consenting key persons only, consented fields only. */
@Resolver()
export class PublicMapResolver {
  @Query(() => PublicKeyPersonPage)
  publicKeyPersons(
    @Arg("languageCodes", () => [String], { nullable: true }) languageCodes: string[] | null,
    @Arg("expertiseCodes", () => [String], { nullable: true }) expertiseCodes: string[] | null,
    @Arg("near", () => GeoPointInput, { nullable: true }) near: GeoPointInput | null,
    @Arg("withinKm", () => Float, { nullable: true, description: "From the municipality's centroid to `near`" }) withinKm: number | null,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.publicMap.keyPersons({ languageCodes, expertiseCodes, near, withinKm }, page);
  }

  @Query(() => [PublicMunicipalityCount], { description: "For the map: listed key persons and organisations per municipality" })
  publicMunicipalityCounts(
    @Arg("languageCodes", () => [String], { nullable: true }) languageCodes: string[] | null,
    @Arg("expertiseCodes", () => [String], { nullable: true }) expertiseCodes: string[] | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.publicMap.municipalityCounts({ languageCodes, expertiseCodes });
  }

  @Query(() => PublicOrganisationPage, { description: "Organisations on the social map" })
  publicOrganisations(
    @Arg("near", () => GeoPointInput, { nullable: true }) near: GeoPointInput | null,
    @Arg("withinKm", () => Float, { nullable: true }) withinKm: number | null,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.publicMap.organisations({ near, withinKm }, page);
  }

  @Query(() => PublicCareServicePage, {
    description:
      "Public, active care services (issue 18): offered in one of languageCodes or with interpreters, helping with every one of expertiseCodes, serving a municipality within withinKm of near (or nationwide)",
  })
  publicServices(
    @Arg("languageCodes", () => [String], { nullable: true }) languageCodes: string[] | null,
    @Arg("expertiseCodes", () => [String], { nullable: true }) expertiseCodes: string[] | null,
    @Arg("near", () => GeoPointInput, { nullable: true }) near: GeoPointInput | null,
    @Arg("withinKm", () => Float, { nullable: true }) withinKm: number | null,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.publicMap.services({ languageCodes, expertiseCodes, near, withinKm }, page);
  }

  @Authorized(Role.ORGANISATION, Role.COORDINATOR)
  @Mutation(() => Boolean, { description: "The organisation itself or the coordinator: show it on the public map (listed: false removes it)" })
  setOrganisationPublicEntry(
    @Arg("organisationId", () => ID) organisationId: string,
    @Arg("input", () => OrganisationPublicEntryInput) input: OrganisationPublicEntryInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.publicMap.setOrganisationEntry(requireActor(ctx), organisationId, input);
  }

  @Query(() => [PublicLanguageCount], { description: "Per language: listed key persons who show they speak it" })
  publicLanguageCounts(@Ctx() ctx: Context) {
    return ctx.services.publicMap.languageCounts();
  }

  // ---- messages through the map (issue 19) ----------------------------------------------------

  @Query(() => PublicMessageForm, { description: "Open a message form: a signed, dated token that sendPublicMessage needs" })
  publicMessageForm(@Ctx() ctx: Context) {
    return ctx.services.publicMessages.form();
  }

  @Mutation(() => Boolean, {
    description: "No login: a message to a listed key person who takes messages, delivered through the outbox; answers true, and nothing about the key person",
  })
  sendPublicMessage(@Arg("input", () => PublicMessageInput) input: PublicMessageInput, @Ctx() ctx: Context) {
    return ctx.services.publicMessages.send(input, ctx.clientIp);
  }
}
