import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Issue 21: the registry's default order is by name, then id. With an index on both, a
 * page reads its hundred rows from the index instead of sorting every key person
 * (docs/benchmarks.md, "Lists against PostGraphile").
 */
export class KeyPersonNameIndex1764410400000 implements MigrationInterface {
  name = "KeyPersonNameIndex1764410400000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "key_person_name_idx" ON "key_person" ("display_name", "id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "key_person_name_idx"`);
  }
}
