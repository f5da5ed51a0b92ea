import { Field, InputType } from "type-graphql";

@InputType()
export class OrganisationPublicEntryInput {
  @Field({ description: "Shown on the public map" }) listed!: boolean;
  @Field(() => String, { nullable: true, description: "https://…" }) website?: string | null;
  @Field(() => String, { nullable: true, description: "What the organisation offers newcomers and key persons" }) offers?: string | null;
}
