import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, ObjectType, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../context";
import { Role } from "../shared/enums";
import { PageArgs } from "../shared/pagination";
import { User } from "../users/user.entity";
import { AuditEntry } from "./audit.entity";
import { listAuditEntries } from "./audit.query";

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
    return listAuditEntries(ctx.services.audit, filter, page);
  }

  @FieldResolver(() => User, { nullable: true })
  actor(@Root() entry: AuditEntry, @Ctx() ctx: Context) {
    return entry.actorUserId === null ? null : ctx.loaders.userById.load(entry.actorUserId);
  }
}
