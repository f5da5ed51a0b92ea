import { Field, ID, InputType } from "type-graphql";
import { OrganisationKind } from "../shared/enums";
import { OrganisationSortField, sortInput } from "../shared/sorting";

@InputType()
export class OrganisationInput {
  @Field() name!: string;
  @Field(() => String, { nullable: true, description: "CBS code, e.g. GM0363" }) municipalityCode?: string | null;
  @Field(() => OrganisationKind, { nullable: true, defaultValue: OrganisationKind.OTHER }) kind?: OrganisationKind | null;
}

@InputType()
export class OrganisationFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[] | null;
  @Field(() => String, { nullable: true, description: "Searches the name and the municipality's name" }) q?: string | null;
  @Field(() => OrganisationKind, { nullable: true }) kind?: OrganisationKind | null;
}

export const OrganisationSort = sortInput("Organisation", OrganisationSortField);
export type OrganisationSort = InstanceType<typeof OrganisationSort>;
