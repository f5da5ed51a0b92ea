import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Hours, expense claims and payment exports, and the yearly figures of the volunteer
 * allowance (Belastingdienst, "vrijwilligersvergoeding"; km rate: tax-free travel allowance).
 */
export class Compensation1764352800000 implements MigrationInterface {
  name = "Compensation1764352800000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "compensation_rules" ("year" integer NOT NULL, "hourly_rate_cents" integer NOT NULL, "hourly_rate_under21_cents" integer NOT NULL, "month_cap_cents" integer NOT NULL, "year_cap_cents" integer NOT NULL, "km_rate_cents" integer NOT NULL, "provisional" boolean NOT NULL DEFAULT false, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_fe1bcb41e2a50fbb49b6d235867" PRIMARY KEY ("year"))`);
    await queryRunner.query(`CREATE TABLE "allowance_rate" ("funder" character varying(30) NOT NULL, "hourly_rate_cents" integer NOT NULL, CONSTRAINT "PK_05b74bfc2800f980d3d39d1e678" PRIMARY KEY ("funder"))`);
    await queryRunner.query(`CREATE TABLE "payment_details" ("key_person_id" integer NOT NULL, "iban" character varying(34) NOT NULL, CONSTRAINT "PK_cfc6d1522a09654100dcd391fc6" PRIMARY KEY ("key_person_id"))`);
    await queryRunner.query(`CREATE TYPE "public"."activity" AS ENUM('SUPPORT', 'ACCOMPANIMENT', 'INFORMATION_SESSION', 'TRAVEL', 'SUPERVISION')`);
    await queryRunner.query(`CREATE TYPE "public"."review_status" AS ENUM('SUBMITTED', 'APPROVED', 'REJECTED')`);
    await queryRunner.query(`CREATE TABLE "hour_entry" ("id" SERIAL NOT NULL, "assignment_id" integer NOT NULL, "key_person_id" integer NOT NULL, "funder" character varying(30) NOT NULL, "date" date NOT NULL, "hours" real NOT NULL, "activity" "public"."activity" NOT NULL, "status" "public"."review_status" NOT NULL DEFAULT 'SUBMITTED', "review_reason" character varying(500), "reviewed_by_user_id" integer, "reviewed_at" TIMESTAMP WITH TIME ZONE, "allowance_cents" integer, "exported_at" TIMESTAMP WITH TIME ZONE, "export_batch_id" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "hour_entry_hours_positive" CHECK ("hours" > 0 AND "hours" <= 24), CONSTRAINT "PK_186234a86346572b8d1733225f3" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "hour_entry_assignment_idx" ON "hour_entry"  ("assignment_id") `);
    await queryRunner.query(`CREATE INDEX "hour_entry_review_idx" ON "hour_entry"  ("status", "funder") `);
    await queryRunner.query(`CREATE INDEX "hour_entry_person_date_idx" ON "hour_entry"  ("key_person_id", "date") `);
    await queryRunner.query(`CREATE TYPE "public"."expense_kind" AS ENUM('OWN_TRANSPORT_KM', 'PUBLIC_TRANSPORT', 'OTHER')`);
    await queryRunner.query(`CREATE TABLE "expense_claim" ("id" SERIAL NOT NULL, "key_person_id" integer NOT NULL, "assignment_id" integer, "funder" character varying(30) NOT NULL, "kind" "public"."expense_kind" NOT NULL, "km" real, "amount_cents" integer NOT NULL, "date" date NOT NULL, "description" character varying(500) NOT NULL, "idempotency_key" character varying(100) NOT NULL, "content_hash" character varying(64) NOT NULL, "status" "public"."review_status" NOT NULL DEFAULT 'SUBMITTED', "review_reason" character varying(500), "reviewed_by_user_id" integer, "reviewed_at" TIMESTAMP WITH TIME ZONE, "exported_at" TIMESTAMP WITH TIME ZONE, "export_batch_id" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_384f058815790336aac12e4b92c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "expense_claim_review_idx" ON "expense_claim"  ("status", "funder") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "expense_claim_idempotency_key" ON "expense_claim"  ("key_person_id", "idempotency_key") `);
    await queryRunner.query(`CREATE TABLE "payment_export" ("id" SERIAL NOT NULL, "funder" character varying(30) NOT NULL, "period_from" date NOT NULL, "period_to" date NOT NULL, "created_by_user_id" integer NOT NULL, "line_count" integer NOT NULL, "total_cents" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "csv" text NOT NULL, CONSTRAINT "PK_0dd4c7f5371199e9fb5b69ffc71" PRIMARY KEY ("id"))`);
    await queryRunner.query(`ALTER TABLE "payment_details" ADD CONSTRAINT "FK_cfc6d1522a09654100dcd391fc6" FOREIGN KEY ("key_person_id") REFERENCES "key_person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "hour_entry" ADD CONSTRAINT "FK_53962f97fb5c7cc34bbad39bfda" FOREIGN KEY ("assignment_id") REFERENCES "assignment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "hour_entry" ADD CONSTRAINT "FK_a759489ccd298807b7904cc1ab3" FOREIGN KEY ("key_person_id") REFERENCES "key_person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "expense_claim" ADD CONSTRAINT "FK_1e84b2fe5f3a757c066ea362dc7" FOREIGN KEY ("key_person_id") REFERENCES "key_person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "expense_claim" ADD CONSTRAINT "FK_057acd6caf390e8c5f03a968e5a" FOREIGN KEY ("assignment_id") REFERENCES "assignment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`INSERT INTO compensation_rules
      (year, hourly_rate_cents, hourly_rate_under21_cents, month_cap_cents, year_cap_cents, km_rate_cents) VALUES
      (2023, 500, 275, 19000, 190000, 21),
      (2024, 550, 325, 21000, 210000, 23),
      (2025, 560, 330, 21000, 210000, 23)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "expense_claim" DROP CONSTRAINT "FK_057acd6caf390e8c5f03a968e5a"`);
    await queryRunner.query(`ALTER TABLE "expense_claim" DROP CONSTRAINT "FK_1e84b2fe5f3a757c066ea362dc7"`);
    await queryRunner.query(`ALTER TABLE "hour_entry" DROP CONSTRAINT "FK_a759489ccd298807b7904cc1ab3"`);
    await queryRunner.query(`ALTER TABLE "hour_entry" DROP CONSTRAINT "FK_53962f97fb5c7cc34bbad39bfda"`);
    await queryRunner.query(`ALTER TABLE "payment_details" DROP CONSTRAINT "FK_cfc6d1522a09654100dcd391fc6"`);
    await queryRunner.query(`DROP TABLE "payment_export"`);
    await queryRunner.query(`DROP INDEX "public"."expense_claim_idempotency_key"`);
    await queryRunner.query(`DROP INDEX "public"."expense_claim_review_idx"`);
    await queryRunner.query(`DROP TABLE "expense_claim"`);
    await queryRunner.query(`DROP TYPE "public"."expense_kind"`);
    await queryRunner.query(`DROP INDEX "public"."hour_entry_person_date_idx"`);
    await queryRunner.query(`DROP INDEX "public"."hour_entry_review_idx"`);
    await queryRunner.query(`DROP INDEX "public"."hour_entry_assignment_idx"`);
    await queryRunner.query(`DROP TABLE "hour_entry"`);
    await queryRunner.query(`DROP TYPE "public"."review_status"`);
    await queryRunner.query(`DROP TYPE "public"."activity"`);
    await queryRunner.query(`DROP TABLE "payment_details"`);
    await queryRunner.query(`DROP TABLE "allowance_rate"`);
    await queryRunner.query(`DROP TABLE "compensation_rules"`);
  }
}
