import { Field, Float, ID, InputType, Int } from "type-graphql";
import { CompensationType, Gender, KeyPersonStatus, LanguageLevel, SupervisionStatus, WellbeingStatus } from "../shared/enums";
import { KeyPersonSortField, sortInput } from "../shared/sorting";

@InputType()
export class GeoPointInput {
  @Field(() => Float) lat!: number;
  @Field(() => Float) lon!: number;
}

@InputType()
export class LanguageSkillInput {
  @Field({ description: "ISO 639-3 code, e.g. tir, apc, prs" }) code!: string;
  @Field(() => LanguageLevel) level!: LanguageLevel;
  @Field(() => String, { nullable: true, description: "e.g. Damascene, Herati" }) dialect?: string | null;
}

@InputType()
export class KeyPersonInput {
  @Field() displayName!: string;
  @Field({ description: "Also the login of the key person's user" }) email!: string;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => Gender, { nullable: true }) gender?: Gender | null;
  @Field(() => Int, { nullable: true, description: "For the under-21 allowance rate" }) birthYear?: number | null;
  @Field(() => [LanguageSkillInput]) languages!: LanguageSkillInput[];
  @Field(() => [String]) expertiseCodes!: string[];
  @Field(() => GeoPointInput, { description: "The municipality is derived from it" }) homeLocation!: GeoPointInput;
  @Field(() => Float) maxTravelKm!: number;
  @Field() remoteAvailable!: boolean;
  @Field(() => Float) weeklyCapacityHours!: number;
  @Field(() => CompensationType) compensationType!: CompensationType;
  @Field(() => [String], { nullable: true, description: "Countries of origin, ISO 3166-1 alpha-2" }) origins?: string[] | null;
  @Field(() => Boolean, { nullable: true, description: "The key person agrees that their origins steer background matching; omitted: unchanged (new: no)" })
  originMatchingConsent?: boolean | null;
}

@InputType()
export class PublicConsentInput {
  @Field() listed!: boolean;
  @Field() showName!: boolean;
  @Field() showMunicipality!: boolean;
  @Field() showLanguages!: boolean;
  @Field() showExpertise!: boolean;
  @Field() showEmail!: boolean;
  @Field() showPhone!: boolean;
  @Field(() => Boolean, { nullable: true, description: "Show whether they help by phone or video; omitted: unchanged" }) showRemote?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: "Show the municipalities they reach; omitted: unchanged" }) showReach?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: "Take messages from the public map (through the outbox); omitted: unchanged" })
  contact?: boolean | null;
}

@InputType()
export class KeyPersonFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[] | null;
  @Field(() => [String], { nullable: true, description: "Speaks any of these" }) languageCodes?: string[] | null;
  @Field(() => [String], { nullable: true, description: "Has all of these" }) expertiseCodes?: string[] | null;
  @Field(() => [String], { nullable: true }) municipalityCodes?: string[] | null;
  @Field(() => KeyPersonStatus, { nullable: true }) status?: KeyPersonStatus | null;
  @Field(() => SupervisionStatus, { nullable: true }) supervisionStatus?: SupervisionStatus | null;
  @Field(() => WellbeingStatus, { nullable: true }) wellbeingStatus?: WellbeingStatus | null;
  @Field(() => Boolean, { nullable: true }) stale?: boolean | null;
  @Field(() => String, { nullable: true, description: "Searches the name, the home municipality's name and the languages (Dutch or English name, ISO code)" })
  q?: string | null;
}

export const KeyPersonSort = sortInput("KeyPerson", KeyPersonSortField);
export type KeyPersonSort = InstanceType<typeof KeyPersonSort>;
