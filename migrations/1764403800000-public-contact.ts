import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Issue 19: three more things a key person may make public (whether they help by phone or
 * video, the municipalities they reach, taking messages through the map), off for
 * everyone until they say so; and the counts that limit messages per client and per key
 * person.
 */
export class PublicContact1764403800000 implements MigrationInterface {
  name = "PublicContact1764403800000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "key_person" ADD "consent_show_remote" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "key_person" ADD "consent_show_reach" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "key_person" ADD "consent_contact" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(
      `CREATE TABLE "public_message_throttle" ("key" character(64) NOT NULL, "window_started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "count" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_public_message_throttle" PRIMARY KEY ("key"))`,
    );
    await queryRunner.query(`CREATE INDEX "public_message_throttle_window_idx" ON "public_message_throttle" ("window_started_at") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."public_message_throttle_window_idx"`);
    await queryRunner.query(`DROP TABLE "public_message_throttle"`);
    await queryRunner.query(`ALTER TABLE "key_person" DROP COLUMN "consent_contact"`);
    await queryRunner.query(`ALTER TABLE "key_person" DROP COLUMN "consent_show_reach"`);
    await queryRunner.query(`ALTER TABLE "key_person" DROP COLUMN "consent_show_remote"`);
  }
}
