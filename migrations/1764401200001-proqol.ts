import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Care (issue 17): the ProQOL 5 self-check. One row per self-check: the 30 answers as
 * given and the three sums scored when it was submitted (domain/proqol.ts). Read only by
 * the key person and coordinators; erased with the key person.
 */
export class Proqol1764401200001 implements MigrationInterface {
  name = "Proqol1764401200001";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "proqol_response" ("id" SERIAL NOT NULL, "key_person_id" integer NOT NULL, "answered_at" TIMESTAMP WITH TIME ZONE NOT NULL, "answers" smallint array NOT NULL, "compassion_satisfaction" smallint NOT NULL, "burnout" smallint NOT NULL, "secondary_traumatic_stress" smallint NOT NULL, CONSTRAINT "proqol_response_answers" CHECK (cardinality("answers") = 30 AND 1 <= ALL("answers") AND 5 >= ALL("answers")), CONSTRAINT "PK_58a7e19c81dbd49e42687f825fc" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "proqol_response_person_idx" ON "proqol_response" ("key_person_id", "answered_at", "id") `);
    await queryRunner.query(
      `ALTER TABLE "proqol_response" ADD CONSTRAINT "FK_969f3c8d9205920c317a637620f" FOREIGN KEY ("key_person_id") REFERENCES "key_person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "proqol_response" DROP CONSTRAINT "FK_969f3c8d9205920c317a637620f"`);
    await queryRunner.query(`DROP INDEX "public"."proqol_response_person_idx"`);
    await queryRunner.query(`DROP TABLE "proqol_response"`);
  }
}
