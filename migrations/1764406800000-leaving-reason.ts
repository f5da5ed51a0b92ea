import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Reports (issue 20): why and when a key person stopped. Required when they become
 * INACTIVE, cleared when they come back; the reports count leavers by reason and date.
 * Key persons inactive before this migration keep no reason and no date: the reports
 * count a leaver only by `left_on`, so they appear in no period.
 */
export class LeavingReason1764406800000 implements MigrationInterface {
  name = "LeavingReason1764406800000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."leaving_reason" AS ENUM('MOVED', 'PAID_WORK', 'OVERLOAD', 'PERSONAL', 'OTHER')`);
    await queryRunner.query(`ALTER TABLE "key_person" ADD "leaving_reason" "public"."leaving_reason"`);
    await queryRunner.query(`ALTER TABLE "key_person" ADD "leaving_note" character varying(500)`);
    await queryRunner.query(`ALTER TABLE "key_person" ADD "left_on" date`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "key_person" DROP COLUMN "left_on"`);
    await queryRunner.query(`ALTER TABLE "key_person" DROP COLUMN "leaving_note"`);
    await queryRunner.query(`ALTER TABLE "key_person" DROP COLUMN "leaving_reason"`);
    await queryRunner.query(`DROP TYPE "public"."leaving_reason"`);
  }
}
