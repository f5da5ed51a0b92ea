// Who may call which query and mutation: the one source of truth for docs/access-matrix.md
// (generated from here by scripts/access-matrix.mjs, checked by test/unit/access-matrix.test.ts)
// and for test/api/access-matrix.test.ts, which runs every cell against the real server.
//
// Each operation has a builder: the GraphQL document and variables for a target record on
// the caller's own side ("own": their own record, their organisation's, in their region)
// or on the other side ("other": someone else's, another organisation's, outside the
// region). This file has no runtime imports, so the script can load it on its own.

export const ROLES = ["anonymous", "KEY_PERSON", "ORGANISATION", "REGIONAL_COORDINATOR", "COORDINATOR"] as const;
export type Role = (typeof ROLES)[number];

/** allowed: on anyone's record. own / own org / region: on records in that scope only. The codes: refused with that code. */
export type Access = "allowed" | "own" | "own org" | "region" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND";
export const ERROR_CODES: readonly Access[] = ["UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND"];
export const SCOPED: readonly Access[] = ["own", "own org", "region"];

export interface Cell {
  access: Access;
  note?: string;
  /** The call succeeds but the caller's scope is empty (a key person has no organisation). */
  empty?: boolean;
}

/** What a scoped caller gets for a record outside their scope: an error, or left out of a list. */
export type Outside = "NOT_FOUND" | "FORBIDDEN" | "hidden";

export type Side = "own" | "other";

/** One call: the document, its variables, optionally another token, and how to tell the target is in the answer. */
export interface Call {
  query: string;
  variables?: Record<string, unknown>;
  /** Send with this token instead of the role's (a throwaway account); null: none. */
  token?: string | null;
  /** For lists: whether the target record is in the answer's data. */
  found?: (data: any) => boolean;
}

/**
 * A build gets `fresh: true` when the call is expected to succeed and would change state:
 * it then targets a throwaway record made for it. Refused calls use the shared records.
 */
export type Build = (w: World, role: Role, side: Side, fresh: boolean) => Call | Promise<Call>;

export interface Operation {
  type: "Query" | "Mutation";
  name: string;
  feature: string;
  cells: Record<Role, Cell>;
  /** Another's record, for a scoped cell; absent: the operation names no record. */
  outside?: Outside;
  note?: string;
  build: Build;
}

/** The records of one side: A is the callers' own (their key person, organisation, region), B someone else's. */
export interface SideRecords {
  keyPerson: string;
  keyPersonInput: Record<string, unknown>;
  organisation: string;
  organisationInput: Record<string, unknown>;
  /** An organisation account's user id. */
  user: string;
  /** The side's key person's account (user id). */
  keyPersonUser: string;
  request: string;
  /** ACTIVE: the side's key person on the side's request, funded by the side's organisation. */
  assignment: string;
  hourEntry: string;
  claim: string;
  leave: string;
  /** A municipality of the side (A: in the region). */
  municipality: string;
  location: { lat: number; lon: number };
  /** qualifications (issue 17): a SELF_DECLARED qualification of the side's key person. */
  qualification: string;
  // care services (issue 18)
  /** A care service of the side's organisation, in the side's municipality. */
  careService: string;
  /** A named contact point of the side's organisation. */
  organisationContact: string;
}

export interface World {
  tokens: Record<Role, string | null>;
  A: SideRecords;
  B: SideRecords;
  /** An assignment of the A key person funded by the national scheme. */
  nationalAssignment: string;
  /** A message in the outbox (held: no SMTP server in tests). */
  notification: string;
  /**
   * Request transfers (issue 18): per side, a transfer the side's organisation proposed for a
   * request whose newcomer moved (A: to Amstelveen, in the region; B: to Nieuwegein), and the
   * organisation near that place it went to.
   */
  transfers: { A: string; B: string };
  transferTargets: { A: string; B: string };
  /** A login that works (the A key person's). */
  login: { email: string; password: string };
  today: string;
  /** Group activities and affiliations (issue 17): each side's key person is affiliated with the side's organisation, which supervises them. */
  groups: {
    /** The coordinators' activity, the A key person invited. */
    coordinatorActivity: string;
    /** The side's organisation's activity, the side's key person invited. */
    activity: Record<"A" | "B", string>;
    affiliation: Record<"A" | "B", string>;
  };
  email(prefix: string): string;
  keyPersonInput(side: Side): Record<string, unknown>;
  requestInput(side: Side): Record<string, unknown>;
  fresh: {
    request(side: Side): Promise<string>;
    proposal(side: Side): Promise<string>;
    activeAssignment(side: Side): Promise<string>;
    /** A submitted hour entry of the side's key person: on the side's assignment, or on the national one. */
    hourEntry(funder: "A" | "B" | "national"): Promise<string>;
    claim(funder: "A" | "B" | "national", approved: boolean): Promise<string>;
    leave(side: Side): Promise<string>;
    keyPerson(side: Side, login: boolean): Promise<{ id: string; displayName: string; token: string | null }>;
    /** The token of an open invitation of a new key person. */
    invitation(): Promise<string>;
    /** The token of an open password-reset link of a new key person (read from the outbox). */
    passwordReset(): Promise<string>;
    /** A new key person's account on the side that has no password yet (invitation pending): its user id. */
    invitee(side: Side): Promise<string>;
    /** Issue 19: a listed key person who takes messages, and a message form opened long enough ago to send. */
    publicMessage(): Promise<{ keyPersonId: string; formToken: string }>;
    /** A new future group activity of the coordinators or of organisation A, the A key person invited when asked. */
    groupActivity(organiser: "coordinators" | "A", inviteA: boolean): Promise<string>;
    /** A group activity of that organiser that has begun, the A key person invited. */
    begunGroupActivity(organiser: "coordinators" | "A"): Promise<string>;
    /** An affiliation of a new key person on the side with organisation A. */
    affiliation(side: Side): Promise<string>;
    /** A new key person's account on the side: user id, and a token of theirs (password: `login.password`). */
    account(side: Side): Promise<{ userId: string; token: string }>;
    /** A request of the side whose newcomer moved near the side's transfer target. */
    movedRequest(side: Side): Promise<string>;
    /** A pending transfer the side's organisation proposed. */
    outgoingTransfer(side: Side): Promise<string>;
    /** own: a pending transfer offered to the A organisation (by B); other: one A has nothing to do with. */
    incomingTransfer(side: Side): Promise<string>;
    // newcomers' voice (issue 19)
    /** A COMPLETED assignment of the side's key person on the side's request. */
    completedAssignment(side: Side): Promise<string>;
    /** The token of a feedback link of a new completed assignment (A). */
    feedbackToken(): Promise<string>;
    /** A complaint by the side's organisation about a new active assignment of the side; `responded`: the key person answered it. */
    complaint(side: Side, responded: boolean): Promise<string>;
    /** An open flag by the side's key person about the side's organisation. */
    flag(side: Side): Promise<string>;
    /** qualifications (issue 17): a new SELF_DECLARED qualification of the side's key person. */
    qualification(side: Side): Promise<string>;
    // care services (issue 18)
    careService(side: Side): Promise<string>;
    organisationContact(side: Side): Promise<string>;
  };
}

// ---- the table ---------------------------------------------------------------------------

type CellSpec = Access | [Access, string] | [Access, string, "empty"];
const cell = (spec: CellSpec): Cell =>
  typeof spec === "string" ? { access: spec } : { access: spec[0], note: spec[1], ...(spec[2] === "empty" ? { empty: true } : {}) };
const cells = (anonymous: CellSpec, keyPerson: CellSpec, organisation: CellSpec, regional: CellSpec, coordinator: CellSpec): Record<Role, Cell> => ({
  anonymous: cell(anonymous),
  KEY_PERSON: cell(keyPerson),
  ORGANISATION: cell(organisation),
  REGIONAL_COORDINATOR: cell(regional),
  COORDINATOR: cell(coordinator),
});

const U = "UNAUTHENTICATED";
const F = "FORBIDDEN";
const PUBLIC = cells("allowed", "allowed", "allowed", "allowed", "allowed");
const LOGGED_IN = cells(U, "allowed", "allowed", "allowed", "allowed");
const COORDINATOR_ONLY = cells(U, F, F, F, "allowed");
/** The key person themself, a regional coordinator in their region, the coordinator. */
const KEY_PERSON_RECORD = cells(U, "own", F, "region", "allowed");
/** A match request: its organisation, a regional coordinator where the newcomer is, the coordinator. */
const REQUEST_RECORD = cells(U, F, "own org", "region", "allowed");
const NATIONAL = "the national scheme's (its own funder), never an organisation's";
const FUNDER = cells(U, F, "own org", F, ["own org", NATIONAL]);

const side = (w: World, s: Side) => (s === "own" ? w.A : w.B);
/** qualifications (issue 17): fresh codes and days per call. */
let counter = 0;
const daysBefore = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
const listed = (page: string) => (data: any) => data[page].items.length > 0;
const idsFilter = (id: string) => ({ ids: [id] });
/** The group activity a role runs or reads on its own side; the other side: organisation B's. */
const groupActivityOf = (w: World, role: Role, s: Side) =>
  s === "other" ? w.groups.activity.B : role === "ORGANISATION" ? w.groups.activity.A : w.groups.coordinatorActivity;
const organiserOf = (role: Role): "coordinators" | "A" => (role === "ORGANISATION" ? "A" : "coordinators");
const ORGANISER = cells(
  U,
  F,
  "own org",
  ["own org", "the coordinators' activities"],
  ["own org", "the coordinators' activities; an organisation's: NOT_FOUND"],
);

