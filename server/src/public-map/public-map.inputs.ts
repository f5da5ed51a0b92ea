import { Field, ID, InputType, registerEnumType } from "type-graphql";

@InputType()
export class OrganisationPublicEntryInput {
  @Field({ description: "Shown on the public map" }) listed!: boolean;
  @Field(() => String, { nullable: true, description: "https://…" }) website?: string | null;
  @Field(() => String, { nullable: true, description: "What the organisation offers newcomers and key persons" }) offers?: string | null;
}

/** How the visitor wants to be answered (issue 19). */
export enum PublicReplyChannel {
  EMAIL = "EMAIL",
  PHONE = "PHONE",
}
registerEnumType(PublicReplyChannel, { name: "PublicReplyChannel" });

@InputType({ description: "A message from a visitor of the public map to a key person who takes messages" })
export class PublicMessageInput {
  @Field(() => ID) keyPersonId!: string;
  @Field({ description: "The message, 10 to 2000 characters, at most one web link" }) message!: string;
  @Field(() => String, { nullable: true, description: "The language the visitor wants help in (ISO 639-3, as languages lists)" }) languageCode?: string | null;
  @Field(() => PublicReplyChannel) replyChannel!: PublicReplyChannel;
  @Field({ description: "The visitor's own e-mail address or phone number, for the reply" }) reply!: string;
  @Field({ description: "From publicMessageForm, when the form was opened" }) formToken!: string;
  @Field(() => String, { nullable: true, description: "Leave empty: a field people do not see (filled in: refused as automated)" }) website?: string | null;
}
