import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Request transfers and handovers (issue 18, transfers): a request handed from one
 * organisation to another after the newcomer moved (consent recorded by whom and when, a
 * decline reason code and note, the day it takes effect), and a change of key person with
 * its 14-day overlap in which both may declare hours.
 */
export class Transfers1764403200000 implements MigrationInterface {
  name = "Transfers1764403200000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."transfer_state" AS ENUM('PENDING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN')`);
    await queryRunner.query(`CREATE TYPE "public"."transfer_decline_reason" AS ENUM('NO_CAPACITY', 'OUTSIDE_OUR_AREA', 'NOT_OUR_EXPERTISE', 'NEWCOMER_NOT_ARRIVED', 'OTHER')`);
    await queryRunner.query(`CREATE TABLE "request_transfer" ("id" SERIAL NOT NULL, "match_request_id" integer NOT NULL, "from_organisation_id" integer NOT NULL, "to_organisation_id" integer NOT NULL, "state" "public"."transfer_state" NOT NULL DEFAULT 'PENDING', "newcomer_municipality_code" character varying(6) NOT NULL, "proposed_by_user_id" integer, "consent_recorded_by_user_id" integer, "consent_at" TIMESTAMP WITH TIME ZONE NOT NULL, "decline_reason" "public"."transfer_decline_reason", "decline_note" character varying(500), "effective_on" date, "answered_by_user_id" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "answered_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_381c75b58f3fd464b15e6f2000a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "request_transfer_request_idx" ON "request_transfer"  ("match_request_id") `);
    await queryRunner.query(`CREATE INDEX "request_transfer_from_idx" ON "request_transfer"  ("from_organisation_id") `);
    await queryRunner.query(`CREATE INDEX "request_transfer_to_idx" ON "request_transfer"  ("to_organisation_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "request_transfer_one_pending" ON "request_transfer"  ("match_request_id") WHERE state = 'PENDING'`);
    await queryRunner.query(`CREATE TABLE "assignment_handover" ("id" SERIAL NOT NULL, "match_request_id" integer NOT NULL, "from_assignment_id" integer NOT NULL, "to_assignment_id" integer NOT NULL, "handed_over_on" date NOT NULL, "overlap_until" date NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4363f65b706297bb8b9fd8706ee" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "assignment_handover_request_idx" ON "assignment_handover"  ("match_request_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "assignment_handover_from_idx" ON "assignment_handover"  ("from_assignment_id") `);
    await queryRunner.query(`CREATE INDEX "assignment_handover_to_idx" ON "assignment_handover"  ("to_assignment_id") `);
    await queryRunner.query(`ALTER TABLE "request_transfer" ADD CONSTRAINT "FK_b46fa6e052e2d0a33d9bdc39452" FOREIGN KEY ("match_request_id") REFERENCES "match_request"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "request_transfer" ADD CONSTRAINT "FK_7862035f2e15eb4749b558eb36b" FOREIGN KEY ("from_organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "request_transfer" ADD CONSTRAINT "FK_957e3b8b1b90f1ef3a7f34beb9d" FOREIGN KEY ("to_organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "request_transfer" ADD CONSTRAINT "FK_35270a0bacce14d8824a2d543a6" FOREIGN KEY ("proposed_by_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "request_transfer" ADD CONSTRAINT "FK_6243395e31fbe31e7bbda63cabd" FOREIGN KEY ("consent_recorded_by_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "request_transfer" ADD CONSTRAINT "FK_731bedf8d4bb5dac9e629d375c2" FOREIGN KEY ("answered_by_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "assignment_handover" ADD CONSTRAINT "FK_a985b64b86439065c384acc1bc9" FOREIGN KEY ("match_request_id") REFERENCES "match_request"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "assignment_handover" ADD CONSTRAINT "FK_9fe9f8a8bb83e598bdaadbe487a" FOREIGN KEY ("from_assignment_id") REFERENCES "assignment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "assignment_handover" ADD CONSTRAINT "FK_bd0109ea41ef6e103a7a98a8dc6" FOREIGN KEY ("to_assignment_id") REFERENCES "assignment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "assignment_handover" DROP CONSTRAINT "FK_bd0109ea41ef6e103a7a98a8dc6"`);
    await queryRunner.query(`ALTER TABLE "assignment_handover" DROP CONSTRAINT "FK_9fe9f8a8bb83e598bdaadbe487a"`);
    await queryRunner.query(`ALTER TABLE "assignment_handover" DROP CONSTRAINT "FK_a985b64b86439065c384acc1bc9"`);
    await queryRunner.query(`ALTER TABLE "request_transfer" DROP CONSTRAINT "FK_731bedf8d4bb5dac9e629d375c2"`);
    await queryRunner.query(`ALTER TABLE "request_transfer" DROP CONSTRAINT "FK_6243395e31fbe31e7bbda63cabd"`);
    await queryRunner.query(`ALTER TABLE "request_transfer" DROP CONSTRAINT "FK_35270a0bacce14d8824a2d543a6"`);
    await queryRunner.query(`ALTER TABLE "request_transfer" DROP CONSTRAINT "FK_957e3b8b1b90f1ef3a7f34beb9d"`);
    await queryRunner.query(`ALTER TABLE "request_transfer" DROP CONSTRAINT "FK_7862035f2e15eb4749b558eb36b"`);
    await queryRunner.query(`ALTER TABLE "request_transfer" DROP CONSTRAINT "FK_b46fa6e052e2d0a33d9bdc39452"`);
    await queryRunner.query(`DROP INDEX "public"."assignment_handover_to_idx"`);
    await queryRunner.query(`DROP INDEX "public"."assignment_handover_from_idx"`);
    await queryRunner.query(`DROP INDEX "public"."assignment_handover_request_idx"`);
    await queryRunner.query(`DROP TABLE "assignment_handover"`);
    await queryRunner.query(`DROP INDEX "public"."request_transfer_one_pending"`);
    await queryRunner.query(`DROP INDEX "public"."request_transfer_to_idx"`);
    await queryRunner.query(`DROP INDEX "public"."request_transfer_from_idx"`);
    await queryRunner.query(`DROP INDEX "public"."request_transfer_request_idx"`);
    await queryRunner.query(`DROP TABLE "request_transfer"`);
    await queryRunner.query(`DROP TYPE "public"."transfer_decline_reason"`);
    await queryRunner.query(`DROP TYPE "public"."transfer_state"`);
  }
}