export const OPERATIONS: Operation[] = [
  // ---- account ----
  {
    type: "Mutation",
    name: "login",
    feature: "Account",
    cells: PUBLIC,
    note: "limited per account and per client address (RATE_LIMITED)",
    build: (w) => ({
      query: `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`,
      variables: { e: w.login.email, p: w.login.password },
    }),
  },
  { type: "Query", name: "me", feature: "Account", cells: PUBLIC, note: "null without a login", build: () => ({ query: `{ me { id } }` }) },
  {
    type: "Query",
    name: "attentionCounts",
    feature: "Account",
    cells: LOGGED_IN,
    note: "counts for the signed-in person only: own proposals (key person), submitted hours and claims one funds (organisation, coordinator)",
    build: () => ({ query: `{ attentionCounts { proposalsToAnswer hoursToReview claimsToReview } }` }),
  },
  {
    type: "Mutation",
    name: "acceptInvitation",
    feature: "Account",
    cells: PUBLIC,
    note: "the invitation token is the credential; it works once",
    build: async (w, _role, _s, fresh) => ({
      query: `mutation($t: String!) { acceptInvitation(token: $t, password: "a-long-new-password") { token } }`,
      variables: { t: fresh ? await w.fresh.invitation() : "not-a-token" },
    }),
  },
  {
    type: "Mutation",
    name: "changePassword",
    feature: "Account",
    cells: LOGGED_IN,
    note: "one's own account only, with its current password; ends every session of it",
    build: async (w, _role, _s, fresh) => ({
      query: `mutation($c: String!) { changePassword(currentPassword: $c, newPassword: "a-brand-new-passphrase") }`,
      variables: { c: w.login.password },
      ...(fresh ? { token: (await w.fresh.account("own")).token } : {}),
    }),
  },
  {
    type: "Mutation",
    name: "requestPasswordReset",
    feature: "Account",
    cells: PUBLIC,
    note: "always true: tells no one whether the address has an account; the link goes to the address only",
    build: (w) => ({ query: `mutation($e: String!) { requestPasswordReset(email: $e) }`, variables: { e: w.email("nobody") } }),
  },
  {
    type: "Mutation",
    name: "resetPassword",
    feature: "Account",
    cells: PUBLIC,
    note: "the token of the e-mailed link is the credential; it works once, for an hour",
    build: async (w, _role, _s, fresh) => ({
      query: `mutation($t: String!) { resetPassword(token: $t, newPassword: "a-brand-new-passphrase") { token } }`,
      variables: { t: fresh ? await w.fresh.passwordReset() : "not-a-token" },
    }),
  },
  {
    type: "Mutation",
    name: "setMyLocale",
    feature: "Account",
    cells: LOGGED_IN,
    note: "one's own account only",
    build: () => ({ query: `mutation { setMyLocale(locale: "nl") { id } }` }),
  },

  // ---- notifications ----
  {
    type: "Query",
    name: "myNotificationSettings",
    feature: "Notifications",
    cells: LOGGED_IN,
    note: "one's own account only",
    build: () => ({ query: `{ myNotificationSettings { digestsEnabled } }` }),
  },
  {
    type: "Mutation",
    name: "setDigestsEnabled",
    feature: "Notifications",
    cells: LOGGED_IN,
    note: "one's own account only",
    build: () => ({ query: `mutation { setDigestsEnabled(enabled: true) { digestsEnabled } }` }),
  },
  {
    type: "Query",
    name: "notifications",
    feature: "Notifications",
    cells: COORDINATOR_ONLY,
    build: () => ({ query: `{ notifications(perPage: 1) { total } }` }),
  },
  {
    type: "Mutation",
    name: "retryNotification",
    feature: "Notifications",
    cells: COORDINATOR_ONLY,
    build: (w) => ({ query: `mutation($id: ID!) { retryNotification(id: $id) { id } }`, variables: { id: w.notification } }),
  },

  // ---- users and organisations ----
  {
    type: "Query",
    name: "user",
    feature: "Users and organisations",
    cells: COORDINATOR_ONLY,
    build: (w) => ({ query: `query($id: ID!) { user(id: $id) { id } }`, variables: { id: w.B.user } }),
  },
  {
    type: "Query",
    name: "users",
    feature: "Users and organisations",
    cells: COORDINATOR_ONLY,
    build: (w) => ({ query: `query($f: UserFilter) { users(filter: $f) { items { id } } }`, variables: { f: idsFilter(w.B.user) }, found: listed("users") }),
  },
  {
    type: "Mutation",
    name: "createUser",
    feature: "Users and organisations",
    cells: COORDINATOR_ONLY,
    build: (w) => ({
      query: `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
      variables: { input: { email: w.email("rc"), password: "a-long-password", role: "REGIONAL_COORDINATOR", municipalityCodes: [w.A.municipality] } },
    }),
  },
  {
    type: "Mutation",
    name: "createOrganisationUser",
    feature: "Users and organisations",
    cells: COORDINATOR_ONLY,
    build: (w) => ({
      query: `mutation($o: ID!, $e: String!) { createOrganisationUser(organisationId: $o, email: $e, password: "a-long-password") { id } }`,
      variables: { o: w.B.organisation, e: w.email("org") },
    }),
  },
  ...(["deactivateUser", "reactivateUser"] as const).map((name): Operation => ({
    type: "Mutation",
    name,
    feature: "Users and organisations",
    outside: "NOT_FOUND",
    cells: cells(U, F, F, ["region", "key persons' accounts in the region"], ["allowed", "any account but one's own"]),
    build: async (w, _role, s, fresh) => ({
      query: `mutation($id: ID!) { ${name}(id: $id) { id } }`,
      variables: { id: fresh ? (await w.fresh.account(s)).userId : side(w, s).keyPersonUser },
    }),
  })),
  {
    type: "Mutation",
    name: "resendInvitation",
    feature: "Users and organisations",
    outside: "NOT_FOUND",
    cells: cells(U, F, F, ["region", "key persons' accounts in the region"], ["allowed", "any account without a password yet"]),
    build: async (w, _role, s, fresh) => ({
      query: `mutation($id: ID!) { resendInvitation(id: $id) { id } }`,
      variables: { id: fresh ? await w.fresh.invitee(s) : side(w, s).keyPersonUser },
    }),
  },
  {
    type: "Query",
    name: "organisation",
    feature: "Users and organisations",
    outside: "NOT_FOUND",
    cells: cells(U, "NOT_FOUND", "own org", "allowed", "allowed"),
    build: (w, _role, s) => ({ query: `query($id: ID!) { organisation(id: $id) { id } }`, variables: { id: side(w, s).organisation } }),
  },
  {
    type: "Query",
    name: "organisations",
    feature: "Users and organisations",
    outside: "hidden",
    cells: cells(U, ["own org", "a key person has none: always an empty page", "empty"], "own org", "allowed", "allowed"),
    build: (w, _role, s) => ({
      query: `query($f: OrganisationFilter) { organisations(filter: $f) { items { id } } }`,
      variables: { f: idsFilter(side(w, s).organisation) },
      found: listed("organisations"),
    }),
  },
  {
    type: "Mutation",
    name: "createOrganisation",
    feature: "Users and organisations",
    cells: COORDINATOR_ONLY,
    build: () => ({ query: `mutation { createOrganisation(input: { name: "Access matrix NGO", kind: NGO }) { id } }` }),
  },
  {
    type: "Mutation",
    name: "updateOrganisation",
    feature: "Users and organisations",
    cells: COORDINATOR_ONLY,
    build: (w) => ({
      query: `mutation($id: ID!, $input: OrganisationInput!) { updateOrganisation(id: $id, input: $input) { id } }`,
      variables: { id: w.B.organisation, input: w.B.organisationInput },
    }),
  },

  // ---- registry ----
  {
    type: "Query",
    name: "keyPerson",
    feature: "Registry",
    outside: "NOT_FOUND",
    cells: cells(
      U,
      "own",
      ["NOT_FOUND", "also a key person who supports its case: organisations see key persons as candidates and on assignments"],
      "region",
      "allowed",
    ),
    build: (w, _role, s) => ({ query: `query($id: ID!) { keyPerson(id: $id) { id } }`, variables: { id: side(w, s).keyPerson } }),
  },
  {
    type: "Query",
    name: "keyPersons",
    feature: "Registry",
    outside: "hidden",
    cells: KEY_PERSON_RECORD,
    build: (w, _role, s) => ({
      query: `query($f: KeyPersonFilter) { keyPersons(filter: $f) { items { id } } }`,
      variables: { f: idsFilter(side(w, s).keyPerson) },
      found: listed("keyPersons"),
    }),
  },
  {
    type: "Mutation",
    name: "createKeyPerson",
    feature: "Registry",
    outside: "FORBIDDEN",
    cells: cells(U, F, F, ["region", "the home location must lie in the region"], "allowed"),
    build: (w, _role, s) => ({
      query: `mutation($input: KeyPersonInput!) { createKeyPerson(input: $input) { id } }`,
      variables: { input: w.keyPersonInput(s) },
    }),
  },
  {
    type: "Mutation",
    name: "updateKeyPerson",
    feature: "Registry",
    outside: "NOT_FOUND",
    cells: KEY_PERSON_RECORD,
    note: "a regional coordinator cannot move a key person out of the region (FORBIDDEN)",
    build: (w, _role, s) => ({
      query: `mutation($id: ID!, $input: KeyPersonInput!) { updateKeyPerson(id: $id, input: $input) { id } }`,
      variables: { id: side(w, s).keyPerson, input: side(w, s).keyPersonInput },
    }),
  },
  {
    type: "Mutation",
    name: "setKeyPersonStatus",
    feature: "Registry",
    outside: "NOT_FOUND",
    cells: cells(U, ["own", "ACTIVE ⇄ PAUSED only; INACTIVE and back: coordinators (FORBIDDEN)"], F, "region", "allowed"),
    build: (w, _role, s) => ({ query: `mutation($id: ID!) { setKeyPersonStatus(id: $id, status: ACTIVE) { id } }`, variables: { id: side(w, s).keyPerson } }),
  },
  {
    type: "Mutation",
    name: "confirmProfile",
    feature: "Registry",
    outside: "NOT_FOUND",
    cells: cells(U, "own", F, ["FORBIDDEN", "in the region; outside it NOT_FOUND"], F),
    build: (w, _role, s) => ({ query: `mutation($id: ID!) { confirmProfile(id: $id) { id } }`, variables: { id: side(w, s).keyPerson } }),
  },
  {
    type: "Mutation",
    name: "setPublicConsent",
    feature: "Registry",
    outside: "NOT_FOUND",
    cells: KEY_PERSON_RECORD,
    note: "on the key person's behalf: audited as such",
    build: (w, _role, s) => ({
      query: `mutation($id: ID!) { setPublicConsent(keyPersonId: $id, input: { listed: false, showName: false, showMunicipality: false, showLanguages: false, showExpertise: false, showEmail: false, showPhone: false }) { id } }`,
      variables: { id: side(w, s).keyPerson },
    }),
  },
  {
    type: "Mutation",
    name: "addLeave",
    feature: "Registry",
    outside: "NOT_FOUND",
    cells: KEY_PERSON_RECORD,
    build: (w, _role, s) => ({
      query: `mutation($id: ID!) { addLeave(keyPersonId: $id, input: { startsOn: "2099-03-01", endsOn: "2099-03-02" }) { id } }`,
      variables: { id: side(w, s).keyPerson },
    }),
  },
  {
    type: "Mutation",
    name: "setAvailabilityWindows",
    feature: "Registry",
    outside: "NOT_FOUND",
    cells: KEY_PERSON_RECORD,
    build: (w, _role, s) => ({
      query: `mutation($id: ID!) { setAvailabilityWindows(keyPersonId: $id, windows: [{ weekday: 2, startTime: "09:00", endTime: "13:00" }]) { id } }`,
      variables: { id: side(w, s).keyPerson },
    }),
  },
  {
    type: "Mutation",
    name: "removeLeave",
    feature: "Registry",
    outside: "NOT_FOUND",
    cells: KEY_PERSON_RECORD,
    build: async (w, _role, s, fresh) => ({
      query: `mutation($id: ID!) { removeLeave(id: $id) }`,
      variables: { id: fresh ? await w.fresh.leave(s) : side(w, s).leave },
    }),
  },

  // ---- matching ----
  {
    type: "Query",
    name: "matchRequest",
    feature: "Matching",
    outside: "NOT_FOUND",
    cells: REQUEST_RECORD,
    build: (w, _role, s) => ({ query: `query($id: ID!) { matchRequest(id: $id) { id } }`, variables: { id: side(w, s).request } }),
  },
  {
    type: "Query",
    name: "matchRequests",
    feature: "Matching",
    outside: "hidden",
    cells: REQUEST_RECORD,
    build: (w, _role, s) => ({
      query: `query($f: MatchRequestFilter) { matchRequests(filter: $f) { items { id } } }`,
      variables: { f: idsFilter(side(w, s).request) },
      found: listed("matchRequests"),
    }),
  },
  {
    type: "Query",
    name: "matchCandidates",
    feature: "Matching",
    outside: "NOT_FOUND",
    cells: REQUEST_RECORD,
    note: "organisations get no private field of a candidate (see below)",
    build: (w, _role, s) => ({ query: `query($id: ID!) { matchCandidates(requestId: $id) { score } }`, variables: { id: side(w, s).request } }),
  },
  {
    type: "Mutation",
    name: "createMatchRequest",
    feature: "Matching",
    cells: cells(U, F, ["allowed", "always for its own organisation"], F, F),
    build: (w) => ({ query: `mutation($input: MatchRequestInput!) { createMatchRequest(input: $input) { id } }`, variables: { input: w.requestInput("own") } }),
  },
  {
    type: "Mutation",
    name: "relocateNewcomer",
    feature: "Matching",
    outside: "NOT_FOUND",
    cells: cells(U, F, "own org", F, F),
    build: async (w, _role, s, fresh) => ({
      query: `mutation($id: ID!, $l: GeoPointInput!) { relocateNewcomer(requestId: $id, location: $l) { id } }`,
      variables: { id: fresh ? await w.fresh.request(s) : side(w, s).request, l: side(w, s).location },
    }),
  },
  {
    type: "Mutation",
    name: "cancelMatchRequest",
    feature: "Matching",
    outside: "NOT_FOUND",
    cells: cells(U, F, "own org", F, F),
    build: async (w, _role, s, fresh) => ({
      query: `mutation($id: ID!) { cancelMatchRequest(requestId: $id) { id status } }`,
      variables: { id: fresh ? await w.fresh.request(s) : side(w, s).request },
    }),
  },
  {
    type: "Mutation",
    name: "proposeAssignment",
    feature: "Matching",
    outside: "NOT_FOUND",
    cells: cells(U, F, "own org", F, F),
    build: async (w, _role, s, fresh) => ({
      query: `mutation($r: ID!, $k: ID!) { proposeAssignment(requestId: $r, keyPersonId: $k) { id } }`,
      variables: { r: fresh ? await w.fresh.request(s) : side(w, s).request, k: side(w, s).keyPerson },
    }),
  },
  {
    type: "Mutation",
    name: "respondToAssignment",
    feature: "Matching",
    outside: "NOT_FOUND",
    cells: cells(U, "own", F, F, F),
    build: async (w, _role, s, fresh) => ({
      query: `mutation($a: ID!) { respondToAssignment(assignmentId: $a, accept: false, reason: "No room this month") { id } }`,
      variables: { a: fresh ? await w.fresh.proposal(s) : side(w, s).assignment },
    }),
  },
  {
    type: "Mutation",
    name: "completeAssignment",
    feature: "Matching",
    outside: "NOT_FOUND",
    cells: cells(U, "own", "own org", "region", "allowed"),
    build: async (w, _role, s, fresh) => ({
      query: `mutation($a: ID!) { completeAssignment(assignmentId: $a) { id } }`,
      variables: { a: fresh ? await w.fresh.activeAssignment(s) : side(w, s).assignment },
    }),
  },
  {
    type: "Query",
    name: "assignments",
    feature: "Matching",
    outside: "hidden",
    cells: cells(U, "own", "own org", "region", "allowed"),
    note: "a regional coordinator: requests in the region; nested key persons of elsewhere show no private field",
    build: (w, _role, s) => ({
      query: `query($f: AssignmentFilter) { assignments(filter: $f) { items { id } } }`,
      variables: { f: idsFilter(side(w, s).assignment) },
      found: listed("assignments"),
    }),
  },

  // ---- compensation ----
  { type: "Query", name: "compensationRules", feature: "Compensation", cells: PUBLIC, build: () => ({ query: `{ compensationRules { year } }` }) },
  {
    type: "Query",
    name: "compensationRulesMissing",
    feature: "Compensation",
    cells: cells(U, F, F, "allowed", "allowed"),
    build: () => ({ query: `{ compensationRulesMissing }` }),
  },
  {
    type: "Mutation",
    name: "setCompensationRules",
    feature: "Compensation",
    cells: COORDINATOR_ONLY,
    build: () => ({
      query: `mutation { setCompensationRules(year: 2099, input: { hourlyRateCents: 600, hourlyRateUnder21Cents: 350, monthCapCents: 22000, yearCapCents: 220000, kmRateCents: 23 }) { year } }`,
    }),
  },
  {
    type: "Query",
    name: "allowanceRate",
    feature: "Compensation",
    outside: "FORBIDDEN",
    cells: cells(U, F, "own org", F, "allowed"),
    note: "no organisationId: the national scheme, coordinator only",
    build: (w, _role, s) => ({ query: `query($o: ID) { allowanceRate(organisationId: $o) }`, variables: { o: side(w, s).organisation } }),
  },
  {
    type: "Mutation",
    name: "setAllowanceRate",
    feature: "Compensation",
    outside: "FORBIDDEN",
    cells: cells(U, F, "own org", F, "allowed"),
    note: "no organisationId: the national scheme, coordinator only",
    build: (w, _role, s) => ({
      query: `mutation($o: ID) { setAllowanceRate(organisationId: $o, hourlyRateCents: null) }`,
      variables: { o: side(w, s).organisation },
    }),
  },
  {
    type: "Mutation",
    name: "setPaymentDetails",
    feature: "Compensation",
    outside: "NOT_FOUND",
    cells: KEY_PERSON_RECORD,
    build: (w, _role, s) => ({
      query: `mutation($id: ID!) { setPaymentDetails(keyPersonId: $id, iban: "NL91ABNA0417164300") }`,
      variables: { id: side(w, s).keyPerson },
    }),
  },
  {
    type: "Query",
    name: "allowanceOverview",
    feature: "Compensation",
    outside: "NOT_FOUND",
    cells: KEY_PERSON_RECORD,
    build: (w, _role, s) => ({
      query: `query($id: ID!) { allowanceOverview(keyPersonId: $id, year: 2025) { year } }`,
      variables: { id: side(w, s).keyPerson },
    }),
  },
  {
    type: "Query",
    name: "hourEntries",
    feature: "Compensation",
    outside: "hidden",
    cells: cells(U, "own", ["own org", "what it funds"], ["region", "key persons living in the region"], "allowed"),
    build: (w, _role, s) => ({
      query: `query($f: ReviewFilter) { hourEntries(filter: $f) { items { id } } }`,
      variables: { f: idsFilter(side(w, s).hourEntry) },
      found: listed("hourEntries"),
    }),
  },
  {
    type: "Query",
    name: "expenseClaims",
    feature: "Compensation",
    outside: "hidden",
    cells: cells(U, "own", ["own org", "what it funds"], ["region", "key persons living in the region"], "allowed"),
    build: (w, _role, s) => ({
      query: `query($f: ReviewFilter) { expenseClaims(filter: $f) { items { id } } }`,
      variables: { f: idsFilter(side(w, s).claim) },
      found: listed("expenseClaims"),
    }),
  },
  {
    type: "Mutation",
    name: "declareHours",
    feature: "Compensation",
    outside: "NOT_FOUND",
    cells: cells(U, "own", F, F, F),
    note: "on one's own assignment",
    build: (w, _role, s) => ({
      query: `mutation($i: HourEntryInput!) { declareHours(input: $i) { id } }`,
      variables: { i: { assignmentId: side(w, s).assignment, date: w.today, hours: 0.25, activity: "SUPPORT" } },
    }),
  },
  {
    type: "Mutation",
    name: "declareOwnActivity",
    feature: "Compensation",
    cells: cells(U, ["allowed", "for themself: the actor's own key person, no record named"], F, F, F),
    note: "own activity, no assignment; reviewed by the coordinator (national scheme)",
    build: (w) => ({
      query: `mutation($i: OwnActivityInput!) { declareOwnActivity(input: $i) { id } }`,
      variables: { i: { activity: "INTERVISION", date: w.today, hours: 0.25 } },
    }),
  },
  {
    type: "Mutation",
    name: "submitExpenseClaim",
    feature: "Compensation",
    outside: "NOT_FOUND",
    cells: cells(U, "own", F, F, F),
    note: "on one's own assignment, or none (national scheme)",
    build: (w, _role, s) => ({
      query: `mutation($i: ExpenseClaimInput!) { submitExpenseClaim(input: $i) { id } }`,
      variables: {
        i: {
          assignmentId: side(w, s).assignment,
          kind: "PUBLIC_TRANSPORT",
          amountCents: 320,
          date: w.today,
          description: "Tram",
          idempotencyKey: w.email("claim"),
        },
      },
    }),
  },
  {
    type: "Mutation",
    name: "reviewHours",
    feature: "Compensation",
    outside: "FORBIDDEN",
    cells: FUNDER,
    note: "the funder reviews",
    build: async (w, role, s, fresh) => ({
      query: `mutation($id: ID!) { reviewHours(id: $id, approve: false, reason: "Wrong day") { id } }`,
      variables: { id: fresh ? await w.fresh.hourEntry(s === "other" ? "B" : role === "COORDINATOR" ? "national" : "A") : side(w, s).hourEntry },
    }),
  },
  {
    type: "Mutation",
    name: "reviewExpenseClaim",
    feature: "Compensation",
    outside: "FORBIDDEN",
    cells: FUNDER,
    note: "the funder reviews",
    build: async (w, role, s, fresh) => ({
      query: `mutation($id: ID!) { reviewExpenseClaim(id: $id, approve: false, reason: "No receipt") { id } }`,
      variables: { id: fresh ? await w.fresh.claim(s === "other" ? "B" : role === "COORDINATOR" ? "national" : "A", false) : side(w, s).claim },
    }),
  },
  {
    type: "Mutation",
    name: "exportPayments",
    feature: "Compensation",
    outside: "FORBIDDEN",
    cells: FUNDER,
    note: "no organisationId: the national scheme",
    build: async (w, role, s, fresh) => {
      const national = role === "COORDINATOR" && s === "own";
      if (fresh) await w.fresh.claim(s === "other" ? "B" : national ? "national" : "A", true);
      return {
        query: `mutation($o: ID, $d: Date!) { exportPayments(organisationId: $o, from: $d, to: $d) { id } }`,
        variables: { o: national ? null : side(w, s).organisation, d: w.today },
      };
    },
  },
  { type: "Query", name: "paymentExports", feature: "Compensation", cells: FUNDER, build: () => ({ query: `{ paymentExports { total } }` }) },
  {
    type: "Query",
    name: "paymentExportPreview",
    feature: "Compensation",
    outside: "FORBIDDEN",
    cells: FUNDER,
    note: "no organisationId: the national scheme",
    build: (w, role, s) => ({
      query: `query($o: ID, $d: Date!) { paymentExportPreview(organisationId: $o, from: $d, to: $d) { lineCount } }`,
      variables: { o: role === "COORDINATOR" && s === "own" ? null : side(w, s).organisation, d: w.today },
    }),
  },
  {
    type: "Query",
    name: "payerAccount",
    feature: "Compensation",
    outside: "FORBIDDEN",
    cells: FUNDER,
    note: "no organisationId: the national scheme",
    build: (w, role, s) => ({
      query: `query($o: ID) { payerAccount(organisationId: $o) { iban } }`,
      variables: { o: role === "COORDINATOR" && s === "own" ? null : side(w, s).organisation },
    }),
  },
  {
    type: "Mutation",
    name: "setPayerAccount",
    feature: "Compensation",
    outside: "FORBIDDEN",
    cells: FUNDER,
    note: "no organisationId: the national scheme",
    build: (w, role, s) => ({
      query: `mutation($o: ID) { setPayerAccount(organisationId: $o, input: { name: "Betaler", iban: "NL91ABNA0417164300" }) { iban } }`,
      variables: { o: role === "COORDINATOR" && s === "own" ? null : side(w, s).organisation },
    }),
  },

  // ---- oversight ----
  {
    type: "Mutation",
    name: "logSupervisionSession",
    feature: "Oversight",
    outside: "NOT_FOUND",
    cells: KEY_PERSON_RECORD,
    build: (w, _role, s) => ({
      query: `mutation($id: ID!, $d: Date!) { logSupervisionSession(keyPersonId: $id, date: $d, kind: INTERVISION) { id } }`,
      variables: { id: side(w, s).keyPerson, d: w.today },
    }),
  },
  {
    type: "Mutation",
    name: "submitWellbeingCheckIn",
    feature: "Oversight",
    cells: cells(U, ["own", "always about oneself"], F, F, F),
    build: () => ({ query: `mutation { submitWellbeingCheckIn(input: { strain: 1, emotionalImpact: 1, support: 5, contactRequested: false }) { id } }` }),
  },
  {
    type: "Mutation",
    name: "clearWellbeingFlag",
    feature: "Oversight",
    outside: "NOT_FOUND",
    cells: cells(U, F, F, "region", "allowed"),
    build: (w, _role, s) => ({
      query: `mutation($id: ID!) { clearWellbeingFlag(keyPersonId: $id, note: "Talked it through") { id } }`,
      variables: { id: side(w, s).keyPerson },
    }),
  },
  {
    type: "Query",
    name: "wellbeingCheckIns",
    feature: "Oversight",
    outside: "NOT_FOUND",
    cells: KEY_PERSON_RECORD,
    note: "every read is audited",
    build: (w, _role, s) => ({ query: `query($id: ID!) { wellbeingCheckIns(keyPersonId: $id) { id } }`, variables: { id: side(w, s).keyPerson } }),
  },
  {
    type: "Query",
    name: "wellbeingClearances",
    feature: "Oversight",
    outside: "NOT_FOUND",
    cells: KEY_PERSON_RECORD,
    note: "every read is audited",
    build: (w, _role, s) => ({ query: `query($id: ID!) { wellbeingClearances(keyPersonId: $id) { id } }`, variables: { id: side(w, s).keyPerson } }),
  },
  // care (issue 17): the ProQOL self-check and the recognition statement
  {
    type: "Query",
    name: "proqolForm",
    feature: "Care",
    cells: cells(U, "allowed", F, "allowed", "allowed"),
    build: () => ({ query: `query { proqolForm { credit } }` }),
  },
  {
    type: "Mutation",
    name: "submitProqol",
    feature: "Care",
    cells: cells(U, ["own", "always about oneself"], F, F, F),
    build: () => ({ query: `mutation { submitProqol(input: { answers: [${new Array(30).fill(3).join(", ")}] }) { id } }` }),
  },
  {
    type: "Query",
    name: "proqolResponses",
    feature: "Care",
    outside: "NOT_FOUND",
    cells: KEY_PERSON_RECORD,
    note: "every read is audited",
    build: (w, _role, s) => ({ query: `query($id: ID!) { proqolResponses(keyPersonId: $id) { id } }`, variables: { id: side(w, s).keyPerson } }),
  },
  {
    type: "Query",
    name: "recognitionStatement",
    feature: "Care",
    outside: "NOT_FOUND",
    cells: KEY_PERSON_RECORD,
    note: "audited",
    build: (w, _role, s) => ({
      query: `query($id: ID!) { recognitionStatement(keyPersonId: $id, year: 2024, locale: "en") { fileName } }`,
      variables: { id: side(w, s).keyPerson },
    }),
  },
  {
    type: "Query",
    name: "supervisionSessions",
    feature: "Oversight",
    outside: "NOT_FOUND",
    cells: cells(U, "own", ["own org", "key persons whose supervision it is responsible for (affiliation)"], "region", "allowed"),
    build: (w, _role, s) => ({ query: `query($id: ID!) { supervisionSessions(keyPersonId: $id) { id } }`, variables: { id: side(w, s).keyPerson } }),
  },
  {
    type: "Query",
    name: "oversightDashboard",
    feature: "Oversight",
    cells: cells(U, F, F, ["region", "counts of the region only"], "allowed"),
    build: () => ({ query: `{ oversightDashboard { staleCount } }` }),
  },
  {
    type: "Query",
    name: "oversightActions",
    feature: "Oversight",
    cells: cells(U, F, F, ["region", "the region's action list only"], "allowed"),
    build: () => ({ query: `{ oversightActions(perPage: 1) { total } }` }),
  },
  {
    type: "Query",
    name: "coverage",
    feature: "Oversight",
    outside: "hidden",
    cells: cells(U, F, F, ["region", "the region's municipalities"], "allowed"),
    build: (w, _role, s) => ({
      query: `{ coverage(languageCode: "tir") { municipality { code } } }`,
      found: (data: any) => data.coverage.some((c: { municipality: { code: string } }) => c.municipality.code === side(w, s).municipality),
    }),
  },

  // ---- reports (issue 20) ----
  {
    type: "Query",
    name: "report",
    feature: "Reports",
    outside: "FORBIDDEN",
    cells: cells(U, F, ["allowed", "its own requests only; no key-person tables"], ["region", "municipalities of the region only"], "allowed"),
    build: (w, role, s) => ({
      query: `query($input: ReportInput!) { report(input: $input) { scope tables { code } } }`,
      variables: {
        input: { period: "MONTH", start: `${w.today.slice(0, 7)}-01`, municipalityCodes: role === "ORGANISATION" ? null : [side(w, s).municipality] },
      },
    }),
  },

  // ---- privacy ----
  {
    type: "Query",
    name: "personalDataExport",
    feature: "Privacy",
    outside: "NOT_FOUND",
    cells: cells(U, "own", F, F, "allowed"),
    note: "audited",
    build: (w, _role, s) => ({ query: `query($id: ID!) { personalDataExport(keyPersonId: $id) }`, variables: { id: side(w, s).keyPerson } }),
  },
  {
    type: "Mutation",
    name: "eraseKeyPerson",
    feature: "Privacy",
    outside: "NOT_FOUND",
    cells: cells(U, "own", F, F, "allowed"),
    note: "confirm with the display name",
    build: async (w, role, s, fresh) => {
      const query = `mutation($id: ID!, $c: String!) { eraseKeyPerson(keyPersonId: $id, confirm: $c) }`;
      if (!fresh) return { query, variables: { id: side(w, s).keyPerson, c: "not the name" } };
      const person = await w.fresh.keyPerson(s, role === "KEY_PERSON");
      return { query, variables: { id: person.id, c: person.displayName }, ...(role === "KEY_PERSON" ? { token: person.token } : {}) };
    },
  },

  // ---- public map ----
  {
    type: "Query",
    name: "publicKeyPersons",
    feature: "Public map",
    cells: PUBLIC,
    note: "consenting key persons, consented fields only",
    build: () => ({ query: `{ publicKeyPersons { total } }` }),
  },
  {
    type: "Query",
    name: "publicMunicipalityCounts",
    feature: "Public map",
    cells: PUBLIC,
    build: () => ({ query: `{ publicMunicipalityCounts { keyPersons } }` }),
  },
  { type: "Query", name: "publicOrganisations", feature: "Public map", cells: PUBLIC, build: () => ({ query: `{ publicOrganisations { total } }` }) },
  // issue 19: languages on the map, messages through it
  {
    type: "Query",
    name: "publicLanguageCounts",
    feature: "Public map",
    cells: PUBLIC,
    build: () => ({ query: `{ publicLanguageCounts { keyPersons } }` }),
  },
  { type: "Query", name: "publicMessageForm", feature: "Public map", cells: PUBLIC, build: () => ({ query: `{ publicMessageForm { token } }` }) },
  {
    type: "Mutation",
    name: "sendPublicMessage",
    feature: "Public map",
    cells: PUBLIC,
    note: "to key persons who take messages only; through the outbox; limited per client and per key person",
    build: async (w) => {
      const { keyPersonId, formToken } = await w.fresh.publicMessage();
      return {
        query: `mutation($input: PublicMessageInput!) { sendPublicMessage(input: $input) }`,
        variables: { input: { keyPersonId, formToken, message: "Hello, could you help me find a GP?", replyChannel: "PHONE", reply: "+31 6 1234 5678" } },
      };
    },
  },
  // care services on the public map (issue 18, hsds)
  {
    type: "Query",
    name: "publicServices",
    feature: "Public map",
    cells: PUBLIC,
    note: "public, active care services only (as /hsds)",
    build: () => ({ query: `{ publicServices { total } }` }),
  },
  {
    type: "Mutation",
    name: "setOrganisationPublicEntry",
    feature: "Public map",
    outside: "FORBIDDEN",
    cells: cells(U, F, "own org", F, "allowed"),
    build: (w, _role, s) => ({
      query: `mutation($o: ID!) { setOrganisationPublicEntry(organisationId: $o, input: { listed: true, offers: "Walk-in hours on Tuesdays", website: "https://example.nl" }) }`,
      variables: { o: side(w, s).organisation },
    }),
  },

  // ---- care services (issue 18) ----
  {
    type: "Query",
    name: "careService",
    feature: "Care services",
    cells: LOGGED_IN,
    note: "the service directory: every signed-in person reads it (key persons refer to it)",
    build: (w, _role, s) => ({ query: `query($id: ID!) { careService(id: $id) { id } }`, variables: { id: side(w, s).careService } }),
  },
  {
    type: "Query",
    name: "careServices",
    feature: "Care services",
    cells: LOGGED_IN,
    build: (w, _role, s) => ({
      query: `query($f: CareServiceFilter) { careServices(filter: $f) { items { id } } }`,
      variables: { f: idsFilter(side(w, s).careService) },
      found: listed("careServices"),
    }),
  },
  {
    type: "Query",
    name: "staleCareServices",
    feature: "Care services",
    cells: cells(U, F, F, ["allowed", "the services given in their region"], "allowed"),
    build: () => ({ query: `{ staleCareServices { id } }` }),
  },
  ...(["createCareService", "updateCareService", "archiveCareService", "confirmCareService"] as const).map((name): Operation => ({
    type: "Mutation",
    name,
    feature: "Care services",
    outside: "FORBIDDEN",
    cells: cells(U, F, ["own org", "also a municipality's staff: the services given in their municipality"], "region", "allowed"),
    build: async (w, _role, s, fresh) => {
      const records = side(w, s);
      const input = { organisationId: records.organisation, name: "Access matrix GP practice", municipalityCodes: [records.municipality] };
      if (name === "createCareService") return { query: `mutation($i: CareServiceInput!) { createCareService(input: $i) { id } }`, variables: { i: input } };
      const id = fresh && name === "archiveCareService" ? await w.fresh.careService(s) : records.careService;
      if (name === "updateCareService")
        return { query: `mutation($id: ID!, $i: CareServiceInput!) { updateCareService(id: $id, input: $i) { id } }`, variables: { id, i: input } };
      return { query: `mutation($id: ID!) { ${name}(id: $id) { id } }`, variables: { id } };
    },
  })),
  {
    type: "Query",
    name: "organisationContacts",
    feature: "Care services",
    outside: "FORBIDDEN",
    cells: cells(U, ["own", "an organisation whose case they support now (an ACTIVE assignment)"], "own org", "allowed", "allowed"),
    build: (w, _role, s) => ({
      query: `query($o: ID!) { organisationContacts(organisationId: $o) { id } }`,
      variables: { o: side(w, s).organisation },
    }),
  },
  {
    type: "Mutation",
    name: "createOrganisationContact",
    feature: "Care services",
    outside: "FORBIDDEN",
    cells: cells(U, F, "own org", F, "allowed"),
    build: (w, _role, s) => ({
      query: `mutation($o: ID!) { createOrganisationContact(organisationId: $o, input: { name: "Access Matrix", email: "contact@example.nl" }) { id } }`,
      variables: { o: side(w, s).organisation },
    }),
  },
  {
    type: "Mutation",
    name: "updateOrganisationContact",
    feature: "Care services",
    outside: "NOT_FOUND",
    cells: cells(U, F, "own org", F, "allowed"),
    build: (w, _role, s) => ({
      query: `mutation($id: ID!) { updateOrganisationContact(id: $id, input: { name: "Access Matrix", title: "Teamleider", phone: "020-555 0000" }) { id } }`,
      variables: { id: side(w, s).organisationContact },
    }),
  },
  {
    type: "Mutation",
    name: "removeOrganisationContact",
    feature: "Care services",
    outside: "NOT_FOUND",
    cells: cells(U, F, "own org", F, "allowed"),
    build: async (w, _role, s, fresh) => ({
      query: `mutation($id: ID!) { removeOrganisationContact(id: $id) }`,
      variables: { id: fresh ? await w.fresh.organisationContact(s) : side(w, s).organisationContact },
    }),
  },

  // ---- reference data ----
  { type: "Query", name: "municipalities", feature: "Reference data", cells: PUBLIC, build: () => ({ query: `{ municipalities { code } }` }) },
  { type: "Query", name: "languages", feature: "Reference data", cells: PUBLIC, build: () => ({ query: `{ languages { code } }` }) },
  { type: "Query", name: "expertiseAreas", feature: "Reference data", cells: PUBLIC, build: () => ({ query: `{ expertiseAreas { code } }` }) },

  // ---- qualifications (issue 17) ----
  { type: "Query", name: "qualificationTypes", feature: "Qualifications", cells: LOGGED_IN, build: () => ({ query: `{ qualificationTypes { code } }` }) },
  {
    type: "Query",
    name: "qualificationDashboard",
    feature: "Qualifications",
    cells: cells(U, F, F, ["region", "counts of the region only"], "allowed"),
    build: () => ({ query: `{ qualificationDashboard { awaitingVerification } }` }),
  },
  {
    type: "Mutation",
    name: "createQualificationType",
    feature: "Qualifications",
    cells: cells(U, F, F, F, ["allowed", "the list is national"]),
    build: () => ({
      query: `mutation($input: QualificationTypeInput!) { createQualificationType(input: $input) { code } }`,
      variables: { input: { code: `ACCESS_TYPE_${++counter}`, nameNl: "Toegangstest", nameEn: "Access test", validityMonths: 12, coversExpertise: [] } },
    }),
  },
  {
    type: "Mutation",
    name: "updateQualificationType",
    feature: "Qualifications",
    cells: cells(U, F, F, F, ["allowed", "the list is national"]),
    build: () => ({
      query: `mutation { updateQualificationType(code: "KEY_PERSON_BASIC", input: { nameEn: "National key-person basic training" }) { code } }`,
    }),
  },
  {
    type: "Mutation",
    name: "addQualification",
    feature: "Qualifications",
    outside: "NOT_FOUND",
    cells: KEY_PERSON_RECORD,
    note: "added SELF_DECLARED",
    build: (w, _role, s) => ({
      query: `mutation($id: ID!, $input: QualificationInput!) { addQualification(keyPersonId: $id, input: $input) { id } }`,
      // a different day each call: the same qualification on the same day is refused as a duplicate
      variables: { id: side(w, s).keyPerson, input: { code: "SGBV_TRAINING", issuer: "Pharos", obtainedOn: daysBefore(w.today, ++counter) } },
    }),
  },
  {
    type: "Mutation",
    name: "verifyQualification",
    feature: "Qualifications",
    outside: "NOT_FOUND",
    cells: cells(U, F, F, "region", "allowed"),
    note: "audited with the note",
    build: async (w, _role, s, fresh) => ({
      query: `mutation($id: ID!) { verifyQualification(id: $id, note: "Certificate seen") { id } }`,
      variables: { id: fresh ? await w.fresh.qualification(s) : side(w, s).qualification },
    }),
  },
  {
    type: "Mutation",
    name: "rejectQualification",
    feature: "Qualifications",
    outside: "NOT_FOUND",
    cells: cells(U, F, F, "region", "allowed"),
    build: async (w, _role, s, fresh) => ({
      query: `mutation($id: ID!) { rejectQualification(id: $id, note: "No certificate") { id } }`,
      variables: { id: fresh ? await w.fresh.qualification(s) : side(w, s).qualification },
    }),
  },
  {
    type: "Mutation",
    name: "removeQualification",
    feature: "Qualifications",
    outside: "NOT_FOUND",
    cells: cells(U, ["own", "only while not verified"], F, "region", "allowed"),
    build: async (w, _role, s, fresh) => ({
      query: `mutation($id: ID!) { removeQualification(id: $id) }`,
      variables: { id: fresh ? await w.fresh.qualification(s) : side(w, s).qualification },
    }),
  },

  // ---- group activities and affiliation (issue 17) ----
  {
    type: "Query",
    name: "groupActivities",
    feature: "Group activities",
    outside: "hidden",
    cells: cells(U, ["own", "invited to"], "own org", ["own org", "the coordinators' activities"], "allowed"),
    build: (w, role, s) => {
      const id = groupActivityOf(w, role, s);
      return {
        query: `{ groupActivities(perPage: 100) { items { id } } }`,
        found: (data) => data.groupActivities.items.some((item: { id: string }) => item.id === id),
      };
    },
  },
  {
    type: "Query",
    name: "groupActivity",
    feature: "Group activities",
    outside: "NOT_FOUND",
    cells: cells(U, ["own", "invited to"], "own org", ["own org", "the coordinators' activities"], "allowed"),
    build: (w, role, s) => ({ query: `query($id: ID!) { groupActivity(id: $id) { id } }`, variables: { id: groupActivityOf(w, role, s) } }),
  },
  {
    type: "Query",
    name: "myGroupInvitations",
    feature: "Group activities",
    cells: cells(U, ["allowed", "one's own invitations"], F, F, F),
    build: () => ({ query: `{ myGroupInvitations { id } }` }),
  },
  {
    type: "Mutation",
    name: "createGroupActivity",
    feature: "Group activities",
    cells: cells(U, F, ["own org", "an organisation responsible for the supervision of key persons (else FORBIDDEN)"], "allowed", "allowed"),
    build: () => ({
      query: `mutation($i: GroupActivityInput!) { createGroupActivity(input: $i) { id } }`,
      variables: {
        i: {
          kind: "INTERVISION",
          title: "Intervisie",
          startsAt: new Date(Date.now() + 86_400_000).toISOString(),
          endsAt: new Date(Date.now() + 86_400_000 + 7_200_000).toISOString(),
          capacity: 8,
          onlineUrl: "https://meet.example.org/intervisie",
        },
      },
    }),
  },
  {
    type: "Mutation",
    name: "cancelGroupActivity",
    feature: "Group activities",
    outside: "NOT_FOUND",
    cells: ORGANISER,
    build: async (w, role, s, fresh) => ({
      query: `mutation($id: ID!) { cancelGroupActivity(id: $id) { id } }`,
      variables: { id: fresh ? await w.fresh.groupActivity(organiserOf(role), false) : groupActivityOf(w, role, s) },
    }),
  },
  {
    type: "Mutation",
    name: "inviteToGroupActivity",
    feature: "Group activities",
    outside: "NOT_FOUND",
    cells: ORGANISER,
    note: "an organisation invites only key persons affiliated with it; each invited key person gets an e-mail",
    build: async (w, role, s, fresh) => ({
      query: `mutation($id: ID!, $k: ID!) { inviteToGroupActivity(activityId: $id, input: { keyPersonIds: [$k] }) { invited } }`,
      variables: { id: fresh ? await w.fresh.groupActivity(organiserOf(role), false) : groupActivityOf(w, role, s), k: w.A.keyPerson },
    }),
  },
  {
    type: "Mutation",
    name: "recordAttendance",
    feature: "Group activities",
    outside: "NOT_FOUND",
    cells: ORGANISER,
    note: "once it has begun; writes the attendees' supervision sessions (and a training's qualification)",
    build: async (w, role, s, fresh) => ({
      query: `mutation($id: ID!, $k: ID!) { recordAttendance(activityId: $id, keyPersonIds: [$k]) { id } }`,
      variables: { id: fresh ? await w.fresh.begunGroupActivity(organiserOf(role)) : groupActivityOf(w, role, s), k: w.A.keyPerson },
    }),
  },
  {
    type: "Mutation",
    name: "respondToGroupActivity",
    feature: "Group activities",
    outside: "NOT_FOUND",
    cells: cells(U, ["own", "an activity one is invited to"], F, F, F),
    build: async (w, role, s, fresh) => ({
      query: `mutation($id: ID!) { respondToGroupActivity(activityId: $id, answer: ATTENDING) { id } }`,
      variables: { id: fresh ? await w.fresh.groupActivity("coordinators", true) : groupActivityOf(w, role, s) },
    }),
  },
  {
    type: "Query",
    name: "affiliations",
    feature: "Group activities",
    outside: "hidden",
    cells: cells(U, "own", ["own org", "its own key persons"], "region", "allowed"),
    build: (w, _role, s) => {
      const id = s === "own" ? w.groups.affiliation.A : w.groups.affiliation.B;
      return { query: `{ affiliations { id } }`, found: (data) => data.affiliations.some((a: { id: string }) => a.id === id) };
    },
  },
  {
    type: "Mutation",
    name: "addAffiliation",
    feature: "Group activities",
    outside: "NOT_FOUND",
    cells: cells(U, F, F, "region", "allowed"),
    build: async (w, _role, s, fresh) => ({
      query: `mutation($k: ID!, $o: ID!) { addAffiliation(input: { keyPersonId: $k, organisationId: $o, startsOn: "2025-01-01", responsibleForSupervision: false }) { id } }`,
      variables: { k: fresh ? (await w.fresh.keyPerson(s, false)).id : side(w, s).keyPerson, o: w.A.organisation },
    }),
  },
  {
    type: "Mutation",
    name: "endAffiliation",
    feature: "Group activities",
    outside: "NOT_FOUND",
    cells: cells(U, F, F, "region", "allowed"),
    build: async (w, _role, s, fresh) => ({
      query: `mutation($id: ID!, $d: Date!) { endAffiliation(id: $id, endsOn: $d) { id } }`,
      variables: { id: fresh ? await w.fresh.affiliation(s) : s === "own" ? w.groups.affiliation.A : w.groups.affiliation.B, d: w.today },
    }),
  },
  // ---- audit ----
  {
    type: "Query",
    name: "auditLog",
    feature: "Audit",
    cells: COORDINATOR_ONLY,
    build: () => ({ query: `{ auditLog(perPage: 1) { total } }` }),
  },
  // ---- newcomers' voice (issue 19) ----
  {
    type: "Query",
    name: "feedbackLinkStatus",
    feature: "Newcomers' voice",
    cells: PUBLIC,
    note: "the newcomer's page: no login; tells only whether the link takes an answer",
    build: () => ({ query: `query($t: String!) { feedbackLinkStatus(token: $t) { state } }`, variables: { t: "1.AAAAAAAAAAAAAAAAAAAAAA" } }),
  },
  {
    type: "Mutation",
    name: "submitFeedback",
    feature: "Newcomers' voice",
    cells: PUBLIC,
    note: "whoever holds a valid link, once per link",
    build: async (w) => ({
      query: `mutation($t: String!, $i: FeedbackInput!) { submitFeedback(token: $t, input: $i) }`,
      variables: { t: await w.fresh.feedbackToken(), i: { helpful: "YES", feltSafe: "YES", understood: "PARTLY", wouldRecommend: "YES" } },
    }),
  },
  {
    type: "Query",
    name: "feedbackSummary",
    feature: "Newcomers' voice",
    outside: "NOT_FOUND",
    cells: cells(U, "own", F, "region", "allowed"),
    note: "counts only from five answers up; ratings by organisations only for coordinators",
    build: (w, _role, s) => ({ query: `query($k: ID) { feedbackSummary(keyPersonId: $k) { enough } }`, variables: { k: side(w, s).keyPerson } }),
  },
  {
    type: "Mutation",
    name: "rateAssignment",
    feature: "Newcomers' voice",
    outside: "NOT_FOUND",
    cells: cells(U, F, "own org", F, F),
    note: "a completed assignment, once",
    build: async (w, _role, s, fresh) => ({
      query: `mutation($a: ID!) { rateAssignment(assignmentId: $a, input: { score: 4 }) { score } }`,
      variables: { a: fresh ? await w.fresh.completedAssignment(s) : side(w, s).assignment },
    }),
  },
  {
    type: "Mutation",
    name: "fileComplaint",
    feature: "Newcomers' voice",
    outside: "NOT_FOUND",
    cells: cells(U, F, "own org", F, F),
    build: async (w, _role, s, fresh) => ({
      query: `mutation($i: FileComplaintInput!) { fileComplaint(input: $i) { id } }`,
      variables: { i: { assignmentId: fresh ? await w.fresh.activeAssignment(s) : side(w, s).assignment, kind: "LATE", description: "Late." } },
    }),
  },
  {
    type: "Mutation",
    name: "respondToComplaint",
    feature: "Newcomers' voice",
    outside: "NOT_FOUND",
    cells: cells(U, "own", F, F, F),
    note: "the key person it is about, once",
    build: async (w, _role, s) => ({
      query: `mutation($id: ID!) { respondToComplaint(id: $id, response: "The train was late.") { id } }`,
      variables: { id: await w.fresh.complaint(s, false) },
    }),
  },
  {
    type: "Mutation",
    name: "decideComplaint",
    feature: "Newcomers' voice",
    outside: "NOT_FOUND",
    cells: cells(U, F, F, "region", "allowed"),
    note: "where the newcomer was; after the response or 14 days",
    build: async (w, _role, s) => ({
      query: `mutation($id: ID!) { decideComplaint(id: $id, input: { decision: DISMISSED, note: "Explained." }) { id } }`,
      variables: { id: await w.fresh.complaint(s, true) },
    }),
  },
  {
    type: "Query",
    name: "complaints",
    feature: "Newcomers' voice",
    outside: "hidden",
    cells: cells(U, "own", "own org", "region", "allowed"),
    note: "a key person: about their assignments; an organisation: on its requests",
    build: async (w, _role, s) => {
      const id = await w.fresh.complaint(s, false);
      return { query: `{ complaints(perPage: 100) { items { id } } }`, found: (data: any) => data.complaints.items.some((c: { id: string }) => c.id === id) };
    },
  },
  {
    type: "Query",
    name: "complaint",
    feature: "Newcomers' voice",
    outside: "NOT_FOUND",
    cells: cells(U, "own", "own org", "region", "allowed"),
    build: async (w, _role, s) => ({ query: `query($id: ID!) { complaint(id: $id) { id } }`, variables: { id: await w.fresh.complaint(s, false) } }),
  },
  {
    type: "Mutation",
    name: "flagOrganisation",
    feature: "Newcomers' voice",
    outside: "FORBIDDEN",
    cells: cells(U, "own", F, F, F),
    note: "an organisation the key person had an assignment with",
    build: (w, _role, s) => ({
      query: `mutation($i: FlagOrganisationInput!) { flagOrganisation(input: $i) { id } }`,
      variables: { i: { organisationId: side(w, s).organisation, kind: "NOT_PAID" } },
    }),
  },

  // ---- referrals (issue 18) ----
  // The shared world has no care services: the rows below run the refusals against it; who
  // reaches an actual referral, and for which side, is walked in test/api/referrals.test.ts.
  {
    type: "Query",
    name: "referrals",
    feature: "Referrals",
    cells: LOGGED_IN,
    note: "scoped: a key person those of their assignments, an organisation those it made or its services received, a regional coordinator where the newcomer was or is in the region, the coordinator all",
    build: () => ({ query: `{ referrals { total items { id } } }` }),
  },
  {
    type: "Query",
    name: "referral",
    feature: "Referrals",
    cells: cells(U, "NOT_FOUND", "NOT_FOUND", "NOT_FOUND", "NOT_FOUND"),
    note: "run with an id no one reaches; reached like `referrals`, NOT_FOUND otherwise",
    build: () => ({ query: `{ referral(id: "999999") { id } }` }),
  },
  {
    type: "Query",
    name: "referralServiceOptions",
    feature: "Referrals",
    outside: "NOT_FOUND",
    cells: cells(U, "own", "own org", F, F),
    note: "the key person of the ACTIVE assignment or the requesting organisation",
    build: (w, _role, s) => ({ query: `query($a: ID!) { referralServiceOptions(assignmentId: $a) { distanceKm } }`, variables: { a: side(w, s).assignment } }),
  },
  {
    type: "Mutation",
    name: "createReferral",
    feature: "Referrals",
    cells: cells(U, "NOT_FOUND", "NOT_FOUND", F, F),
    note: "run with a service that does not exist; the key person of the ACTIVE assignment or the requesting organisation refers, another's assignment is NOT_FOUND",
    build: (w, _role, s) => ({
      query: `mutation($i: ReferralInput!) { createReferral(input: $i) { id } }`,
      variables: {
        i: {
          assignmentId: side(w, s).assignment,
          careServiceId: "00000000-0000-4000-8000-000000000000",
          topic: "MENTAL_HEALTH",
          consentGiven: true,
          sharesMunicipality: true,
          sharesLanguage: false,
          sharesTopic: false,
        },
      },
    }),
  },
  {
    type: "Mutation",
    name: "closeOrganisationFlag",
    feature: "Newcomers' voice",
    outside: "NOT_FOUND",
    cells: cells(U, F, F, "region", "allowed"),
    note: "a regional coordinator: flags raised in or about their region",
    build: async (w, _role, s) => ({
      query: `mutation($id: ID!) { closeOrganisationFlag(id: $id, note: "Talked to them.") { id } }`,
      variables: { id: await w.fresh.flag(s) },
    }),
  },
  {
    type: "Query",
    name: "organisationFlags",
    feature: "Newcomers' voice",
    outside: "hidden",
    cells: cells(U, "own", F, "region", "allowed"),
    note: "never the organisation flagged; a key person their own",
    build: async (w, _role, s) => {
      const id = await w.fresh.flag(s);
      return {
        query: `{ organisationFlags(perPage: 100) { items { id } } }`,
        found: (data: any) => data.organisationFlags.items.some((f: { id: string }) => f.id === id),
      };
    },
  },
  {
    type: "Mutation",
    name: "fileLocationSignal",
    feature: "Newcomers' voice",
    cells: cells(U, "allowed", F, F, F),
    note: "anonymous: stored without the key person",
    build: (w) => ({
      query: `mutation($i: LocationSignalInput!) { fileLocationSignal(input: $i) }`,
      variables: { i: { category: "SAFETY", municipalityCode: w.A.municipality, month: w.today.slice(0, 7) } },
    }),
  },
  {
    type: "Query",
    name: "voiceOverview",
    feature: "Newcomers' voice",
    cells: cells(U, F, F, ["allowed", "their region's"], "allowed"),
    build: () => ({ query: `{ voiceOverview { signalsByCategory { code } } }` }),
  },
  {
    type: "Mutation",
    name: "actOnReferral",
    feature: "Referrals",
    cells: cells(U, "NOT_FOUND", "NOT_FOUND", F, F),
    note: "run with an id no one reaches; the service's organisation answers, the referring side withdraws (REFERRAL_SERVICE_ONLY / REFERRAL_REFERRER_ONLY otherwise)",
    build: () => ({ query: `mutation { actOnReferral(input: { id: "999999", action: ACCEPT }) { id } }` }),
  },
  {
    type: "Mutation",
    name: "rerouteReferral",
    feature: "Referrals",
    cells: cells(U, "NOT_FOUND", "NOT_FOUND", F, F),
    note: "run with an id no one reaches; the referring side, on a referral flagged after a move",
    build: () => ({
      query: `mutation { rerouteReferral(id: "999999", input: { careServiceId: "00000000-0000-4000-8000-000000000000", consentGiven: true, sharesMunicipality: true, sharesLanguage: false, sharesTopic: false }) { id } }`,
    }),
  },
  // ---- request transfers (issue 18, transfers)
  {
    type: "Query",
    name: "requestTransfers",
    feature: "Transfers",
    outside: "hidden",
    cells: cells(U, F, ["own org", "proposed by or offered to it"], ["region", "the newcomer's place"], "allowed"),
    build: async (w, _role, s, fresh) => {
      const id = fresh ? await w.fresh.outgoingTransfer(s) : s === "own" ? w.transfers.A : w.transfers.B;
      return {
        query: `query { requestTransfers(perPage: 100) { items { id } } }`,
        found: (data: any) => data.requestTransfers.items.some((t: { id: string }) => t.id === id),
      };
    },
  },
  {
    type: "Query",
    name: "requestTransfer",
    feature: "Transfers",
    outside: "NOT_FOUND",
    cells: cells(U, F, ["own org", "proposed by or offered to it"], ["region", "the newcomer's place"], "allowed"),
    build: (w, _role, s) => ({
      query: `query($id: ID!) { requestTransfer(id: $id) { id state } }`,
      variables: { id: s === "own" ? w.transfers.A : w.transfers.B },
    }),
  },
  {
    type: "Query",
    name: "transferTargets",
    feature: "Transfers",
    outside: "NOT_FOUND",
    cells: cells(U, F, ["own org", "its own requests"], "region", "allowed"),
    build: (w, _role, s) => ({ query: `query($r: ID!) { transferTargets(requestId: $r) { distanceKm } }`, variables: { r: side(w, s).request } }),
  },
  {
    type: "Mutation",
    name: "proposeTransfer",
    feature: "Transfers",
    outside: "NOT_FOUND",
    cells: cells(U, F, ["own org", "its own requests, after the newcomer moved"], "region", "allowed"),
    build: async (w, _role, s, fresh) => ({
      query: `mutation($i: ProposeTransferInput!) { proposeTransfer(input: $i) { id state } }`,
      variables: {
        i: {
          requestId: fresh ? await w.fresh.movedRequest(s) : side(w, s).request,
          toOrganisationId: s === "own" ? w.transferTargets.A : w.transferTargets.B,
          consent: true,
        },
      },
    }),
  },
  {
    type: "Mutation",
    name: "acceptTransfer",
    feature: "Transfers",
    outside: "NOT_FOUND",
    cells: cells(U, F, ["own org", "only the receiving organisation"], F, F),
    build: async (w, _role, s, fresh) => ({
      query: `mutation($id: ID!) { acceptTransfer(id: $id) { id state } }`,
      variables: { id: fresh ? await w.fresh.incomingTransfer(s) : s === "own" ? w.transfers.A : w.transfers.B },
    }),
  },
  {
    type: "Mutation",
    name: "declineTransfer",
    feature: "Transfers",
    outside: "NOT_FOUND",
    cells: cells(U, F, ["own org", "only the receiving organisation"], F, F),
    build: async (w, _role, s, fresh) => ({
      query: `mutation($id: ID!) { declineTransfer(id: $id, input: { reason: NO_CAPACITY }) { id state } }`,
      variables: { id: fresh ? await w.fresh.incomingTransfer(s) : s === "own" ? w.transfers.A : w.transfers.B },
    }),
  },
  {
    type: "Mutation",
    name: "withdrawTransfer",
    feature: "Transfers",
    outside: "NOT_FOUND",
    cells: cells(U, F, ["own org", "only the proposing organisation"], ["region", "the newcomer's place"], "allowed"),
    build: async (w, _role, s, fresh) => ({
      query: `mutation($id: ID!) { withdrawTransfer(id: $id) { id state } }`,
      variables: { id: fresh ? await w.fresh.outgoingTransfer(s) : s === "own" ? w.transfers.A : w.transfers.B },
    }),
  },
];

/** Fields of a key person only coordinators (regional: in their region) and the key person read, on every path. */
export const PRIVATE_KEY_PERSON_FIELDS = [
  "homeLocation",
  "birthYear",
  "origins",
  "originMatchingConsent",
  "wellbeingStatus",
  "wellbeing",
  "supervisionStatus",
  "lastSupervisionOn",
  "publicConsent",
  "unavailablePeriods",
] as const;
/** ... and these reach an organisation only once the key person accepted one of its requests (ACTIVE). */
export const CONTACT_FIELDS = ["email", "phone"] as const;

// ---- the document ----------------------------------------------------------------------

const OUTSIDE_TEXT: Record<Outside, string> = { NOT_FOUND: "NOT_FOUND", FORBIDDEN: "FORBIDDEN", hidden: "left out" };

export function renderAccessMatrix(): string {
  const lines = [
    "# Access matrix",
    "",
    "<!-- Generated from test/support/access-matrix.ts by `node scripts/access-matrix.mjs`; do not edit by hand.",
    "     test/unit/access-matrix.test.ts fails when this file and the data differ. -->",
    "",
    "Who may call each query and mutation of `schema/schema.graphql`, per role.",
    "`test/api/access-matrix.test.ts` runs every cell against the real server.",
    "",
    "- `allowed`: on anyone's record.",
    "- `own`: the key person's own record; `own org`: the caller's organisation's records;",
    "  `region`: key persons living in, and requests located in, the regional coordinator's municipalities.",
    "- `UNAUTHENTICATED` / `FORBIDDEN` / `NOT_FOUND`: refused with that `extensions.code`, and nothing changes.",
    "- *another's record*: what a scoped (`own`, `own org`, `region`) caller gets for a record outside their scope:",
    "  an error code, or *left out* of a list. NOT_FOUND means an id outside one's scope reveals nothing.",
    "",
    `| feature | operation | ${ROLES.join(" | ")} | another's record | notes |`,
    `| --- | --- | ${ROLES.map(() => "---").join(" | ")} | --- | --- |`,
  ];
  const features = [...new Set(OPERATIONS.map((op) => op.feature))];
  for (const feature of features) {
    const ops = OPERATIONS.filter((op) => op.feature === feature).sort((a, b) => a.type.localeCompare(b.type) * -1 || a.name.localeCompare(b.name));
    for (const op of ops) {
      const notes = [op.note, ...ROLES.filter((role) => op.cells[role].note).map((role) => `${role}: ${op.cells[role].note}`)].filter(Boolean);
      const scoped = ROLES.some((role) => SCOPED.includes(op.cells[role].access));
      lines.push(
        `| ${feature} | ${op.type === "Mutation" ? "mutation" : "query"} \`${op.name}\` | ${ROLES.map((role) => `\`${op.cells[role].access}\``).join(" | ")} | ${
          scoped && op.outside ? OUTSIDE_TEXT[op.outside] : "—"
        } | ${notes.join("; ")} |`,
      );
    }
  }
  lines.push(
    "",
    "## Fields on nested paths",
    "",
    "A record reached through another one is filtered by the same rules, whatever the path",
    "(`matchCandidates { keyPerson }`, `assignments { keyPerson }`, `hourEntries { keyPerson }`, `user { keyPerson }` …):",
    "",
    `- ${PRIVATE_KEY_PERSON_FIELDS.map((f) => `\`${f}\``).join(", ")} of a key person: null for everyone but the key person, the coordinator and a regional coordinator of the key person's municipality.`,
    `- ${CONTACT_FIELDS.map((f) => `\`${f}\``).join(", ")}: as above, and for an organisation once the key person accepted one of its requests (ACTIVE); null while proposed.`,
    "- `supervisionStatus`, `lastSupervisionOn` and `groupInvitations` (attendance) of a key person reach also the organisation responsible for their supervision (a current affiliation with `responsibleForSupervision`); `affiliations`: an organisation sees only its own.",
    "- `MatchRequest.assignments` read by a key person: their own assignments only, never the other key persons on the case.",
    "- A match request or an assignment, on any path (`hourEntries { assignment { request } }`, `expenseClaims { assignment }`, `assignments { request }`, `matchRequests { assignments }` …), only where the top-level `matchRequests` / `assignments` would give it: its organisation, the coordinator, a regional coordinator when the newcomer is in the region, the key person on it. Outside that scope the nested field is null (one check, in the per-request loaders).",
    "- `MatchRequest.unmetExclusions`: coordinators only (a count per rule could single a key person out); an organisation sees `unmetSince`.",
    "",
    "## After a request transfer",
    "",
    "A request belongs to one organisation at a time (issue 18). Once a transfer is accepted:",
    "",
    "- The receiving organisation owns the request: it reaches the request, its assignments, and the hours and claims dated from the acceptance day (it funds and reviews them).",
    "- The old organisation loses the request and its later data: `matchRequest` is NOT_FOUND, `RequestTransfer.request` and nested request fields are null for it. It keeps what it funded: the hours and claims dated before the acceptance day stay in its review list and payment files, and it still lists the transfer itself (`requestTransfers`, with the case reference, the place and the answer).",
    "- While a transfer waits, the receiving organisation reads only the transfer: the case reference, the kind of request, hours a week, languages and the newcomer's municipality; never the request itself, its key persons or its location.",
    "- Key persons never see transfers (`MatchRequest.transfers` and `ownership` are empty for them); they are told which organisation the case falls under.",
    "",
  );
  return lines.join("\n");
}
