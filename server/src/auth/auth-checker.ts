import type { AuthChecker } from "type-graphql";
import type { Context } from "../context";
import { Forbidden, Unauthenticated } from "../shared/errors";

/** `@Authorized()` needs a login; `@Authorized(roles)` needs one of those roles. */
export const authChecker: AuthChecker<Context> = ({ context }, roles) => {
  if (!context.actor) throw new Unauthenticated();
  if (roles.length > 0 && !roles.includes(context.actor.role)) {
    throw new Forbidden(`Only ${roles.join(" or ").toLowerCase().replace(/_/g, " ")} accounts may do this`);
  }
  return true;
};

export function requireActor(context: Context) {
  if (!context.actor) throw new Unauthenticated();
  return context.actor;
}
