import type { EntityManager } from "typeorm";
import { NATIONAL_SCHEME, organisationFunder } from "../domain/funder";
import { createRandom, type DemoKeyPerson, type DemoOrganisation } from "./demo-data";

const DAY_MS = 86_400_000;
const iso = (date: Date) => date.toISOString().slice(0, 10);

/**
 * A few months of life in the demo country, so the dashboard, review lists and charts
 * show something: intervision sessions, monthly check-ins (a few worrying ones),
 * active assignments with weekly hours, some approved. Seeded, so every demo is alike.
 * Organisations ask for newcomers in their own region: each request goes to the
 * organisation nearest to it. Every demo role finds something to do on first login
 * (seedFirstTasks): the national coordinator hours of the national scheme to review, the
 * regional coordinator a key person in the region who asked to be contacted, the demo
 * organisation an open request with candidates, the demo key person the check-in prompt
 * (they have no check-in yet). The demo key person and organisation have no assignments:
 * the console tests walk a request from the start with them.
 */
export async function seedDemoActivity(
  tx: EntityManager,
  people: DemoKeyPerson[],
  keyPersonIds: number[],
  organisationIds: number[],
  skip: { keyPersonIndex: number; organisationId: number },
  now: Date,
  organisations: DemoOrganisation[] = [],
  region: string[] = [],
): Promise<void> {
  const random = createRandom(7);
  const daysAgo = (days: number) => new Date(now.getTime() - days * DAY_MS);
  const active = people.map((person, i) => ({ person, id: keyPersonIds[i], i })).filter((p) => p.person.status === "ACTIVE" && p.i !== skip.keyPersonIndex);

  const sessions = active
    .filter(() => random.chance(0.75))
    .map((p) => [p.id, iso(daysAgo(random.int(3, 110))), random.chance(0.7) ? "INTERVISION" : "SUPERVISION"] as const);
  await tx.query(
    `INSERT INTO supervision_session (key_person_id, date, kind) SELECT k, d::date, s::supervision_kind FROM unnest($1::int[], $2::text[], $3::text[]) AS t(k, d, s)`,
    [sessions.map((s) => s[0]), sessions.map((s) => s[1]), sessions.map((s) => s[2])],
  );

  const checkIns = active
    .filter(() => random.chance(0.6))
    .map((p, n) => {
      const worrying = n % 40 === 7; // a handful: strain at the top with little support
      return [
        p.id,
        daysAgo(random.int(1, 40)).toISOString(),
        worrying ? 5 : random.int(1, 4),
        worrying ? 5 : random.int(1, 4),
        worrying ? 2 : random.int(2, 5),
        n % 97 === 11,
      ] as const;
    });
  await tx.query(
    `INSERT INTO wellbeing_check_in (key_person_id, at, strain, emotional_impact, support, contact_requested)
     SELECT * FROM unnest($1::int[], $2::timestamptz[], $3::int[], $4::int[], $5::int[], $6::bool[])`,
    [0, 1, 2, 3, 4, 5].map((column) => checkIns.map((c) => c[column])),
  );

  // Active assignments: a request by a (not the demo) organisation near the key person, accepted weeks ago, with weekly hours.
  const funders = organisationIds.filter((id) => id !== skip.organisationId);
  /** The organisation nearest to the newcomer (not the demo one): requests stay in an organisation's own region. */
  const nearestFunder = (home: { lat: number; lon: number }): number => {
    let best = random.pick(funders);
    let bestKm = Infinity;
    organisationIds.forEach((orgId, i) => {
      const where = organisations[i]?.location;
      if (orgId === skip.organisationId || !where) return;
      const km = roughKm(home, where);
      if (km < bestKm) [best, bestKm] = [orgId, km];
    });
    return best;
  };
  const supported = active.filter((p) => p.person.weeklyCapacityHours >= 4 && random.chance(0.12));
  for (const [n, { person, id }] of supported.entries()) {
    // One in four is paid from the national scheme: the national coordinator reviews those hours.
    const national = n % 4 === 1;
    const weeks = random.int(2, 8);
    const accepted = daysAgo(weeks * 7);
    const hours = random.pick([1, 2, 2, 3]);
    const language = person.languages.find((l) => l.level === "NATIVE")?.code ?? person.languages[0].code;
    const [request] = await tx.query(
      `INSERT INTO match_request (organisation_id, case_reference, lat, lon, municipality_code, language_codes, expertise_codes, hours_per_week, starts_on, remote_acceptable, funding, status, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, false, $11, 'MATCHED', $10) RETURNING id`,
      [
        nearestFunder(person.home),
        `DEMO-${String(id).padStart(4, "0")}`,
        person.home.lat,
        person.home.lon,
        person.municipalityCode,
        [language],
        person.expertiseCodes.slice(0, 1),
        hours,
        iso(accepted),
        new Date(accepted.getTime() - 2 * DAY_MS),
        national ? "NATIONAL_SCHEME" : "ORGANISATION",
      ],
    );
    const [assignment] = await tx.query(
      `INSERT INTO assignment (request_id, key_person_id, status, hours_per_week, proposed_at, respond_by, responded_at)
       VALUES ($1, $2, 'ACTIVE', $3, $4, $5, $6) RETURNING id`,
      [request.id, id, hours, new Date(accepted.getTime() - DAY_MS), new Date(accepted.getTime() + 2 * DAY_MS), accepted],
    );
    const funder = national
      ? NATIONAL_SCHEME
      : organisationFunder((await tx.query(`SELECT organisation_id FROM match_request WHERE id = $1`, [request.id]))[0].organisation_id);
    for (let week = weeks - 1; week >= 0; week--) {
      const approved = week >= 2;
      const declared = hours + (random.chance(0.2) ? 1 : 0);
      // Volunteers get the 2025-level allowance of 560 cents an hour, well under the caps.
      const allowance = approved && person.compensationType === "VOLUNTEER" ? declared * 560 : null;
      await tx.query(
        `INSERT INTO hour_entry (assignment_id, key_person_id, funder, date, hours, activity, status, reviewed_at, allowance_cents)
         VALUES ($1, $2, $3, $4, $5, 'SUPPORT', $6, $7, $8)`,
        [assignment.id, id, funder, iso(daysAgo(week * 7 + 2)), declared, approved ? "APPROVED" : "SUBMITTED", approved ? daysAgo(week * 7) : null, allowance],
      );
    }
  }
  await seedFirstTasks(tx, people, keyPersonIds, skip, now, region);
}

