import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Taking access away (issue 13): a token version and a deactivation moment per account
 * (every session ends when the version goes up), one-time password-reset links (only
 * the SHA-256 of each token is stored), and failed-login counts in PostgreSQL so every
 * replica throttles with the same numbers (keys are hashes, no address or e-mail in clear).
 */
export class AccountsSessions1764372600000 implements MigrationInterface {
  name = "AccountsSessions1764372600000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "password_reset" ("token_hash" character(64) NOT NULL, "user_id" integer NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0309de62e0cb0960ebb2cb65c95" PRIMARY KEY ("token_hash"))`);
    await queryRunner.query(`CREATE INDEX "password_reset_user_idx" ON "password_reset"  ("user_id") `);
    await queryRunner.query(`CREATE TABLE "login_throttle" ("key" character(64) NOT NULL, "failures" integer NOT NULL DEFAULT '0', "last_failure_at" TIMESTAMP WITH TIME ZONE, "blocked_until" TIMESTAMP WITH TIME ZONE, "last_success_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_14c03bac82292a8310c54cb98d0" PRIMARY KEY ("key"))`);
    await queryRunner.query(`CREATE INDEX "login_throttle_last_failure_idx" ON "login_throttle"  ("last_failure_at") `);
    await queryRunner.query(`ALTER TABLE "app_user" ADD "token_version" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD "deactivated_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "password_reset" ADD CONSTRAINT "FK_ad88301fdc79593dd222268a8b6" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "password_reset" DROP CONSTRAINT "FK_ad88301fdc79593dd222268a8b6"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "deactivated_at"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "token_version"`);
    await queryRunner.query(`DROP INDEX "public"."login_throttle_last_failure_idx"`);
    await queryRunner.query(`DROP TABLE "login_throttle"`);
    await queryRunner.query(`DROP INDEX "public"."password_reset_user_idx"`);
    await queryRunner.query(`DROP TABLE "password_reset"`);
  }
}
