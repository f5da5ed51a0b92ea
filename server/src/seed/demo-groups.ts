// Demo group activities and affiliations (issue 17): the demo organisation supervises a
// handful of key persons of the demo region (the demo key person among them) and runs its
// own intervision; the coordinators run a training that grants the SGBV qualification and
// a fortnightly intervision series; a network meeting last week has its attendance recorded.
import type { EntityManager } from "typeorm";
import type { DemoKeyPerson } from "./demo-data";

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

export async function seedDemoGroups(
  tx: EntityManager,
  people: DemoKeyPerson[],
  keyPersonIds: number[],
  demo: { keyPersonIndex: number; organisationId: number },
  now: Date,
  region: string[],
): Promise<void> {
  const inRegion = people
    .map((person, i) => ({ person, id: keyPersonIds[i]!, i }))
    .filter((p) => p.person.status === "ACTIVE" && region.includes(p.person.municipalityCode) && p.i !== demo.keyPersonIndex)
    .slice(0, 10);
  const demoKeyPerson = keyPersonIds[demo.keyPersonIndex]!;
  const supervised = [demoKeyPerson, ...inRegion.slice(0, 6).map((p) => p.id)];
  const startsOn = new Date(now.getTime() - 200 * DAY_MS).toISOString().slice(0, 10);
  await tx.query(
    `INSERT INTO key_person_affiliation (key_person_id, organisation_id, starts_on, responsible_for_supervision) SELECT k, $2, $3, true FROM unnest($1::int[]) k`,
    [supervised, demo.organisationId, startsOn],
  );
  // A day at 17:00 UTC (18:00 or 19:00 in Amsterdam), `days` from today.
  const evening = (days: number) => new Date(Math.floor(now.getTime() / DAY_MS) * DAY_MS + days * DAY_MS + 17 * HOUR_MS);
  const insert = async (row: {
    kind: string;
    title: string;
    startsAt: Date;
    hours: number;
    capacity: number;
    organisationId: number | null;
    qualificationCode?: string;
    online?: boolean;
    seriesId?: number | null;
    recurrence?: string | null;
  }): Promise<number> => {
    const [{ id }] = await tx.query(
      `INSERT INTO group_activity (kind, title, starts_at, ends_at, capacity, location_lat, location_lon, online_url, recurrence, series_id, qualification_code, organisation_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
      [
        row.kind,
        row.title,
        row.startsAt,
        new Date(row.startsAt.getTime() + row.hours * HOUR_MS),
        row.capacity,
        row.online ? null : 52.3676,
        row.online ? null : 4.9041,
        row.online ? "https://meet.example.org/sleutelkaart" : null,
        row.recurrence ?? null,
        row.seriesId ?? null,
        row.qualificationCode ?? null,
        row.organisationId,
      ],
    );
    return id as number;
  };
  const invite = (activityId: number, ids: number[], answers: (string | null)[] = [], attended: boolean[] = []) =>
    tx.query(
      `INSERT INTO group_activity_invitation (activity_id, key_person_id, invited_at, answer, answered_at, attended)
       SELECT $1, k, $3, a::group_activity_answer, CASE WHEN a IS NULL THEN NULL ELSE $3::timestamptz END, coalesce(t, false)
       FROM unnest($2::int[], $4::text[], $5::boolean[]) AS x(k, a, t)`,
      [activityId, ids, new Date(now.getTime() - 3 * DAY_MS), ids.map((_, i) => answers[i] ?? null), ids.map((_, i) => attended[i] ?? false)],
    );

  const others = inRegion.map((p) => p.id);
  const training = await insert({
    kind: "TRAINING",
    title: "Training seksueel en gendergerelateerd geweld",
    startsAt: evening(12),
    hours: 3,
    capacity: 8,
    organisationId: null,
    qualificationCode: "SGBV_TRAINING",
  });
  await invite(training, [demoKeyPerson, ...others.slice(0, 6)], [null, "ATTENDING", "ATTENDING", "NOT_ATTENDING", "ATTENDING"]);

  const first = await insert({
    kind: "INTERVISION",
    title: "Intervisie regio Amsterdam (online)",
    startsAt: evening(5),
    hours: 2,
    capacity: 10,
    organisationId: null,
    online: true,
    recurrence: "FREQ=WEEKLY;INTERVAL=2;COUNT=3",
  });
  const later = [
    await insert({
      kind: "INTERVISION",
      title: "Intervisie regio Amsterdam (online)",
      startsAt: evening(19),
      hours: 2,
      capacity: 10,
      organisationId: null,
      online: true,
      seriesId: first,
    }),
    await insert({
      kind: "INTERVISION",
      title: "Intervisie regio Amsterdam (online)",
      startsAt: evening(33),
      hours: 2,
      capacity: 10,
      organisationId: null,
      online: true,
      seriesId: first,
    }),
  ];
  for (const id of [first, ...later]) await invite(id, others.slice(2, 8), ["ATTENDING", "ATTENDING"]);

  const own = await insert({
    kind: "SUPERVISION",
    title: "Groepssupervisie GGD",
    startsAt: evening(8),
    hours: 1.5,
    capacity: 6,
    organisationId: demo.organisationId,
  });
  await invite(own, supervised, [null, "ATTENDING", "ATTENDING", "NOT_ATTENDING"]);

  const network = await insert({
    kind: "NETWORK_MEETING",
    title: "Netwerkbijeenkomst sleutelpersonen",
    startsAt: evening(-6),
    hours: 2,
    capacity: 30,
    organisationId: null,
  });
  await invite(network, others.slice(0, 8), ["ATTENDING", "ATTENDING", "ATTENDING", "NOT_ATTENDING", "ATTENDING"], [true, true, false, false, true]);
}
