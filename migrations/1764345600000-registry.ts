import type { MigrationInterface, QueryRunner } from "typeorm";

/** The registry: reference data tables, key persons, organisations, users and the audit log. */
export class Registry1764345600000 implements MigrationInterface {
  name = "Registry1764345600000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "audit_log" ("id" SERIAL NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_user_id" integer, "actor_role" character varying(24), "action" character varying(60) NOT NULL, "entity_type" character varying(40) NOT NULL, "entity_id" character varying(40), "detail" jsonb NOT NULL DEFAULT '{}', CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "audit_log_at_idx" ON "audit_log"  ("at") `);
    await queryRunner.query(`CREATE INDEX "audit_log_entity_idx" ON "audit_log"  ("entity_type", "entity_id") `);
    await queryRunner.query(`CREATE TABLE "municipality" ("code" character varying(6) NOT NULL, "name" character varying NOT NULL, "province" character varying NOT NULL, "province_code" character varying(4) NOT NULL, "centroid_lat" double precision NOT NULL, "centroid_lon" double precision NOT NULL, "inside_lat" double precision NOT NULL, "inside_lon" double precision NOT NULL, CONSTRAINT "PK_f01eb47e7b81481ca5a146a786d" PRIMARY KEY ("code"))`);
    await queryRunner.query(`CREATE TABLE "language" ("code" character varying(3) NOT NULL, "name" character varying NOT NULL, "name_nl" character varying NOT NULL, CONSTRAINT "PK_465b3173cdddf0ac2d3fe73a33c" PRIMARY KEY ("code"))`);
    await queryRunner.query(`CREATE TABLE "expertise" ("code" character varying(40) NOT NULL, "name" character varying NOT NULL, "name_nl" character varying NOT NULL, CONSTRAINT "PK_2ad933f5063aef8f508eefb2f6d" PRIMARY KEY ("code"))`);
    await queryRunner.query(`CREATE TYPE "public"."organisation_kind" AS ENUM('GGD', 'MUNICIPALITY', 'CLINIC', 'RECEPTION_LOCATION', 'NGO', 'OTHER')`);
    await queryRunner.query(`CREATE TABLE "organisation" ("id" SERIAL NOT NULL, "name" character varying(160) NOT NULL, "kind" "public"."organisation_kind" NOT NULL DEFAULT 'OTHER', "municipality_code" character varying(6), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c725ae234ef1b74cce43d2d00c1" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TYPE "public"."gender" AS ENUM('FEMALE', 'MALE', 'NON_BINARY')`);
    await queryRunner.query(`CREATE TYPE "public"."key_person_status" AS ENUM('ACTIVE', 'PAUSED', 'INACTIVE')`);
    await queryRunner.query(`CREATE TYPE "public"."compensation_type" AS ENUM('VOLUNTEER', 'FREELANCE', 'EMPLOYED')`);
    await queryRunner.query(`CREATE TABLE "key_person" ("id" SERIAL NOT NULL, "display_name" character varying(120) NOT NULL, "email" character varying(254), "phone" character varying(40), "gender" "public"."gender", "birth_year" integer, "home_lat" double precision NOT NULL, "home_lon" double precision NOT NULL, "home_municipality_code" character varying(6) NOT NULL, "max_travel_km" real NOT NULL, "remote_available" boolean NOT NULL, "weekly_capacity_hours" real NOT NULL, "status" "public"."key_person_status" NOT NULL DEFAULT 'ACTIVE', "compensation_type" "public"."compensation_type" NOT NULL, "origins" character varying(2) array NOT NULL DEFAULT '{}', "profile_confirmed_at" TIMESTAMP WITH TIME ZONE, "consent_listed" boolean NOT NULL DEFAULT false, "consent_show_name" boolean NOT NULL DEFAULT false, "consent_show_municipality" boolean NOT NULL DEFAULT false, "consent_show_languages" boolean NOT NULL DEFAULT false, "consent_show_expertise" boolean NOT NULL DEFAULT false, "consent_show_email" boolean NOT NULL DEFAULT false, "consent_show_phone" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9a5a99871e8eebe9e8484ae2a15" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "key_person_email_key" ON "key_person"  ("email") `);
    await queryRunner.query(`CREATE INDEX "key_person_municipality_idx" ON "key_person"  ("home_municipality_code") `);
    await queryRunner.query(`CREATE INDEX "key_person_home_idx" ON "key_person"  ("home_lat", "home_lon") `);
    await queryRunner.query(`CREATE TYPE "public"."language_level" AS ENUM('NATIVE', 'FLUENT', 'BASIC')`);
    await queryRunner.query(`CREATE TABLE "key_person_language" ("key_person_id" integer NOT NULL, "language_code" character varying(3) NOT NULL, "level" "public"."language_level" NOT NULL, "dialect" character varying(80), CONSTRAINT "PK_a8f9cb66ed99a1c3162c29b3f0b" PRIMARY KEY ("key_person_id", "language_code"))`);
    await queryRunner.query(`CREATE INDEX "key_person_language_code_idx" ON "key_person_language"  ("language_code") `);
    await queryRunner.query(`CREATE TABLE "key_person_expertise" ("key_person_id" integer NOT NULL, "expertise_code" character varying(40) NOT NULL, CONSTRAINT "PK_29fbb36242586b4562094baf236" PRIMARY KEY ("key_person_id", "expertise_code"))`);
    await queryRunner.query(`CREATE INDEX "key_person_expertise_code_idx" ON "key_person_expertise"  ("expertise_code") `);
    await queryRunner.query(`CREATE TYPE "public"."role" AS ENUM('COORDINATOR', 'REGIONAL_COORDINATOR', 'ORGANISATION', 'KEY_PERSON')`);
    await queryRunner.query(`CREATE TABLE "app_user" ("id" SERIAL NOT NULL, "email" character varying(254) NOT NULL, "password_hash" character varying NOT NULL, "role" "public"."role" NOT NULL, "key_person_id" integer, "organisation_id" integer, "municipality_codes" character varying(6) array NOT NULL DEFAULT '{}', "locale" character varying(2) NOT NULL DEFAULT 'nl', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_login_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "app_user_email_key" ON "app_user"  ("email") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "app_user_key_person_key" ON "app_user"  ("key_person_id") `);
    await queryRunner.query(`ALTER TABLE "organisation" ADD CONSTRAINT "FK_f34b7ac67bcb8d4f2a9e2282596" FOREIGN KEY ("municipality_code") REFERENCES "municipality"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "key_person" ADD CONSTRAINT "FK_88e6d318808a5bbd21c6a342a56" FOREIGN KEY ("home_municipality_code") REFERENCES "municipality"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "key_person_language" ADD CONSTRAINT "FK_37de947ef4996630f237f1bdf70" FOREIGN KEY ("key_person_id") REFERENCES "key_person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "key_person_language" ADD CONSTRAINT "FK_ea55e9af79ac0c36204d5a6ed8f" FOREIGN KEY ("language_code") REFERENCES "language"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "key_person_expertise" ADD CONSTRAINT "FK_ba4ee189298314d8b74fc55b55f" FOREIGN KEY ("key_person_id") REFERENCES "key_person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "key_person_expertise" ADD CONSTRAINT "FK_b89f9d44fb554e7ed2533a92a5b" FOREIGN KEY ("expertise_code") REFERENCES "expertise"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD CONSTRAINT "FK_c1a1cab997fb617b448813819f5" FOREIGN KEY ("key_person_id") REFERENCES "key_person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD CONSTRAINT "FK_6fa42e978fa7d7adc32736e26fd" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    // The audit log is append-only, enforced by the database itself.
    await queryRunner.query(`CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP; END $$`);
    await queryRunner.query(`CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON "audit_log"
      FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`);
    await queryRunner.query(`CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON "audit_log"
      FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER audit_log_no_truncate ON "audit_log"`);
    await queryRunner.query(`DROP TRIGGER audit_log_append_only ON "audit_log"`);
    await queryRunner.query(`DROP FUNCTION audit_log_append_only()`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "FK_6fa42e978fa7d7adc32736e26fd"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "FK_c1a1cab997fb617b448813819f5"`);
    await queryRunner.query(`ALTER TABLE "key_person_expertise" DROP CONSTRAINT "FK_b89f9d44fb554e7ed2533a92a5b"`);
    await queryRunner.query(`ALTER TABLE "key_person_expertise" DROP CONSTRAINT "FK_ba4ee189298314d8b74fc55b55f"`);
    await queryRunner.query(`ALTER TABLE "key_person_language" DROP CONSTRAINT "FK_ea55e9af79ac0c36204d5a6ed8f"`);
    await queryRunner.query(`ALTER TABLE "key_person_language" DROP CONSTRAINT "FK_37de947ef4996630f237f1bdf70"`);
    await queryRunner.query(`ALTER TABLE "key_person" DROP CONSTRAINT "FK_88e6d318808a5bbd21c6a342a56"`);
    await queryRunner.query(`ALTER TABLE "organisation" DROP CONSTRAINT "FK_f34b7ac67bcb8d4f2a9e2282596"`);
    await queryRunner.query(`DROP INDEX "public"."app_user_key_person_key"`);
    await queryRunner.query(`DROP INDEX "public"."app_user_email_key"`);
    await queryRunner.query(`DROP TABLE "app_user"`);
    await queryRunner.query(`DROP TYPE "public"."role"`);
    await queryRunner.query(`DROP INDEX "public"."key_person_expertise_code_idx"`);
    await queryRunner.query(`DROP TABLE "key_person_expertise"`);
    await queryRunner.query(`DROP INDEX "public"."key_person_language_code_idx"`);
    await queryRunner.query(`DROP TABLE "key_person_language"`);
    await queryRunner.query(`DROP TYPE "public"."language_level"`);
    await queryRunner.query(`DROP INDEX "public"."key_person_home_idx"`);
    await queryRunner.query(`DROP INDEX "public"."key_person_municipality_idx"`);
    await queryRunner.query(`DROP INDEX "public"."key_person_email_key"`);
    await queryRunner.query(`DROP TABLE "key_person"`);
    await queryRunner.query(`DROP TYPE "public"."compensation_type"`);
    await queryRunner.query(`DROP TYPE "public"."key_person_status"`);
    await queryRunner.query(`DROP TYPE "public"."gender"`);
    await queryRunner.query(`DROP TABLE "organisation"`);
    await queryRunner.query(`DROP TYPE "public"."organisation_kind"`);
    await queryRunner.query(`DROP TABLE "expertise"`);
    await queryRunner.query(`DROP TABLE "language"`);
    await queryRunner.query(`DROP TABLE "municipality"`);
    await queryRunner.query(`DROP INDEX "public"."audit_log_entity_idx"`);
    await queryRunner.query(`DROP INDEX "public"."audit_log_at_idx"`);
    await queryRunner.query(`DROP TABLE "audit_log"`);
  }
}
