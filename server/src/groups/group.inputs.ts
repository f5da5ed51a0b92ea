import { Field, ID, InputType, Int } from "type-graphql";
import { GeoPointInput } from "../registry/registry.inputs";
import { GroupActivityKind } from "../shared/enums";
import { DateScalar } from "../shared/scalars";

@InputType()
export class GroupActivityInput {
  @Field(() => GroupActivityKind) kind!: GroupActivityKind;
  @Field() title!: string;
  @Field(() => Date) startsAt!: Date;
  @Field(() => Date) endsAt!: Date;
  @Field(() => Int) capacity!: number;
  @Field(() => GeoPointInput, { nullable: true, description: "Where it takes place; a location, an onlineUrl, or both" })
  location?: GeoPointInput | null;
  @Field(() => String, { nullable: true }) onlineUrl?: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      "An RFC 5545 RRULE without DTSTART (e.g. FREQ=WEEKLY;INTERVAL=2;COUNT=6), counted from startsAt in Europe/Amsterdam; each occurrence becomes an activity",
  })
  recurrence?: string | null;
  @Field(() => String, { nullable: true, description: "TRAINING only: the qualification type attending grants, verified" })
  qualificationCode?: string | null;
}

@InputType({ description: "Whom to invite: key persons in scope matching every filter given (at least one)" })
export class GroupInviteInput {
  @Field(() => [String], { nullable: true, description: "Living in one of these municipalities (CBS codes)" }) municipalityCodes?: string[] | null;
  @Field(() => [String], { nullable: true, description: "Living in one of these provinces (codes, e.g. PV27)" }) provinceCodes?: string[] | null;
  @Field(() => [String], { nullable: true, description: "Speaking one of these languages" }) languageCodes?: string[] | null;
  @Field(() => [String], { nullable: true, description: "With one of these expertise areas" }) expertiseCodes?: string[] | null;
  @Field(() => [ID], { nullable: true, description: "These key persons (also within the scope and the other filters)" }) keyPersonIds?: string[] | null;
  @Field({ defaultValue: false, description: "Also every later occurrence of the series that has not begun" }) wholeSeries!: boolean;
}

@InputType()
export class GroupActivityFilter {
  @Field(() => GroupActivityKind, { nullable: true }) kind?: GroupActivityKind | null;
  @Field({ nullable: true, description: "true: not yet ended; false: ended" }) upcoming?: boolean;
  @Field({ nullable: true, defaultValue: false }) includeCancelled?: boolean;
}

@InputType()
export class AffiliationInput {
  @Field(() => ID) keyPersonId!: string;
  @Field(() => ID) organisationId!: string;
  @Field(() => DateScalar) startsOn!: string;
  @Field(() => DateScalar, { nullable: true }) endsOn?: string | null;
  @Field() responsibleForSupervision!: boolean;
}
