import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { requireActor } from "../auth/auth-checker";
import type { Context } from "../context";
import { isServiceStale } from "../domain/care-services";
import { Organisation } from "../organisations/organisation.entity";
import { Language, Municipality } from "../reference/reference.entity";
import { Role } from "../shared/enums";
import { PageArgs } from "../shared/pagination";
import { CareService, CareServiceLocation, CareServicePage, CareServicePhone, CareServiceSchedule, OrganisationContact } from "./care-service.entity";
import { CareServiceFilter, CareServiceInput, ConfirmCareServiceInput, OrganisationContactInput } from "./care-service.inputs";

const EDITORS = [Role.COORDINATOR, Role.REGIONAL_COORDINATOR, Role.ORGANISATION];

@Resolver(() => CareService)
export class CareServiceResolver {
  @Authorized()
  @Query(() => CareService, { nullable: true, description: "Every signed-in person reads the service directory" })
  careService(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.careServices.get(requireActor(ctx), id);
  }

  @Authorized()
  @Query(() => CareServicePage, { description: "The service directory; archived (DEFUNCT) services only when asked by status" })
  careServices(@Arg("filter", () => CareServiceFilter, { nullable: true }) filter: CareServiceFilter | null, @Args() page: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.careServices.list(requireActor(ctx), filter, page);
  }

  @Authorized(Role.COORDINATOR, Role.REGIONAL_COORDINATOR)
  @Query(() => [CareService], { description: "Coordinators' action list: services in scope not assured for 180 days, oldest first (at most 50)" })
  staleCareServices(@Ctx() ctx: Context) {
    return ctx.services.careServices.staleForCoordinator(requireActor(ctx));
  }

  @Authorized(...EDITORS)
  @Mutation(() => CareService, { description: "Organisations (their own), municipal editors (in their municipality), coordinators (in scope)" })
  createCareService(@Arg("input", () => CareServiceInput) input: CareServiceInput, @Ctx() ctx: Context) {
    return ctx.services.careServices.create(requireActor(ctx), input);
  }

  @Authorized(...EDITORS)
  @Mutation(() => CareService, { description: "Replaces the service's fields and lists" })
  updateCareService(@Arg("id", () => ID) id: string, @Arg("input", () => CareServiceInput) input: CareServiceInput, @Ctx() ctx: Context) {
    return ctx.services.careServices.update(requireActor(ctx), id, input);
  }

  @Authorized(...EDITORS)
  @Mutation(() => CareService, { description: "Sets the status DEFUNCT: out of the lists, the map and the open data" })
  archiveCareService(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.careServices.archive(requireActor(ctx), id);
  }

  @Authorized(...EDITORS)
  @Mutation(() => CareService, { description: "The data was checked: sets the assured date (today unless given); stale again after 180 days" })
  confirmCareService(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => ConfirmCareServiceInput, { nullable: true }) input: ConfirmCareServiceInput | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.careServices.confirm(requireActor(ctx), id, input);
  }

  @FieldResolver(() => Organisation)
  async organisation(@Root() service: CareService, @Ctx() ctx: Context): Promise<Organisation | null> {
    return ctx.loaders.organisationById.load(service.organisationId);
  }

  @FieldResolver(() => [Municipality], { description: "Service areas (HSDS service_area)" })
  async municipalities(@Root() service: CareService, @Ctx() ctx: Context): Promise<Municipality[]> {
    const areas = await ctx.loaders.areasByCareService.load(service.id);
    return areas.flatMap((a) => ctx.reference.municipalities.get(a.municipalityCode) ?? []);
  }

  @FieldResolver(() => [Language], { description: "Languages offered (HSDS language, ISO 639-3)" })
  async languages(@Root() service: CareService, @Ctx() ctx: Context): Promise<Language[]> {
    const rows = await ctx.loaders.languagesByCareService.load(service.id);
    return rows.flatMap((l) => ctx.reference.languages.get(l.languageCode) ?? []);
  }

  @FieldResolver(() => [CareServicePhone])
  phones(@Root() service: CareService, @Ctx() ctx: Context) {
    return ctx.loaders.phonesByCareService.load(service.id);
  }

  @FieldResolver(() => [CareServiceSchedule], { description: "Opening hours, by weekday" })
  schedules(@Root() service: CareService, @Ctx() ctx: Context) {
    return ctx.loaders.schedulesByCareService.load(service.id);
  }

  @FieldResolver(() => [CareServiceLocation])
  locations(@Root() service: CareService, @Ctx() ctx: Context) {
    return ctx.loaders.locationsByCareService.load(service.id);
  }

  @FieldResolver(() => Boolean, { description: "Not assured for 180 days, or never (like a key person's profile)" })
  stale(@Root() service: CareService, @Ctx() ctx: Context): boolean {
    return isServiceStale(service.assuredOn, ctx.clock.now());
  }

  @FieldResolver(() => Boolean, { description: "Whether the signed-in person may edit and confirm it" })
  canEdit(@Root() service: CareService, @Ctx() ctx: Context): Promise<boolean> {
    return ctx.services.careServices.mayEdit(requireActor(ctx), service);
  }
}

@Resolver(() => Organisation)
export class OrganisationContactsResolver {
  @Authorized()
  @Query(() => [OrganisationContact], {
    description: "An organisation's named contact points: its staff, coordinators, and a key person who supports one of its cases now (refused otherwise)",
  })
  organisationContacts(@Arg("organisationId", () => ID) organisationId: string, @Ctx() ctx: Context) {
    return ctx.services.careServices.contacts(requireActor(ctx), organisationId);
  }

  @Authorized(Role.COORDINATOR, Role.ORGANISATION)
  @Mutation(() => OrganisationContact, { description: "The organisation's staff (their own) or the national coordinator" })
  createOrganisationContact(
    @Arg("organisationId", () => ID) organisationId: string,
    @Arg("input", () => OrganisationContactInput) input: OrganisationContactInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.careServices.createContact(requireActor(ctx), organisationId, input);
  }

  @Authorized(Role.COORDINATOR, Role.ORGANISATION)
  @Mutation(() => OrganisationContact)
  updateOrganisationContact(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => OrganisationContactInput) input: OrganisationContactInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.careServices.updateContact(requireActor(ctx), id, input);
  }

  @Authorized(Role.COORDINATOR, Role.ORGANISATION)
  @Mutation(() => Boolean)
  removeOrganisationContact(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.careServices.removeContact(requireActor(ctx), id);
  }

  @FieldResolver(() => [OrganisationContact], { description: "Named contact points; empty for whoever may not see them" })
  async contacts(@Root() organisation: Organisation, @Ctx() ctx: Context): Promise<OrganisationContact[]> {
    if (!(await ctx.services.careServices.maySeeContacts(requireActor(ctx), organisation.id))) return [];
    return ctx.loaders.contactsByOrganisation.load(organisation.id);
  }
}
