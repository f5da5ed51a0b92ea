// Who may see and change which record. Pure: the services pass the actor and the few
// facts about the record that decide it, so every rule is tested without a database.

export type RoleName = "COORDINATOR" | "REGIONAL_COORDINATOR" | "ORGANISATION" | "KEY_PERSON";

export interface Actor {
  userId: number;
  role: RoleName;
  keyPersonId: number | null;
  organisationId: number | null;
  /** A regional coordinator's region: CBS municipality codes. */
  municipalityCodes: readonly string[];
}

export interface KeyPersonFacts {
  id: number;
  homeMunicipalityCode: string;
}

export function inRegion(actor: Actor, municipalityCode: string | null): boolean {
  return actor.role === "REGIONAL_COORDINATOR" && municipalityCode !== null && actor.municipalityCodes.includes(municipalityCode);
}

/** The coordinator, a regional coordinator for their municipalities, and the key person themself. */
export function canManageKeyPerson(actor: Actor, keyPerson: KeyPersonFacts): boolean {
  if (actor.role === "COORDINATOR") return true;
  if (actor.role === "REGIONAL_COORDINATOR") return inRegion(actor, keyPerson.homeMunicipalityCode);
  if (actor.role === "KEY_PERSON") return actor.keyPersonId === keyPerson.id;
  return false;
}

/** What decides who reaches a match request: whose it is and where the newcomer is. */
export interface RequestScopeFacts {
  organisationId: number;
  municipalityCode: string;
}

/**
 * Who reaches a match request, by any path (the top-level queries and every nested field
 * alike): its organisation, the coordinator, a regional coordinator when the newcomer is in
 * their municipalities, and a key person with an assignment on it (`onIt`).
 */
export function canSeeRequest(actor: Actor, request: RequestScopeFacts, onIt: boolean): boolean {
  if (actor.role === "COORDINATOR") return true;
  if (actor.role === "REGIONAL_COORDINATOR") return inRegion(actor, request.municipalityCode);
  if (actor.role === "ORGANISATION") return actor.organisationId === request.organisationId;
  return onIt;
}

/** Who reaches an assignment: as its request, except that a key person reaches only their own. */
export function canSeeAssignment(actor: Actor, assignment: { keyPersonId: number }, request: RequestScopeFacts): boolean {
  if (actor.role === "KEY_PERSON") return actor.keyPersonId === assignment.keyPersonId;
  return canSeeRequest(actor, request, false);
}

/**
 * Private fields (home location, wellbeing, consent, origins, birth year) follow the
 * same rule as managing the record: never an organisation, never another key person.
 */
export const canSeePrivateFields = canManageKeyPerson;

export function isSelf(actor: Actor, keyPersonId: number): boolean {
  return actor.role === "KEY_PERSON" && actor.keyPersonId === keyPersonId;
}

export function isCoordinator(actor: Actor): boolean {
  return actor.role === "COORDINATOR" || actor.role === "REGIONAL_COORDINATOR";
}

/** Organisations: the coordinators see them all (regional ones read-only); staff only their own. */
export function canReadOrganisation(actor: Actor, organisationId: number): boolean {
  return isCoordinator(actor) || (actor.role === "ORGANISATION" && actor.organisationId === organisationId);
}

/**
 * How much a key person learns of a newcomer through a request: the newcomer's exact
 * location once the key person supports or supported them (they have to get there, and
 * their travel claims are measured to it); while deciding, a point rounded to about a
 * kilometre is enough to judge the distance. Their origin never: it only steers
 * matching. Everyone else who reaches a request (its organisation, the coordinators) sees
 * it whole.
 */
export type NewcomerDetail = "WHOLE" | "APPROXIMATE";

export function newcomerDetailFor(actor: Actor, ownAssignmentStatuses: readonly string[]): NewcomerDetail {
  if (actor.role !== "KEY_PERSON") return "WHOLE";
  return ownAssignmentStatuses.some((status) => status === "ACTIVE" || status === "COMPLETED") ? "WHOLE" : "APPROXIMATE";
}

/** The newcomer's origin only steers matching: never shown to a key person. */
export function canSeeNewcomerOrigin(actor: Actor): boolean {
  return actor.role !== "KEY_PERSON";
}

/**
 * A candidate's distance as the viewer may see it: whole kilometres for an organisation
 * (tenths, from requests placed at a few chosen points, would give a key person's home
 * away to within a street), tenths for the coordinators.
 */
export function distanceShownTo(actor: Actor, km: number): number {
  const perKm = actor.role === "ORGANISATION" ? 1 : 10;
  return Math.round(km * perKm) / perKm;
}

/** Two decimals of a degree: about 1.1 km north–south and 0.7 km east–west in the Netherlands. */
export function approximatePoint(point: { lat: number; lon: number }): { lat: number; lon: number } {
  return { lat: Math.round(point.lat * 100) / 100, lon: Math.round(point.lon * 100) / 100 };
}

/**
 * Who may move a key person between ACTIVE, PAUSED and INACTIVE: coordinators (in scope)
 * any way; the key person may pause themself and resume, never set INACTIVE or leave it.
 */
export function canSetKeyPersonStatus(actor: Actor, from: string, to: string): boolean {
  if (isCoordinator(actor)) return true;
  if (actor.role !== "KEY_PERSON") return false;
  const own = new Set(["ACTIVE", "PAUSED"]);
  return own.has(from) && own.has(to);
}

/**
 * How much a refusal of an e-mail address may say: the national coordinator sees every
 * account anyway and is told "in use"; anyone else gets one neutral answer that does not
 * tell whether (or where) another account has the address.
 */
export function mayLearnAddressInUse(actor: Actor): boolean {
  return actor.role === "COORDINATOR";
}
