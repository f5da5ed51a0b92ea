import { Field, Float, ID, InputType, Int } from "type-graphql";
import { CareServiceStatus, ResidenceStatus } from "../shared/enums";
import { DateScalar } from "../shared/scalars";

@InputType({ description: "A phone number (HSDS phone)" })
export class CareServicePhoneInput {
  @Field() number!: string;
  @Field(() => String, { nullable: true }) description?: string | null;
}

@InputType({ description: "Opening hours on one weekday (HSDS schedule, freq WEEKLY)" })
export class CareServiceScheduleInput {
  @Field(() => Int, { description: "ISO weekday: 1 Monday … 7 Sunday" }) weekday!: number;
  @Field({ description: "HH:MM" }) opensAt!: string;
  @Field({ description: "HH:MM" }) closesAt!: string;
  @Field(() => String, { nullable: true }) notes?: string | null;
}

@InputType({ description: "A place where the service is given (HSDS location)" })
export class CareServiceLocationInput {
  @Field(() => ID, { nullable: true, description: "An existing location of this service, kept (its HSDS ids stay the same)" }) id?: string | null;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field() address!: string;
  @Field() postalCode!: string;
  @Field() city!: string;
  @Field({ description: "CBS code, e.g. GM0363" }) municipalityCode!: string;
  @Field(() => Float, { nullable: true }) lat?: number | null;
  @Field(() => Float, { nullable: true }) lon?: number | null;
}

@InputType({ description: "A care service; lists replace what the service had" })
export class CareServiceInput {
  @Field(() => ID, { description: "The organisation that gives the service (organisation staff: their own, unless a municipality's staff)" })
  organisationId!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => String, { nullable: true }) url?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => CareServiceStatus, { nullable: true, defaultValue: CareServiceStatus.ACTIVE }) status?: CareServiceStatus | null;
  @Field(() => [String], { defaultValue: [], description: "Expertise codes" }) topics!: string[];
  @Field({ defaultValue: false }) interpretersAvailable!: boolean;
  @Field(() => [ResidenceStatus], { defaultValue: [] }) residenceEligibility!: ResidenceStatus[];
  @Field(() => String, { nullable: true }) eligibilityDescription?: string | null;
  @Field(() => String, { nullable: true, description: "What happens after contact" }) applicationProcess?: string | null;
  @Field(() => String, { nullable: true, description: "Costs" }) feesDescription?: string | null;
  @Field({ defaultValue: false }) anonymousLine!: boolean;
  @Field({ defaultValue: false }) nationwide!: boolean;
  @Field({ defaultValue: true }) isPublic!: boolean;
  @Field(() => [String], { defaultValue: [], description: "Service areas: CBS municipality codes" }) municipalityCodes!: string[];
  @Field(() => [String], { defaultValue: [], description: "ISO 639-3 codes" }) languageCodes!: string[];
  @Field(() => [CareServicePhoneInput], { defaultValue: [] }) phones!: CareServicePhoneInput[];
  @Field(() => [CareServiceScheduleInput], { defaultValue: [] }) schedules!: CareServiceScheduleInput[];
  @Field(() => [CareServiceLocationInput], { defaultValue: [] }) locations!: CareServiceLocationInput[];
}

@InputType()
export class CareServiceFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[] | null;
  @Field(() => String, { nullable: true, description: "Searches the name and the description" }) q?: string | null;
  @Field(() => String, { nullable: true, description: "Serves this municipality (its areas, its locations, or nationwide)" }) municipalityCode?: string | null;
  @Field(() => String, { nullable: true, description: "Offered in this language (ISO 639-3)" }) languageCode?: string | null;
  @Field(() => String, { nullable: true, description: "An expertise code among its topics" }) topic?: string | null;
  @Field(() => ID, { nullable: true }) organisationId?: string | null;
  @Field(() => CareServiceStatus, { nullable: true }) status?: CareServiceStatus | null;
  @Field(() => Boolean, { nullable: true, description: "Only the services not assured for 180 days (true) or only the fresh ones (false)" })
  stale?: boolean | null;
}

@InputType({ description: "A named contact point of an organisation" })
export class OrganisationContactInput {
  @Field() name!: string;
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
}

@InputType()
export class ConfirmCareServiceInput {
  @Field(() => DateScalar, { nullable: true, description: "The day the data was checked; today when left out" }) assuredOn?: string | null;
}
