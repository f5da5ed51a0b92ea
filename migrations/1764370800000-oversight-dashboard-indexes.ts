import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The coordinators' dashboard derives supervision and wellbeing for every active key
 * person and sums the declared hours of recent weeks (bench/oversight.ts: 10,000 key
 * persons, 1,000,000 hour entries; docs/benchmarks.md):
 * - the latest session that counts (not TRAINING) becomes one entry of a partial index,
 *   read without visiting the table, instead of an index scan that filters by kind;
 * - the latest check-in (ORDER BY at DESC, id DESC) becomes the first entry of the
 *   index, instead of a sort per key person;
 * - the hours of recent weeks are summed from an index on (date, key person, status,
 *   hours) alone; it replaces the index on date, which only the dashboard used.
 */
export class OversightDashboardIndexes1764370800000 implements MigrationInterface {
  name = "OversightDashboardIndexes1764370800000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "supervision_session_latest_idx" ON "supervision_session"  ("key_person_id", "date") WHERE kind <> 'TRAINING'`);
    await queryRunner.query(`DROP INDEX "public"."wellbeing_check_in_person_idx"`);
    await queryRunner.query(`CREATE INDEX "wellbeing_check_in_person_idx" ON "wellbeing_check_in"  ("key_person_id", "at", "id") `);
    await queryRunner.query(`DROP INDEX "public"."hour_entry_date_idx"`);
    await queryRunner.query(`CREATE INDEX "hour_entry_week_idx" ON "hour_entry"  ("date", "key_person_id", "status", "hours") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."hour_entry_week_idx"`);
    await queryRunner.query(`CREATE INDEX "hour_entry_date_idx" ON "hour_entry"  ("date") `);
    await queryRunner.query(`DROP INDEX "public"."wellbeing_check_in_person_idx"`);
    await queryRunner.query(`CREATE INDEX "wellbeing_check_in_person_idx" ON "wellbeing_check_in"  ("key_person_id", "at") `);
    await queryRunner.query(`DROP INDEX "public"."supervision_session_latest_idx"`);
  }
}
