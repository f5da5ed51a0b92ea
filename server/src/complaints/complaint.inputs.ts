import { Field, ID, InputType } from "type-graphql";
import { ComplaintDecision, ComplaintKind, ComplaintState, LocationSignalCategory, OrganisationFlagKind } from "../shared/enums";

@InputType()
export class FileComplaintInput {
  @Field(() => ID) assignmentId!: string;
  @Field(() => ComplaintKind) kind!: ComplaintKind;
  @Field({ description: "What happened, at most 2000 characters; nothing that identifies the newcomer" }) description!: string;
}

@InputType()
export class DecideComplaintInput {
  @Field(() => ComplaintDecision) decision!: ComplaintDecision;
  @Field({ description: "Why: read by the organisation and the key person" }) note!: string;
}

@InputType()
export class ComplaintFilter {
  @Field(() => ComplaintState, { nullable: true }) state?: ComplaintState | null;
  @Field(() => ID, { nullable: true }) assignmentId?: string | null;
}

@InputType()
export class FlagOrganisationInput {
  @Field(() => ID) organisationId!: string;
  @Field(() => OrganisationFlagKind) kind!: OrganisationFlagKind;
  @Field(() => String, { nullable: true, description: "At most 1000 characters" }) note?: string | null;
}

@InputType({ description: "An anonymous signal about a reception location: no names, no dates beyond the month" })
export class LocationSignalInput {
  @Field(() => LocationSignalCategory) category!: LocationSignalCategory;
  @Field({ description: "CBS code of the municipality the location is in" }) municipalityCode!: string;
  @Field({ description: "YYYY-MM: the month it is about, within the last 12" }) month!: string;
}
