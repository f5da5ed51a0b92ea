// What the matching API tests build on: a database without demo data, a coordinator,
// organisations with a login each, and key persons made to measure (language, level,
// expertise, place, reach, capacity, gender, origins), all created through the API.
// Everything a test compares is controlled here, not drawn from the random demo set.
import { destination, point } from "@turf/turf";
import argon2 from "argon2";
import { ensureAdmin } from "../../server/src/seed/admin";
import { freshEmail } from "./fixtures";
import { gql, login, ok, rowCounts, type GraphQLResponse } from "./graphql";
import { startTestServer, type TestServer } from "./server";

export const PASSWORD = "matching-tests-password";

export interface Point {
  lat: number;
  lon: number;
}

/** Dam square, Amsterdam (GM0363). */
export const AMSTERDAM: Point = { lat: 52.3731, lon: 4.8926 };
/** Neude, Utrecht (GM0344): about 35 km from the Dam. */
export const UTRECHT: Point = { lat: 52.0928, lon: 5.1187 };
/** Grote Markt, Groningen (GM0014): about 145 km from the Dam. */
export const GRONINGEN: Point = { lat: 53.2185, lon: 6.5675 };
/** Grand-Place, Brussels: not in the Netherlands. */
export const BRUSSELS: Point = { lat: 50.8467, lon: 4.3525 };

/** The point `km` from `from` in the direction `bearing` (0 north, 90 east), on the same sphere the server measures on. */
export function away(from: Point, km: number, bearing = 0): Point {
  const [lon, lat] = destination(point([from.lon, from.lat]), km, bearing, { units: "kilometers" }).geometry.coordinates;
  return { lat, lon };
}

