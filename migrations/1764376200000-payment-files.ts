import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Payment files a bank takes: the account each funder pays from (the debtor of its SEPA
 * credit transfers), and on each export its SEPA file and the lines it left out for want
 * of an IBAN.
 */
export class PaymentFiles1764376200000 implements MigrationInterface {
  name = "PaymentFiles1764376200000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "payer_account" ("funder" character varying(30) NOT NULL, "name" character varying(70) NOT NULL, "iban" character varying(34) NOT NULL, "bic" character varying(11), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_payer_account_funder" PRIMARY KEY ("funder"))`);
    await queryRunner.query(`ALTER TABLE "payment_export" ADD "sepa_xml" text`);
    // earlier exports left nothing out; new ones always say what they left out
    await queryRunner.query(`ALTER TABLE "payment_export" ADD "left_out" jsonb NOT NULL DEFAULT '[]'::jsonb`);
    await queryRunner.query(`ALTER TABLE "payment_export" ALTER COLUMN "left_out" DROP DEFAULT`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "payment_export" DROP COLUMN "left_out"`);
    await queryRunner.query(`ALTER TABLE "payment_export" DROP COLUMN "sepa_xml"`);
    await queryRunner.query(`DROP TABLE "payer_account"`);
  }
}
