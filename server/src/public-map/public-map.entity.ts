import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from "typeorm";
import type { Relation } from "typeorm";
import { Organisation } from "../organisations/organisation.entity";
import { Expertise, Language, Municipality } from "../reference/reference.entity";
import { LanguageSkill } from "../registry/registry.entity";

/** An organisation on the public map (the social map): only what it chose to publish. */
@ObjectType({ description: "What an organisation shows on the public social map (no row: not listed)" })
@Entity("organisation_public_entry")
export class OrganisationPublicEntry {
  @PrimaryColumn({ type: "int" }) organisationId!: number;
  @OneToOne(() => Organisation, { onDelete: "CASCADE" }) @JoinColumn({ name: "organisation_id" }) organisation?: Relation<Organisation>;
  @Field(() => String, { nullable: true }) @Column({ type: "varchar", length: 300, nullable: true }) website!: string | null;
  @Field({ description: "What the organisation offers newcomers and key persons" }) @Column({ type: "varchar", length: 1000 }) offers!: string;
  @Field(() => Date) @UpdateDateColumn({ type: "timestamptz" }) updatedAt!: Date;
}

@ObjectType({ description: "A key person as the public map shows them: a field not consented to is null" })
export class PublicKeyPerson {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) displayName!: string | null;
  @Field(() => Municipality, { nullable: true }) municipality!: Municipality | null;
  @Field(() => [LanguageSkill], { nullable: true }) languages!: LanguageSkill[] | null;
  @Field(() => [Expertise], { nullable: true }) expertise!: Expertise[] | null;
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field(() => Boolean, { nullable: true, description: "Helps by phone or video too; null: not made public" }) remoteAvailable!: boolean | null;
  @Field(() => [Municipality], {
    nullable: true,
    description:
      "The municipalities they travel to (centroid within maxTravelKm of their home municipality's centroid, never the home point); null: not made public",
  })
  reach!: Municipality[] | null;
  @Field({ description: "Takes messages through the map (sendPublicMessage); the address stays hidden" }) contactable!: boolean;
}

@ObjectType()
export class PublicKeyPersonPage {
  @Field(() => [PublicKeyPerson]) items!: PublicKeyPerson[];
  @Field(() => Int) total!: number;
}

@ObjectType({ description: "How many listed key persons show this municipality" })
export class PublicMunicipalityCount {
  @Field(() => Municipality) municipality!: Municipality;
  @Field(() => Int) keyPersons!: number;
  @Field(() => Int) organisations!: number;
}

@ObjectType({ description: "An organisation on the social map" })
export class PublicOrganisation {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() kind!: string;
  @Field(() => Municipality, { nullable: true }) municipality!: Municipality | null;
  @Field(() => String, { nullable: true }) website!: string | null;
  @Field() offers!: string;
}

@ObjectType()
export class PublicOrganisationPage {
  @Field(() => [PublicOrganisation]) items!: PublicOrganisation[];
  @Field(() => Int) total!: number;
}

/**
 * Messages sent through the public map, counted per client address and per key person in
 * fixed windows, shared by every replica. `key` is the SHA-256 of the scope and its
 * subject, never the address in clear. See public-message.service.ts.
 */
@Entity("public_message_throttle")
export class PublicMessageThrottleRow {
  @PrimaryColumn({ type: "char", length: 64 }) key!: string;
  @Index("public_message_throttle_window_idx") @Column({ type: "timestamptz" }) windowStartedAt!: Date;
  @Column({ type: "int", default: 0 }) count!: number;
}

@ObjectType({ description: "A new message form: its token is signed and dated, so the form cannot be sent before a person could have filled it in" })
export class PublicMessageForm {
  @Field() token!: string;
  @Field(() => Int, { description: "Seconds before the form may be sent" }) minSeconds!: number;
  @Field(() => Int) maxLength!: number;
}

@ObjectType({ description: "How many listed key persons show that they speak a language" })
export class PublicLanguageCount {
  @Field(() => Language) language!: Language;
  @Field(() => Int) keyPersons!: number;
}

// ---- care services on the public map (issue 18, hsds) ----
@ObjectType({ description: "A phone number of a public care service" })
export class PublicCareServicePhone {
  @Field() number!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
}

@ObjectType({ description: "A public, active care service on the public map (the same services as the open-data API /hsds)" })
export class PublicCareService {
  @Field(() => ID, { description: "The uuid, as in /hsds/services/{id}" }) id!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field() organisationName!: string;
  @Field(() => String, { nullable: true }) url!: string | null;
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field(() => [PublicCareServicePhone]) phones!: PublicCareServicePhone[];
  @Field(() => [Language], { description: "Languages the service is offered in (ISO 639-3)" }) languages!: Language[];
  @Field() interpretersAvailable!: boolean;
  @Field(() => [Expertise], { description: "Topics the service helps with" }) topics!: Expertise[];
  @Field(() => [Municipality], { description: "Municipalities it serves (empty and nationwide: the whole country)" }) municipalities!: Municipality[];
  @Field() nationwide!: boolean;
  @Field({ description: "An anonymous advice line" }) anonymousLine!: boolean;
  @Field(() => String, { nullable: true, description: "What happens after contact" }) applicationProcess!: string | null;
  @Field(() => String, { nullable: true, description: "Costs" }) feesDescription!: string | null;
}

@ObjectType()
export class PublicCareServicePage {
  @Field(() => [PublicCareService]) items!: PublicCareService[];
  @Field(() => Int) total!: number;
}
