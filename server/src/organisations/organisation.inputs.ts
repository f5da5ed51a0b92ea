import { Field, ID, InputType } from "type-graphql";
import { OrganisationKind } from "../shared/enums";

@InputType()
export class OrganisationInput {
  @Field() name!: string;
  @Field(() => String, { nullable: true, description: "CBS code, e.g. GM0363" }) municipalityCode?: string | null;
  @Field(() => OrganisationKind, { nullable: true, defaultValue: OrganisationKind.OTHER }) kind?: OrganisationKind | null;
}

@InputType()
export class OrganisationFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[] | null;
  @Field(() => String, { nullable: true }) q?: string | null;
  @Field(() => OrganisationKind, { nullable: true }) kind?: OrganisationKind | null;
}
