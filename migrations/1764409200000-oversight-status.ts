import type { MigrationInterface, QueryRunner } from "typeorm";

/** The tables whose rows carry a key_person_id that the supervision and wellbeing rules read (oversight.facts.ts). */
const FACT_TABLES = ["supervision_session", "wellbeing_check_in", "wellbeing_clearance", "proqol_response", "hour_entry", "assignment"] as const;

/**
 * Issue 21: the supervision and wellbeing status of every key person, stored, so the
 * dashboard counts and pages in SQL (oversight.store.ts). The rules stay in
 * domain/oversight.ts; PostgreSQL only remembers whose facts changed: a write to any
 * table the rules read marks the key person's row dirty and raises its version
 * (statement triggers with transition tables, so a bulk load marks each key person once).
 */
export class OversightStatus1764409200000 implements MigrationInterface {
  name = "OversightStatus1764409200000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "oversight_status" ("key_person_id" integer NOT NULL, "supervision" character varying(12), "wellbeing" character varying(8), "reasons" jsonb, "contact_requested" boolean NOT NULL DEFAULT false, "last_supervision_on" date, "valid_until" TIMESTAMP WITH TIME ZONE, "dirty" boolean NOT NULL DEFAULT true, "version" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_oversight_status" PRIMARY KEY ("key_person_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "oversight_status_valid_until_idx" ON "oversight_status" ("valid_until")`);
    await queryRunner.query(`CREATE INDEX "oversight_status_dirty_idx" ON "oversight_status" ("key_person_id") WHERE dirty`);
    await queryRunner.query(`CREATE FUNCTION oversight_status_dirty_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO oversight_status (key_person_id, dirty, version)
    SELECT DISTINCT key_person_id, true, 1 FROM changed WHERE key_person_id IS NOT NULL
  ON CONFLICT (key_person_id) DO UPDATE SET dirty = true, version = oversight_status.version + 1;
  RETURN NULL;
END $$`);
    await queryRunner.query(`CREATE FUNCTION oversight_status_dirty_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO oversight_status (key_person_id, dirty, version)
    SELECT key_person_id, true, 1 FROM (SELECT key_person_id FROM changed UNION SELECT key_person_id FROM before) k WHERE key_person_id IS NOT NULL
  ON CONFLICT (key_person_id) DO UPDATE SET dirty = true, version = oversight_status.version + 1;
  RETURN NULL;
END $$`);
    // TRUNCATE fires no row or statement triggers of its own kind: everyone is due again.
    await queryRunner.query(`CREATE FUNCTION oversight_status_dirty_all() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE oversight_status SET dirty = true, version = version + 1;
  RETURN NULL;
END $$`);
    for (const table of [...FACT_TABLES, "key_person"])
      await queryRunner.query(`CREATE TRIGGER ${table}_oversight_truncate AFTER TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION oversight_status_dirty_all()`);
    for (const table of FACT_TABLES) {
      await queryRunner.query(
        `CREATE TRIGGER ${table}_oversight_ins AFTER INSERT ON "${table}" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION oversight_status_dirty_rows()`,
      );
      await queryRunner.query(
        `CREATE TRIGGER ${table}_oversight_del AFTER DELETE ON "${table}" REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION oversight_status_dirty_rows()`,
      );
      await queryRunner.query(
        `CREATE TRIGGER ${table}_oversight_upd AFTER UPDATE ON "${table}" REFERENCING OLD TABLE AS before NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION oversight_status_dirty_updated()`,
      );
    }
    // The key person's own facts: capacity (over-capacity weeks) and status (only the active are shown).
    await queryRunner.query(`CREATE FUNCTION oversight_status_dirty_key_person() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO oversight_status (key_person_id, dirty, version) VALUES (NEW.id, true, 1)
  ON CONFLICT (key_person_id) DO UPDATE SET dirty = true, version = oversight_status.version + 1;
  RETURN NULL;
END $$`);
    await queryRunner.query(
      `CREATE TRIGGER key_person_oversight_upd AFTER UPDATE OF weekly_capacity_hours, status ON "key_person" FOR EACH ROW
       WHEN (OLD.weekly_capacity_hours IS DISTINCT FROM NEW.weekly_capacity_hours OR OLD.status IS DISTINCT FROM NEW.status)
       EXECUTE FUNCTION oversight_status_dirty_key_person()`,
    );
    // A request's expertise decides whether its active assignments count as SGBV cases.
    await queryRunner.query(`CREATE FUNCTION oversight_status_dirty_request() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO oversight_status (key_person_id, dirty, version)
    SELECT DISTINCT key_person_id, true, 1 FROM assignment WHERE request_id = NEW.id AND status = 'ACTIVE'
  ON CONFLICT (key_person_id) DO UPDATE SET dirty = true, version = oversight_status.version + 1;
  RETURN NULL;
END $$`);
    await queryRunner.query(
      `CREATE TRIGGER match_request_oversight_upd AFTER UPDATE OF expertise_codes ON "match_request" FOR EACH ROW
       WHEN (OLD.expertise_codes IS DISTINCT FROM NEW.expertise_codes) EXECUTE FUNCTION oversight_status_dirty_request()`,
    );
    // A new key person is due at once; so is everyone already there.
    await queryRunner.query(`CREATE FUNCTION oversight_status_new_key_persons() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO oversight_status (key_person_id, dirty, version) SELECT id, true, 1 FROM changed
  ON CONFLICT (key_person_id) DO UPDATE SET dirty = true, version = oversight_status.version + 1;
  RETURN NULL;
END $$`);
    await queryRunner.query(
      `CREATE TRIGGER key_person_oversight_ins AFTER INSERT ON "key_person" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION oversight_status_new_key_persons()`,
    );
    await queryRunner.query(`INSERT INTO oversight_status (key_person_id) SELECT id FROM key_person`);
    // The key person's rows go with them (no foreign key: see StoredOversightStatus).
    await queryRunner.query(`CREATE FUNCTION oversight_status_forget_key_person() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM oversight_status WHERE key_person_id = OLD.id;
  RETURN NULL;
END $$`);
    await queryRunner.query(`CREATE TRIGGER key_person_oversight_del AFTER DELETE ON "key_person" FOR EACH ROW EXECUTE FUNCTION oversight_status_forget_key_person()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER key_person_oversight_del ON "key_person"`);
    await queryRunner.query(`DROP TRIGGER key_person_oversight_ins ON "key_person"`);
    await queryRunner.query(`DROP TRIGGER match_request_oversight_upd ON "match_request"`);
    await queryRunner.query(`DROP TRIGGER key_person_oversight_upd ON "key_person"`);
    for (const table of [...FACT_TABLES, "key_person"]) await queryRunner.query(`DROP TRIGGER ${table}_oversight_truncate ON "${table}"`);
    for (const table of FACT_TABLES)
      for (const suffix of ["ins", "del", "upd"]) await queryRunner.query(`DROP TRIGGER ${table}_oversight_${suffix} ON "${table}"`);
    for (const fn of ["forget_key_person", "new_key_persons", "dirty_request", "dirty_all", "dirty_key_person", "dirty_updated", "dirty_rows"]) await queryRunner.query(`DROP FUNCTION oversight_status_${fn}()`);
    await queryRunner.query(`DROP INDEX "oversight_status_dirty_idx"`);
    await queryRunner.query(`DROP INDEX "oversight_status_valid_until_idx"`);
    await queryRunner.query(`DROP TABLE "oversight_status"`);
  }
}
