// What the oversight API tests build on: a server without demo data on a manual clock, a
// coordinator, regional coordinators, organisations and key persons (all with a login),
// accepted assignments to declare hours on, and the mutations and queries of supervision,
// wellbeing, the dashboard and the audit log. Everything goes through the API; the audit
// log is read from the database, as an auditor would.
import argon2 from "argon2";
import type { ManualClock } from "../../server/src/clock";
import { freshEmail } from "./fixtures";
import { gql, login, ok, type GraphQLResponse } from "./graphql";
import { MatchingWorld, PASSWORD, type KeyPerson, type KeyPersonSpec, type Organisation, type RequestSpec } from "./matching-fixtures";
import { startTestServer, type TestServer } from "./server";

export type { KeyPerson, Organisation };
export { AMSTERDAM, UTRECHT, GRONINGEN, away, failure, refusedUnchanged } from "./matching-fixtures";

const DAY_MS = 86_400_000;

export interface CheckInInput {
  strain: number;
  emotionalImpact: number;
  support: number;
  contactRequested: boolean;
}

/** Nothing of concern. */
export const WELL: CheckInInput = { strain: 1, emotionalImpact: 1, support: 5, contactRequested: false };

export interface Account {
  email: string;
  token: string;
}

export interface AuditRow {
  id: number;
  at: Date;
  actor_user_id: number | null;
  actor_role: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  detail: Record<string, unknown>;
}

export const STATUS_FIELDS = `id supervisionStatus lastSupervisionOn wellbeingStatus wellbeing { status reasons { level code message } }`;

const CHECK_IN = `mutation($i: WellbeingCheckInInput!) { submitWellbeingCheckIn(input: $i) { id wellbeingStatus } }`;
const LOG_SESSION = `mutation($k: ID!, $d: Date!, $kind: SupervisionKind!, $n: String) {
  logSupervisionSession(keyPersonId: $k, date: $d, kind: $kind, note: $n) { id supervisionStatus lastSupervisionOn } }`;
const CLEAR = `mutation($k: ID!, $n: String!) { clearWellbeingFlag(keyPersonId: $k, note: $n) { id wellbeingStatus } }`;
const DECLARE = `mutation($i: HourEntryInput!) { declareHours(input: $i) { id hours date status } }`;

let cheapHash: Promise<string> | null = null;
/** PASSWORD hashed with argon2's cheapest settings, so logging in again after every clock move costs milliseconds. */
function passwordHash(): Promise<string> {
  cheapHash ??= argon2.hash(PASSWORD, { type: argon2.argon2id, memoryCost: 1024, timeCost: 1, parallelism: 1 });
  return cheapHash;
}

export class OversightWorld {
  /** Everyone who logs in, so moving the clock past a 12-hour session logs them in again. */
  private readonly accounts: Account[] = [];

  private constructor(
    readonly server: TestServer,
    readonly clock: ManualClock,
    readonly matching: MatchingWorld,
  ) {}

  /** The clock must be the server's clock. */
  static async create(server: TestServer, clock: ManualClock): Promise<OversightWorld> {
    return new OversightWorld(server, clock, await MatchingWorld.create(server));
  }

  /** A fresh test server (and database) on the manual clock, and its world. Stop the server in afterAll. */
  static async start(clock: ManualClock): Promise<{ server: TestServer; world: OversightWorld }> {
    const server = await startTestServer({ clock });
    return { server, world: await OversightWorld.create(server, clock) };
  }

  get url(): string {
    return this.server.url;
  }

  get coordinator(): string {
    return this.matching.coordinator;
  }

  /** YYYY-MM-DD, `days` after the server's today (negative: before). */
  day(days = 0): string {
    return new Date(this.clock.now().getTime() + days * DAY_MS).toISOString().slice(0, 10);
  }

  private async logIn(email: string): Promise<string> {
    await this.server.dataSource.query(`UPDATE app_user SET password_hash = $1 WHERE email = $2`, [await passwordHash(), email.toLowerCase()]);
    return login(this.url, email, PASSWORD);
  }

  async organisation(name = "GGD Test", municipalityCode = "GM0363"): Promise<Organisation> {
    const org = await this.matching.organisation(name, municipalityCode);
    this.accounts.push(org);
    return org;
  }

