import { seedDemoVoice } from "./demo-voice";
import type { DataSource, EntityManager } from "typeorm";
import { audit } from "../audit/audit.service";
import { hashPassword, unusableHash } from "../auth/password";
import type { Clock } from "../clock";
import type { ReferenceData } from "../reference/reference.service";
import { Role } from "../shared/enums";
import { seedDemoActivity } from "./demo-activity";
import { seedDemoGroups } from "./demo-groups";
import { generateDemoData, type DemoKeyPerson, type DemoOrganisation } from "./demo-data";
import { seedDemoQualifications } from "./demo-qualifications";
// care services (issue 18)
import { seedDemoServices } from "./demo-services";
import { seedDemoTransfers } from "./demo-transfers";

export const DEMO_PASSWORD = "sleutelkaart-demo";
export const DEMO_SEED = 20261128;
export const DEMO_KEY_PERSONS = 300;

export interface DemoLogin {
  role: Role;
  email: string;
  password: string;
}

/** The GGD Amsterdam region: the demo regional coordinator's municipalities. */
const DEMO_REGION = ["GM0363", "GM0362", "GM0358", "GM0384", "GM0437", "GM0451"];

/** Inserts key persons with their languages and expertise in a few statements, however many there are. */
export async function insertKeyPersons(tx: EntityManager, people: DemoKeyPerson[]): Promise<number[]> {
  const ids: number[] = [];
  const CHUNK = 5000;
  for (let start = 0; start < people.length; start += CHUNK) {
    const chunk = people.slice(start, start + CHUNK);
    const col = <T>(pick: (p: DemoKeyPerson) => T) => chunk.map(pick);
    const rows: { id: number }[] = await tx.query(
      `INSERT INTO key_person (display_name, email, phone, gender, birth_year, home_lat, home_lon, home_municipality_code,
         max_travel_km, remote_available, weekly_capacity_hours, status, compensation_type, origins, profile_confirmed_at,
         consent_listed, consent_show_name, consent_show_municipality, consent_show_languages, consent_show_expertise,
         consent_show_email, consent_show_phone, consent_origin_matching)
       SELECT d.display_name, d.email, d.phone, d.gender::gender, d.birth_year, d.lat, d.lon, d.municipality,
         d.travel, d.remote, d.capacity, d.status::key_person_status, d.compensation::compensation_type,
         string_to_array(d.origins, ','), d.confirmed, d.c0, d.c1, d.c2, d.c3, d.c4, d.c5, d.c6,
         -- Demo key persons with origins agreed that they steer background matching (docs/security.md).
         cardinality(string_to_array(d.origins, ',')) > 0
       FROM unnest($1::varchar[], $2::varchar[], $3::varchar[], $4::varchar[], $5::int[], $6::float8[], $7::float8[],
         $8::varchar[], $9::real[], $10::bool[], $11::real[], $12::varchar[], $13::varchar[], $14::text[], $15::timestamptz[],
         $16::bool[], $17::bool[], $18::bool[], $19::bool[], $20::bool[], $21::bool[], $22::bool[])
         WITH ORDINALITY AS d(display_name, email, phone, gender, birth_year, lat, lon, municipality, travel, remote, capacity,
           status, compensation, origins, confirmed, c0, c1, c2, c3, c4, c5, c6, n)
       ORDER BY d.n
       RETURNING id`,
      [
        col((p) => p.displayName),
        col((p) => p.email),
        col((p) => p.phone),
        col((p) => p.gender),
        col((p) => p.birthYear),
        col((p) => p.home.lat),
        col((p) => p.home.lon),
        col((p) => p.municipalityCode),
        col((p) => p.maxTravelKm),
        col((p) => p.remoteAvailable),
        col((p) => p.weeklyCapacityHours),
        col((p) => p.status),
        col((p) => p.compensationType),
        col((p) => p.origins.join(",")),
        col((p) => p.profileConfirmedAt),
        col((p) => p.publicConsent.listed),
        col((p) => p.publicConsent.showName),
        col((p) => p.publicConsent.showMunicipality),
        col((p) => p.publicConsent.showLanguages),
        col((p) => p.publicConsent.showExpertise),
        col((p) => p.publicConsent.showEmail),
        col((p) => p.publicConsent.showPhone),
      ],
    );
    const chunkIds = rows.map((r) => r.id);
    const languages = chunk.flatMap((p, i) => p.languages.map((l) => [chunkIds[i], l.code, l.level, l.dialect] as const));
    await tx.query(
      `INSERT INTO key_person_language (key_person_id, language_code, level, dialect)
       SELECT k, c, l::language_level, d FROM unnest($1::int[], $2::varchar[], $3::varchar[], $4::varchar[]) AS t(k, c, l, d)`,
      [languages.map((r) => r[0]), languages.map((r) => r[1]), languages.map((r) => r[2]), languages.map((r) => r[3])],
    );
    const expertise = chunk.flatMap((p, i) => p.expertiseCodes.map((code) => [chunkIds[i], code] as const));
    await tx.query(`INSERT INTO key_person_expertise (key_person_id, expertise_code) SELECT * FROM unnest($1::int[], $2::varchar[])`, [
      expertise.map((r) => r[0]),
      expertise.map((r) => r[1]),
    ]);
    // Issue 20: an inactive key person said why they stopped, on a day in the past year (spread by id).
    await tx.query(
      `UPDATE key_person SET leaving_reason = (ARRAY['MOVED', 'PAID_WORK', 'OVERLOAD', 'PERSONAL', 'OTHER'])[1 + id % 5]::leaving_reason,
         left_on = (COALESCE(profile_confirmed_at, now()) - (id * 37 % 300) * interval '1 day')::date
       WHERE id = ANY($1::int[]) AND status = 'INACTIVE'`,
      [chunkIds],
    );
    ids.push(...chunkIds);
  }
  return ids;
}