/** YYYY-MM-DD, `days` after the given moment (UTC, as the server counts days). */
export function day(days = 0, from: Date = new Date()): string {
  return new Date(from.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Languages that no other test of the same file uses: a test that asks for its own
 * language sees only the key persons it made, whatever the other tests left behind.
 */
const LANGUAGE_POOL = [
  "tir",
  "amh",
  "som",
  "prs",
  "pus",
  "apc",
  "kmr",
  "ckb",
  "tur",
  "rus",
  "ukr",
  "fas",
  "urd",
  "aze",
  "kat",
  "hye",
  "che",
  "sqi",
  "orm",
  "ary",
  "arz",
  "pes",
  "uzb",
  "tgk",
  "kaz",
  "kir",
  "tuk",
  "uig",
  "mon",
  "srp",
  "hrv",
  "bos",
  "ron",
  "pol",
  "bul",
  "bel",
  "tig",
  "byn",
  "ssy",
  "aar",
  "bal",
  "pan",
  "kur",
  "haz",
  "ara",
  "ajp",
  "apd",
  "ayl",
  "arq",
  "aeb",
  "acm",
  "afb",
];

export interface KeyPersonSpec {
  name?: string;
  /** One code means NATIVE; or give the levels. */
  languages?: string[] | { code: string; level: "NATIVE" | "FLUENT" | "BASIC" }[];
  expertise?: string[];
  at?: Point;
  maxTravelKm?: number;
  remote?: boolean;
  capacity?: number;
  gender?: "FEMALE" | "MALE" | "NON_BINARY" | null;
  origins?: string[];
  /** Agreed that their origins steer background matching; default: yes when origins are given. */
  originConsent?: boolean;
  phone?: string;
  /** Give the key person a password and log them in (argon2 costs time: only who must answer). */
  login?: boolean;
  /** Created without a password: the key person is sent an invitation and has not accepted it yet. */
  invited?: boolean;
  /**
   * Give the key person verified qualifications (issue 17) for the expertise that needs one
   * (SGBV, FGM, …), valid today and for years: default yes, so that a world built around such
   * expertise matches as before. `false`: none, for tests of the QUALIFICATION rule.
   */
  qualified?: boolean;
}

export interface KeyPerson {
  id: string;
  email: string;
  /** Set with `login: true`. */
  token: string;
}

export interface Organisation {
  id: string;
  email: string;
  token: string;
}

export interface RequestSpec {
  caseReference?: string;
  location?: Point;
  languageCodes?: string[];
  expertiseCodes?: string[];
  preferredGender?: "FEMALE" | "MALE" | "NON_BINARY" | null;
  newcomerOrigin?: string | null;
  backgroundPreference?: "SAME" | "DIFFERENT" | "NO_PREFERENCE" | null;
  hoursPerWeek?: number;
  startsOn?: string | null;
  remoteAcceptable?: boolean | null;
  funding?: "ORGANISATION" | "NATIONAL_SCHEME";
  newcomerConsent?: boolean;
  autoEscalate?: boolean | null;
}

export interface Candidate {
  id: string;
  score: number;
  distanceKm: number;
  reasons: string[];
}

export const REQUEST_FIELDS = `id caseReference status hoursPerWeek startsOn remoteAcceptable funding autoEscalate backgroundPreference
  preferredGender newcomerOrigin unmetSince unmetExclusions { rule count } location { lat lon } municipality { code name }
  languages { code } expertise { code } organisation { id }`;
export const ASSIGNMENT_FIELDS = `id status hoursPerWeek proposedAt respondBy respondedAt declineReason endedAt proposedBecause
  request { id status } keyPerson { id }`;

const CREATE_REQUEST = `mutation($input: MatchRequestInput!) { createMatchRequest(input: $input) { ${REQUEST_FIELDS} } }`;
const CANDIDATES = `query($id: ID!, $limit: Int!) { matchCandidates(requestId: $id, limit: $limit) { score distanceKm reasons keyPerson { id } } }`;
const PROPOSE = `mutation($r: ID!, $k: ID!) { proposeAssignment(requestId: $r, keyPersonId: $k) { ${ASSIGNMENT_FIELDS} } }`;
const RESPOND = `mutation($a: ID!, $accept: Boolean!, $reason: String) { respondToAssignment(assignmentId: $a, accept: $accept, reason: $reason) { ${ASSIGNMENT_FIELDS} } }`;

let cases = 0;

/**
 * The hash of PASSWORD with argon2's cheapest settings: each account a test logs in with
 * gets it written to its row first, so logging in over HTTP stays real but costs
 * milliseconds, not the half second the production settings take.
 */
let cheapHash: Promise<string> | null = null;
function passwordHash(): Promise<string> {
  cheapHash ??= argon2.hash(PASSWORD, { type: argon2.argon2id, memoryCost: 1024, timeCost: 1, parallelism: 1 });
  return cheapHash;
}

/** A coordinator, organisations and key persons on a server started with `seedDemo: false`. */
export class MatchingWorld {
  coordinator = "";
  readonly url: string;
  private languages = 0;
  private readonly coordinatorEmail = freshEmail("coordinator");

  constructor(readonly server: TestServer) {
    this.url = server.url;
  }

  static async create(server: TestServer): Promise<MatchingWorld> {
    const world = new MatchingWorld(server);
    await ensureAdmin(server.dataSource, world.coordinatorEmail, PASSWORD, () => {});
    world.coordinator = await world.login(world.coordinatorEmail);
    return world;
  }

  /** Logs in over HTTP, after giving the account the cheap hash of PASSWORD. */
  private async login(email: string): Promise<string> {
    await this.server.dataSource.query(`UPDATE app_user SET password_hash = $1 WHERE email = $2`, [await passwordHash(), email.toLowerCase()]);
    return login(this.url, email, PASSWORD);
  }

  /** Logs everyone in again (after the clock moved past the 12-hour session). */
  async relogin(...accounts: { email: string; token: string }[]): Promise<void> {
    this.coordinator = await login(this.url, this.coordinatorEmail, PASSWORD);
    for (const account of accounts) account.token = await login(this.url, account.email, PASSWORD);
  }

  /** A language code no earlier call in this file returned. */
  language(): string {
    const code = LANGUAGE_POOL[this.languages++];
    if (!code) throw new Error("The test language pool is used up: add codes from data/languages_nl_newcomers.csv");
    return code;
  }

  async organisation(name = "GGD Test", municipalityCode = "GM0363"): Promise<Organisation> {
    const { createOrganisation } = await ok(
      this.url,
      `mutation($input: OrganisationInput!) { createOrganisation(input: $input) { id } }`,
      { input: { name, municipalityCode, kind: "GGD" } },
      this.coordinator,
    );
    const email = freshEmail("org");
    await ok(
      this.url,
      `mutation($o: ID!, $e: String!, $p: String!) { createOrganisationUser(organisationId: $o, email: $e, password: $p) { id } }`,
      { o: createOrganisation.id, e: email, p: PASSWORD },
      this.coordinator,
    );
    return { id: createOrganisation.id, email, token: await this.login(email) };
  }

  async regionalCoordinator(municipalityCodes: string[]): Promise<string> {
    const email = freshEmail("regio");
    await ok(
      this.url,
      `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
      { input: { email, password: PASSWORD, role: "REGIONAL_COORDINATOR", municipalityCodes } },
      this.coordinator,
    );
    return this.login(email);
  }

  async keyPerson(spec: KeyPersonSpec = {}): Promise<KeyPerson> {
    const email = freshEmail("kp");
    const languages = (spec.languages ?? ["tir"]).map((l) => (typeof l === "string" ? { code: l, level: "NATIVE" } : l));
    const input = {
      displayName: spec.name ?? "Test Key Person",
      email,
      phone: spec.phone ?? "+31 6 12345678",
      gender: spec.gender === undefined ? "FEMALE" : spec.gender,
      languages,
      expertiseCodes: spec.expertise ?? [],
      homeLocation: spec.at ?? AMSTERDAM,
      maxTravelKm: spec.maxTravelKm ?? 25,
      remoteAvailable: spec.remote ?? false,
      weeklyCapacityHours: spec.capacity ?? 8,
      compensationType: "VOLUNTEER",
      origins: spec.origins ?? [],
      originMatchingConsent: spec.originConsent ?? (spec.origins?.length ?? 0) > 0,
    };
    // With a password (the deprecated argument), as regionalCoordinator() does: without one the
    // key person would get an invitation e-mail, and the outbox would hold more than these
    // tests are about. Invitations are tested in test/api/invitations.test.ts.
    const { createKeyPerson } = await ok(
      this.url,
      `mutation($input: KeyPersonInput!, $password: String) { createKeyPerson(input: $input, password: $password) { id } }`,
      { input, password: spec.invited ? null : PASSWORD },
      this.coordinator,
    );
    if (spec.qualified !== false && spec.expertise?.length) await this.qualify(createKeyPerson.id, spec.expertise);
    return { id: createKeyPerson.id, email, token: spec.login ? await this.login(email) : "" };
  }

  private coverage: Promise<{ needs: Set<string>; types: { code: string; coversExpertise: string[] }[] }> | null = null;

  /**
   * Verified qualifications, through the API as a coordinator would add and verify them, that
   * cover those of `expertise` that need one; obtained a year ago, of a type valid for years.
   * `validUntil` overrides the last valid day.
   */
  async qualify(keyPersonId: string, expertise: string[], validUntil: string | null = null): Promise<string[]> {
    this.coverage ??= ok(this.url, `{ expertiseAreas { code requiresQualification } qualificationTypes { code coversExpertise } }`, {}, this.coordinator).then(
      (data: { expertiseAreas: { code: string; requiresQualification: boolean }[]; qualificationTypes: { code: string; coversExpertise: string[] }[] }) => ({
        needs: new Set(data.expertiseAreas.filter((e) => e.requiresQualification).map((e) => e.code)),
        types: data.qualificationTypes,
      }),
    );
    const { needs, types } = await this.coverage;
    const codes = new Set<string>();
    for (const code of expertise.filter((c) => needs.has(c))) {
      const type = types.find((t) => t.coversExpertise.includes(code));
      if (!type) throw new Error(`No qualification type covers ${code}`);
      codes.add(type.code);
    }
    const ids: string[] = [];
    // The server's day, which a test may have set (ManualClock): "a year ago" must lie in its past.
    const now = this.server.clock.now();
    for (const code of codes) {
      const { addQualification } = await ok(
        this.url,
        `mutation($k: ID!, $input: QualificationInput!) { addQualification(keyPersonId: $k, input: $input) { id } }`,
        { k: keyPersonId, input: { code, issuer: "Test training institute", obtainedOn: day(-365, now), validUntil: validUntil ?? day(3 * 365, now) } },
        this.coordinator,
      );
      await ok(this.url, `mutation($id: ID!) { verifyQualification(id: $id, note: "Certificate seen") { id } }`, { id: addQualification.id }, this.coordinator);
      ids.push(addQualification.id);
    }
    return ids;
  }

  /** A valid MatchRequestInput at the Dam; override what the test is about. */
  requestInput(spec: RequestSpec = {}): Record<string, unknown> {
    return {
      caseReference: spec.caseReference ?? `TEST-CASE-${++cases}`,
      location: spec.location ?? AMSTERDAM,
      languageCodes: spec.languageCodes ?? ["tir"],
      expertiseCodes: spec.expertiseCodes ?? [],
      preferredGender: spec.preferredGender ?? null,
      newcomerOrigin: spec.newcomerOrigin ?? null,
      backgroundPreference: spec.backgroundPreference ?? null,
      hoursPerWeek: spec.hoursPerWeek ?? 2,
      startsOn: spec.startsOn ?? null,
      remoteAcceptable: spec.remoteAcceptable ?? null,
      funding: spec.funding ?? "ORGANISATION",
      newcomerConsent: spec.newcomerConsent ?? true,
      autoEscalate: spec.autoEscalate ?? null,
    };
  }

  createRequestRaw(token: string, spec: RequestSpec = {}): Promise<GraphQLResponse> {
    return gql(this.url, CREATE_REQUEST, { input: this.requestInput(spec) }, token);
  }

  async request(org: Organisation, spec: RequestSpec = {}) {
    return (await ok(this.url, CREATE_REQUEST, { input: this.requestInput(spec) }, org.token)).createMatchRequest;
  }

  async getRequest(token: string, id: string) {
    return (await ok(this.url, `query($id: ID!) { matchRequest(id: $id) { ${REQUEST_FIELDS} assignments { ${ASSIGNMENT_FIELDS} } } }`, { id }, token))
      .matchRequest;
  }

  async candidates(token: string, requestId: string, limit = 100): Promise<Candidate[]> {
    const { matchCandidates } = await ok(this.url, CANDIDATES, { id: requestId, limit }, token);
    return matchCandidates.map((c: { keyPerson: { id: string }; score: number; distanceKm: number; reasons: string[] }) => ({
      id: c.keyPerson.id,
      score: c.score,
      distanceKm: c.distanceKm,
      reasons: c.reasons,
    }));
  }

  async candidateIds(token: string, requestId: string): Promise<string[]> {
    return (await this.candidates(token, requestId)).map((c) => c.id);
  }

  proposeRaw(token: string, requestId: string, keyPersonId: string): Promise<GraphQLResponse> {
    return gql(this.url, PROPOSE, { r: requestId, k: keyPersonId }, token);
  }

  async propose(org: Organisation, requestId: string, keyPersonId: string) {
    return (await ok(this.url, PROPOSE, { r: requestId, k: keyPersonId }, org.token)).proposeAssignment;
  }

  respondRaw(token: string, assignmentId: string, accept: boolean, reason: string | null = null): Promise<GraphQLResponse> {
    return gql(this.url, RESPOND, { a: assignmentId, accept, reason }, token);
  }

  async respond(kp: KeyPerson, assignmentId: string, accept: boolean, reason: string | null = null) {
    return (await ok(this.url, RESPOND, { a: assignmentId, accept, reason }, kp.token)).respondToAssignment;
  }

  /** A proposal the key person accepted. */
  async activeAssignment(org: Organisation, requestId: string, kp: KeyPerson) {
    const proposed = await this.propose(org, requestId, kp.id);
    return this.respond(kp, proposed.id, true);
  }

  async assignmentRows(where: {
    requestId?: string;
    keyPersonId?: string;
  }): Promise<{ id: number; key_person_id: number; status: string; proposed_because: string | null }[]> {
    const clauses: string[] = [];
    const params: number[] = [];
    if (where.requestId) clauses.push(`request_id = $${params.push(Number(where.requestId))}`);
    if (where.keyPersonId) clauses.push(`key_person_id = $${params.push(Number(where.keyPersonId))}`);
    return this.server.dataSource.query(
      `SELECT id, key_person_id, status, proposed_because FROM assignment WHERE ${clauses.join(" AND ") || "TRUE"} ORDER BY id`,
      params,
    );
  }

  async committedHours(keyPersonId: string): Promise<number> {
    const { keyPerson } = await ok(this.url, `query($id: ID!) { keyPerson(id: $id) { workload { committedHours } } }`, { id: keyPersonId }, this.coordinator);
    return keyPerson.workload.committedHours;
  }
}

/** The first error of a response that must have failed: its code, message and field. */
/**
 * The hard rule a refused proposal failed: an organisation hears only NOT_A_CANDIDATE, the
 * rule goes to the audit log for the coordinators (docs/security.md).
 */
export async function refusedRule(
  server: { dataSource: { query: (sql: string, params: unknown[]) => Promise<any[]> } },
  requestId: string,
  keyPersonId: string,
): Promise<string | null> {
  const rows = await server.dataSource.query(
    `SELECT detail->>'rule' AS rule FROM audit_log WHERE action = 'refusedProposeAssignment' AND detail->>'requestId' = $1 AND entity_id = $2 ORDER BY id DESC LIMIT 1`,
    [requestId, keyPersonId],
  );
  return rows[0]?.rule ?? null;
}

/** What an organisation hears when it proposes someone who is not a candidate, whatever the reason. */
export const NOT_A_CANDIDATE = {
  code: "BAD_USER_INPUT",
  field: "keyPersonId",
  reason: "NOT_A_CANDIDATE",
  params: {},
  message: "This key person is not a candidate for this request: propose someone from its candidate list",
};

/** The first error of a refused operation; every refusal names its reason (extensions.reason) with params. */
export function failure(response: GraphQLResponse): { code?: string; message: string; field?: string; reason: string; params: Record<string, unknown> } {
  if (!response.errors?.length) throw new Error(`Expected an error, got ${JSON.stringify(response.data)}`);
  const [error] = response.errors;
  const reason = error.extensions?.reason as string;
  expect(typeof reason).toBe("string");
  return {
    code: error.extensions?.code,
    message: error.message,
    field: error.extensions?.field,
    reason,
    params: (error.extensions?.params ?? {}) as Record<string, unknown>,
  };
}

/** Runs a refused mutation and proves it changed no row; answers its error as failure() does. */
export async function refusedUnchanged(server: TestServer, run: () => Promise<GraphQLResponse>) {
  const before = await rowCounts(server.dataSource);
  const result = failure(await run());
  expect(await rowCounts(server.dataSource)).toEqual(before);
  return result;
}

/**
 * For the tests of one file: a test server without demo data, a MatchingWorld, and two
 * organisations, the first in Amsterdam and the other in `otherMunicipality`.
 */
export async function startMatchingSuite(names: [string, string] = ["GGD Amsterdam", "Kliniek Utrecht"], otherMunicipality = "GM0344") {
  const server = await startTestServer({ seedDemo: false });
  const world = await MatchingWorld.create(server);
  const [org, otherOrg] = [await world.organisation(names[0]), await world.organisation(names[1], otherMunicipality)];
  return { server, world, org, otherOrg };
}
