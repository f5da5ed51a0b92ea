import type { EntityManager } from "typeorm";

/**
 * Demo data of request transfers (issue 18): a request of another organisation whose
 * newcomer moved to the demo organisation's municipality, handed to the demo organisation
 * ten days ago (accepted), so "Overdrachten" and the request's ownership history show it.
 * The national coordinator recorded the consent and proposed it, as coordinators may.
 * (The request lies in the demo organisation's municipality: it owns it now.)
 */
export async function seedDemoTransfers(tx: EntityManager, demoOrganisationId: number, now: Date): Promise<void> {
  const [demo] = await tx.query(
    `SELECT o.municipality_code, m.centroid_lat AS lat, m.centroid_lon AS lon FROM organisation o JOIN municipality m ON m.code = o.municipality_code WHERE o.id = $1`,
    [demoOrganisationId],
  );
  if (!demo) return;
  const [from] = await tx.query(`SELECT id FROM organisation WHERE id <> $1 AND municipality_code <> $2 ORDER BY id LIMIT 1`, [
    demoOrganisationId,
    demo.municipality_code,
  ]);
  const [coordinator] = await tx.query(`SELECT id FROM app_user WHERE role = 'COORDINATOR' ORDER BY id LIMIT 1`);
  if (!from || !coordinator) return;
  const day = (days: number) => new Date(now.getTime() + days * 86_400_000);
  const [request] = await tx.query(
    `INSERT INTO match_request (organisation_id, case_reference, lat, lon, municipality_code, language_codes, expertise_codes, hours_per_week, starts_on, remote_acceptable, funding, status, created_at)
     VALUES ($1, 'DEMO-VERHUISD-0001', $2, $3, $4, '{tir}', '{}', 2, $5, false, 'ORGANISATION', 'OPEN', $6) RETURNING id`,
    [demoOrganisationId, demo.lat, demo.lon, demo.municipality_code, day(-30).toISOString().slice(0, 10), day(-30)],
  );
  await tx.query(
    `INSERT INTO request_transfer (match_request_id, from_organisation_id, to_organisation_id, state, newcomer_municipality_code, proposed_by_user_id,
       consent_recorded_by_user_id, consent_at, created_at, effective_on, answered_by_user_id, answered_at)
     VALUES ($1, $2, $3, 'ACCEPTED', $4, $5, $5, $6, $6, $7, (SELECT id FROM app_user WHERE organisation_id = $3 ORDER BY id LIMIT 1), $8)`,
    [request.id, from.id, demoOrganisationId, demo.municipality_code, coordinator.id, day(-12), day(-10).toISOString().slice(0, 10), day(-10)],
  );
}
