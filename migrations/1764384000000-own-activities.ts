import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Own activities (issue 16): a key person declares hours of intervision, training, network
 * meetings and preparation without an assignment. Such an hour entry has no assignment and
 * no assignment activity, but an own activity (and maybe a note); every existing entry is
 * work on an assignment and keeps both.
 */
export class OwnActivities1764384000000 implements MigrationInterface {
  name = "OwnActivities1764384000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."own_activity" AS ENUM('INTERVISION', 'TRAINING', 'NETWORK_MEETING', 'PREPARATION')`);
    await queryRunner.query(`ALTER TABLE "hour_entry" ADD "own_activity" "public"."own_activity"`);
    await queryRunner.query(`ALTER TABLE "hour_entry" ADD "note" character varying(500)`);
    await queryRunner.query(`ALTER TABLE "hour_entry" ALTER COLUMN "assignment_id" DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE "hour_entry" ALTER COLUMN "activity" DROP NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "hour_entry" ADD CONSTRAINT "hour_entry_assignment_or_own_activity" CHECK (("assignment_id" IS NULL) = ("own_activity" IS NOT NULL) AND ("assignment_id" IS NULL) = ("activity" IS NULL))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "hour_entry" DROP CONSTRAINT "hour_entry_assignment_or_own_activity"`);
    await queryRunner.query(`DELETE FROM "hour_entry" WHERE "assignment_id" IS NULL`);
    await queryRunner.query(`ALTER TABLE "hour_entry" ALTER COLUMN "activity" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "hour_entry" ALTER COLUMN "assignment_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "hour_entry" DROP COLUMN "note"`);
    await queryRunner.query(`ALTER TABLE "hour_entry" DROP COLUMN "own_activity"`);
    await queryRunner.query(`DROP TYPE "public"."own_activity"`);
  }
}
