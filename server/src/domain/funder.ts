// Who reviews and pays an assignment's hours and claims: the national scheme, or the
// organisation that asked for the key person. Stored as a key in `funder` columns
// (hour_entry, expense_claim, allowance_rate, payment_export): "NATIONAL_SCHEME" or
// "ORGANISATION:<id>". This module is the only place that builds or reads that key.

import type { Actor } from "./access";
import { ownerOn, type OwnershipChange } from "./transfers";

export const NATIONAL_SCHEME = "NATIONAL_SCHEME";

const ORGANISATION_PREFIX = "ORGANISATION:";

export type FunderKey = typeof NATIONAL_SCHEME | `${typeof ORGANISATION_PREFIX}${number}`;

/** The key of an organisation as funder. */
export function organisationFunder(organisationId: number): FunderKey {
  return `${ORGANISATION_PREFIX}${organisationId}`;
}

/** The same key computed in SQL from a request's `funding` and `organisation_id` columns (bulk inserts). */
export function funderKeySql(funding: string, organisationId: string): string {
  return `CASE ${funding} WHEN '${NATIONAL_SCHEME}' THEN '${NATIONAL_SCHEME}' ELSE '${ORGANISATION_PREFIX}' || ${organisationId} END`;
}

/** The funder of a match request: its organisation, or the national scheme when the request says so. */
export function funderOfRequest(request: { funding: string; organisationId: number }): FunderKey {
  return request.funding === NATIONAL_SCHEME ? NATIONAL_SCHEME : organisationFunder(request.organisationId);
}

/** The funder the actor reviews and pays for: their organisation, or the national scheme for the coordinator. */
export function funderOfActor(actor: Pick<Actor, "role" | "organisationId">): FunderKey | null {
  if (actor.role === "ORGANISATION" && actor.organisationId !== null) return organisationFunder(actor.organisationId);
  if (actor.role === "COORDINATOR") return NATIONAL_SCHEME;
  return null;
}

/**
 * The funder of a request's hours or claim dated `date` (issue 18): after a transfer the
 * receiving organisation funds (and reviews) from the day it accepted, the old one before.
 * `changes` are the request's accepted transfers; none: funderOfRequest.
 */
export function funderOfRequestOn(request: { funding: string; organisationId: number }, date: string, changes: readonly OwnershipChange[]): FunderKey {
  return funderOfRequest({ funding: request.funding, organisationId: ownerOn(date, request.organisationId, changes) });
}
