import { ArgsType, Field, ID, InputType } from "type-graphql";
import { TransferDeclineReason, TransferState } from "../shared/enums";

@InputType({ description: "Hand a request to an organisation near the newcomer's new place" })
export class ProposeTransferInput {
  @Field(() => ID) requestId!: string;
  @Field(() => ID) toOrganisationId!: string;
  @Field({ description: "The newcomer consents to the transfer; the proposer is recorded as who recorded it, now as when" })
  consent!: boolean;
}

@InputType()
export class DeclineTransferInput {
  @Field(() => TransferDeclineReason) reason!: TransferDeclineReason;
  @Field(() => String, { nullable: true, description: "Optional, at most 500 characters; never who the newcomer is" }) note?: string | null;
}

@InputType()
export class TransferFilter {
  @Field({ nullable: true, description: "Only transfers offered to my organisation (organisations)" }) incoming?: boolean;
  @Field({ nullable: true, description: "Only transfers my organisation proposed (organisations)" }) outgoing?: boolean;
  @Field(() => TransferState, { nullable: true }) state?: TransferState | null;
  @Field(() => ID, { nullable: true }) requestId?: string | null;
}

@ArgsType()
export class TransferTargetsArgs {
  @Field(() => ID) requestId!: string;
}
