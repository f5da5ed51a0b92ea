import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * A key person's origins steer background matching only when they agreed to that in their
 * profile (issue 13, docs/security.md). Nobody has agreed yet: existing rows start without
 * consent, so their origins are no longer used until they (or a coordinator on their
 * behalf) say so.
 */
export class OriginMatchingConsent1764380000000 implements MigrationInterface {
  name = "OriginMatchingConsent1764380000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "key_person" ADD "consent_origin_matching" boolean NOT NULL DEFAULT false`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "key_person" DROP COLUMN "consent_origin_matching"`);
  }
}
