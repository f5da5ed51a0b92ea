import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { requireActor } from "../auth/auth-checker";
import { canManageKeyPerson, isCoordinator } from "../domain/access";
import type { Context } from "../context";
import { Organisation } from "../organisations/organisation.entity";
import { Municipality } from "../reference/reference.entity";
import { KeyPerson } from "../registry/registry.entity";
import { Role } from "../shared/enums";
import { PageArgs } from "../shared/pagination";
import { User, UserPage } from "./user.entity";
import { CreateUserInput, UserFilter, UserSort } from "./user.inputs";
import { isInvitationPending } from "./user.service";

@Resolver(() => User)
export class UserResolver {
  @Authorized(Role.COORDINATOR)
  @Query(() => User, { nullable: true })
  user(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.users.get(id);
  }

  @Authorized(Role.COORDINATOR)
  @Query(() => UserPage)
  users(
    @Arg("filter", () => UserFilter, { nullable: true }) filter: UserFilter | null,
    @Args() page: PageArgs,
    @Arg("sort", () => UserSort, { nullable: true }) sort: UserSort | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.users.list(filter, page, sort);
  }

  @Authorized(Role.COORDINATOR)
  @Mutation(() => User, { description: "Coordinator" })
  createUser(@Arg("input", () => CreateUserInput) input: CreateUserInput, @Ctx() ctx: Context) {
    return ctx.services.users.create(requireActor(ctx), input);
  }

  @Authorized(Role.COORDINATOR)
  @Mutation(() => User, { description: "Coordinator" })
  createOrganisationUser(
    @Arg("organisationId", () => ID) organisationId: string,
    @Arg("email") email: string,
    @Arg("password", () => String, {
      nullable: true,
      deprecationReason: "Leave it out: the new user gets an e-mailed invitation link and chooses their own password",
    })
    password: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.users.create(requireActor(ctx), { email, password, role: Role.ORGANISATION, organisationId });
  }

  @Authorized(Role.COORDINATOR, Role.REGIONAL_COORDINATOR)
  @Mutation(() => User, {
    description:
      "Coordinator (a regional coordinator: key persons of their region): e-mails a new invitation link to a user who has not chosen a password yet; earlier links stop working",
  })
  resendInvitation(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.users.resendInvitation(requireActor(ctx), id);
  }

  @FieldResolver(() => Boolean, { description: "Invited (or imported) but no password chosen yet: an invitation can be sent again" })
  invitationPending(@Root() user: User): boolean {
    return isInvitationPending(user);
  }

  @Authorized(Role.COORDINATOR, Role.REGIONAL_COORDINATOR)
  @Mutation(() => User, {
    description: "Coordinator (a regional coordinator: key persons of their region). The user can no longer log in; every session of theirs ends at once.",
  })
  deactivateUser(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.users.deactivate(requireActor(ctx), id);
  }

  @Authorized(Role.COORDINATOR, Role.REGIONAL_COORDINATOR)
  @Mutation(() => User, { description: "Coordinator (a regional coordinator: key persons of their region). The user may log in again with their password." })
  reactivateUser(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.users.reactivate(requireActor(ctx), id);
  }

  @Authorized()
  @Mutation(() => User, { description: "The language of one's own console and messages: nl or en" })
  setMyLocale(@Arg("locale") locale: string, @Ctx() ctx: Context) {
    return ctx.services.users.setLocale(requireActor(ctx), locale);
  }

  @FieldResolver(() => KeyPerson, { nullable: true })
  keyPerson(@Root() user: User, @Ctx() ctx: Context) {
    return user.keyPersonId === null ? null : ctx.loaders.keyPersonById.load(user.keyPersonId);
  }

  @FieldResolver(() => Organisation, { nullable: true })
  organisation(@Root() user: User, @Ctx() ctx: Context) {
    return user.organisationId === null ? null : ctx.loaders.organisationById.load(user.organisationId);
  }

  @FieldResolver(() => [Municipality], { description: "The region of a regional coordinator" })
  municipalities(@Root() user: User, @Ctx() ctx: Context): Municipality[] {
    return user.municipalityCodes.map((code) => ctx.reference.municipalities.get(code)!).filter(Boolean);
  }
}

/**
 * The account of a key person, for the coordinators who manage them (a regional
 * coordinator in their region): to see when they last logged in and to deactivate it.
 * Null for everyone else, the key person included (`me` is theirs).
 */
@Resolver(() => KeyPerson)
export class KeyPersonAccountResolver {
  @FieldResolver(() => User, { nullable: true, description: "Coordinators who manage this key person only; null otherwise" })
  account(@Root() keyPerson: KeyPerson, @Ctx() ctx: Context) {
    const actor = ctx.actor;
    if (!actor || !isCoordinator(actor) || !canManageKeyPerson(actor, keyPerson)) return null;
    return ctx.loaders.userByKeyPersonId.load(keyPerson.id);
  }
}
