import { Field, Float, ID, InputType, Int } from "type-graphql";
import { GeoPointInput } from "../registry/registry.inputs";
import { AppointmentMode, AssignmentStatus, BackgroundPreference, Funding, Gender, MatchRequestStatus, RequestKind } from "../shared/enums";
import { DateScalar } from "../shared/scalars";

@InputType()
export class AppointmentInput {
  @Field(() => Date) startsAt!: Date;
  @Field(() => Date) endsAt!: Date;
  @Field(() => AppointmentMode, { description: "ON_SITE happens at the newcomer's location; PHONE and VIDEO are remote" }) mode!: AppointmentMode;
  @Field(() => String, { nullable: true, description: "Where or with whom, e.g. GP, COA interview (no names)" }) setting?: string | null;
  @Field(() => String, { nullable: true, description: "The key person's role, e.g. interpreter, cultural mediator, companion" }) role?: string | null;
}

@InputType()
export class ConsultInput {
  @Field() topic!: string;
  @Field(() => Float) hours!: number;
}

@InputType()
export class InformationSessionInput {
  @Field(() => Date) startsAt!: Date;
  @Field(() => Date) endsAt!: Date;
  @Field(() => Int) expectedParticipants!: number;
  @Field(() => [String], { nullable: true }) topics?: string[] | null;
}

@InputType()
export class AvailabilityWindowInput {
  @Field(() => Int, { description: "1 = Monday … 7 = Sunday (ISO)" }) weekday!: number;
  @Field({ description: '"09:00", Europe/Amsterdam' }) startTime!: string;
  @Field({ description: '"13:00"; "24:00" is the end of the day' }) endTime!: string;
}

@InputType()
export class MatchRequestInput {
  @Field(() => RequestKind, { nullable: true, defaultValue: RequestKind.CASE_SUPPORT, description: "What kind of work; each kind takes its own fields" })
  kind?: RequestKind | null;
  @Field({ description: "The organisation's own pseudonym; never a name, date of birth, V-number or contact detail" }) caseReference!: string;
  @Field(() => GeoPointInput, {
    nullable: true,
    description:
      "The newcomer's current location (where an on-site appointment or a session happens). Required except for CONSULT, where it is optional and only places the request in a region",
  })
  location?: GeoPointInput | null;
  @Field(() => [String], { description: "ISO 639-3; one of them suffices" }) languageCodes!: string[];
  @Field(() => [String], { nullable: true, description: "All required" }) expertiseCodes?: string[] | null;
  @Field(() => Gender, { nullable: true, description: "A preference: ranks higher, never excludes" }) preferredGender?: Gender | null;
  @Field(() => String, { nullable: true, description: "ISO 3166-1 alpha-2, only to apply backgroundPreference" }) newcomerOrigin?: string | null;
  @Field(() => BackgroundPreference, { nullable: true, description: "DIFFERENT excludes key persons of that origin; SAME ranks them higher" })
  backgroundPreference?: BackgroundPreference | null;
  @Field(() => Float, { nullable: true, description: "CASE_SUPPORT only (required there); other kinds take their hours from the slot or the consult" })
  hoursPerWeek?: number | null;
  @Field(() => DateScalar, { nullable: true, description: "Default: today. Not for dated kinds: their slot gives the date" }) startsOn?: string | null;
  @Field(() => Boolean, { nullable: true, description: "Default: false" }) remoteAcceptable?: boolean | null;
  @Field(() => Funding) funding!: Funding;
  @Field(() => Boolean, {
    nullable: true,
    description: "The newcomer agreed to be referred; false or absent is refused, except for a CONSULT (no newcomer in it)",
  })
  newcomerConsent?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: "When a proposal expires or is declined, propose the next candidate automatically (default false)" })
  autoEscalate?: boolean | null;
  @Field(() => AppointmentInput, { nullable: true, description: "APPOINTMENT only, and required there" }) appointment?: AppointmentInput | null;
  @Field(() => ConsultInput, { nullable: true, description: "CONSULT only, and required there" }) consult?: ConsultInput | null;
  @Field(() => InformationSessionInput, { nullable: true, description: "INFORMATION_SESSION only, and required there" })
  session?: InformationSessionInput | null;
  @Field(() => String, { nullable: true, description: "Any kind: a key person's dialect note of a requested language must name it" }) requiredDialect?:
    string | null;
  @Field(() => String, { nullable: true, description: "Any kind: a wish, ranks higher" }) preferredDialect?: string | null;
}

@InputType()
export class MatchRequestFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[] | null;
  @Field(() => MatchRequestStatus, { nullable: true }) status?: MatchRequestStatus | null;
  @Field(() => Boolean, { nullable: true, description: "Only requests without any candidate" }) unmet?: boolean | null;
  @Field(() => String, { nullable: true, description: "Case reference search" }) q?: string | null;
  @Field(() => RequestKind, { nullable: true, description: "Only requests of this kind" }) kind?: RequestKind | null;
}

@InputType()
export class AssignmentFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[] | null;
  @Field(() => AssignmentStatus, { nullable: true }) status?: AssignmentStatus | null;
  @Field(() => ID, { nullable: true }) requestId?: string | null;
}

@InputType()
export class LeaveInput {
  @Field(() => DateScalar) startsOn!: string;
  @Field(() => DateScalar) endsOn!: string;
}
