import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Late cancellation (issue 16): a dated booking cancelled by the requester less than 24
 * hours before its start pays the booked time, as an hour entry marked so.
 */
export class LateCancellation1764385800000 implements MigrationInterface {
  name = "LateCancellation1764385800000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "hour_entry" ADD "late_cancellation" boolean NOT NULL DEFAULT false`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "hour_entry" DROP COLUMN "late_cancellation"`);
  }
}
