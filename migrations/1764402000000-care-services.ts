import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Care services (issue 18): the service directory modelled on HSDS 3.0 (service, service_area,
 * language, phone, schedule, location + service_at_location), organisations' named contact
 * points, and the organisation's uuid for the open-data API.
 */
export class CareServices1764402000000 implements MigrationInterface {
  name = "CareServices1764402000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."care_service_status" AS ENUM('ACTIVE', 'INACTIVE', 'DEFUNCT', 'TEMPORARILY_CLOSED')`);
    await queryRunner.query(`CREATE TABLE "care_service" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" integer NOT NULL, "name" character varying(200) NOT NULL, "description" text, "url" character varying(500), "email" character varying(254), "status" "public"."care_service_status" NOT NULL DEFAULT 'ACTIVE', "topics" character varying(40) array NOT NULL DEFAULT '{}', "interpreters_available" boolean NOT NULL DEFAULT false, "residence_eligibility" character varying(20) array NOT NULL DEFAULT '{}', "eligibility_description" text, "application_process" text, "fees_description" text, "anonymous_line" boolean NOT NULL DEFAULT false, "nationwide" boolean NOT NULL DEFAULT false, "public" boolean NOT NULL DEFAULT true, "assured_on" date, "assurer_user_id" integer, "stale_reminded_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6f0fe3aeb82a562ee1f3c839339" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "care_service_organisation_idx" ON "care_service"("organisation_id") `);
    await queryRunner.query(`CREATE TABLE "care_service_area" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "service_id" uuid NOT NULL, "municipality_code" character varying(6) NOT NULL, CONSTRAINT "care_service_area_service_municipality_key" UNIQUE ("service_id", "municipality_code"), CONSTRAINT "PK_722046c79c10e472cc1deb3df3a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "care_service_area_municipality_idx" ON "care_service_area"("municipality_code") `);
    await queryRunner.query(`CREATE TABLE "care_service_language" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "service_id" uuid NOT NULL, "language_code" character varying(3) NOT NULL, CONSTRAINT "care_service_language_service_language_key" UNIQUE ("service_id", "language_code"), CONSTRAINT "PK_efd057da97784d25b29e65a6175" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "care_service_language_language_idx" ON "care_service_language"("language_code") `);
    await queryRunner.query(`CREATE TABLE "care_service_phone" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "service_id" uuid NOT NULL, "number" character varying(40) NOT NULL, "description" character varying(200), CONSTRAINT "PK_dbd84d68e1d4012da372ffb7a7c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "care_service_phone_service_idx" ON "care_service_phone"("service_id") `);
    await queryRunner.query(`CREATE TABLE "care_service_schedule" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "service_id" uuid NOT NULL, "weekday" smallint NOT NULL, "opens_at" TIME NOT NULL, "closes_at" TIME NOT NULL, "notes" character varying(200), CONSTRAINT "care_service_schedule_hours" CHECK ("closes_at" > "opens_at"), CONSTRAINT "care_service_schedule_weekday" CHECK ("weekday" BETWEEN 1 AND 7), CONSTRAINT "PK_bfefcbc83cd78f4a06ae694881a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "care_service_schedule_service_idx" ON "care_service_schedule"("service_id") `);
    await queryRunner.query(`CREATE TABLE "care_service_location" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "service_at_location_id" uuid NOT NULL DEFAULT gen_random_uuid(), "service_id" uuid NOT NULL, "name" character varying(200), "address" character varying(200) NOT NULL, "postal_code" character varying(7) NOT NULL, "city" character varying(100) NOT NULL, "municipality_code" character varying(6) NOT NULL, "lat" double precision, "lon" double precision, CONSTRAINT "PK_6019daf497ff585d62bc3838684" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "care_service_location_sal_key" ON "care_service_location"("service_at_location_id") `);
    await queryRunner.query(`CREATE INDEX "care_service_location_service_idx" ON "care_service_location"("service_id") `);
    await queryRunner.query(`CREATE INDEX "care_service_location_municipality_idx" ON "care_service_location"("municipality_code") `);
    await queryRunner.query(`CREATE TABLE "organisation_contact" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" integer NOT NULL, "name" character varying(120) NOT NULL, "title" character varying(120), "email" character varying(254), "phone" character varying(40), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_eb6402e474652d86e87dc3761d1" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "organisation_contact_organisation_idx" ON "organisation_contact"("organisation_id") `);
    await queryRunner.query(`ALTER TABLE "organisation" ADD "hsds_id" uuid NOT NULL DEFAULT gen_random_uuid()`);
    await queryRunner.query(`CREATE UNIQUE INDEX "organisation_hsds_id_key" ON "organisation"("hsds_id") `);
    await queryRunner.query(`ALTER TABLE "care_service" ADD CONSTRAINT "FK_c56a0e633b23543d3bd07f47dfc" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "care_service" ADD CONSTRAINT "FK_77a3ba2943b6f3d15c40d1051f7" FOREIGN KEY ("assurer_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "care_service_area" ADD CONSTRAINT "FK_adb27634df1b3d57782aafcc178" FOREIGN KEY ("service_id") REFERENCES "care_service"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "care_service_area" ADD CONSTRAINT "FK_1aec589a21b022fecde425c8210" FOREIGN KEY ("municipality_code") REFERENCES "municipality"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "care_service_language" ADD CONSTRAINT "FK_2a9dc68a0d70cd95366e51c89b3" FOREIGN KEY ("service_id") REFERENCES "care_service"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "care_service_language" ADD CONSTRAINT "FK_ab2167fe8db2b41de7a53a6f6f6" FOREIGN KEY ("language_code") REFERENCES "language"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "care_service_phone" ADD CONSTRAINT "FK_b4216701511b2199d73beff6b5f" FOREIGN KEY ("service_id") REFERENCES "care_service"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "care_service_schedule" ADD CONSTRAINT "FK_7bc5994cfd3294b8d5a8de47c5b" FOREIGN KEY ("service_id") REFERENCES "care_service"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "care_service_location" ADD CONSTRAINT "FK_2dcfc7b6764377028b80630381c" FOREIGN KEY ("service_id") REFERENCES "care_service"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "care_service_location" ADD CONSTRAINT "FK_7e5e79e3812f7fc39ac8f654b08" FOREIGN KEY ("municipality_code") REFERENCES "municipality"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "organisation_contact" ADD CONSTRAINT "FK_ad8a696eff4934e220a3be373e5" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organisation_contact" DROP CONSTRAINT "FK_ad8a696eff4934e220a3be373e5"`);
    await queryRunner.query(`ALTER TABLE "care_service_location" DROP CONSTRAINT "FK_7e5e79e3812f7fc39ac8f654b08"`);
    await queryRunner.query(`ALTER TABLE "care_service_location" DROP CONSTRAINT "FK_2dcfc7b6764377028b80630381c"`);
    await queryRunner.query(`ALTER TABLE "care_service_schedule" DROP CONSTRAINT "FK_7bc5994cfd3294b8d5a8de47c5b"`);
    await queryRunner.query(`ALTER TABLE "care_service_phone" DROP CONSTRAINT "FK_b4216701511b2199d73beff6b5f"`);
    await queryRunner.query(`ALTER TABLE "care_service_language" DROP CONSTRAINT "FK_ab2167fe8db2b41de7a53a6f6f6"`);
    await queryRunner.query(`ALTER TABLE "care_service_language" DROP CONSTRAINT "FK_2a9dc68a0d70cd95366e51c89b3"`);
    await queryRunner.query(`ALTER TABLE "care_service_area" DROP CONSTRAINT "FK_1aec589a21b022fecde425c8210"`);
    await queryRunner.query(`ALTER TABLE "care_service_area" DROP CONSTRAINT "FK_adb27634df1b3d57782aafcc178"`);
    await queryRunner.query(`ALTER TABLE "care_service" DROP CONSTRAINT "FK_77a3ba2943b6f3d15c40d1051f7"`);
    await queryRunner.query(`ALTER TABLE "care_service" DROP CONSTRAINT "FK_c56a0e633b23543d3bd07f47dfc"`);
    await queryRunner.query(`DROP INDEX "public"."organisation_hsds_id_key"`);
    await queryRunner.query(`ALTER TABLE "organisation" DROP COLUMN "hsds_id"`);
    await queryRunner.query(`DROP INDEX "public"."organisation_contact_organisation_idx"`);
    await queryRunner.query(`DROP TABLE "organisation_contact"`);
    await queryRunner.query(`DROP INDEX "public"."care_service_location_municipality_idx"`);
    await queryRunner.query(`DROP INDEX "public"."care_service_location_service_idx"`);
    await queryRunner.query(`DROP INDEX "public"."care_service_location_sal_key"`);
    await queryRunner.query(`DROP TABLE "care_service_location"`);
    await queryRunner.query(`DROP INDEX "public"."care_service_schedule_service_idx"`);
    await queryRunner.query(`DROP TABLE "care_service_schedule"`);
    await queryRunner.query(`DROP INDEX "public"."care_service_phone_service_idx"`);
    await queryRunner.query(`DROP TABLE "care_service_phone"`);
    await queryRunner.query(`DROP INDEX "public"."care_service_language_language_idx"`);
    await queryRunner.query(`DROP TABLE "care_service_language"`);
    await queryRunner.query(`DROP INDEX "public"."care_service_area_municipality_idx"`);
    await queryRunner.query(`DROP TABLE "care_service_area"`);
    await queryRunner.query(`DROP INDEX "public"."care_service_organisation_idx"`);
    await queryRunner.query(`DROP TABLE "care_service"`);
    await queryRunner.query(`DROP TYPE "public"."care_service_status"`);
  }
}
