import { Field, Int, ObjectType } from "type-graphql";
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from "typeorm";
import type { Relation } from "typeorm";
import { Assignment } from "../matching/matching.entity";
import { Municipality } from "../reference/reference.entity";
import { KeyPerson } from "../registry/registry.entity";
import { FeedbackAnswer, FeedbackLinkState, FeedbackQuestion } from "../shared/enums";

/**
 * A newcomer's anonymous answer after support. No assignment, no newcomer: `linkHash` is a
 * keyed hash of the assignment (one answer per link) that cannot be joined back to it; the
 * month and the municipality of the request are enough for the summaries.
 */
@Entity("newcomer_feedback")
@Index("newcomer_feedback_key_person_idx", ["keyPersonId"])
export class NewcomerFeedback {
  @PrimaryGeneratedColumn() id!: number;
  @Index("newcomer_feedback_link_key", { unique: true }) @Column({ type: "varchar", length: 64 }) linkHash!: string;
  @Column({ type: "int", nullable: true }) keyPersonId!: number | null;
  @ManyToOne(() => KeyPerson, { onDelete: "SET NULL" }) @JoinColumn({ name: "key_person_id" }) keyPerson?: Relation<KeyPerson>;
  @Column({ type: "varchar", length: 6 }) municipalityCode!: string;
  @ManyToOne(() => Municipality, { onDelete: "RESTRICT" }) @JoinColumn({ name: "municipality_code" }) municipality?: Relation<Municipality>;
  @Column({ type: "char", length: 7 }) answeredMonth!: string;
  @Column({ type: "varchar", length: 3, nullable: true }) language!: string | null;
  @Column({ type: "enum", enum: FeedbackAnswer, enumName: "feedback_answer" }) helpful!: FeedbackAnswer;
  @Column({ type: "enum", enum: FeedbackAnswer, enumName: "feedback_answer" }) feltSafe!: FeedbackAnswer;
  @Column({ type: "enum", enum: FeedbackAnswer, enumName: "feedback_answer" }) understood!: FeedbackAnswer;
  @Column({ type: "enum", enum: FeedbackAnswer, enumName: "feedback_answer" }) wouldRecommend!: FeedbackAnswer;
}

/** The requesting organisation's rating of an assignment; the comment is for the coordinators. */
@ObjectType({ description: "The requesting organisation's rating of an assignment (1–5); its comment is read by the organisation and the coordinators" })
@Entity("assignment_rating")
@Check("assignment_rating_score_range", `"score" BETWEEN 1 AND 5`)
export class AssignmentRating {
  @PrimaryColumn({ type: "int" }) assignmentId!: number;
  @ManyToOne(() => Assignment, { onDelete: "CASCADE" }) @JoinColumn({ name: "assignment_id" }) assignment?: Relation<Assignment>;
  @Field(() => Int) @Column({ type: "smallint" }) score!: number;
  @Field(() => String, { nullable: true }) @Column({ type: "varchar", length: 1000, nullable: true }) comment!: string | null;
  @Column({ type: "int" }) ratedByUserId!: number;
  @Field(() => Date) @Column({ type: "timestamptz" }) ratedAt!: Date;
}

@ObjectType({ description: "The link and QR code a key person hands on after support, for the newcomer's anonymous feedback" })
export class FeedbackLink {
  @Field() url!: string;
  @Field({ description: "The link as a QR code, an SVG document" }) qrSvg!: string;
  @Field(() => Date) expiresAt!: Date;
  @Field() answered!: boolean;
}

@ObjectType({ description: "What a feedback link can do, for the newcomer's page: nothing about the support or the key person" })
export class FeedbackLinkStatus {
  @Field(() => FeedbackLinkState) state!: FeedbackLinkState;
}

@ObjectType()
export class FeedbackQuestionCounts {
  @Field(() => FeedbackQuestion) question!: FeedbackQuestion;
  @Field(() => Int) yes!: number;
  @Field(() => Int) partly!: number;
  @Field(() => Int) no!: number;
}

@ObjectType({ description: "Newcomers' answers for a key person or an area: counts only from `minimum` answers up, otherwise nothing, not even how many" })
export class FeedbackSummary {
  @Field({ description: "At least `minimum` answers: the counts are shown" }) enough!: boolean;
  @Field(() => Int) minimum!: number;
  @Field(() => Int, { nullable: true }) answers!: number | null;
  @Field(() => [FeedbackQuestionCounts]) questions!: FeedbackQuestionCounts[];
  @Field(() => Int, { nullable: true, description: "Ratings by organisations: how many (coordinators only)" }) ratings!: number | null;
  @Field(() => Number, { nullable: true, description: "Their average score, 1–5 (coordinators only)" }) averageRating!: number | null;
}
