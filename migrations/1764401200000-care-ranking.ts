import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Care in ranking (issue 17): the AMBER limit counts a key person's proposals of the last
 * seven days in the one statement that reads a batch of candidates; this index answers it
 * with a range scan per key person.
 */
export class CareRanking1764401200000 implements MigrationInterface {
  name = "CareRanking1764401200000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "assignment_key_person_proposed_idx" ON "assignment" ("key_person_id", "proposed_at") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."assignment_key_person_proposed_idx"`);
  }
}
