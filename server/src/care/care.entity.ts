// Care (issue 17): the ProQOL 5 self-check. Wellbeing-like data: read only by the key
// person and coordinators, every read audited (care.service.ts), like the monthly check-in.
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import type { Relation } from "typeorm";
import { KeyPerson } from "../registry/registry.entity";

export enum ProqolLevel {
  LOW = "LOW",
  MODERATE = "MODERATE",
  HIGH = "HIGH",
}
registerEnumType(ProqolLevel, { name: "ProqolLevel", description: "The ProQOL 5 cut scores: 22 or less LOW, 23–41 MODERATE, 42 or more HIGH" });

/** One ProQOL 5 self-check: the 30 answers and the three sums, scored when it was submitted (domain/proqol.ts). */
@ObjectType({
  description:
    "A ProQOL 5 self-check (Professional Quality of Life Scale, © B. Hudnall Stamm 2009–2012, www.proqol.org): the key person and coordinators only, every read audited",
})
@Entity("proqol_response")
@Index("proqol_response_person_idx", ["keyPersonId", "answeredAt", "id"])
@Check("proqol_response_answers", `cardinality("answers") = 30 AND 1 <= ALL("answers") AND 5 >= ALL("answers")`)
export class ProqolResponse {
  @Field(() => ID) @PrimaryGeneratedColumn() id!: number;
  @Column({ type: "int" }) keyPersonId!: number;
  @ManyToOne(() => KeyPerson, { onDelete: "CASCADE" }) @JoinColumn({ name: "key_person_id" }) keyPerson?: Relation<KeyPerson>;
  @Field(() => Date) @Column({ type: "timestamptz" }) answeredAt!: Date;
  @Field(() => [Int], { description: "The answers to items 1–30, each 1 (never) … 5 (very often), as given (not reversed)" })
  @Column({ type: "smallint", array: true })
  answers!: number[];
  @Field(() => Int, { description: "Sum of the compassion-satisfaction items, 10–50" }) @Column({ type: "smallint" }) compassionSatisfaction!: number;
  @Field(() => Int, { description: "Sum of the burnout items (1, 4, 15, 17, 29 reversed), 10–50" }) @Column({ type: "smallint" }) burnout!: number;
  @Field(() => Int, { description: "Sum of the secondary-traumatic-stress items, 10–50; HIGH sets wellbeing AMBER" })
  @Column({ type: "smallint" })
  secondaryTraumaticStress!: number;
}

@ObjectType({ description: "One item of the ProQOL 5, unchanged" })
export class ProqolItem {
  @Field(() => Int) number!: number;
  @Field({ description: "The English text of the ProQOL 5 (no Dutch translation is shipped: see credit)" }) text!: string;
}

@ObjectType({ description: "The ProQOL 5 form: instruction, items, answer labels and the credit its owner asks for" })
export class ProqolForm {
  @Field() instruction!: string;
  @Field(() => [ProqolItem]) items!: ProqolItem[];
  @Field(() => [String], { description: "The labels of the answers 1..5 as the form words them" }) answerLabels!: string[];
  @Field() credit!: string;
  @Field(() => Int, { description: "The self-check is offered again this many days after the last one" }) intervalDays!: number;
}

@ObjectType({ description: "A yearly recognition statement as a file: qualifications, group attendance and hours (PDF, Dutch or English)" })
export class RecognitionStatement {
  @Field() fileName!: string;
  @Field() contentType!: string;
  @Field({ description: "The PDF, base64-encoded" }) base64!: string;
}
