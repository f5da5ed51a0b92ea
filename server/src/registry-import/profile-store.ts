// Key persons as the import and export see them (row-mapper's Profile), read in bulk:
// one statement per batch, never one per key person.

import type { EntityManager } from "typeorm";
import type { Profile, Skill } from "./row-mapper";

export interface StoredProfile extends Profile {
  id: number;
}

const SELECT = `
  SELECT kp.id, kp.display_name, kp.email, kp.phone, kp.gender, kp.birth_year, kp.home_lat, kp.home_lon, kp.home_municipality_code,
    kp.max_travel_km, kp.remote_available, kp.weekly_capacity_hours, kp.compensation_type, kp.origins, kp.status,
    COALESCE((SELECT json_agg(json_build_object('code', l.language_code, 'level', l.level, 'dialect', l.dialect))
      FROM key_person_language l WHERE l.key_person_id = kp.id), '[]') AS languages,
    ARRAY(SELECT e.expertise_code FROM key_person_expertise e WHERE e.key_person_id = kp.id ORDER BY 1) AS expertise_codes
  FROM key_person kp`;

interface Row {
  id: number;
  display_name: string;
  email: string;
  phone: string | null;
  gender: Profile["gender"];
  birth_year: number | null;
  home_lat: number;
  home_lon: number;
  home_municipality_code: string;
  max_travel_km: number;
  remote_available: boolean;
  weekly_capacity_hours: number;
  compensation_type: Profile["compensationType"];
  origins: string[];
  status: Profile["status"];
  languages: Skill[];
  expertise_codes: string[];
}

const toProfile = (r: Row): StoredProfile => ({
  id: r.id,
  displayName: r.display_name,
  email: r.email,
  phone: r.phone,
  gender: r.gender,
  birthYear: r.birth_year,
  languages: r.languages,
  expertiseCodes: r.expertise_codes,
  homeLat: r.home_lat,
  homeLon: r.home_lon,
  homeMunicipalityCode: r.home_municipality_code,
  maxTravelKm: r.max_travel_km,
  remoteAvailable: r.remote_available,
  weeklyCapacityHours: r.weekly_capacity_hours,
  compensationType: r.compensation_type,
  origins: r.origins,
  status: r.status,
});

/** The key persons with these e-mail addresses (stored lower-cased). */
export async function profilesByEmail(db: EntityManager, emails: string[]): Promise<Map<string, StoredProfile>> {
  const rows: Row[] = emails.length ? await db.query(`${SELECT} WHERE kp.email = ANY($1::varchar[])`, [emails]) : [];
  return new Map(rows.map((row) => [row.email, toProfile(row)]));
}

/**
 * Accounts that hold these addresses but are not the key person with that address
 * (an organisation's user, a coordinator, …): an import cannot take their address.
 */
export async function addressesOfOtherAccounts(db: EntityManager, emails: string[]): Promise<Set<string>> {
  if (emails.length === 0) return new Set();
  const rows: { email: string }[] = await db.query(
    `SELECT u.email FROM app_user u WHERE u.email = ANY($1::varchar[])
       AND (u.key_person_id IS NULL OR NOT EXISTS (SELECT 1 FROM key_person kp WHERE kp.id = u.key_person_id AND kp.email = u.email))`,
    [emails],
  );
  return new Set(rows.map((r) => r.email));
}

/**
 * Every key person (in `region` when given), in id order, a page at a time: the export
 * holds one page in memory, not the registry. Erased key persons (anonymised, no
 * e-mail) are left out.
 */
export async function* allProfiles(db: EntityManager, region: readonly string[] | null, pageSize = 2000): AsyncGenerator<StoredProfile[]> {
  let after = 0;
  for (;;) {
    const rows: Row[] = await db.query(
      `${SELECT} WHERE kp.id > $1 AND kp.erased_at IS NULL AND kp.email IS NOT NULL AND ($2::varchar[] IS NULL OR kp.home_municipality_code = ANY($2::varchar[]))
       ORDER BY kp.id LIMIT $3`,
      [after, region, pageSize],
    );
    if (rows.length === 0) return;
    yield rows.map(toProfile);
    after = rows[rows.length - 1].id;
  }
}
