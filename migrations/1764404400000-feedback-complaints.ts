import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Newcomers' voice (issue 19, points 4 and 5): anonymous feedback after support, the
 * organisations' rating of completed assignments, complaints about an assignment, key
 * persons' flags about an organisation and anonymous signals about a reception location.
 */
export class FeedbackComplaints1764404400000 implements MigrationInterface {
  name = "FeedbackComplaints1764404400000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "feedback_answer" AS ENUM ('YES', 'PARTLY', 'NO')`);
    // No assignment id: link_hash is a keyed hash of it (one answer per link), so an answer cannot be joined back to a case.
    await queryRunner.query(`CREATE TABLE "newcomer_feedback" (
      "id" SERIAL NOT NULL,
      "link_hash" character varying(64) NOT NULL,
      "key_person_id" integer,
      "municipality_code" character varying(6) NOT NULL,
      "answered_month" character(7) NOT NULL,
      "language" character varying(3),
      "helpful" "feedback_answer" NOT NULL,
      "felt_safe" "feedback_answer" NOT NULL,
      "understood" "feedback_answer" NOT NULL,
      "would_recommend" "feedback_answer" NOT NULL,
      CONSTRAINT "PK_newcomer_feedback" PRIMARY KEY ("id")
    )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "newcomer_feedback_link_key" ON "newcomer_feedback" ("link_hash")`);
    await queryRunner.query(`CREATE INDEX "newcomer_feedback_key_person_idx" ON "newcomer_feedback" ("key_person_id")`);
    await queryRunner.query(`CREATE TABLE "assignment_rating" (
      "assignment_id" integer NOT NULL,
      "score" smallint NOT NULL,
      "comment" character varying(1000),
      "rated_by_user_id" integer NOT NULL,
      "rated_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "PK_assignment_rating" PRIMARY KEY ("assignment_id"),
      CONSTRAINT "assignment_rating_score_range" CHECK ("score" BETWEEN 1 AND 5)
    )`);
    await queryRunner.query(`CREATE TYPE "complaint_kind" AS ENUM ('NO_SHOW', 'LATE', 'CONDUCT', 'CONFIDENTIALITY')`);
    await queryRunner.query(`CREATE TYPE "complaint_state" AS ENUM ('OPEN', 'RESPONDED', 'UPHELD', 'DISMISSED')`);
    await queryRunner.query(`CREATE TABLE "complaint" (
      "id" SERIAL NOT NULL,
      "assignment_id" integer NOT NULL,
      "kind" "complaint_kind" NOT NULL,
      "state" "complaint_state" NOT NULL DEFAULT 'OPEN',
      "description" character varying(2000) NOT NULL,
      "filed_by_user_id" integer NOT NULL,
      "filed_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "response" character varying(2000),
      "responded_at" TIMESTAMP WITH TIME ZONE,
      "decision_note" character varying(2000),
      "decided_by_user_id" integer,
      "decided_at" TIMESTAMP WITH TIME ZONE,
      CONSTRAINT "PK_complaint" PRIMARY KEY ("id")
    )`);
    await queryRunner.query(`CREATE INDEX "complaint_assignment_idx" ON "complaint" ("assignment_id")`);
    await queryRunner.query(`CREATE INDEX "complaint_open_idx" ON "complaint" ("filed_at") WHERE state IN ('OPEN', 'RESPONDED')`);
    await queryRunner.query(`CREATE TYPE "organisation_flag_kind" AS ENUM ('ACTED_AGAINST_INTEREST', 'NO_CONTACT_PERSON', 'NOT_PAID')`);
    await queryRunner.query(`CREATE TABLE "organisation_flag" (
      "id" SERIAL NOT NULL,
      "organisation_id" integer NOT NULL,
      "key_person_id" integer,
      "kind" "organisation_flag_kind" NOT NULL,
      "note" character varying(1000),
      "flagged_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "closed_at" TIMESTAMP WITH TIME ZONE,
      "closed_by_user_id" integer,
      "closing_note" character varying(1000),
      CONSTRAINT "PK_organisation_flag" PRIMARY KEY ("id")
    )`);
    await queryRunner.query(`CREATE INDEX "organisation_flag_organisation_idx" ON "organisation_flag" ("organisation_id")`);
    await queryRunner.query(`CREATE TYPE "location_signal_category" AS ENUM ('SAFETY', 'VIOLENCE', 'PRIVACY', 'ACCESS_TO_CARE', 'LIVING_CONDITIONS', 'CHILDREN', 'OTHER')`);
    // Anonymous: no key person, no time of filing beyond the month; a uuid, not a sequence, so the order of filing tells nothing.
    await queryRunner.query(`CREATE TABLE "location_signal" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "category" "location_signal_category" NOT NULL,
      "municipality_code" character varying(6) NOT NULL,
      "month" character(7) NOT NULL,
      "filed_month" character(7) NOT NULL,
      CONSTRAINT "PK_location_signal" PRIMARY KEY ("id")
    )`);
    await queryRunner.query(`CREATE INDEX "location_signal_month_idx" ON "location_signal" ("month")`);
    // How many signals someone filed this month, under a keyed hash that changes every month and names no signal.
    await queryRunner.query(`CREATE TABLE "location_signal_quota" (
      "submitter_hash" character varying(64) NOT NULL,
      "month" character(7) NOT NULL,
      "count" integer NOT NULL,
      CONSTRAINT "PK_location_signal_quota" PRIMARY KEY ("submitter_hash")
    )`);
    // Foreign keys under TypeORM's names, so the entities and this migration agree.
    await queryRunner.query(`ALTER TABLE "newcomer_feedback" ADD CONSTRAINT "FK_130c48ecc4229ba577e03e7bd65" FOREIGN KEY ("key_person_id") REFERENCES "key_person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "newcomer_feedback" ADD CONSTRAINT "FK_d7514db7001e5b04e997260813c" FOREIGN KEY ("municipality_code") REFERENCES "municipality"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "assignment_rating" ADD CONSTRAINT "FK_15df2b8882e0e288255133f16d2" FOREIGN KEY ("assignment_id") REFERENCES "assignment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "complaint" ADD CONSTRAINT "FK_88832430ccd8b9b077a48cf92ae" FOREIGN KEY ("assignment_id") REFERENCES "assignment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "organisation_flag" ADD CONSTRAINT "FK_8063927101825e84087fbdf89fd" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "organisation_flag" ADD CONSTRAINT "FK_3897dc39980a84ec84aa01e89ac" FOREIGN KEY ("key_person_id") REFERENCES "key_person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "location_signal" ADD CONSTRAINT "FK_e341fc7281c5ab561b667a8171b" FOREIGN KEY ("municipality_code") REFERENCES "municipality"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "location_signal_quota"`);
    await queryRunner.query(`DROP TABLE "location_signal"`);
    await queryRunner.query(`DROP TYPE "location_signal_category"`);
    await queryRunner.query(`DROP TABLE "organisation_flag"`);
    await queryRunner.query(`DROP TYPE "organisation_flag_kind"`);
    await queryRunner.query(`DROP TABLE "complaint"`);
    await queryRunner.query(`DROP TYPE "complaint_state"`);
    await queryRunner.query(`DROP TYPE "complaint_kind"`);
    await queryRunner.query(`DROP TABLE "assignment_rating"`);
    await queryRunner.query(`DROP TABLE "newcomer_feedback"`);
    await queryRunner.query(`DROP TYPE "feedback_answer"`);
  }
}
