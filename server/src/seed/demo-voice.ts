import { randomBytes } from "node:crypto";
import type { EntityManager } from "typeorm";
import { monthOf } from "../domain/voice";

const DAY_MS = 86_400_000;

/**
 * Newcomers' voice in the demo (issue 19): feedback for the demo key person (enough answers
 * to show results), a rating and a complaint the key person answered on the demo
 * organisation's work, a flag about it, and signals about reception locations in the region.
 */
export async function seedDemoVoice(tx: EntityManager, demoKeyPersonId: number, organisationId: number, now: Date, region: string[]): Promise<void> {
  const place = region[0];
  if (!place) return;
  const answers = [
    ["YES", "YES", "YES", "YES"],
    ["YES", "YES", "PARTLY", "YES"],
    ["PARTLY", "YES", "YES", "YES"],
    ["YES", "YES", "YES", "YES"],
    ["YES", "PARTLY", "YES", "PARTLY"],
    ["NO", "YES", "PARTLY", "NO"],
  ];
  for (const [i, [helpful, feltSafe, understood, wouldRecommend]] of answers.entries()) {
    await tx.query(
      `INSERT INTO newcomer_feedback (link_hash, key_person_id, municipality_code, answered_month, language, helpful, felt_safe, understood, would_recommend)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        randomBytes(32).toString("hex"),
        demoKeyPersonId,
        region[i % region.length],
        monthOf(new Date(now.getTime() - i * 20 * DAY_MS)),
        i % 2 ? "tir" : "ara",
        helpful,
        feltSafe,
        understood,
        wouldRecommend,
      ],
    );
  }

  const worked: { id: number; key_person_id: number; status: string }[] = await tx.query(
    `SELECT a.id, a.key_person_id, a.status FROM assignment a JOIN match_request r ON r.id = a.request_id
     WHERE r.organisation_id = $1 AND a.status IN ('COMPLETED', 'ACTIVE') ORDER BY a.status DESC, a.id LIMIT 2`,
    [organisationId],
  );
  const [{ user_id: organisationUser }] = await tx.query(`SELECT id AS user_id FROM app_user WHERE organisation_id = $1 ORDER BY id LIMIT 1`, [organisationId]);
  const completed = worked.find((a) => a.status === "COMPLETED");
  if (completed) {
    await tx.query(`INSERT INTO assignment_rating (assignment_id, score, comment, rated_by_user_id, rated_at) VALUES ($1, 4, $2, $3, $4)`, [
      completed.id,
      "Goed voorbereid; de nieuwkomer voelde zich op haar gemak.",
      organisationUser,
      new Date(now.getTime() - 5 * DAY_MS),
    ]);
  }
  const about = worked[0];
  if (about) {
    await tx.query(
      `INSERT INTO complaint (assignment_id, kind, state, description, filed_by_user_id, filed_at, response, responded_at)
       VALUES ($1, 'LATE', 'RESPONDED', $2, $3, $4, $5, $6)`,
      [
        about.id,
        "De sleutelpersoon kwam een half uur te laat bij de afspraak bij de huisarts.",
        organisationUser,
        new Date(now.getTime() - 6 * DAY_MS),
        "De trein viel uit; ik heb de praktijk gebeld dat ik later kwam.",
        new Date(now.getTime() - 4 * DAY_MS),
      ],
    );
    await tx.query(`INSERT INTO organisation_flag (organisation_id, key_person_id, kind, note, flagged_at) VALUES ($1, $2, 'NO_CONTACT_PERSON', $3, $4)`, [
      organisationId,
      about.key_person_id,
      "Bij de intake was niemand van de organisatie aanwezig.",
      new Date(now.getTime() - 3 * DAY_MS),
    ]);
  }
  const signals: [string, number][] = [
    ["SAFETY", 0],
    ["SAFETY", 1],
    ["ACCESS_TO_CARE", 0],
    ["LIVING_CONDITIONS", 2],
    ["CHILDREN", 1],
  ];
  for (const [category, monthsAgo] of signals) {
    const month = monthOf(new Date(now.getTime() - monthsAgo * 31 * DAY_MS));
    await tx.query(`INSERT INTO location_signal (category, municipality_code, month, filed_month) VALUES ($1, $2, $3, $3)`, [category, place, month]);
  }
}
