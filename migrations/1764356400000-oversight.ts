import type { MigrationInterface, QueryRunner } from "typeorm";

/** Oversight: supervision sessions and trainings, wellbeing check-ins and their clearances. */
export class Oversight1764356400000 implements MigrationInterface {
  name = "Oversight1764356400000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."supervision_kind" AS ENUM('INTERVISION', 'SUPERVISION', 'TRAINING')`);
    await queryRunner.query(`CREATE TABLE "supervision_session" ("id" SERIAL NOT NULL, "key_person_id" integer NOT NULL, "date" date NOT NULL, "kind" "public"."supervision_kind" NOT NULL, "note" character varying(200), "logged_by_user_id" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_64f812b453f2fe9cd92c24beee4" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "supervision_session_person_idx" ON "supervision_session"  ("key_person_id", "date") `);
    await queryRunner.query(`CREATE TABLE "wellbeing_check_in" ("id" SERIAL NOT NULL, "key_person_id" integer NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "strain" smallint NOT NULL, "emotional_impact" smallint NOT NULL, "support" smallint NOT NULL, "contact_requested" boolean NOT NULL, CONSTRAINT "wellbeing_scores_in_range" CHECK ("strain" BETWEEN 1 AND 5 AND "emotional_impact" BETWEEN 1 AND 5 AND "support" BETWEEN 1 AND 5), CONSTRAINT "PK_9eef776380bab54640cef9d96e0" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "wellbeing_check_in_person_idx" ON "wellbeing_check_in"  ("key_person_id", "at") `);
    await queryRunner.query(`CREATE TABLE "wellbeing_clearance" ("id" SERIAL NOT NULL, "key_person_id" integer NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "cleared_by_user_id" integer NOT NULL, "note" character varying(1000) NOT NULL, CONSTRAINT "PK_c365655702510d6fb8f8ebd0668" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "wellbeing_clearance_person_idx" ON "wellbeing_clearance"  ("key_person_id", "at") `);
    await queryRunner.query(`ALTER TABLE "supervision_session" ADD CONSTRAINT "FK_1a3f590cb9c28d8cf1d81f4130d" FOREIGN KEY ("key_person_id") REFERENCES "key_person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "wellbeing_check_in" ADD CONSTRAINT "FK_c7376e5238a165d6c7244a8296a" FOREIGN KEY ("key_person_id") REFERENCES "key_person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "wellbeing_clearance" ADD CONSTRAINT "FK_dd3bb326169195848c440e647a3" FOREIGN KEY ("key_person_id") REFERENCES "key_person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "wellbeing_clearance" DROP CONSTRAINT "FK_dd3bb326169195848c440e647a3"`);
    await queryRunner.query(`ALTER TABLE "wellbeing_check_in" DROP CONSTRAINT "FK_c7376e5238a165d6c7244a8296a"`);
    await queryRunner.query(`ALTER TABLE "supervision_session" DROP CONSTRAINT "FK_1a3f590cb9c28d8cf1d81f4130d"`);
    await queryRunner.query(`DROP INDEX "public"."wellbeing_clearance_person_idx"`);
    await queryRunner.query(`DROP TABLE "wellbeing_clearance"`);
    await queryRunner.query(`DROP INDEX "public"."wellbeing_check_in_person_idx"`);
    await queryRunner.query(`DROP TABLE "wellbeing_check_in"`);
    await queryRunner.query(`DROP INDEX "public"."supervision_session_person_idx"`);
    await queryRunner.query(`DROP TABLE "supervision_session"`);
    await queryRunner.query(`DROP TYPE "public"."supervision_kind"`);
  }
}
