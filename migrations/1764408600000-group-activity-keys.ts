import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Sessions and qualifications written by a group activity's attendance (issue 17) point to
 * it with a foreign key. They are the key person's record and outlive the activity (an
 * organisation's removal deletes its activities): the link is cleared, not the row.
 */
export class GroupActivityKeys1764408600000 implements MigrationInterface {
  name = "GroupActivityKeys1764408600000";

  async up(queryRunner: QueryRunner): Promise<void> {
    // Rows whose activity no longer exists (possible before this key) lose the link first.
    await queryRunner.query(`UPDATE "qualification" SET "group_activity_id" = NULL WHERE "group_activity_id" IS NOT NULL AND "group_activity_id" NOT IN (SELECT "id" FROM "group_activity")`);
    await queryRunner.query(`UPDATE "supervision_session" SET "group_activity_id" = NULL WHERE "group_activity_id" IS NOT NULL AND "group_activity_id" NOT IN (SELECT "id" FROM "group_activity")`);
    await queryRunner.query(
      `ALTER TABLE "qualification" ADD CONSTRAINT "FK_6280ea22cee349ad46830c06f62" FOREIGN KEY ("group_activity_id") REFERENCES "group_activity"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "supervision_session" ADD CONSTRAINT "FK_1e7d5631bc571ad41d1a2844d3d" FOREIGN KEY ("group_activity_id") REFERENCES "group_activity"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "supervision_session" DROP CONSTRAINT "FK_1e7d5631bc571ad41d1a2844d3d"`);
    await queryRunner.query(`ALTER TABLE "qualification" DROP CONSTRAINT "FK_6280ea22cee349ad46830c06f62"`);
  }
}
