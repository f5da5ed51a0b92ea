// Demo qualifications (issue 17): plausible training records for the demo key persons, so
// the dashboard, the key person pages and matching on SGBV, FGM, honour-related violence and
// trafficking show the new rule at work. Most key persons with such expertise hold a
// verified training; a few only declared it (waiting for a coordinator), a few have none,
// and a few expire within the coming two months. Seeded, so every demo is alike.
import type { EntityManager } from "typeorm";
import { validUntilOf } from "../domain/qualifications";
import { createRandom, type DemoKeyPerson } from "./demo-data";

const DAY_MS = 86_400_000;
const iso = (date: Date) => date.toISOString().slice(0, 10);

/** The training that covers each expertise needing a qualification (the migration's starting list). */
const TRAINING_FOR: Record<string, { code: string; months: number; issuers: string[] }> = {
  SGBV: { code: "SGBV_TRAINING", months: 36, issuers: ["Pharos", "Rutgers", "Fier"] },
  HONOUR_VIOLENCE: { code: "SGBV_TRAINING", months: 36, issuers: ["Pharos", "Fier"] },
  HUMAN_TRAFFICKING: { code: "SGBV_TRAINING", months: 36, issuers: ["CoMensha", "Fier"] },
  FGM: { code: "FGM_TRAINING", months: 36, issuers: ["Pharos", "FSAN"] },
};

export interface DemoQualification {
  keyPersonIndex: number;
  code: string;
  issuer: string;
  obtainedOn: string;
  validUntil: string | null;
  verified: boolean;
}

/** What each demo key person holds; the demo key person (skipIndex) has the basic training and one declaration to verify. */
export function demoQualifications(people: DemoKeyPerson[], now: Date, skipIndex: number): DemoQualification[] {
  const random = createRandom(17);
  const rows: DemoQualification[] = [];
  const monthsAgo = (min: number, max: number) => iso(new Date(now.getTime() - random.int(min * 30, max * 30) * DAY_MS));
  const add = (keyPersonIndex: number, code: string, issuer: string, obtainedOn: string, months: number | null, verified: boolean) =>
    rows.push({ keyPersonIndex, code, issuer, obtainedOn, validUntil: validUntilOf(obtainedOn, months), verified });
  people.forEach((person, i) => {
    if (i === skipIndex) {
      add(i, "KEY_PERSON_BASIC", "Pharos (landelijk programma sleutelpersonen)", monthsAgo(6, 12), null, true);
      add(i, "TRAUMA_INFORMED", "ARQ Centrum'45", monthsAgo(1, 2), 24, false);
      return;
    }
    if (random.chance(0.7)) add(i, "KEY_PERSON_BASIC", "Pharos (landelijk programma sleutelpersonen)", monthsAgo(3, 60), null, random.chance(0.95));
    const trainings = new Map<string, { months: number; issuers: string[] }>();
    for (const code of person.expertiseCodes) if (TRAINING_FOR[code]) trainings.set(TRAINING_FOR[code].code, TRAINING_FOR[code]);
    for (const [code, training] of trainings) {
      const roll = random.next();
      if (roll < 0.06) continue; // none yet: matching leaves them out for this expertise
      if (roll < 0.14)
        add(i, code, random.pick(training.issuers), monthsAgo(0, 3), training.months, false); // declared, waiting
      else if (roll < 0.2)
        add(
          i,
          code,
          random.pick(training.issuers),
          iso(new Date(now.getTime() - (training.months * 30.4 - random.int(5, 55)) * DAY_MS)),
          training.months,
          true,
        ); // expires soon
      else add(i, code, random.pick(training.issuers), monthsAgo(1, 30), training.months, true);
    }
    if (person.expertiseCodes.some((code) => ["DOMESTIC_VIOLENCE", "YOUTH", "PARENTING"].includes(code)) && random.chance(0.5))
      add(i, "MELDCODE", random.pick(["Augeo", "Movisie", "GGD"]), monthsAgo(1, 22), 24, true);
    if (person.expertiseCodes.includes("MENTAL_HEALTH") && random.chance(0.4)) add(i, "TRAUMA_INFORMED", "ARQ Centrum'45", monthsAgo(1, 22), 24, true);
  });
  return rows;
}

/** Inserts the demo qualifications, verified by the demo coordinator. */
export async function seedDemoQualifications(tx: EntityManager, people: DemoKeyPerson[], keyPersonIds: number[], now: Date, skipIndex: number): Promise<void> {
  const rows = demoQualifications(people, now, skipIndex);
  const [coordinator] = await tx.query(`SELECT id FROM app_user WHERE role = 'COORDINATOR' ORDER BY id LIMIT 1`);
  const by = coordinator?.id ?? null;
  await tx.query(
    `INSERT INTO qualification (key_person_id, type_code, issuer, obtained_on, valid_until, status, verified_by_user_id, verified_at, verification_note, created_by_user_id)
     SELECT k, c, i, o::date, u::date, CASE WHEN v THEN 'VERIFIED' ELSE 'SELF_DECLARED' END::qualification_status,
       CASE WHEN v THEN $7::int END, CASE WHEN v THEN $8::timestamptz END, CASE WHEN v THEN 'Certificaat gezien (demo)' END, $7::int
     FROM unnest($1::int[], $2::varchar[], $3::varchar[], $4::text[], $5::text[], $6::bool[]) AS t(k, c, i, o, u, v)`,
    [
      rows.map((r) => keyPersonIds[r.keyPersonIndex]),
      rows.map((r) => r.code),
      rows.map((r) => r.issuer),
      rows.map((r) => r.obtainedOn),
      rows.map((r) => r.validUntil),
      rows.map((r) => r.verified),
      by,
      now,
    ],
  );
}
