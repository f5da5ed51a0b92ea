import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Issue 21, round 3: matching orders the speakers in reach of a place by an upper bound of
 * their score, and that bound needs, besides the language level, only the key person's
 * home, travel distance, remote support, weekly capacity and gender; the narrowing also
 * needs their status and the day they last confirmed their profile. Copied onto each
 * key_person_language row, the page query reads the language rows the GiST index finds
 * and nothing else (before, one key_person lookup per speaker in reach: 4,500 for
 * Levantine Arabic in Utrecht at 100,000 key persons). The triggers that keep the reach
 * box now keep these copies too: filled on every insert or update of a language row,
 * rewritten when one of them changes on the key person. docs/benchmarks.md, "Round 3".
 */
/** The columns of a page of speakers (MatchingService.reachable), carried in the reach index's leaves. */
const COVERED = `INCLUDE ("key_person_id", "level", "home_lat", "home_lon", "max_travel_km", "remote_available", "weekly_capacity_hours", "gender", "status", "profile_confirmed_at")`;

export class MatchingSpeakerFacts1764412200000 implements MigrationInterface {
  name = "MatchingSpeakerFacts1764412200000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "key_person_language"
      ADD "home_lat" double precision, ADD "home_lon" double precision, ADD "max_travel_km" real, ADD "remote_available" boolean,
      ADD "weekly_capacity_hours" real, ADD "gender" "public"."gender", ADD "status" "public"."key_person_status", ADD "profile_confirmed_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION key_person_language_reach() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        SELECT key_person_reach(kp.home_lat, kp.home_lon, kp.max_travel_km), kp.home_lat, kp.home_lon, kp.max_travel_km, kp.remote_available,
               kp.weekly_capacity_hours, kp.gender, kp.status, kp.profile_confirmed_at
          INTO NEW.reach, NEW.home_lat, NEW.home_lon, NEW.max_travel_km, NEW.remote_available, NEW.weekly_capacity_hours, NEW.gender, NEW.status, NEW.profile_confirmed_at
          FROM key_person kp WHERE kp.id = NEW.key_person_id;
        RETURN NEW;
      END $$`);
    // The language rows' own trigger (above) copies everything from the key person: touching the rows is enough.
    await queryRunner.query(`CREATE OR REPLACE FUNCTION key_person_reach_moved() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE key_person_language SET reach = NULL WHERE key_person_id = NEW.id;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`DROP TRIGGER key_person_reach_moved ON "key_person"`);
    await queryRunner.query(`CREATE TRIGGER key_person_reach_moved
      AFTER UPDATE OF home_lat, home_lon, max_travel_km, remote_available, weekly_capacity_hours, gender, status, profile_confirmed_at ON "key_person"
      FOR EACH ROW WHEN (OLD.home_lat IS DISTINCT FROM NEW.home_lat OR OLD.home_lon IS DISTINCT FROM NEW.home_lon OR OLD.max_travel_km IS DISTINCT FROM NEW.max_travel_km
        OR OLD.remote_available IS DISTINCT FROM NEW.remote_available OR OLD.weekly_capacity_hours IS DISTINCT FROM NEW.weekly_capacity_hours
        OR OLD.gender IS DISTINCT FROM NEW.gender OR OLD.status IS DISTINCT FROM NEW.status OR OLD.profile_confirmed_at IS DISTINCT FROM NEW.profile_confirmed_at)
      EXECUTE FUNCTION key_person_reach_moved()`);
    await queryRunner.query(`UPDATE key_person_language SET reach = NULL`);
    await queryRunner.query(`ALTER TABLE "key_person_language" ALTER COLUMN "home_lat" SET NOT NULL, ALTER COLUMN "home_lon" SET NOT NULL,
      ALTER COLUMN "max_travel_km" SET NOT NULL, ALTER COLUMN "remote_available" SET NOT NULL, ALTER COLUMN "weekly_capacity_hours" SET NOT NULL, ALTER COLUMN "status" SET NOT NULL`);
    // The same GiST index, now covering what a page reads: PostgreSQL answers a one-language
    // page from the index alone (an index-only scan: 400 pages read for Levantine Arabic in
    // Utrecht at 100,000, where the language rows took 3,300 and the join to key_person 16,800).
    await queryRunner.query(`DROP INDEX "public"."key_person_language_reach_idx"`);
    await queryRunner.query(`CREATE INDEX "key_person_language_reach_idx" ON "key_person_language" USING GiST ("language_code", "reach") ${COVERED}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."key_person_language_reach_idx"`);
    await queryRunner.query(`CREATE INDEX "key_person_language_reach_idx" ON "key_person_language" USING GiST ("language_code", "reach") `);
    await queryRunner.query(`DROP TRIGGER key_person_reach_moved ON "key_person"`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION key_person_reach_moved() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE key_person_language SET reach = key_person_reach(NEW.home_lat, NEW.home_lon, NEW.max_travel_km) WHERE key_person_id = NEW.id;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER key_person_reach_moved AFTER UPDATE OF home_lat, home_lon, max_travel_km ON "key_person"
      FOR EACH ROW WHEN (OLD.home_lat IS DISTINCT FROM NEW.home_lat OR OLD.home_lon IS DISTINCT FROM NEW.home_lon OR OLD.max_travel_km IS DISTINCT FROM NEW.max_travel_km)
      EXECUTE FUNCTION key_person_reach_moved()`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION key_person_language_reach() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        SELECT key_person_reach(kp.home_lat, kp.home_lon, kp.max_travel_km) INTO NEW.reach FROM key_person kp WHERE kp.id = NEW.key_person_id;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`ALTER TABLE "key_person_language" DROP COLUMN "home_lat", DROP COLUMN "home_lon", DROP COLUMN "max_travel_km",
      DROP COLUMN "remote_available", DROP COLUMN "weekly_capacity_hours", DROP COLUMN "gender", DROP COLUMN "status", DROP COLUMN "profile_confirmed_at"`);
  }
}