/** Kilometres between two points, near enough for choosing the nearest organisation. */
function roughKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const dLat = (a.lat - b.lat) * 111.2;
  const dLon = (a.lon - b.lon) * 111.2 * Math.cos(((a.lat + b.lat) / 2) * (Math.PI / 180));
  return Math.hypot(dLat, dLon);
}

/**
 * Something to do on first login for the demo roles that would otherwise find their
 * pages quiet: a key person in the demo region who asked to be contacted (the regional
 * and national coordinators' action list), and an open request of the demo organisation
 * near a handful of key persons, in a language they speak natively (candidates to propose).
 */
async function seedFirstTasks(
  tx: EntityManager,
  people: DemoKeyPerson[],
  keyPersonIds: number[],
  skip: { keyPersonIndex: number; organisationId: number },
  now: Date,
  region: string[],
): Promise<void> {
  const inRegion = people
    .map((person, i) => ({ person, id: keyPersonIds[i], i }))
    .filter((p) => p.person.status === "ACTIVE" && p.i !== skip.keyPersonIndex && region.includes(p.person.municipalityCode));
  if (inRegion.length === 0) return;
  const asking = inRegion[inRegion.length - 1];
  await tx.query(`INSERT INTO wellbeing_check_in (key_person_id, at, strain, emotional_impact, support, contact_requested) VALUES ($1, $2, 4, 4, 2, true)`, [
    asking.id,
    new Date(now.getTime() - 2 * DAY_MS),
  ]);
  // The language most key persons of the region speak natively: the request has candidates.
  const natives = new Map<string, number>();
  for (const { person } of inRegion)
    for (const l of person.languages) if (l.level === "NATIVE" && l.code !== "nld") natives.set(l.code, (natives.get(l.code) ?? 0) + 1);
  const language = [...natives.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
  if (!language) return;
  const near = inRegion.find((p) => p.person.languages.some((l) => l.code === language && l.level === "NATIVE"))!;
  await tx.query(
    `INSERT INTO match_request (organisation_id, case_reference, lat, lon, municipality_code, language_codes, expertise_codes, hours_per_week, starts_on, remote_acceptable, funding, status, created_at)
     VALUES ($1, 'DEMO-OPEN-0001', $2, $3, $4, $5, '{}', 2, $6, true, 'ORGANISATION', 'OPEN', $7)`,
    [skip.organisationId, near.person.home.lat, near.person.home.lon, near.person.municipalityCode, [language], iso(new Date(now.getTime() + 7 * DAY_MS)), now],
  );
}
