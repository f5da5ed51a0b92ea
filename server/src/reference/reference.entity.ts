import { Field, Float, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";

@ObjectType()
export class GeoPoint {
  @Field(() => Float) lat!: number;
  @Field(() => Float) lon!: number;
}

@ObjectType({ description: "A Dutch municipality (gemeente) of 2025, by its CBS code", simpleResolvers: true })
@Entity("municipality")
export class Municipality {
  @Field(() => ID) @PrimaryColumn({ type: "varchar", length: 6 }) code!: string;
  @Field() @Column({ type: "varchar" }) name!: string;
  @Field({ description: "Province name" })
  @Column({ type: "varchar" })
  province!: string;
  @Field() @Column({ type: "varchar", length: 4 }) provinceCode!: string;
  @Column({ type: "double precision" }) centroidLat!: number;
  @Column({ type: "double precision" }) centroidLon!: number;
  /** A point surely inside the boundary; the centroid of some municipalities lies outside. */
  @Column({ type: "double precision" }) insideLat!: number;
  @Column({ type: "double precision" }) insideLon!: number;
}

@ObjectType({ description: "A language by its ISO 639-3 code", simpleResolvers: true })
@Entity("language")
export class Language {
  @Field(() => ID) @PrimaryColumn({ type: "varchar", length: 3 }) code!: string;
  @Field({ description: "English name" }) @Column({ type: "varchar" }) name!: string;
  @Field({ description: "Dutch name (the English one where CLDR has none)" })
  @Column({ type: "varchar" })
  nameNl!: string;
}

@ObjectType({ description: "A topic on which key persons support newcomers", simpleResolvers: true })
@Entity("expertise")
export class Expertise {
  @Field(() => ID) @PrimaryColumn({ type: "varchar", length: 40 }) code!: string;
  @Field({ description: "English name" }) @Column({ type: "varchar" }) name!: string;
  @Field({ description: "Dutch name" }) @Column({ type: "varchar" }) nameNl!: string;
  // qualifications (issue 17)
  @Field({ description: "Matching asks a verified qualification covering it, valid on the request's start (hard rule QUALIFICATION)" })
  @Column({ type: "boolean", default: false })
  requiresQualification!: boolean;
}