async function insertOrganisations(tx: EntityManager, organisations: DemoOrganisation[]): Promise<number[]> {
  const rows: { id: number }[] = await tx.query(
    `INSERT INTO organisation (name, kind, municipality_code)
     SELECT n, k::organisation_kind, m FROM unnest($1::varchar[], $2::varchar[], $3::varchar[]) WITH ORDINALITY AS t(n, k, m, i)
     ORDER BY i RETURNING id`,
    [organisations.map((o) => o.name), organisations.map((o) => o.kind), organisations.map((o) => o.municipalityCode)],
  );
  return rows.map((r) => r.id);
}

/** What each kind of demo organisation offers, as it says on the social map (/kaart). */
const DEMO_OFFERS: Record<DemoOrganisation["kind"], string> = {
  GGD: "Voorlichting over seksuele gezondheid en veiligheid, spreekuur voor nieuwkomers en ondersteuning van sleutelpersonen in de regio.",
  MUNICIPALITY: "Loket voor nieuwkomers: hulp bij wonen, inburgering en zorg, en doorverwijzing naar sleutelpersonen in de gemeente.",
  CLINIC: "Vertrouwelijke medische en psychosociale hulp na seksueel en gendergerelateerd geweld, met tolk op afspraak.",
  RECEPTION_LOCATION: "Opvanglocatie met een vast aanspreekpunt voor bewoners; sleutelpersonen houden er wekelijks inloopuur.",
  NGO: "Lotgenotengroepen, voorlichting in de eigen taal en begeleiding naar hulp, door en voor nieuwkomers.",
};

/**
 * Three of every four demo organisations are on the social map (the fourth shows that
 * being listed is a choice), with what they offer and no website (they are fictional
 * or we do not speak for them).
 */
async function insertPublicEntries(tx: EntityManager, organisations: DemoOrganisation[], ids: number[]): Promise<void> {
  const listed = organisations.map((organisation, i) => ({ id: ids[i], offers: DEMO_OFFERS[organisation.kind] })).filter((_, i) => i % 4 !== 3);
  await tx.query(`INSERT INTO organisation_public_entry (organisation_id, offers) SELECT * FROM unnest($1::int[], $2::varchar[])`, [
    listed.map((entry) => entry.id),
    listed.map((entry) => entry.offers),
  ]);
}

/**
 * Fills an empty database with the demo country: ~300 fictional key persons, ~20
 * organisations and one login per role. Reproducible (seeded); does nothing when
 * any key person or organisation exists.
 */
