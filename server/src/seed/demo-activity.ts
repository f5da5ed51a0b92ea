import type { EntityManager } from "typeorm";
import { NATIONAL_SCHEME, organisationFunder } from "../domain/funder";
import { createRandom, type DemoKeyPerson, type DemoOrganisation, type Random } from "./demo-data";

const DAY_MS = 86_400_000;
const iso = (date: Date) => date.toISOString().slice(0, 10);

/**
 * A few months of life in the demo country, so the dashboard, review lists and charts
 * show something: intervision sessions, monthly check-ins (a few worrying ones),
 * active assignments with weekly hours, some approved; and the other kinds of work
 * (issue 16) in the proportions the simulation assumes (docs/simulation.md): for every
 * three case-support requests about two appointments, one consult and now and then an
 * information session, half of them done (hours declared), half still to come (in the
 * key persons' agendas); a quarter of the key persons give weekly availability windows.
 * Seeded, so every demo is alike.
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
  await seedOtherKinds(tx, random, active, nearestFunder, supported.length, now);
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

const SETTINGS = ["GP", "MENTAL_HEALTH", "COA", "IND", "SCHOOL", "POLICE", "MUNICIPALITY"];
const ROLES = ["INTERPRETER", "CULTURAL_MEDIATOR", "COMPANION"];
const TOPICS = ["zorg", "onderwijs", "wonen", "werk", "psychische gezondheid", "de asielprocedure", "opvoeding"];
const WINDOW_SETS = [
  [{ weekday: 2, startTime: "09:00", endTime: "13:00" }],
  [
    { weekday: 1, startTime: "13:00", endTime: "17:00" },
    { weekday: 4, startTime: "09:00", endTime: "17:00" },
  ],
  [
    { weekday: 3, startTime: "09:00", endTime: "12:30" },
    { weekday: 5, startTime: "09:00", endTime: "12:30" },
  ],
];

/** The moment of a Dutch wall-clock hour on the day `days` from now (seed data: whole hours, office days). */
function dutchHour(now: Date, days: number, hour: number): Date {
  const day = new Date(now.getTime() + days * DAY_MS);
  const wall = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), hour);
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Amsterdam", hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit" })
      .formatToParts(new Date(wall))
      .map((p) => [p.type, p.value]),
  );
  const offset = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour)) - wall;
  return new Date(wall - offset);
}

/** A weekday (Monday–Friday) `days` or a little more from now. */
function officeDay(now: Date, days: number): number {
  let d = days;
  while ([0, 6].includes(new Date(now.getTime() + d * DAY_MS).getUTCDay())) d += d < 0 ? -1 : 1;
  return d;
}

type Person = { person: DemoKeyPerson; id: number; i: number };

