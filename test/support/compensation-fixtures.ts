// What the compensation API tests build on: a server without demo data on a manual clock,
// a coordinator, organisations and key persons (volunteer, freelance, employed; with the
// birth year that decides the under-21 rate), active assignments funded by an organisation
// or by the national scheme, and the mutations and queries of hours, claims and exports.
// Everything goes through the API; the numbers a test compares are all made here.
import type { ManualClock } from "../../server/src/clock";
import { parseCsv as parseCsvObjects, readCsvRows } from "../../server/src/domain/csv";
import { freshEmail } from "./fixtures";
import { gql, login, ok, type GraphQLResponse } from "./graphql";
import { AMSTERDAM, MatchingWorld, PASSWORD, type KeyPerson, type Organisation } from "./matching-fixtures";
import { startTestServer, type TestServer } from "./server";

export type { KeyPerson, Organisation };
export { failure, refusedUnchanged } from "./matching-fixtures";

/** The 2025 figures the migration loads (cents). */
export const Y2025 = { hourlyRateCents: 560, hourlyRateUnder21Cents: 330, monthCapCents: 21_000, yearCapCents: 210_000, kmRateCents: 23 };

export const HOUR_FIELDS = `id date hours activity status reviewReason allowanceCents exportedAt reviewedAt assignment { id } keyPerson { id }`;
export const CLAIM_FIELDS = `id kind km amountCents date description status reviewReason exportedAt assignment { id } keyPerson { id }`;
export const OVERVIEW_FIELDS = `year legalHourlyRateCents allowanceCents roomCents
  figures { year hourlyRateCents monthCapCents yearCapCents provisional }
  months { month hoursDeclared hoursApproved allowanceCents roomCents }`;
export const EXPORT_FIELDS = `id funder periodFrom periodTo lineCount totalCents csv`;

const DECLARE = `mutation($i: HourEntryInput!) { declareHours(input: $i) { ${HOUR_FIELDS} } }`;
const REVIEW = `mutation($id: ID!, $approve: Boolean!, $reason: String) { reviewHours(id: $id, approve: $approve, reason: $reason) { ${HOUR_FIELDS} } }`;
const CLAIM = `mutation($i: ExpenseClaimInput!) { submitExpenseClaim(input: $i) { ${CLAIM_FIELDS} } }`;
const REVIEW_CLAIM = `mutation($id: ID!, $approve: Boolean!, $reason: String) { reviewExpenseClaim(id: $id, approve: $approve, reason: $reason) { ${CLAIM_FIELDS} } }`;
const OVERVIEW = `query($k: ID!, $y: Int!) { allowanceOverview(keyPersonId: $k, year: $y) { ${OVERVIEW_FIELDS} } }`;
const SET_RATE = `mutation($o: ID, $c: Int) { setAllowanceRate(organisationId: $o, hourlyRateCents: $c) }`;
const EXPORT = `mutation($o: ID, $f: Date!, $t: Date!, $l: String) { exportPayments(organisationId: $o, from: $f, to: $t, locale: $l) { ${EXPORT_FIELDS} } }`;

export interface KeyPersonSpec {
  name?: string;
  birthYear?: number | null;
  compensationType?: "VOLUNTEER" | "FREELANCE" | "EMPLOYED";
  /** Hours a week; each assignment here takes 2. */
  capacity?: number;
}

export interface HourInput {
  date: string;
  hours: number;
  activity?: string;
}

export interface ClaimInput {
  assignmentId?: string | null;
  kind: "OWN_TRANSPORT_KM" | "PUBLIC_TRANSPORT" | "OTHER";
  km?: number | null;
  amountCents?: number | null;
  date: string;
  description?: string;
  idempotencyKey?: string;
}

let keys = 0;

export class CompensationWorld {
  /** Everyone who logs in, so moving the clock past a session can log them in again. */
  private readonly accounts: { email: string; token: string }[] = [];

  private constructor(
    readonly server: TestServer,
    readonly clock: ManualClock,
    readonly matching: MatchingWorld,
  ) {}

  /** The clock must be the server's clock. */
  static async create(server: TestServer, clock: ManualClock): Promise<CompensationWorld> {
    return new CompensationWorld(server, clock, await MatchingWorld.create(server));
  }

