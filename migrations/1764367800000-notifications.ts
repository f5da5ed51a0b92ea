import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * E-mail: the outbox (one row per user and event, written in the transaction of the
 * change that causes it, sent by the delivery worker), and per user whether they want
 * digests and when their address bounced.
 */
export class Notifications1764367800000 implements MigrationInterface {
  name = "Notifications1764367800000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."notification_status" AS ENUM('PENDING', 'SENT', 'FAILED', 'HELD')`);
    await queryRunner.query(
      `CREATE TABLE "notification" ("id" SERIAL NOT NULL, "user_id" integer NOT NULL, "kind" character varying(40) NOT NULL, "dedupe_key" character varying(200) NOT NULL, "locale" character varying(2) NOT NULL, "subject" character varying(300) NOT NULL, "body" text NOT NULL, "status" "public"."notification_status" NOT NULL DEFAULT 'PENDING', "attempts" integer NOT NULL DEFAULT '0', "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_error" character varying(1000), "sent_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "notification_created_idx" ON "notification"  ("created_at") `);
    await queryRunner.query(`CREATE INDEX "notification_due_idx" ON "notification"  ("next_attempt_at") WHERE status = 'PENDING'`);
    await queryRunner.query(`CREATE UNIQUE INDEX "notification_user_dedupe_key" ON "notification"  ("user_id", "dedupe_key") `);
    await queryRunner.query(`ALTER TABLE "app_user" ADD "digests_enabled" boolean NOT NULL DEFAULT true`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD "email_bounced_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "FK_928b7aa1754e08e1ed7052cb9d8" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "FK_928b7aa1754e08e1ed7052cb9d8"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "email_bounced_at"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "digests_enabled"`);
    await queryRunner.query(`DROP INDEX "public"."notification_user_dedupe_key"`);
    await queryRunner.query(`DROP INDEX "public"."notification_due_idx"`);
    await queryRunner.query(`DROP INDEX "public"."notification_created_idx"`);
    await queryRunner.query(`DROP TABLE "notification"`);
    await queryRunner.query(`DROP TYPE "public"."notification_status"`);
  }
}
