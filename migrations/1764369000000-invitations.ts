import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Invitations: one-time links for imported key persons to set their password and confirm
 * their profile. Only the SHA-256 of each token is stored.
 */
export class Invitations1764369000000 implements MigrationInterface {
  name = "Invitations1764369000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "invitation" ("token_hash" character(64) NOT NULL, "user_id" integer NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b827d3749ffbb3b5ab5099afd64" PRIMARY KEY ("token_hash"))`);
    await queryRunner.query(`CREATE INDEX "invitation_user_idx" ON "invitation"  ("user_id") `);
    await queryRunner.query(`ALTER TABLE "invitation" ADD CONSTRAINT "FK_dbf801c80100c878509602456ff" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "invitation" DROP CONSTRAINT "FK_dbf801c80100c878509602456ff"`);
    await queryRunner.query(`DROP INDEX "public"."invitation_user_idx"`);
    await queryRunner.query(`DROP TABLE "invitation"`);
  }
}