async function seedOtherKinds(
  tx: EntityManager,
  random: Random,
  active: Person[],
  funderNear: (home: { lat: number; lon: number }) => number,
  caseSupport: number,
  now: Date,
): Promise<void> {
  // Per three case-support requests: two appointments, one consult; a session per twelve (at least one of each).
  const counts = {
    APPOINTMENT: Math.max(2, Math.round((caseSupport * 2) / 3)),
    CONSULT: Math.max(1, Math.round(caseSupport / 3)),
    INFORMATION_SESSION: Math.max(1, Math.round(caseSupport / 12)),
  };
  const pool = active.filter((p) => p.person.weeklyCapacityHours >= 2);
  const booked = new Map<number, { from: number; to: number }[]>();
  let n = 0;
  for (const [kind, count] of Object.entries(counts) as [keyof typeof counts, number][]) {
    for (let k = 0; k < count; k++) {
      const { person, id } = random.pick(pool);
      const past = k % 2 === 0; // half done, half to come
      const language = person.languages.find((l) => l.level === "NATIVE")?.code ?? person.languages[0].code;
      const mode = kind === "APPOINTMENT" ? random.pick(["ON_SITE", "ON_SITE", "ON_SITE", "PHONE", "VIDEO"]) : null;
      let startsAt: Date | null = null;
      let endsAt: Date | null = null;
      let hours = kind === "CONSULT" ? random.pick([0.5, 1, 1, 1.5]) : random.pick([1, 1.5, 2]);
      if (kind !== "CONSULT") {
        // a free slot for this key person: no two bookings of one person overlap in the demo either
        for (let attempt = 0; attempt < 10; attempt++) {
          const day = officeDay(now, past ? -random.int(3, 40) : random.int(1, 13));
          const start = dutchHour(now, day, kind === "INFORMATION_SESSION" ? random.pick([10, 14]) : random.int(9, 15));
          const end = new Date(start.getTime() + hours * 3_600_000);
          const taken = booked.get(id) ?? [];
          if (taken.some((b) => b.from < end.getTime() + 3_600_000 && start.getTime() < b.to + 3_600_000)) continue;
          taken.push({ from: start.getTime(), to: end.getTime() });
          booked.set(id, taken);
          [startsAt, endsAt] = [start, end];
          break;
        }
        if (!startsAt || !endsAt) continue;
        hours = (endsAt.getTime() - startsAt.getTime()) / 3_600_000;
      }
      const asked = new Date((startsAt ?? now).getTime() - random.int(past ? 10 : 3, past ? 20 : 6) * DAY_MS);
      const createdAt = asked.getTime() < now.getTime() ? asked : new Date(now.getTime() - DAY_MS);
      const status = past ? "CLOSED" : "MATCHED";
      const [request] = await tx.query(
        `INSERT INTO match_request (organisation_id, case_reference, lat, lon, municipality_code, language_codes, expertise_codes, hours_per_week, starts_on,
           remote_acceptable, funding, status, created_at, kind, starts_at, ends_at, appointment_mode, appointment_setting, appointment_role,
           consult_topic, consult_hours, session_expected_participants, session_topics)
         VALUES ($1, $2, $3, $4, $5, $6, '{}', $7, $8, $9, 'ORGANISATION', $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21) RETURNING id`,
        [
          funderNear(person.home),
          `DEMO-${kind === "APPOINTMENT" ? "A" : kind === "CONSULT" ? "K" : "V"}${String(++n).padStart(3, "0")}`,
          person.home.lat,
          person.home.lon,
          person.municipalityCode,
          [language],
          hours,
          iso(startsAt ?? createdAt),
          kind === "CONSULT" || mode !== "ON_SITE",
          status,
          createdAt,
          kind,
          startsAt,
          endsAt,
          mode,
          kind === "APPOINTMENT" ? random.pick(SETTINGS) : null,
          kind === "APPOINTMENT" ? random.pick(ROLES) : null,
          kind === "CONSULT" ? "Advies over de aanpak van een casus (demo)" : null,
          kind === "CONSULT" ? hours : null,
          kind === "INFORMATION_SESSION" ? random.int(8, 30) : null,
          kind === "INFORMATION_SESSION" ? TOPICS.filter(() => random.chance(0.35)).slice(0, 3) : null,
        ],
      );
      const proposed = new Date(createdAt.getTime() + 3_600_000);
      const accepted = new Date(proposed.getTime() + 6 * 3_600_000);
      const done = past ? (endsAt ?? new Date(accepted.getTime() + 2 * DAY_MS)) : null;
      const [assignment] = await tx.query(
        `INSERT INTO assignment (request_id, key_person_id, status, hours_per_week, proposed_at, respond_by, responded_at, ended_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [request.id, id, past ? "COMPLETED" : "ACTIVE", hours, proposed, new Date(proposed.getTime() + 3 * DAY_MS), accepted, done],
      );
      if (past && done) {
        const activity = kind === "APPOINTMENT" ? "ACCOMPANIMENT" : kind === "INFORMATION_SESSION" ? "INFORMATION_SESSION" : "SUPPORT";
        await tx.query(
          `INSERT INTO hour_entry (assignment_id, key_person_id, funder, date, hours, activity, status)
           VALUES ($1, $2, $3, $4, $5, $6, 'SUBMITTED')`,
          [
            assignment.id,
            id,
            organisationFunder((await tx.query(`SELECT organisation_id FROM match_request WHERE id = $1`, [request.id]))[0].organisation_id),
            iso(done),
            hours,
            activity,
          ],
        );
      }
    }
  }
  // A quarter of the key persons take dated work only in weekly windows.
  const withWindows = active.filter(() => random.chance(0.25));
  await tx.query(`UPDATE key_person k SET availability_windows = w.windows::jsonb FROM unnest($1::int[], $2::text[]) AS w(id, windows) WHERE k.id = w.id`, [
    withWindows.map((p) => p.id),
    withWindows.map(() => JSON.stringify(random.pick(WINDOW_SETS))),
  ]);
}
