import { Arg, Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../context";
import { Role } from "../shared/enums";
import { PageArgs } from "../shared/pagination";
import { User } from "../users/user.entity";
import { AuditEntry, AuditPage } from "./audit.entity";
import { AuditFilter } from "./audit.inputs";
import { listAuditEntries } from "./audit.query";

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Authorized(Role.COORDINATOR)
  @Query(() => AuditPage, { description: "The append-only log of changes and wellbeing reads, newest first" })
  async auditLog(
    @Arg("filter", () => AuditFilter, { nullable: true }) filter: AuditFilter | null,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<AuditPage> {
    return listAuditEntries(ctx.services.audit, filter, page);
  }

  @FieldResolver(() => User, { nullable: true })
  actor(@Root() entry: AuditEntry, @Ctx() ctx: Context) {
    return entry.actorUserId === null ? null : ctx.loaders.userById.load(entry.actorUserId);
  }
}
