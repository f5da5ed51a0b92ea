import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { requireActor } from "../auth/auth-checker";
import type { Context } from "../context";
import { Role } from "../shared/enums";
import { PageArgs } from "../shared/pagination";
import { User } from "../users/user.entity";
import { Notification, NotificationKind, NotificationPage, NotificationSettings } from "./notification.entity";
import { NotificationFilter, NotificationSort } from "./notification.inputs";

/** The token of a reset link lets its holder choose the password: coordinators reading the outbox do not get it. */
const redactResetLinks = (body: string) => body.replace(/(#\/reset-password\/)[\w-]+/g, "$1…");

@Resolver(() => Notification)
export class NotificationResolver {
  @Authorized(Role.COORDINATOR)
  @Query(() => NotificationPage, { description: "The outbox, newest first: every e-mail written, sent, failed or held" })
  notifications(
    @Arg("filter", () => NotificationFilter, { nullable: true }) filter: NotificationFilter | null,
    @Args() page: PageArgs,
    @Arg("sort", () => NotificationSort, { nullable: true }) sort: NotificationSort | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.notifications.list(filter, page, sort);
  }

  @Authorized(Role.COORDINATOR)
  @Mutation(() => Notification, { description: "Queue a failed (or held) message again; a sent one is never sent twice" })
  retryNotification(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.notifications.retry(requireActor(ctx), id);
  }

  @Authorized()
  @Query(() => NotificationSettings, { description: "One's own e-mail settings" })
  myNotificationSettings(@Ctx() ctx: Context) {
    return ctx.services.notifications.settings(requireActor(ctx));
  }

  @Authorized()
  @Mutation(() => NotificationSettings, { description: "Turn one's daily digests on or off; messages about one's own work and safety always come" })
  setDigestsEnabled(@Arg("enabled") enabled: boolean, @Ctx() ctx: Context) {
    return ctx.services.notifications.setDigestsEnabled(requireActor(ctx), enabled);
  }

  @FieldResolver(() => String, {
    description:
      "The plain-text body; a password-reset link is left out (it is for the recipient's mailbox only), and so is a message from the public map (empty: it is for the key person only)",
  })
  body(@Root() notification: Notification): string {
    if (notification.kind === NotificationKind.PUBLIC_MESSAGE) return "";
    return notification.kind === NotificationKind.PASSWORD_RESET ? redactResetLinks(notification.body) : notification.body;
  }

  @FieldResolver(() => User, { nullable: true, description: "Who it is for (null once erased)" })
  recipient(@Root() notification: Notification, @Ctx() ctx: Context) {
    return ctx.loaders.userById.load(notification.userId);
  }
}
