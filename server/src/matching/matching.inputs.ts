import { Field, Float, ID, InputType } from "type-graphql";
import { GeoPointInput } from "../registry/registry.inputs";
import { AssignmentStatus, BackgroundPreference, Funding, Gender, MatchRequestStatus } from "../shared/enums";
import { DateScalar } from "../shared/scalars";
import { AssignmentSortField, MatchRequestSortField, sortInput } from "../shared/sorting";

@InputType()
export class MatchRequestInput {
  @Field({ description: "The organisation's own pseudonym; never a name, date of birth, V-number or contact detail" }) caseReference!: string;
  @Field(() => GeoPointInput, { description: "The newcomer's current location" }) location!: GeoPointInput;
  @Field(() => [String], { description: "ISO 639-3; one of them suffices" }) languageCodes!: string[];
  @Field(() => [String], { nullable: true, description: "All required" }) expertiseCodes?: string[] | null;
  @Field(() => Gender, { nullable: true, description: "A preference: ranks higher, never excludes" }) preferredGender?: Gender | null;
  @Field(() => String, { nullable: true, description: "ISO 3166-1 alpha-2, only to apply backgroundPreference" }) newcomerOrigin?: string | null;
  @Field(() => BackgroundPreference, { nullable: true, description: "DIFFERENT excludes key persons of that origin; SAME ranks them higher" })
  backgroundPreference?: BackgroundPreference | null;
  @Field(() => Float) hoursPerWeek!: number;
  @Field(() => DateScalar, { nullable: true, description: "Default: today" }) startsOn?: string | null;
  @Field(() => Boolean, { nullable: true, description: "Default: false" }) remoteAcceptable?: boolean | null;
  @Field(() => Funding) funding!: Funding;
  @Field({ description: "The newcomer agreed to be referred; false is refused" }) newcomerConsent!: boolean;
  @Field(() => Boolean, { nullable: true, description: "When a proposal expires or is declined, propose the next candidate automatically (default false)" })
  autoEscalate?: boolean | null;
}

@InputType()
export class MatchRequestFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[] | null;
  @Field(() => MatchRequestStatus, { nullable: true }) status?: MatchRequestStatus | null;
  @Field(() => Boolean, { nullable: true, description: "Only requests without any candidate" }) unmet?: boolean | null;
  @Field(() => String, { nullable: true, description: "Case reference search" }) q?: string | null;
  @Field(() => [ID], { nullable: true, description: "Requests of any of these organisations (within what the caller may see)" })
  organisationIds?: string[] | null;
  @Field(() => [String], { nullable: true, description: "Requests whose newcomer is in any of these municipalities (CBS codes)" })
  municipalityCodes?: string[] | null;
  @Field(() => [String], { nullable: true, description: "Requests asking for any of these languages (ISO 639-3)" }) languageCodes?: string[] | null;
  @Field(() => DateScalar, { nullable: true, description: "Created on or after this day (Europe/Amsterdam)" }) createdFrom?: string | null;
  @Field(() => DateScalar, { nullable: true, description: "Created on or before this day (Europe/Amsterdam)" }) createdTo?: string | null;
}

export const MatchRequestSort = sortInput("MatchRequest", MatchRequestSortField);
export type MatchRequestSort = InstanceType<typeof MatchRequestSort>;

@InputType()
export class AssignmentFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[] | null;
  @Field(() => AssignmentStatus, { nullable: true }) status?: AssignmentStatus | null;
  @Field(() => ID, { nullable: true }) requestId?: string | null;
}

export const AssignmentSort = sortInput("Assignment", AssignmentSortField);
export type AssignmentSort = InstanceType<typeof AssignmentSort>;

@InputType()
export class LeaveInput {
  @Field(() => DateScalar) startsOn!: string;
  @Field(() => DateScalar) endsOn!: string;
}
