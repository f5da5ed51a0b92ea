// The request's ownership history as the services need it: accepted transfers read in the
// caller's transaction, the rule in domain/transfers.ts and domain/funder.ts.
import type { EntityManager } from "typeorm";
import { funderOfRequestOn, type FunderKey } from "../domain/funder";
import type { OwnershipChange } from "../domain/transfers";

/** The request's accepted transfers: its ownership history. */
export async function ownershipChanges(tx: EntityManager, requestId: number): Promise<OwnershipChange[]> {
  const rows: { from_organisation_id: number; to_organisation_id: number; effective_on: string }[] = await tx.query(
    `SELECT from_organisation_id, to_organisation_id, effective_on::text AS effective_on
     FROM request_transfer WHERE match_request_id = $1 AND state = 'ACCEPTED' ORDER BY effective_on, id`,
    [requestId],
  );
  return rows.map((r) => ({ fromOrganisationId: r.from_organisation_id, toOrganisationId: r.to_organisation_id, effectiveOn: r.effective_on }));
}

/** Who funds (and reviews) the request's hours or claim dated `date`. */
export async function funderOn(tx: EntityManager, request: { id: number; funding: string; organisationId: number }, date: string): Promise<FunderKey> {
  return funderOfRequestOn(request, date, await ownershipChanges(tx, request.id));
}

/** The last day the old key person of a handover may still declare on `assignmentId`, or null. */
export async function overlapUntil(tx: EntityManager, assignmentId: number): Promise<string | null> {
  const [row] = await tx.query(`SELECT overlap_until::text AS until FROM assignment_handover WHERE from_assignment_id = $1`, [assignmentId]);
  return row?.until ?? null;
}
