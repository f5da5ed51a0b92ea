import type { MigrationInterface, QueryRunner } from "typeorm";

/** Erasure on request: when it happened (the record stays, anonymised, for the fiscal retention). */
export class Erasure1764363600000 implements MigrationInterface {
  name = "Erasure1764363600000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "key_person" ADD "erased_at" TIMESTAMP WITH TIME ZONE`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "key_person" DROP COLUMN "erased_at"`);
  }
}
