import type { MigrationInterface, QueryRunner } from "typeorm";

/** The columns of hour_entry the months are made of. */
const CHANGED = "date, key_person_id, funder, assignment_id, own_activity, status, hours, allowance_cents";

/** Adds signed changes (+1 a row inserted, −1 a row deleted) to their months, grouped first so each month row is touched once, in key order. */
const addSigned = (changes: string) => `INSERT INTO hour_month AS m (month, key_person_id, funder, assignment_id, own_activity, status, entries, hours, allowance_cents)
  SELECT date_trunc('month', date)::date, key_person_id, funder, assignment_id, own_activity, status,
         sum(sign), sum(sign * hours::float8), sum(sign * COALESCE(allowance_cents, 0))
  FROM (${changes}) c GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6
  ON CONFLICT ON CONSTRAINT hour_month_key DO UPDATE
    SET entries = m.entries + EXCLUDED.entries, hours = m.hours + EXCLUDED.hours, allowance_cents = m.allowance_cents + EXCLUDED.allowance_cents`;

/** Removes the month rows of the removed entries' key persons and months that hold no entry any more. */
const dropEmpty = (removed: string) => `DELETE FROM hour_month m USING (SELECT DISTINCT date_trunc('month', date)::date AS month, key_person_id FROM ${removed}) r
  WHERE m.month = r.month AND m.key_person_id = r.key_person_id AND m.entries = 0`;

/**
 * Issue 20: a report over a year summed every hour entry of that year (390,000 at 10,000
 * key persons), which alone took most of the 500 ms a report may take. Reports cover whole
 * months, so `hour_month` keeps the entries already added up per month, key person, funder,
 * case or own activity, and review status: a few rows where there were a dozen entries.
 * Statement-level triggers on hour_entry keep it exact whatever writes the entries (the
 * API, the import, a benchmark's bulk load, a hand-written fix): every statement adds what
 * it inserted and takes off what it deleted, an update both. Hours are quarters of an hour,
 * which a float8 adds and subtracts exactly. Not an entity: nothing writes it but the
 * triggers, and reports/figures.ts reads it (docs/reports.md).
 */
export class HourMonth1764411000000 implements MigrationInterface {
  name = "HourMonth1764411000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "hour_month" (
      "month" date NOT NULL,
      "key_person_id" integer NOT NULL,
      "funder" character varying(30) NOT NULL,
      "assignment_id" integer,
      "own_activity" "public"."own_activity",
      "status" "public"."review_status" NOT NULL,
      "entries" integer NOT NULL,
      "hours" double precision NOT NULL,
      "allowance_cents" bigint NOT NULL,
      CONSTRAINT "hour_month_key" UNIQUE NULLS NOT DISTINCT ("month", "key_person_id", "funder", "assignment_id", "own_activity", "status"))`);
    await queryRunner.query(`CREATE FUNCTION hour_month_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          ${addSigned(`SELECT ${CHANGED}, 1 AS sign FROM new_rows`)};
        ELSIF TG_OP = 'DELETE' THEN
          ${addSigned(`SELECT ${CHANGED}, -1 AS sign FROM old_rows`)};
          ${dropEmpty("old_rows")};
        ELSE
          ${addSigned(`SELECT ${CHANGED}, -1 AS sign FROM old_rows UNION ALL SELECT ${CHANGED}, 1 AS sign FROM new_rows`)};
          ${dropEmpty("old_rows")};
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE FUNCTION hour_month_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN TRUNCATE hour_month; RETURN NULL; END $$`);
    // Transition tables allow one event per trigger.
    await queryRunner.query(`CREATE TRIGGER hour_month_insert AFTER INSERT ON "hour_entry" REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION hour_month_change()`);
    await queryRunner.query(`CREATE TRIGGER hour_month_update AFTER UPDATE ON "hour_entry" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION hour_month_change()`);
    await queryRunner.query(`CREATE TRIGGER hour_month_delete AFTER DELETE ON "hour_entry" REFERENCING OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION hour_month_change()`);
    await queryRunner.query(`CREATE TRIGGER hour_month_truncate AFTER TRUNCATE ON "hour_entry" FOR EACH STATEMENT EXECUTE FUNCTION hour_month_truncate()`);
    await queryRunner.query(`INSERT INTO hour_month (month, key_person_id, funder, assignment_id, own_activity, status, entries, hours, allowance_cents)
      SELECT date_trunc('month', date)::date, key_person_id, funder, assignment_id, own_activity, status, count(*), sum(hours::float8), COALESCE(sum(allowance_cents), 0)
      FROM hour_entry GROUP BY 1, 2, 3, 4, 5, 6`);
    await queryRunner.query(`CREATE INDEX "hour_month_person_idx" ON "hour_month" ("key_person_id", "month")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER hour_month_truncate ON "hour_entry"`);
    await queryRunner.query(`DROP TRIGGER hour_month_delete ON "hour_entry"`);
    await queryRunner.query(`DROP TRIGGER hour_month_update ON "hour_entry"`);
    await queryRunner.query(`DROP TRIGGER hour_month_insert ON "hour_entry"`);
    await queryRunner.query(`DROP FUNCTION hour_month_truncate()`);
    await queryRunner.query(`DROP FUNCTION hour_month_change()`);
    await queryRunner.query(`DROP TABLE "hour_month"`);
  }
}
