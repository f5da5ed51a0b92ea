import { Field, ID, InputType, registerEnumType } from "type-graphql";
import { ReferralAction, ReferralDeclineReason, ReferralState } from "../domain/referrals";

/** Which referrals an organisation looks at: those it made, or those its services received. */
export enum ReferralDirection {
  OUTGOING = "OUTGOING",
  INCOMING = "INCOMING",
}
registerEnumType(ReferralDirection, { name: "ReferralDirection" });

@InputType({ description: "Refer the newcomer of an ACTIVE assignment to a care service, with the newcomer's consent" })
export class ReferralInput {
  @Field(() => ID) assignmentId!: string;
  @Field(() => ID) careServiceId!: string;
  @Field({ description: "Expertise code: what the referral is about" }) topic!: string;
  @Field(() => String, { nullable: true, description: "ISO 639-3: the language the newcomer needs" }) languageCode?: string | null;
  @Field({ description: "The newcomer agreed to this referral and to what is shared" }) consentGiven!: boolean;
  @Field() sharesMunicipality!: boolean;
  @Field() sharesLanguage!: boolean;
  @Field() sharesTopic!: boolean;
  @Field(() => String, { nullable: true, description: "One short line, no identifiers (at most 200 characters)" }) note?: string | null;
}

@InputType({ description: "Re-route a referral flagged after a move: refer to a service at the new place and close the old one" })
export class RerouteReferralInput {
  @Field(() => ID) careServiceId!: string;
  @Field({ description: "The newcomer agreed to the new referral and to what is shared" }) consentGiven!: boolean;
  @Field() sharesMunicipality!: boolean;
  @Field() sharesLanguage!: boolean;
  @Field() sharesTopic!: boolean;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType({ description: "One side acts on a referral: the service's organisation answers, the referrer withdraws" })
export class ReferralActionInput {
  @Field(() => ID) id!: string;
  @Field(() => ReferralAction) action!: ReferralAction;
  @Field(() => ReferralDeclineReason, { nullable: true, description: "Required with DECLINE" }) declineReason?: ReferralDeclineReason | null;
  @Field(() => String, { nullable: true, description: "One short line, no identifiers (at most 200 characters)" }) note?: string | null;
}

@InputType()
export class ReferralFilter {
  @Field(() => ReferralDirection, { nullable: true, description: "Organisations: made (OUTGOING) or received (INCOMING); both when left out" })
  direction?: ReferralDirection | null;
  @Field(() => ReferralState, { nullable: true }) state?: ReferralState | null;
  @Field(() => Boolean, { nullable: true, description: "Only those open and flagged after a move" }) needsRerouting?: boolean | null;
  @Field(() => ID, { nullable: true }) assignmentId?: string | null;
  @Field(() => ID, { nullable: true }) requestId?: string | null;
}

@InputType()
export class ReferralServiceFilter {
  @Field(() => String, { nullable: true, description: "Only services offering this expertise code" }) topic?: string | null;
  @Field(() => String, { nullable: true, description: "Only services offering this language (ISO 639-3) or interpreters" }) languageCode?: string | null;
}
