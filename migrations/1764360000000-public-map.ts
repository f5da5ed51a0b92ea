import type { MigrationInterface, QueryRunner } from "typeorm";

/** The public map's organisation entries (the social map), and an index for weekly hour totals. */
export class PublicMap1764360000000 implements MigrationInterface {
  name = "PublicMap1764360000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "organisation_public_entry" ("organisation_id" integer NOT NULL, "website" character varying(300), "offers" character varying(1000) NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_709817d89f88055737bcc7aef5a" PRIMARY KEY ("organisation_id"))`);
    await queryRunner.query(`CREATE INDEX "hour_entry_date_idx" ON "hour_entry"  ("date") `);
    await queryRunner.query(`ALTER TABLE "organisation_public_entry" ADD CONSTRAINT "FK_709817d89f88055737bcc7aef5a" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organisation_public_entry" DROP CONSTRAINT "FK_709817d89f88055737bcc7aef5a"`);
    await queryRunner.query(`DROP INDEX "public"."hour_entry_date_idx"`);
    await queryRunner.query(`DROP TABLE "organisation_public_entry"`);
  }
}