  get url(): string {
    return this.server.url;
  }

  get coordinator(): string {
    return this.matching.coordinator;
  }

  async organisation(name = "GGD Test"): Promise<Organisation> {
    const org = await this.matching.organisation(name);
    this.accounts.push(org);
    return org;
  }

  async regionalCoordinator(municipalityCodes: string[]): Promise<{ email: string; token: string }> {
    const email = freshEmail("regio");
    await ok(
      this.url,
      `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
      { input: { email, password: PASSWORD, role: "REGIONAL_COORDINATOR", municipalityCodes } },
      this.coordinator,
    );
    const account = { email, token: await login(this.url, email, PASSWORD) };
    this.accounts.push(account);
    return account;
  }

  /** A key person on the Dam who speaks Tigrinya, with a login. */
  async keyPerson(spec: KeyPersonSpec = {}): Promise<KeyPerson> {
    const email = freshEmail("kp");
    const input = {
      displayName: spec.name ?? "Test Key Person",
      email,
      phone: "+31 6 12345678",
      gender: "FEMALE",
      birthYear: spec.birthYear === undefined ? 1980 : spec.birthYear,
      languages: [{ code: "tir", level: "NATIVE" }],
      expertiseCodes: [],
      homeLocation: AMSTERDAM,
      maxTravelKm: 25,
      remoteAvailable: false,
      weeklyCapacityHours: spec.capacity ?? 16,
      compensationType: spec.compensationType ?? "VOLUNTEER",
      origins: [],
    };
    const { createKeyPerson } = await ok(
      this.url,
      `mutation($input: KeyPersonInput!, $password: String) { createKeyPerson(input: $input, password: $password) { id } }`,
      { input, password: PASSWORD },
      this.coordinator,
    );
    const kp = { id: createKeyPerson.id as string, email, token: await login(this.url, email, PASSWORD) };
    this.accounts.push(kp);
    return kp;
  }

  /** A request of `org` at the key person's home, proposed to them and accepted: ACTIVE. Its id. */
  async assignment(org: Organisation, kp: KeyPerson, funding: "ORGANISATION" | "NATIONAL_SCHEME" = "ORGANISATION"): Promise<string> {
    const request = await this.matching.request(org, { funding, languageCodes: ["tir"], location: AMSTERDAM, newcomerConsent: true });
    const assignment = await this.matching.activeAssignment(org, request.id, kp);
    if (assignment.status !== "ACTIVE") throw new Error(`Expected an ACTIVE assignment, got ${assignment.status}`);
    return assignment.id;
  }

  /**
   * Moves the server's clock and logs everyone in again (sessions last 12 hours), or only
   * the accounts given (argon2 makes each login cost time).
   */
  async setClock(iso: string, only?: { email: string; token: string }[]): Promise<void> {
    this.clock.set(new Date(iso));
    await Promise.all([
      ...(only ? [] : [this.matching.relogin()]),
      ...(only ?? this.accounts).map(async (account) => {
        account.token = await login(this.url, account.email, PASSWORD);
      }),
    ]);
  }

  // ---- hours ----

  declareRaw(kp: KeyPerson, assignmentId: string, input: HourInput): Promise<GraphQLResponse> {
    return gql(this.url, DECLARE, { i: { assignmentId, activity: "SUPPORT", ...input } }, kp.token);
  }

  async declare(kp: KeyPerson, assignmentId: string, date: string, hours: number, activity = "SUPPORT") {
    return (await ok(this.url, DECLARE, { i: { assignmentId, date, hours, activity } }, kp.token)).declareHours;
  }

  reviewRaw(token: string, id: string, approve: boolean, reason: string | null = null): Promise<GraphQLResponse> {
    return gql(this.url, REVIEW, { id, approve, reason }, token);
  }

  async review(token: string, id: string, approve = true, reason: string | null = null) {
    return (await ok(this.url, REVIEW, { id, approve, reason }, token)).reviewHours;
  }

  /** Declares and approves: the approved entry. */
  async approved(kp: KeyPerson, assignmentId: string, funder: string, date: string, hours: number) {
    const entry = await this.declare(kp, assignmentId, date, hours);
    return this.review(funder, entry.id, true);
  }

  // ---- expense claims ----

  claimInput(input: ClaimInput): Record<string, unknown> {
    return {
      assignmentId: null,
      km: null,
      amountCents: null,
      description: "Bus to the town hall",
      idempotencyKey: `claim-${process.pid}-${++keys}`,
      ...input,
    };
  }

  claimRaw(kp: KeyPerson, input: Record<string, unknown>): Promise<GraphQLResponse> {
    return gql(this.url, CLAIM, { i: input }, kp.token);
  }

  async claim(kp: KeyPerson, input: ClaimInput | Record<string, unknown>) {
    return (await ok(this.url, CLAIM, { i: "idempotencyKey" in input ? input : this.claimInput(input as ClaimInput) }, kp.token)).submitExpenseClaim;
  }

  reviewClaimRaw(token: string, id: string, approve: boolean, reason: string | null = null): Promise<GraphQLResponse> {
    return gql(this.url, REVIEW_CLAIM, { id, approve, reason }, token);
  }

  async reviewClaim(token: string, id: string, approve = true, reason: string | null = null) {
    return (await ok(this.url, REVIEW_CLAIM, { id, approve, reason }, token)).reviewExpenseClaim;
  }

  // ---- rates, overview, export ----

  setRateRaw(token: string, organisationId: string | null, cents: number | null): Promise<GraphQLResponse> {
    return gql(this.url, SET_RATE, { o: organisationId, c: cents }, token);
  }

  async setRate(token: string, organisationId: string | null, cents: number | null): Promise<number | null> {
    return (await ok(this.url, SET_RATE, { o: organisationId, c: cents }, token)).setAllowanceRate;
  }

  overviewRaw(token: string, keyPersonId: string, year: number): Promise<GraphQLResponse> {
    return gql(this.url, OVERVIEW, { k: keyPersonId, y: year }, token);
  }

  async overview(token: string, keyPersonId: string, year: number) {
    return (await ok(this.url, OVERVIEW, { k: keyPersonId, y: year }, token)).allowanceOverview;
  }

  exportRaw(token: string, organisationId: string | null, from: string, to: string): Promise<GraphQLResponse> {
    return gql(this.url, EXPORT, { o: organisationId, f: from, t: to, l: "en" }, token);
  }

  /** The CSV in English unless asked otherwise (the API's default is the caller's language). */
  async export(token: string, organisationId: string | null, from: string, to: string, locale: "nl" | "en" = "en") {
    return (await ok(this.url, EXPORT, { o: organisationId, f: from, t: to, l: locale }, token)).exportPayments;
  }

  async hourEntries(token: string, filter: Record<string, unknown> | null = null, perPage = 100) {
    return (
      await ok(
        this.url,
        `query($f: ReviewFilter, $pp: Int) { hourEntries(filter: $f, perPage: $pp) { total items { ${HOUR_FIELDS} } } }`,
        { f: filter, pp: perPage },
        token,
      )
    ).hourEntries as { total: number; items: any[] };
  }

  async expenseClaims(token: string, filter: Record<string, unknown> | null = null, perPage = 100) {
    return (
      await ok(
        this.url,
        `query($f: ReviewFilter, $pp: Int) { expenseClaims(filter: $f, perPage: $pp) { total items { ${CLAIM_FIELDS} } } }`,
        { f: filter, pp: perPage },
        token,
      )
    ).expenseClaims as { total: number; items: any[] };
  }
}

/** The cells of a payment CSV (semicolon-separated), the header included. */
export const parseCsv = (text: string): string[][] => readCsvRows(text, ";");

/** A payment CSV as objects keyed by its header. */
export const csvRecords = (text: string): Record<string, string>[] => parseCsvObjects(text, ";");

/** For the tests of one file: a test server on `clock`, a CompensationWorld, and two organisations, "GGD A" and "COA B". */
export async function startCompensationSuite(clock: ManualClock) {
  const server = await startTestServer({ clock });
  const world = await CompensationWorld.create(server, clock);
  const [orgA, orgB] = await Promise.all([world.organisation("GGD A"), world.organisation("COA B")]);
  return { server, world, orgA, orgB };
}
