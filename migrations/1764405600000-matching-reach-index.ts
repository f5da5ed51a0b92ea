import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Issue 21: matching finds the speakers of a language who can travel to a place with one
 * index. Each key_person_language row carries its key person's reach as a box (degrees,
 * a hair larger than the circle of max_travel_km around the home on the sphere turf
 * measures on), kept by triggers: filled on every insert or update of a language row,
 * rewritten when the key person's home or travel distance changes. A GiST index on
 * (language_code, reach) answers "who speaks X and can reach this point" directly
 * (btree_gist lets GiST index the language code beside the box). docs/benchmarks.md.
 */
export class MatchingReachIndex1764405600000 implements MigrationInterface {
  name = "MatchingReachIndex1764405600000";

  async up(queryRunner: QueryRunner): Promise<void> {
    // Trusted since PostgreSQL 13: the database owner may create it. Part of contrib (Debian's packages, the postgres image, the embedded build).
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    // The box around a home holding every point within km on a sphere of turf's radius
    // (6371.0088 km), 0.1 % larger so that floating-point error never leaves a reachable
    // point outside; the rules in domain/matching.ts decide the edge.
    await queryRunner.query(`CREATE FUNCTION key_person_reach(lat double precision, lon double precision, km double precision) RETURNS box
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT box(point(lon - w, lat - h), point(lon + w, lat + h))
        FROM (SELECT h, CASE WHEN abs(lat) + h >= 90 THEN 180
                             ELSE degrees(asin(least(1, sin(radians(h)) / cos(radians(lat))))) * 1.001 END AS w
              FROM (SELECT greatest(km, 0) * 1.001 * 180 / (pi() * 6371.0088) AS h) AS half) AS sides
      $$`);
    await queryRunner.query(`CREATE FUNCTION key_person_language_reach() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        SELECT key_person_reach(kp.home_lat, kp.home_lon, kp.max_travel_km) INTO NEW.reach FROM key_person kp WHERE kp.id = NEW.key_person_id;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`CREATE FUNCTION key_person_reach_moved() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE key_person_language SET reach = key_person_reach(NEW.home_lat, NEW.home_lon, NEW.max_travel_km) WHERE key_person_id = NEW.id;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`ALTER TABLE "key_person_language" ADD "reach" box`);
    await queryRunner.query(
      `UPDATE key_person_language l SET reach = key_person_reach(kp.home_lat, kp.home_lon, kp.max_travel_km) FROM key_person kp WHERE kp.id = l.key_person_id`,
    );
    await queryRunner.query(`ALTER TABLE "key_person_language" ALTER COLUMN "reach" SET NOT NULL`);
    await queryRunner.query(`CREATE TRIGGER key_person_language_reach BEFORE INSERT OR UPDATE ON "key_person_language"
      FOR EACH ROW EXECUTE FUNCTION key_person_language_reach()`);
    await queryRunner.query(`CREATE TRIGGER key_person_reach_moved AFTER UPDATE OF home_lat, home_lon, max_travel_km ON "key_person"
      FOR EACH ROW WHEN (OLD.home_lat IS DISTINCT FROM NEW.home_lat OR OLD.home_lon IS DISTINCT FROM NEW.home_lon OR OLD.max_travel_km IS DISTINCT FROM NEW.max_travel_km)
      EXECUTE FUNCTION key_person_reach_moved()`);
    await queryRunner.query(`CREATE INDEX "key_person_language_reach_idx" ON "key_person_language" USING GiST ("language_code", "reach") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."key_person_language_reach_idx"`);
    await queryRunner.query(`DROP TRIGGER key_person_reach_moved ON "key_person"`);
    await queryRunner.query(`DROP TRIGGER key_person_language_reach ON "key_person_language"`);
    await queryRunner.query(`ALTER TABLE "key_person_language" DROP COLUMN "reach"`);
    await queryRunner.query(`DROP FUNCTION key_person_reach_moved()`);
    await queryRunner.query(`DROP FUNCTION key_person_language_reach()`);
    await queryRunner.query(`DROP FUNCTION key_person_reach(double precision, double precision, double precision)`);
  }
}
