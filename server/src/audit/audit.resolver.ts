import { Arg, Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../context";
import { Role } from "../shared/enums";
import { PageArgs } from "../shared/pagination";
import { User } from "../users/user.entity";
import { AuditEntry, AuditPage } from "./audit.entity";
import { AuditFilter, AuditSort } from "./audit.inputs";
import { listAuditEntries } from "./audit.query";

/** The record's numeric id, if it has one. */
const recordId = (entry: AuditEntry): number | null => (entry.entityId && /^\d{1,9}$/.test(entry.entityId) ? Number(entry.entityId) : null);

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Authorized(Role.COORDINATOR)
  @Query(() => AuditPage, { description: "The append-only log of changes and wellbeing reads, newest first" })
  async auditLog(
    @Arg("filter", () => AuditFilter, { nullable: true }) filter: AuditFilter | null,
    @Args() page: PageArgs,
    @Arg("sort", () => AuditSort, { nullable: true }) sort: AuditSort | null,
    @Ctx() ctx: Context,
  ): Promise<AuditPage> {
    return listAuditEntries(ctx.services.audit, filter, page, sort);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "Who acted, as people know them: a key person's display name, else the account's e-mail; null for the system or a removed account",
  })
  async actorName(@Root() entry: AuditEntry, @Ctx() ctx: Context): Promise<string | null> {
    if (entry.actorUserId === null) return null;
    const user = await ctx.loaders.userById.load(entry.actorUserId);
    if (!user) return null;
    const keyPerson = user.keyPersonId === null ? null : await ctx.loaders.keyPersonById.load(user.keyPersonId);
    return keyPerson && !keyPerson.erasedAt ? keyPerson.displayName : user.email;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "The record's name (key person, organisation, account); null when it has none, is gone, or was erased (see entityErased)",
  })
  async entityName(@Root() entry: AuditEntry, @Ctx() ctx: Context): Promise<string | null> {
    const id = recordId(entry);
    if (id === null) return null;
    if (entry.entityType === "KeyPerson") {
      const keyPerson = await ctx.loaders.keyPersonById.load(id);
      return keyPerson && !keyPerson.erasedAt ? keyPerson.displayName : null;
    }
    if (entry.entityType === "Organisation") return (await ctx.loaders.organisationById.load(id))?.name ?? null;
    if (entry.entityType === "User") return (await this.actorName({ ...entry, actorUserId: id } as AuditEntry, ctx)) ?? null;
    return null;
  }

  @FieldResolver(() => Boolean, { description: "The record is a key person who asked to be erased: their name is no longer held" })
  async entityErased(@Root() entry: AuditEntry, @Ctx() ctx: Context): Promise<boolean> {
    const id = recordId(entry);
    if (id === null || entry.entityType !== "KeyPerson") return false;
    return Boolean((await ctx.loaders.keyPersonById.load(id))?.erasedAt);
  }

  @FieldResolver(() => User, { nullable: true })
  actor(@Root() entry: AuditEntry, @Ctx() ctx: Context) {
    return entry.actorUserId === null ? null : ctx.loaders.userById.load(entry.actorUserId);
  }
}
