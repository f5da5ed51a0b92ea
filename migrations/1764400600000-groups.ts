import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Group activities and affiliation (issue 17): intervision, supervision, trainings and
 * network meetings for several key persons (one row per occurrence of a recurring one),
 * their invitations, answers and attendance; the supervision sessions attendance writes
 * (linked to the activity); and key persons' affiliations with an organisation.
 */
export class Groups1764400600000 implements MigrationInterface {
  name = "Groups1764400600000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."group_activity_kind" AS ENUM('INTERVISION', 'SUPERVISION', 'TRAINING', 'NETWORK_MEETING')`);
    await queryRunner.query(
      `CREATE TABLE "group_activity" ("id" SERIAL NOT NULL, "kind" "public"."group_activity_kind" NOT NULL, "title" character varying(200) NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "capacity" integer NOT NULL, "location_lat" double precision, "location_lon" double precision, "online_url" character varying(500), "recurrence" character varying(500), "series_id" integer, "qualification_code" character varying(40), "organisation_id" integer, "created_by_user_id" integer, "cancelled_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "group_activity_ends_after_start" CHECK ("ends_at" > "starts_at"), CONSTRAINT "group_activity_capacity_positive" CHECK ("capacity" > 0), CONSTRAINT "group_activity_location_pair" CHECK (("location_lat" IS NULL) = ("location_lon" IS NULL)), CONSTRAINT "PK_group_activity_id" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "group_activity_starts_idx" ON "group_activity" ("starts_at") `);
    await queryRunner.query(`CREATE INDEX "group_activity_organisation_idx" ON "group_activity" ("organisation_id", "starts_at") `);
    await queryRunner.query(`CREATE INDEX "group_activity_series_idx" ON "group_activity" ("series_id") `);
    await queryRunner.query(`CREATE TYPE "public"."group_activity_answer" AS ENUM('ATTENDING', 'NOT_ATTENDING')`);
    await queryRunner.query(
      `CREATE TABLE "group_activity_invitation" ("id" SERIAL NOT NULL, "activity_id" integer NOT NULL, "key_person_id" integer NOT NULL, "invited_at" TIMESTAMP WITH TIME ZONE NOT NULL, "invited_by_user_id" integer, "answer" "public"."group_activity_answer", "answered_at" TIMESTAMP WITH TIME ZONE, "attended" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_group_activity_invitation_id" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "group_activity_invitation_key" ON "group_activity_invitation" ("activity_id", "key_person_id") `);
    await queryRunner.query(`CREATE INDEX "group_activity_invitation_person_idx" ON "group_activity_invitation" ("key_person_id") `);
    await queryRunner.query(
      `CREATE TABLE "key_person_affiliation" ("id" SERIAL NOT NULL, "key_person_id" integer NOT NULL, "organisation_id" integer NOT NULL, "starts_on" date NOT NULL, "ends_on" date, "responsible_for_supervision" boolean NOT NULL DEFAULT false, "created_by_user_id" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "key_person_affiliation_period" CHECK ("ends_on" IS NULL OR "ends_on" >= "starts_on"), CONSTRAINT "PK_key_person_affiliation_id" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "key_person_affiliation_person_idx" ON "key_person_affiliation" ("key_person_id", "starts_on") `);
    await queryRunner.query(`CREATE INDEX "key_person_affiliation_organisation_idx" ON "key_person_affiliation" ("organisation_id", "starts_on") `);
    await queryRunner.query(`ALTER TABLE "supervision_session" ADD "group_activity_id" integer`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "supervision_session_activity_key" ON "supervision_session" ("key_person_id", "group_activity_id") WHERE group_activity_id IS NOT NULL`,
    );
    for (const statement of [
      `ALTER TABLE "group_activity" ADD CONSTRAINT "FK_5891f51916669e456c5f49aa6cb" FOREIGN KEY ("series_id") REFERENCES "group_activity"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "group_activity" ADD CONSTRAINT "FK_58b184d2bb7290ada2babfcc25f" FOREIGN KEY ("qualification_code") REFERENCES "qualification_type"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      `ALTER TABLE "group_activity" ADD CONSTRAINT "FK_98ded08498929ae8842a74d72f0" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "group_activity_invitation" ADD CONSTRAINT "FK_badd67463f91b377aec090e623c" FOREIGN KEY ("activity_id") REFERENCES "group_activity"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "group_activity_invitation" ADD CONSTRAINT "FK_4a3e8f2761222c9617e4442fd5f" FOREIGN KEY ("key_person_id") REFERENCES "key_person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "key_person_affiliation" ADD CONSTRAINT "FK_477cc54eb56f383dedd332a3c11" FOREIGN KEY ("key_person_id") REFERENCES "key_person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "key_person_affiliation" ADD CONSTRAINT "FK_fdbe58dd503b55f83acb895984d" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    ])
      await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."supervision_session_activity_key"`);
    await queryRunner.query(`ALTER TABLE "supervision_session" DROP COLUMN "group_activity_id"`);
    await queryRunner.query(`DROP TABLE "key_person_affiliation"`);
    await queryRunner.query(`DROP TABLE "group_activity_invitation"`);
    await queryRunner.query(`DROP TYPE "public"."group_activity_answer"`);
    await queryRunner.query(`DROP TABLE "group_activity"`);
    await queryRunner.query(`DROP TYPE "public"."group_activity_kind"`);
  }
}