  async regionalCoordinator(municipalityCodes: string[]): Promise<Account> {
    const email = freshEmail("regio");
    await ok(
      this.url,
      `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
      { input: { email, password: PASSWORD, role: "REGIONAL_COORDINATOR", municipalityCodes } },
      this.coordinator,
    );
    const account = { email, token: await this.logIn(email) };
    this.accounts.push(account);
    return account;
  }

  /** A key person made to measure (see MatchingWorld), logged in unless `login: false`. */
  async keyPerson(spec: KeyPersonSpec = {}): Promise<KeyPerson> {
    const kp = await this.matching.keyPerson({ login: true, ...spec });
    if (kp.token) this.accounts.push(kp);
    return kp;
  }

  /**
   * Moves the server's clock and logs the coordinator and everyone else in again (sessions
   * last 12 hours), or only the accounts given.
   */
  async setClock(moment: string | Date, only?: Account[]): Promise<void> {
    this.clock.set(new Date(moment));
    await this.matching.relogin();
    await Promise.all(
      (only ?? this.accounts).map(async (account) => {
        account.token = await login(this.url, account.email, PASSWORD);
      }),
    );
  }

  advanceDays(days: number, only?: Account[]): Promise<void> {
    return this.setClock(new Date(this.clock.now().getTime() + days * DAY_MS), only);
  }

  // ---- supervision and wellbeing ----

  checkInRaw(token: string, input: CheckInInput): Promise<GraphQLResponse> {
    return gql(this.url, CHECK_IN, { i: input }, token);
  }

  /** A check-in by the key person; the clock moves on a minute first, so each check-in is the latest. */
  async checkIn(kp: KeyPerson, input: Partial<CheckInInput> = {}) {
    this.clock.advanceHours(1 / 60);
    return (await ok(this.url, CHECK_IN, { i: { ...WELL, ...input } }, kp.token)).submitWellbeingCheckIn;
  }

  logSessionRaw(token: string, keyPersonId: string, date: string, kind = "INTERVISION", note: string | null = null): Promise<GraphQLResponse> {
    return gql(this.url, LOG_SESSION, { k: keyPersonId, d: date, kind, n: note }, token);
  }

  async logSession(token: string, keyPersonId: string, date: string, kind = "INTERVISION", note: string | null = null) {
    return (await ok(this.url, LOG_SESSION, { k: keyPersonId, d: date, kind, n: note }, token)).logSupervisionSession;
  }

  clearRaw(token: string, keyPersonId: string, note: string): Promise<GraphQLResponse> {
    return gql(this.url, CLEAR, { k: keyPersonId, n: note }, token);
  }

  /** A coordinator clears the flag; the clock moves on a minute first, so the clearance follows what it clears. */
  async clear(keyPersonId: string, note = "Called her; agreed on a lighter month and intervision next week", token = this.coordinator) {
    this.clock.advanceHours(1 / 60);
    return (await ok(this.url, CLEAR, { k: keyPersonId, n: note }, token)).clearWellbeingFlag;
  }

  /** Supervision and wellbeing as `token` sees them (reading `wellbeing` is audited). */
  async status(
    keyPersonId: string,
    token = this.coordinator,
  ): Promise<{
    id: string;
    supervisionStatus: string;
    lastSupervisionOn: string | null;
    wellbeingStatus: string | null;
    wellbeing: { status: string; reasons: { level: string; code: string; message: string }[] } | null;
  }> {
    return (await ok(this.url, `query($id: ID!) { keyPerson(id: $id) { ${STATUS_FIELDS} } }`, { id: keyPersonId }, token)).keyPerson;
  }

  // ---- assignments and hours ----

  /** A request of `org` at the Dam in the key person's language, proposed to them and accepted. The assignment's id. */
  async assignment(org: Organisation, kp: KeyPerson, spec: RequestSpec = {}): Promise<string> {
    const request = await this.matching.request(org, { languageCodes: ["tir"], hoursPerWeek: 1, ...spec });
    const assignment = await this.matching.activeAssignment(org, request.id, kp);
    if (assignment.status !== "ACTIVE") throw new Error(`Expected an ACTIVE assignment, got ${assignment.status}`);
    return assignment.id;
  }

  async declare(kp: KeyPerson, assignmentId: string, date: string, hours: number) {
    return (await ok(this.url, DECLARE, { i: { assignmentId, date, hours, activity: "SUPPORT" } }, kp.token)).declareHours;
  }

  // ---- the audit log ----

  async userId(email: string): Promise<number> {
    const [row] = await this.server.dataSource.query(`SELECT id FROM app_user WHERE email = $1`, [email.toLowerCase()]);
    return row.id;
  }

  /** The user id behind a login. */
  async userIdOf(token: string): Promise<number> {
    return Number((await ok(this.url, `{ me { id } }`, {}, token)).me.id);
  }

  async auditRows(action: string): Promise<AuditRow[]> {
    return this.server.dataSource.query(
      `SELECT id, at, actor_user_id, actor_role, action, entity_type, entity_id, detail FROM audit_log WHERE action = $1 ORDER BY id`,
      [action],
    );
  }

  /** The audit rows of `action` written while `run` ran, and what it returned. */
  async audited<T>(action: string, run: () => Promise<T>): Promise<{ rows: AuditRow[]; result: T }> {
    const before = await this.auditRows(action);
    const result = await run();
    const after = await this.auditRows(action);
    const seen = new Set(before.map((row) => row.id));
    return { rows: after.filter((row) => !seen.has(row.id)), result };
  }
}
