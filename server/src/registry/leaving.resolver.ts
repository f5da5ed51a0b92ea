import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../context";
import { canSeePrivateFields } from "../domain/access";
import { LeavingReason } from "../shared/enums";
import { DateScalar } from "../shared/scalars";
import { KeyPerson } from "./registry.entity";

/** Why and since when a key person stopped (issue 20): private fields, as their wellbeing (coordinators and the key person). */
@Resolver(() => KeyPerson)
export class KeyPersonLeavingResolver {
  @FieldResolver(() => LeavingReason, { nullable: true, description: "Set while INACTIVE; coordinators and the key person only" })
  leavingReason(@Root() kp: KeyPerson, @Ctx() ctx: Context): LeavingReason | null {
    return ctx.actor && canSeePrivateFields(ctx.actor, kp) ? kp.leavingReason : null;
  }

  @FieldResolver(() => String, { nullable: true, description: "With the leaving reason; coordinators and the key person only" })
  leavingNote(@Root() kp: KeyPerson, @Ctx() ctx: Context): string | null {
    return ctx.actor && canSeePrivateFields(ctx.actor, kp) ? kp.leavingNote : null;
  }

  @FieldResolver(() => DateScalar, { nullable: true, description: "The day they became INACTIVE; coordinators and the key person only" })
  leftOn(@Root() kp: KeyPerson, @Ctx() ctx: Context): string | null {
    return ctx.actor && canSeePrivateFields(ctx.actor, kp) ? kp.leftOn : null;
  }
}
