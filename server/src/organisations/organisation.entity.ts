import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import type { Relation } from "typeorm";
import { Municipality } from "../reference/reference.entity";
import { OrganisationKind } from "../shared/enums";

@ObjectType({ description: "A requesting organisation: a GGD, municipality, clinic, reception location …" })
@Entity("organisation")
export class Organisation {
  @Field(() => ID) @PrimaryGeneratedColumn() id!: number;
  @Field() @Column({ type: "varchar", length: 160 }) name!: string;
  @Field(() => OrganisationKind)
  @Column({ type: "enum", enum: OrganisationKind, enumName: "organisation_kind", default: OrganisationKind.OTHER })
  kind!: OrganisationKind;
  @Column({ type: "varchar", length: 6, nullable: true }) municipalityCode!: string | null;
  @ManyToOne(() => Municipality, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "municipality_code" })
  municipality?: Relation<Municipality>;
  @Field(() => Date) @CreateDateColumn({ type: "timestamptz" }) createdAt!: Date;
  // ---- care services (issue 18) ----
  @Field({ description: "The organisation's id in the open-data API (HSDS ids are uuids)" })
  @Index("organisation_hsds_id_key", { unique: true })
  @Column({ type: "uuid", generated: "uuid" })
  hsdsId!: string;
}

@ObjectType()
export class OrganisationPage {
  @Field(() => [Organisation]) items!: Organisation[];
  @Field(() => Int) total!: number;
}
