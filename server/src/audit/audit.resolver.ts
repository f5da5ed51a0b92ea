import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, ObjectType, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../context";
import { Role } from "../shared/enums";
import { BadUserInput } from "../shared/errors";
import { pageWindow, PageArgs } from "../shared/pagination";
import { User } from "../users/user.entity";
import { AuditEntry } from "./audit.entity";

@InputType()
export class AuditFilter {
  @Field(() => String, { nullable: true, description: "e.g. readWellbeing, updateKeyPerson" }) action?: string | null;
  @Field(() => String, { nullable: true, description: "e.g. KeyPerson, Assignment" }) entityType?: string | null;
  @Field(() => ID, { nullable: true }) entityId?: string | null;
  @Field(() => ID, { nullable: true }) actorUserId?: string | null;
  @Field(() => Date, { nullable: true }) from?: Date | null;
  @Field(() => Date, { nullable: true }) to?: Date | null;
}

@ObjectType()
export class AuditPage {
  @Field(() => [AuditEntry]) items!: AuditEntry[];
  @Field(() => Int) total!: number;
}

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Authorized(Role.COORDINATOR)
  @Query(() => AuditPage, { description: "The append-only log of changes and wellbeing reads, newest first" })
  async auditLog(@Arg("filter", () => AuditFilter, { nullable: true }) filter: AuditFilter | null, @Args() page: PageArgs, @Ctx() ctx: Context): Promise<AuditPage> {
    const query = ctx.services.audit.createQueryBuilder("a");
    if (filter?.action) query.andWhere("a.action = :action", { action: filter.action });
    if (filter?.entityType) query.andWhere("a.entity_type = :type", { type: filter.entityType });
    if (filter?.entityId) query.andWhere("a.entity_id = :entity", { entity: filter.entityId });
    if (filter?.actorUserId) {
      // Ignoring an id that names nobody would answer with the whole log, as if unfiltered.
      if (!/^\d{1,9}$/.test(filter.actorUserId)) throw new BadUserInput(`"${filter.actorUserId.slice(0, 40)}" is not a user id: give the number of a user`, "actorUserId");
      query.andWhere("a.actor_user_id = :actor", { actor: Number(filter.actorUserId) });
    }
    if (filter?.from) query.andWhere("a.at >= :from", { from: filter.from });
    if (filter?.to) query.andWhere("a.at < :to", { to: filter.to });
    const { skip, take } = pageWindow(page);
    const [items, total] = await query.orderBy("a.id", "DESC").skip(skip).take(take).getManyAndCount();
    return { items, total };
  }

  @FieldResolver(() => User, { nullable: true })
  actor(@Root() entry: AuditEntry, @Ctx() ctx: Context) {
    return entry.actorUserId === null ? null : ctx.loaders.userById.load(entry.actorUserId);
  }
}
