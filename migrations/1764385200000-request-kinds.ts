import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Request kinds (issue 16): a match request is case support (as before, the default for
 * every existing row), one appointment, a consult or an information session; dated kinds
 * carry their slot; any kind may ask a dialect. Key persons get weekly availability
 * windows for dated work (none: any time).
 */
export class RequestKinds1764385200000 implements MigrationInterface {
  name = "RequestKinds1764385200000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."request_kind" AS ENUM('CASE_SUPPORT', 'APPOINTMENT', 'CONSULT', 'INFORMATION_SESSION')`);
    await queryRunner.query(`CREATE TYPE "public"."appointment_mode" AS ENUM('ON_SITE', 'PHONE', 'VIDEO')`);
    await queryRunner.query(`ALTER TABLE "match_request" ADD "kind" "public"."request_kind" NOT NULL DEFAULT 'CASE_SUPPORT'`);
    await queryRunner.query(`ALTER TABLE "match_request" ADD "starts_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "match_request" ADD "ends_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "match_request" ADD "appointment_mode" "public"."appointment_mode"`);
    await queryRunner.query(`ALTER TABLE "match_request" ADD "appointment_setting" character varying(120)`);
    await queryRunner.query(`ALTER TABLE "match_request" ADD "appointment_role" character varying(120)`);
    await queryRunner.query(`ALTER TABLE "match_request" ADD "consult_topic" character varying(200)`);
    await queryRunner.query(`ALTER TABLE "match_request" ADD "consult_hours" real`);
    await queryRunner.query(`ALTER TABLE "match_request" ADD "session_expected_participants" integer`);
    await queryRunner.query(`ALTER TABLE "match_request" ADD "session_topics" character varying(80) array`);
    await queryRunner.query(`ALTER TABLE "match_request" ADD "required_dialect" character varying(80)`);
    await queryRunner.query(`ALTER TABLE "match_request" ADD "preferred_dialect" character varying(80)`);
    await queryRunner.query(`ALTER TABLE "key_person" ADD "availability_windows" jsonb NOT NULL DEFAULT '[]'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "key_person" DROP COLUMN "availability_windows"`);
    for (const column of [
      "preferred_dialect",
      "required_dialect",
      "session_topics",
      "session_expected_participants",
      "consult_hours",
      "consult_topic",
      "appointment_role",
      "appointment_setting",
      "appointment_mode",
      "ends_at",
      "starts_at",
      "kind",
    ])
      await queryRunner.query(`ALTER TABLE "match_request" DROP COLUMN "${column}"`);
    await queryRunner.query(`DROP TYPE "public"."appointment_mode"`);
    await queryRunner.query(`DROP TYPE "public"."request_kind"`);
  }
}
