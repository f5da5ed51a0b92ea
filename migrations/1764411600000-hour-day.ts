import type { MigrationInterface, QueryRunner } from "typeorm";

/** An entry's kind of work: its request's kind (an entry on a case, consult, …), null for an own activity. */
const KIND_OF = (entries: string) => `SELECT e.date, r.kind, e.own_activity, e.status, e.hours, e.sign FROM ${entries} e
  LEFT JOIN assignment a ON a.id = e.assignment_id LEFT JOIN match_request r ON r.id = a.request_id`;

/** Adds signed changes (+1 a row inserted, −1 a row deleted) to their days, grouped first so each day row is touched once, in key order. */
const addSigned = (changes: string) => `INSERT INTO hour_day AS d (date, kind, own_activity, status, entries, hours)
  SELECT date, kind, own_activity, status, sum(sign), sum(sign * hours::numeric)
  FROM (${changes}) c GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
  ON CONFLICT ON CONSTRAINT hour_day_key DO UPDATE SET entries = d.entries + EXCLUDED.entries, hours = d.hours + EXCLUDED.hours`;

/** Removes the day rows that hold no entry any more (of the days `dates` names). */
const dropEmpty = (dates: string) => `DELETE FROM hour_day d USING (SELECT DISTINCT date FROM ${dates}) r WHERE d.date = r.date AND d.entries = 0`;

const COLUMNS = "date, assignment_id, own_activity, status, hours";

/**
 * Issue 21: the national dashboard's weekly hours and hours per kind of work summed every
 * entry of the last 12 weeks (632,000 at 100,000 key persons) on every load. `hour_day`
 * keeps them added up per day, kind of work (the request's kind, or the own activity) and
 * review status: a few dozen rows a day, whatever the number of entries. Days, not weeks:
 * the dashboard's weeks end today (they move every day), and any run of whole days can be
 * summed from days. Hours are summed as numeric, as the dashboard summed the entries, so
 * the sums are the same to the digit. Kept exact by statement-level triggers on
 * hour_entry, whatever writes the entries, like hour_month (1764411000000); an entry's kind
 * is read from its assignment's request, so a request whose kind changes, or an assignment
 * moved to another request, moves its entries' hours too. Assignments with entries cannot
 * be deleted (ON DELETE RESTRICT), so the kind of a deleted entry can always be found.
 * Not an entity: nothing writes it but the triggers; the dashboard reads it for the
 * whole country (reports/figures.ts hoursByWork, oversight.service.ts).
 */
export class HourDay1764411600000 implements MigrationInterface {
  name = "HourDay1764411600000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "hour_day" (
      "date" date NOT NULL,
      "kind" "public"."request_kind",
      "own_activity" "public"."own_activity",
      "status" "public"."review_status" NOT NULL,
      "entries" integer NOT NULL,
      "hours" numeric NOT NULL,
      CONSTRAINT "hour_day_key" UNIQUE NULLS NOT DISTINCT ("date", "kind", "own_activity", "status"))`);
    await queryRunner.query(`CREATE FUNCTION hour_day_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          ${addSigned(KIND_OF(`(SELECT ${COLUMNS}, 1 AS sign FROM new_rows)`))};
        ELSIF TG_OP = 'DELETE' THEN
          ${addSigned(KIND_OF(`(SELECT ${COLUMNS}, -1 AS sign FROM old_rows)`))};
          ${dropEmpty("old_rows")};
        ELSE
          ${addSigned(KIND_OF(`(SELECT ${COLUMNS}, -1 AS sign FROM old_rows UNION ALL SELECT ${COLUMNS}, 1 AS sign FROM new_rows)`))};
          ${dropEmpty("old_rows")};
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE FUNCTION hour_day_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN TRUNCATE hour_day; RETURN NULL; END $$`);
    // Transition tables allow one event per trigger.
    await queryRunner.query(`CREATE TRIGGER hour_day_insert AFTER INSERT ON "hour_entry" REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION hour_day_change()`);
    await queryRunner.query(`CREATE TRIGGER hour_day_update AFTER UPDATE ON "hour_entry" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION hour_day_change()`);
    await queryRunner.query(`CREATE TRIGGER hour_day_delete AFTER DELETE ON "hour_entry" REFERENCING OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION hour_day_change()`);
    await queryRunner.query(`CREATE TRIGGER hour_day_truncate AFTER TRUNCATE ON "hour_entry" FOR EACH STATEMENT EXECUTE FUNCTION hour_day_truncate()`);

    // The kind of an assignment's entries changes with its request's kind, or with its request.
    const moveKind = (entries: string, from: string, to: string) =>
      `${addSigned(`SELECT h.date, ${from}::request_kind AS kind, h.own_activity, h.status, h.hours, -1 AS sign FROM hour_entry h WHERE ${entries}
        UNION ALL SELECT h.date, ${to}::request_kind, h.own_activity, h.status, h.hours, 1 FROM hour_entry h WHERE ${entries}`)};
       DELETE FROM hour_day d WHERE d.entries = 0 AND d.date IN (SELECT h.date FROM hour_entry h WHERE ${entries})`;
    await queryRunner.query(`CREATE FUNCTION hour_day_request_kind() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${moveKind("h.assignment_id IN (SELECT id FROM assignment WHERE request_id = NEW.id)", "OLD.kind", "NEW.kind")};
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER hour_day_request_kind AFTER UPDATE OF kind ON "match_request" FOR EACH ROW
      WHEN (OLD.kind IS DISTINCT FROM NEW.kind) EXECUTE FUNCTION hour_day_request_kind()`);
    await queryRunner.query(`CREATE FUNCTION hour_day_assignment_request() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${moveKind(
          "h.assignment_id = NEW.id",
          "(SELECT kind FROM match_request WHERE id = OLD.request_id)",
          "(SELECT kind FROM match_request WHERE id = NEW.request_id)",
        )};
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER hour_day_assignment_request AFTER UPDATE OF request_id ON "assignment" FOR EACH ROW
      WHEN (OLD.request_id IS DISTINCT FROM NEW.request_id) EXECUTE FUNCTION hour_day_assignment_request()`);

    await queryRunner.query(`INSERT INTO hour_day (date, kind, own_activity, status, entries, hours)
      SELECT h.date, r.kind, h.own_activity, h.status, count(*), sum(h.hours::numeric)
      FROM hour_entry h LEFT JOIN assignment a ON a.id = h.assignment_id LEFT JOIN match_request r ON r.id = a.request_id
      GROUP BY 1, 2, 3, 4`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER hour_day_assignment_request ON "assignment"`);
    await queryRunner.query(`DROP TRIGGER hour_day_request_kind ON "match_request"`);
    await queryRunner.query(`DROP TRIGGER hour_day_truncate ON "hour_entry"`);
    await queryRunner.query(`DROP TRIGGER hour_day_delete ON "hour_entry"`);
    await queryRunner.query(`DROP TRIGGER hour_day_update ON "hour_entry"`);
    await queryRunner.query(`DROP TRIGGER hour_day_insert ON "hour_entry"`);
    await queryRunner.query(`DROP FUNCTION hour_day_assignment_request()`);
    await queryRunner.query(`DROP FUNCTION hour_day_request_kind()`);
    await queryRunner.query(`DROP FUNCTION hour_day_truncate()`);
    await queryRunner.query(`DROP FUNCTION hour_day_change()`);
    await queryRunner.query(`DROP TABLE "hour_day"`);
  }
}
