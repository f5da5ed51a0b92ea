import type { MigrationInterface, QueryRunner } from "typeorm";

/** Matching: requests, assignments (proposals and their answers) and key persons' leave. */
export class Matching1764349200000 implements MigrationInterface {
  name = "Matching1764349200000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."background_preference" AS ENUM('SAME', 'DIFFERENT', 'NO_PREFERENCE')`);
    await queryRunner.query(`CREATE TYPE "public"."funding" AS ENUM('ORGANISATION', 'NATIONAL_SCHEME')`);
    await queryRunner.query(`CREATE TYPE "public"."match_request_status" AS ENUM('OPEN', 'MATCHED', 'CLOSED', 'CANCELLED')`);
    await queryRunner.query(`CREATE TABLE "match_request" ("id" SERIAL NOT NULL, "organisation_id" integer NOT NULL, "case_reference" character varying(60) NOT NULL, "lat" double precision NOT NULL, "lon" double precision NOT NULL, "municipality_code" character varying(6) NOT NULL, "language_codes" character varying(3) array NOT NULL, "expertise_codes" character varying(40) array NOT NULL DEFAULT '{}', "preferred_gender" "public"."gender", "newcomer_origin" character varying(2), "background_preference" "public"."background_preference" NOT NULL DEFAULT 'NO_PREFERENCE', "hours_per_week" real NOT NULL, "starts_on" date NOT NULL, "remote_acceptable" boolean NOT NULL DEFAULT false, "funding" "public"."funding" NOT NULL, "auto_escalate" boolean NOT NULL DEFAULT false, "status" "public"."match_request_status" NOT NULL DEFAULT 'OPEN', "unmet_exclusions" jsonb, "unmet_since" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_303300dcdcab1123d821848ec41" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "match_request_organisation_idx" ON "match_request"  ("organisation_id") `);
    await queryRunner.query(`CREATE INDEX "match_request_municipality_idx" ON "match_request"  ("municipality_code") `);
    await queryRunner.query(`CREATE INDEX "match_request_status_idx" ON "match_request"  ("status") `);
    await queryRunner.query(`CREATE TYPE "public"."assignment_status" AS ENUM('PROPOSED', 'ACTIVE', 'DECLINED', 'EXPIRED', 'COMPLETED', 'CANCELLED')`);
    await queryRunner.query(`CREATE TABLE "assignment" ("id" SERIAL NOT NULL, "request_id" integer NOT NULL, "key_person_id" integer NOT NULL, "status" "public"."assignment_status" NOT NULL DEFAULT 'PROPOSED', "hours_per_week" real NOT NULL, "proposed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "respond_by" TIMESTAMP WITH TIME ZONE NOT NULL, "responded_at" TIMESTAMP WITH TIME ZONE, "decline_reason" character varying(500), "ended_at" TIMESTAMP WITH TIME ZONE, "proposed_because" character varying(20), CONSTRAINT "PK_43c2f5a3859f54cedafb270f37e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "assignment_request_idx" ON "assignment"  ("request_id") `);
    await queryRunner.query(`CREATE INDEX "assignment_due_idx" ON "assignment"  ("respond_by") WHERE status = 'PROPOSED'`);
    await queryRunner.query(`CREATE UNIQUE INDEX "assignment_one_proposal_per_request" ON "assignment"  ("request_id") WHERE status = 'PROPOSED'`);
    await queryRunner.query(`CREATE INDEX "assignment_key_person_open_idx" ON "assignment"  ("key_person_id") WHERE status IN ('PROPOSED', 'ACTIVE')`);
    await queryRunner.query(`CREATE TABLE "key_person_leave" ("id" SERIAL NOT NULL, "key_person_id" integer NOT NULL, "starts_on" date NOT NULL, "ends_on" date NOT NULL, CONSTRAINT "PK_18855972d2cd3dcac0b4538c062" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "key_person_leave_person_idx" ON "key_person_leave"  ("key_person_id") `);
    await queryRunner.query(`ALTER TABLE "match_request" ADD CONSTRAINT "FK_384bb3a27bce54bacbd00aea0fd" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "match_request" ADD CONSTRAINT "FK_b3104cf8f22d0fb307f4a6ec373" FOREIGN KEY ("municipality_code") REFERENCES "municipality"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "assignment" ADD CONSTRAINT "FK_0f0cb1b61eeadc3cd208ef2d75c" FOREIGN KEY ("request_id") REFERENCES "match_request"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "assignment" ADD CONSTRAINT "FK_8bcca5a264a92fd547a4600b9e3" FOREIGN KEY ("key_person_id") REFERENCES "key_person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "key_person_leave" ADD CONSTRAINT "FK_8ca46e4bd6a0b6bad931b9f9eae" FOREIGN KEY ("key_person_id") REFERENCES "key_person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "key_person_leave" DROP CONSTRAINT "FK_8ca46e4bd6a0b6bad931b9f9eae"`);
    await queryRunner.query(`ALTER TABLE "assignment" DROP CONSTRAINT "FK_8bcca5a264a92fd547a4600b9e3"`);
    await queryRunner.query(`ALTER TABLE "assignment" DROP CONSTRAINT "FK_0f0cb1b61eeadc3cd208ef2d75c"`);
    await queryRunner.query(`ALTER TABLE "match_request" DROP CONSTRAINT "FK_b3104cf8f22d0fb307f4a6ec373"`);
    await queryRunner.query(`ALTER TABLE "match_request" DROP CONSTRAINT "FK_384bb3a27bce54bacbd00aea0fd"`);
    await queryRunner.query(`DROP INDEX "public"."key_person_leave_person_idx"`);
    await queryRunner.query(`DROP TABLE "key_person_leave"`);
    await queryRunner.query(`DROP INDEX "public"."assignment_key_person_open_idx"`);
    await queryRunner.query(`DROP INDEX "public"."assignment_one_proposal_per_request"`);
    await queryRunner.query(`DROP INDEX "public"."assignment_due_idx"`);
    await queryRunner.query(`DROP INDEX "public"."assignment_request_idx"`);
    await queryRunner.query(`DROP TABLE "assignment"`);
    await queryRunner.query(`DROP TYPE "public"."assignment_status"`);
    await queryRunner.query(`DROP INDEX "public"."match_request_status_idx"`);
    await queryRunner.query(`DROP INDEX "public"."match_request_municipality_idx"`);
    await queryRunner.query(`DROP INDEX "public"."match_request_organisation_idx"`);
    await queryRunner.query(`DROP TABLE "match_request"`);
    await queryRunner.query(`DROP TYPE "public"."match_request_status"`);
    await queryRunner.query(`DROP TYPE "public"."funding"`);
    await queryRunner.query(`DROP TYPE "public"."background_preference"`);
  }
}
