import { NotificationSortField, sortInput } from "../shared/sorting";
import { Field, ID, InputType } from "type-graphql";
import { NotificationKind, NotificationStatus } from "./notification.entity";

@InputType()
export class NotificationFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[] | null;
  @Field(() => NotificationStatus, { nullable: true, description: "FAILED: what could not be delivered; HELD: kept because no SMTP server is configured" })
  status?: NotificationStatus | null;
  @Field(() => NotificationKind, { nullable: true }) kind?: NotificationKind | null;
  @Field(() => ID, { nullable: true, description: "The recipient" }) userId?: string | null;
  @Field(() => Boolean, { nullable: true, description: "true: only messages to users whose address bounced" }) bounced?: boolean | null;
}

export const NotificationSort = sortInput("Notification", NotificationSortField);
export type NotificationSort = InstanceType<typeof NotificationSort>;