export async function seedDemoIfEmpty(dataSource: DataSource, reference: ReferenceData, clock: Clock, log: (line: string) => void): Promise<DemoLogin[]> {
  const [{ n }] = await dataSource.query(`SELECT (SELECT count(*) FROM key_person) + (SELECT count(*) FROM organisation) AS n`);
  if (Number(n) > 0) return demoLogins();
  const data = generateDemoData({ seed: DEMO_SEED, keyPersons: DEMO_KEY_PERSONS, today: clock.now() });
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const region = DEMO_REGION.filter((code) => reference.municipalities.has(code));
  await dataSource.transaction(async (tx) => {
    const keyPersonIds = await insertKeyPersons(tx, data.keyPersons);
    const organisationIds = await insertOrganisations(tx, data.organisations);
    await insertPublicEntries(tx, data.organisations, organisationIds);
    // The demo key person: the first active, fresh one in the demo region, so every role sees them.
    const demoIndex = Math.max(
      0,
      data.keyPersons.findIndex((p) => p.status === "ACTIVE" && region.includes(p.municipalityCode)),
    );
    const amsterdamGgd = data.organisations.findIndex((o) => o.kind === "GGD" && region.includes(o.municipalityCode));
    const organisationId = organisationIds[Math.max(0, amsterdamGgd)];
    await tx.query(
      `INSERT INTO app_user (email, password_hash, role, key_person_id, organisation_id, municipality_codes)
       SELECT e, h, r::role, k, o, string_to_array(m, ',') FROM unnest($1::varchar[], $2::varchar[], $3::varchar[], $4::int[], $5::int[], $6::text[]) AS t(e, h, r, k, o, m)`,
      [
        ["coordinator@sleutelkaart.demo", "regio@sleutelkaart.demo", "organisatie@sleutelkaart.demo", ...data.keyPersons.map((p) => p.email)],
        [passwordHash, passwordHash, passwordHash, ...data.keyPersons.map((_, i) => (i === demoIndex ? passwordHash : unusableHash()))],
        [Role.COORDINATOR, Role.REGIONAL_COORDINATOR, Role.ORGANISATION, ...data.keyPersons.map(() => Role.KEY_PERSON)],
        [null, null, null, ...keyPersonIds],
        [null, null, organisationId, ...data.keyPersons.map(() => null)],
        ["", region.join(","), "", ...data.keyPersons.map(() => "")],
      ],
    );
    // The demo key person logs in with an easy address; their profile keeps its e-mail otherwise.
    await tx.query(`UPDATE app_user SET email = 'sleutelpersoon@sleutelkaart.demo' WHERE key_person_id = $1`, [keyPersonIds[demoIndex]]);
    await tx.query(`UPDATE key_person SET email = 'sleutelpersoon@sleutelkaart.demo', profile_confirmed_at = $2 WHERE id = $1`, [
      keyPersonIds[demoIndex],
      clock.now(),
    ]);
    // Issue 19: most listed demo key persons show whether they help by phone or video and where they travel, and take messages.
    await tx.query(
      `UPDATE key_person SET consent_show_remote = consent_listed AND id % 5 <> 0, consent_show_reach = consent_listed AND id % 3 <> 0,
         consent_contact = consent_listed AND (id % 4 <> 3 OR id = $1)`,
      [keyPersonIds[demoIndex]],
    );
    await seedDemoActivity(
      tx,
      data.keyPersons,
      keyPersonIds,
      organisationIds,
      { keyPersonIndex: demoIndex, organisationId },
      clock.now(),
      data.organisations,
      region,
    );
    await seedDemoVoice(tx, keyPersonIds[demoIndex], organisationId, clock.now(), region);
    // qualifications (issue 17): training records, most verified, a few waiting or expiring soon
    await seedDemoQualifications(tx, data.keyPersons, keyPersonIds, clock.now(), demoIndex);
    // Group activities and affiliations (issue 17).
    await seedDemoGroups(tx, data.keyPersons, keyPersonIds, { keyPersonIndex: demoIndex, organisationId }, clock.now(), region);
    // care services (issue 18): the national lines and demo services per GGD region
    await seedDemoServices(tx, data.organisations, organisationIds, clock.now());
    // Request transfers (issue 18): one offered to the demo organisation.
    await seedDemoTransfers(tx, organisationId, clock.now());
    // The demo must approve allowances this year too: copy the latest known figures, marked provisional.
    await tx.query(
      `INSERT INTO compensation_rules (year, hourly_rate_cents, hourly_rate_under21_cents, month_cap_cents, year_cap_cents, km_rate_cents, provisional)
       SELECT $1, hourly_rate_cents, hourly_rate_under21_cents, month_cap_cents, year_cap_cents, km_rate_cents, true
       FROM compensation_rules ORDER BY year DESC LIMIT 1 ON CONFLICT (year) DO NOTHING`,
      [clock.now().getUTCFullYear()],
    );
    await audit(tx, null, { action: "seedDemo", entityType: "Database", detail: { keyPersons: keyPersonIds.length, organisations: organisationIds.length } });
  });
  log(`Seeded demo data: ${data.keyPersons.length} key persons, ${data.organisations.length} organisations`);
  return demoLogins();
}

function demoLogins(): DemoLogin[] {
  return [
    { role: Role.COORDINATOR, email: "coordinator@sleutelkaart.demo", password: DEMO_PASSWORD },
    { role: Role.REGIONAL_COORDINATOR, email: "regio@sleutelkaart.demo", password: DEMO_PASSWORD },
    { role: Role.ORGANISATION, email: "organisatie@sleutelkaart.demo", password: DEMO_PASSWORD },
    { role: Role.KEY_PERSON, email: "sleutelpersoon@sleutelkaart.demo", password: DEMO_PASSWORD },
  ];
}
