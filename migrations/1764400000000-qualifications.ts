import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Qualifications (issue 17): a maintained list of qualification types with the expertise
 * each covers, the key persons' qualifications (declared, then verified by a coordinator),
 * and which expertise needs a verified qualification for matching (hard rule
 * QUALIFICATION). The list starts with five types; coordinators edit it.
 */
export class Qualifications1764400000000 implements MigrationInterface {
  name = "Qualifications1764400000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "expertise" ADD "requires_qualification" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(
      `CREATE TABLE "qualification_type" ("code" character varying(40) NOT NULL, "name_nl" character varying(200) NOT NULL, "name_en" character varying(200) NOT NULL, "validity_months" integer, "covers_expertise" character varying(40) array NOT NULL DEFAULT '{}', "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_qualification_type_code" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(`CREATE TYPE "public"."qualification_status" AS ENUM('SELF_DECLARED', 'VERIFIED', 'REJECTED')`);
    await queryRunner.query(
      `CREATE TABLE "qualification" ("id" SERIAL NOT NULL, "key_person_id" integer NOT NULL, "type_code" character varying(40) NOT NULL, "issuer" character varying(200) NOT NULL, "obtained_on" date NOT NULL, "valid_until" date, "status" "public"."qualification_status" NOT NULL DEFAULT 'SELF_DECLARED', "verified_by_user_id" integer, "verified_at" TIMESTAMP WITH TIME ZONE, "verification_note" character varying(1000), "group_activity_id" integer, "created_by_user_id" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_qualification_id" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "qualification_person_idx" ON "qualification" ("key_person_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "qualification_activity_uniq" ON "qualification" ("key_person_id", "group_activity_id") WHERE "group_activity_id" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "qualification_expiry_idx" ON "qualification" ("valid_until") WHERE "status" = 'VERIFIED' AND "valid_until" IS NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "qualification" ADD CONSTRAINT "FK_1fea0a949025c0e963dd7c6467a" FOREIGN KEY ("key_person_id") REFERENCES "key_person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "qualification" ADD CONSTRAINT "FK_caaf255b5e7f1a4f31e6a95b3c6" FOREIGN KEY ("type_code") REFERENCES "qualification_type"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // The starting list (coordinators edit it): what the national programme and the sector train.
    await queryRunner.query(
      `INSERT INTO "qualification_type" ("code", "name_nl", "name_en", "validity_months", "covers_expertise") VALUES
       ('KEY_PERSON_BASIC', 'Landelijke basistraining sleutelpersonen', 'National key-person basic training', NULL, '{}'),
       ('SGBV_TRAINING', 'Training seksueel en gendergerelateerd geweld (SGGG)', 'Sexual and gender-based violence (SGBV) training', 36, '{SGBV,SEXUAL_VIOLENCE,HONOUR_VIOLENCE,HUMAN_TRAFFICKING}'),
       ('FGM_TRAINING', 'Training vrouwelijke genitale verminking (VGV)', 'Female genital mutilation (FGM) training', 36, '{FGM}'),
       ('TRAUMA_INFORMED', 'Traumasensitieve eerste steun', 'Trauma-informed first support', 24, '{MENTAL_HEALTH,SEXUAL_VIOLENCE}'),
       ('MELDCODE', 'Meldcode huiselijk geweld en kindermishandeling', 'Reporting code for domestic violence and child abuse (Meldcode)', 24, '{DOMESTIC_VIOLENCE,YOUTH,PARENTING}')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "qualification" DROP CONSTRAINT "FK_caaf255b5e7f1a4f31e6a95b3c6"`);
    await queryRunner.query(`ALTER TABLE "qualification" DROP CONSTRAINT "FK_1fea0a949025c0e963dd7c6467a"`);
    await queryRunner.query(`DROP INDEX "public"."qualification_expiry_idx"`);
    await queryRunner.query(`DROP INDEX "public"."qualification_activity_uniq"`);
    await queryRunner.query(`DROP INDEX "public"."qualification_person_idx"`);
    await queryRunner.query(`DROP TABLE "qualification"`);
    await queryRunner.query(`DROP TYPE "public"."qualification_status"`);
    await queryRunner.query(`DROP TABLE "qualification_type"`);
    await queryRunner.query(`ALTER TABLE "expertise" DROP COLUMN "requires_qualification"`);
  }
}
