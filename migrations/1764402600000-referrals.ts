import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Referrals (issue 18): a referral of the newcomer of an assignment to a care service,
 * with consent and what may be shared, its states and their moments, and its history.
 */
export class Referrals1764402600000 implements MigrationInterface {
  name = "Referrals1764402600000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."referral_state" AS ENUM('SENT', 'ACCEPTED', 'DECLINED', 'APPOINTMENT_MADE', 'WAITING_LIST', 'COMPLETED', 'WITHDRAWN')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."referral_decline_reason" AS ENUM('OUTSIDE_AREA', 'NOT_ELIGIBLE', 'NO_CAPACITY', 'TOPIC_NOT_OFFERED', 'LANGUAGE_NOT_OFFERED', 'OTHER')`,
    );
    await queryRunner.query(`CREATE TABLE "referral" (
      "id" SERIAL NOT NULL,
      "assignment_id" integer NOT NULL,
      "care_service_id" uuid NOT NULL,
      "state" "public"."referral_state" NOT NULL DEFAULT 'SENT',
      "topic" character varying(40) NOT NULL,
      "municipality_code" character varying(6) NOT NULL,
      "language_code" character varying(3),
      "consent_recorded_by_user_id" integer,
      "consent_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "shares_municipality" boolean NOT NULL,
      "shares_language" boolean NOT NULL,
      "shares_topic" boolean NOT NULL,
      "note" character varying(200),
      "decline_reason" "public"."referral_decline_reason",
      "decline_note" character varying(200),
      "needs_rerouting" boolean NOT NULL DEFAULT false,
      "rerouted_from_id" integer,
      "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "accepted_at" TIMESTAMP WITH TIME ZONE,
      "declined_at" TIMESTAMP WITH TIME ZONE,
      "appointment_made_at" TIMESTAMP WITH TIME ZONE,
      "waiting_list_at" TIMESTAMP WITH TIME ZONE,
      "completed_at" TIMESTAMP WITH TIME ZONE,
      "withdrawn_at" TIMESTAMP WITH TIME ZONE,
      "created_by_user_id" integer,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_referral" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "referral_assignment_idx" ON "referral" ("assignment_id")`);
    await queryRunner.query(`CREATE INDEX "referral_care_service_idx" ON "referral" ("care_service_id")`);
    await queryRunner.query(`CREATE INDEX "referral_state_idx" ON "referral" ("state")`);
    await queryRunner.query(
      `CREATE INDEX "referral_open_idx" ON "referral" ("assignment_id") WHERE state IN ('SENT', 'ACCEPTED', 'WAITING_LIST', 'APPOINTMENT_MADE')`,
    );
    await queryRunner.query(`CREATE TABLE "referral_event" (
      "id" SERIAL NOT NULL,
      "referral_id" integer NOT NULL,
      "from_state" "public"."referral_state",
      "state" "public"."referral_state" NOT NULL,
      "action" character varying(30) NOT NULL,
      "actor_user_id" integer,
      "side" character varying(10) NOT NULL,
      "note" character varying(200),
      "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_referral_event" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "referral_event_referral_idx" ON "referral_event" ("referral_id")`);
    const fk = (table: string, name: string, column: string, target: string, onDelete: string) =>
      queryRunner.query(
        `ALTER TABLE "${table}" ADD CONSTRAINT "${name}" FOREIGN KEY ("${column}") REFERENCES "${target}"("${target === "municipality" ? "code" : "id"}") ON DELETE ${onDelete} ON UPDATE NO ACTION`,
      );
    await fk("referral", "FK_ad22571d43ad69c973f00f46612", "assignment_id", "assignment", "RESTRICT");
    await fk("referral", "FK_1d5197608317377da8813f40a95", "care_service_id", "care_service", "RESTRICT");
    await fk("referral", "FK_1083061f395605c45813933271e", "municipality_code", "municipality", "RESTRICT");
    await fk("referral", "FK_c4986626882416e7f23e6e47c08", "consent_recorded_by_user_id", "app_user", "SET NULL");
    await fk("referral", "FK_6917ca0ee3856b4111d10d952e8", "rerouted_from_id", "referral", "SET NULL");
    await fk("referral", "FK_e3aa43723c856683c429d75bf2d", "created_by_user_id", "app_user", "SET NULL");
    await fk("referral_event", "FK_3f9efeb2b61e25fcd06638bbe60", "referral_id", "referral", "CASCADE");
    await fk("referral_event", "FK_4ff0f443cdaccb385525d183730", "actor_user_id", "app_user", "SET NULL");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "referral_event"`);
    await queryRunner.query(`DROP TABLE "referral"`);
    await queryRunner.query(`DROP TYPE "public"."referral_decline_reason"`);
    await queryRunner.query(`DROP TYPE "public"."referral_state"`);
  }
}
