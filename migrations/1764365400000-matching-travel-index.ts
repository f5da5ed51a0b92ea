import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Matching bounds its search by the largest travel distance of the active key persons,
 * read for every request: with this index that is one index entry instead of a scan of
 * every key person (bench/matching.ts, docs/benchmarks.md).
 */
export class MatchingTravelIndex1764365400000 implements MigrationInterface {
  name = "MatchingTravelIndex1764365400000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "key_person_status_travel_idx" ON "key_person"  ("status", "max_travel_km") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."key_person_status_travel_idx"`);
  }
}
