// Hostile input at every mutation of the schema (enumerated from schema/schema.graphql,
// so a new mutation is covered without touching this file): variables of the right shape
// with huge, unicode, NUL, SQL and script strings, extreme and out-of-range numbers,
// unknown ids and enum values, and now and then a value of the wrong type. Whatever comes
// in: never HTTP 500 or INTERNAL_SERVER_ERROR, and a refused call changes no row.
// Replay a run with FUZZ_SEED=<the printed seed>.
import fc from "fast-check";
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
} from "graphql";
import { readFileSync } from "node:fs";
import path from "node:path";
import { ERROR_CODES, OPERATIONS, type Role } from "../support/access-matrix";
import { freshEmail } from "../support/fixtures";
import { ok } from "../support/graphql";
import { MatchingWorld, UTRECHT } from "../support/matching-fixtures";
import { startTestServer, type TestServer } from "../support/server";

jest.setTimeout(120_000);

const NUM_RUNS = Number(process.env.FUZZ_RUNS ?? 15);
const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));

const schema = buildSchema(readFileSync(path.join(__dirname, "../../schema/schema.graphql"), "utf8"));
const mutations = Object.values(schema.getMutationType()!.getFields());

let server: TestServer;
let tokens: Record<Role, string | null>;
/** Ids of real records, so some calls get past "not found" into the deeper checks. */
let ids: string[] = [];
let countQuery = "";
/** Refused calls over all mutations: hostile input must be refused, not only survived. */
let refusals = 0;

beforeAll(async () => {
  console.log(`fuzz: fast-check seed ${SEED}, ${NUM_RUNS} runs per mutation (replay with FUZZ_SEED=${SEED})`);
  server = await startTestServer({ seedDemo: false });
  const world = await MatchingWorld.create(server);
  const org = await world.organisation("GGD Fuzz", "GM0363");
  const regional = await world.regionalCoordinator(["GM0363"]);
  const kp = await world.keyPerson({ name: "Fuzz Key Person", capacity: 40, login: true });
  const other = await world.keyPerson({ name: "Other Key Person", at: UTRECHT });
  const request = await world.request(org, { hoursPerWeek: 1 });
  const assignment = await world.activeAssignment(org, request.id, kp);
  const hours = await ok(
    server.url,
    `mutation($a: ID!, $d: Date!) { declareHours(input: { assignmentId: $a, date: $d, hours: 1, activity: SUPPORT }) { id } }`,
    { a: assignment.id, d: new Date().toISOString().slice(0, 10) },
    kp.token,
  );
  const leave = await ok(
    server.url,
    `mutation($k: ID!) { addLeave(keyPersonId: $k, input: { startsOn: "2099-01-01", endsOn: "2099-01-05" }) { id } }`,
    { k: kp.id },
    world.coordinator,
  );
  tokens = { anonymous: null, KEY_PERSON: kp.token, ORGANISATION: org.token, REGIONAL_COORDINATOR: regional, COORDINATOR: world.coordinator };
  ids = [kp.id, other.id, org.id, request.id, assignment.id, hours.declareHours.id, leave.addLeave.id];
  const tables: { table_name: string }[] = await server.dataSource.query(
    // The audit log is left out: refused mutations on someone else's record are audited on purpose (docs/security.md).
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'audit_log'`,
  );
  countQuery = `SELECT ${tables.map(({ table_name: t }) => `(SELECT count(*)::int FROM "${t}") AS "${t}"`).join(", ")}`;
});
afterAll(async () => {
  await server?.stop();
});

// ---- hostile values ------------------------------------------------------------------------

const HOSTILE_STRINGS = [
  "",
  " ",
  "\t\n",
  "a",
  "'; DROP TABLE key_person; --",
  '" OR 1=1 --',
  "1' OR '1'='1",
  "%_\\",
  "$1",
  "${jndi:ldap://x}",
  "<script>alert(1)</script>",
  "javascript:alert(1)",
  "<img src=x onerror=alert(1)>",
  "\u202Eevil\u202C",
  "مرحبا بالعالم",
  "👩🏽‍⚕️🏳️‍🌈",
  "\u0000",
  "a\u0000b",
  "\uD800",
  "\uFEFF",
  "Z̴̧̛͓a̷l̸g̵o̵",
  "GM0363",
  "GM0363'; --",
  "tir",
  "SGBV",
  "2025-01-01",
  "NL91ABNA0417164300",
  "https://example.nl",
  "someone@example.nl",
  "nl",
];
const hostileString = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 3, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.constantFrom("x".repeat(100_000), "é".repeat(50_000), "👩".repeat(25_000)) },
);
const hostileInt = fc.oneof(fc.constantFrom(0, -1, 1, 5, 24, 100, 101, 2025, 2099, 1999, -2147483648, 2147483647), fc.integer());
const outOfRangeInt = fc.constantFrom(2147483648, -2147483649, 2 ** 53, -(2 ** 60), 1e20, 1.5);
const hostileFloat = fc.oneof(
  fc.constantFrom(0, -0, -1, 0.25, 1e-320, 5e-324, 1e308, -1e308, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 52.37, 4.89, 24, 24.000001),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
const hostileId = () =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...ids) },
    { weight: 2, arbitrary: fc.constantFrom("0", "-1", "1e3", "1.5", "007", "99999999999999999999", "2147483648", "abc", "' OR 1=1 --", " 1", "１") },
    { weight: 1, arbitrary: hostileString },
  );
const hostileDate = fc.oneof(
  fc.constantFrom(
    new Date().toISOString().slice(0, 10),
    "2025-01-01",
    "2025-02-30",
    "2025-13-01",
    "0000-01-01",
    "9999-12-31",
    "2099-01-01",
    "1900-01-01",
    "2025-1-1",
  ),
  fc.date({ noInvalidDate: true, min: new Date("1000-01-01"), max: new Date("9999-12-31") }).map((d) => d.toISOString().slice(0, 10)),
  hostileString,
);
const hostileDateTime = fc.oneof(
  fc.constantFrom("2025-01-01T00:00:00Z", "2025-02-30T25:61:00Z", "9999-12-31T23:59:59Z", "2025-01-01T00:00:00+99:00"),
  hostileString,
);
/** Anything but the right type. */
const wrongType = fc.oneof(hostileString, hostileFloat, fc.boolean(), outOfRangeInt, fc.constant({}), fc.constant([1, "two"]));

/** A value of the shape the type asks for, filled with hostile values; with `wrong`, a scalar is now and then of the wrong type. */
function valueFor(type: GraphQLInputType, wrong: boolean, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return valueFor(type.ofType, wrong, depth);
  if (isListType(type)) return fc.array(valueFor(type.ofType, wrong, depth + 1), { maxLength: depth > 1 ? 1 : 3 });
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    const model = Object.fromEntries(
      fields.map((f) => [f.name, isNonNullType(f.type) ? valueFor(f.type, wrong, depth + 1) : fc.option(valueFor(f.type, wrong, depth + 1), { freq: 4 })]),
    );
    return fc.record(model, { requiredKeys: fields.filter((f) => isNonNullType(f.type)).map((f) => f.name) });
  }
  let right: fc.Arbitrary<unknown>;
  if (isEnumType(type))
    right = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...type.getValues().map((v) => v.name)) }, { weight: 1, arbitrary: hostileString });
  else if (isScalarType(type)) {
    right =
      {
        String: hostileString,
        Int: fc.oneof({ weight: 5, arbitrary: hostileInt }, { weight: 1, arbitrary: outOfRangeInt }),
        Float: hostileFloat,
        Boolean: fc.boolean(),
        ID: hostileId(),
        Date: hostileDate,
        DateTime: hostileDateTime,
      }[type.name] ?? hostileString;
  } else throw new Error(`No generator for ${String(type)}`);
  return wrong ? fc.oneof({ weight: 3, arbitrary: right }, { weight: 1, arbitrary: wrongType }) : right;
}

function variablesFor(field: GraphQLField<unknown, unknown>): fc.Arbitrary<Record<string, unknown>> {
  const forMode = (wrong: boolean) =>
    fc.record(
      Object.fromEntries(
        field.args.map((arg) => [arg.name, isNonNullType(arg.type) ? valueFor(arg.type, wrong) : fc.option(valueFor(arg.type, wrong), { freq: 4 })]),
      ),
      { requiredKeys: field.args.filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined).map((arg) => arg.name) },
    );
  return fc.oneof({ weight: 3, arbitrary: forMode(false) }, { weight: 1, arbitrary: forMode(true) });
}

function documentFor(field: GraphQLField<unknown, unknown>): string {
  const declarations = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(", ");
  const args = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(", ");
  const selection = isScalarType(getNamedType(field.type)) || isEnumType(getNamedType(field.type)) ? "" : " { __typename }";
  return `mutation${declarations ? `(${declarations})` : ""} { ${field.name}${args ? `(${args})` : ""}${selection} }`;
}

/** The role the access matrix lets call it (the coordinator for a mutation not in the matrix yet). */
function callerOf(name: string): Role {
  const op = OPERATIONS.find((o) => o.type === "Mutation" && o.name === name);
  if (!op) return "COORDINATOR";
  const order: Role[] = ["KEY_PERSON", "ORGANISATION", "COORDINATOR", "REGIONAL_COORDINATOR", "anonymous"];
  return order.find((role) => !ERROR_CODES.includes(op.cells[role].access))!;
}

/** A counterexample of 100 KB strings would bury the report: long runs of one character are abbreviated. */
async function shortened(run: Promise<void>): Promise<void> {
  try {
    await run;
  } catch (error) {
    const message = String((error as Error).message).replace(/(.)\1{49,}/gsu, (run, c: string) => `${c}…(${[...run].length} times)`);
    throw new Error(message.length > 4000 ? `${message.slice(0, 4000)}…` : message);
  }
}

/** A refused login is audited and counted by the login throttle, a refused password change counted: by design (docs/security.md). */
const BOOKKEEPING: Record<string, string[]> = { login: ["audit_log", "login_throttle"], changePassword: ["login_throttle"] };
function withoutBookkeeping(name: string, counted: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counted).filter(([table]) => !BOOKKEEPING[name]?.includes(table)));
}

async function counts(): Promise<Record<string, number>> {
  return (await server.dataSource.query(countQuery))[0];
}

test("every mutation of the schema is fuzzed", () => {
  expect(mutations.length).toBeGreaterThanOrEqual(30);
});

test.each(mutations.map((field, i) => [field.name, field, i] as const))("%s: hostile input never breaks the server", async (name, field, i) => {
  const query = documentFor(field);
  const role = callerOf(name);
  await shortened(
    fc.assert(
      fc.asyncProperty(variablesFor(field), async (variables) => {
        const before = await counts();
        const response = await fetch(`${server.url}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json", ...(tokens[role] ? { authorization: `Bearer ${tokens[role]}` } : {}) },
          body: JSON.stringify({ query, variables }),
        });
        const text = await response.text();
        expect(response.status).not.toBe(500);
        expect(response.status).toBeLessThan(500);
        let body: { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: string } }[] } = {};
        try {
          body = JSON.parse(text);
        } catch {
          /* 413 and the like: not JSON */
        }
        for (const error of body.errors ?? []) expect(error.extensions?.code).not.toBe("INTERNAL_SERVER_ERROR");
        // Refused: an error and no result (a nullable result is null on success too, e.g. setAllowanceRate).
        if (response.status !== 200 || (body.errors?.length && body.data?.[name] == null)) {
          refusals++;
          expect(withoutBookkeeping(name, await counts())).toEqual(withoutBookkeeping(name, before));
        }
      }),
      { numRuns: NUM_RUNS, seed: SEED + i, endOnFailure: !process.env.FUZZ_SHRINK },
    ),
  );
});

test("afterwards the server still answers a valid call, and most hostile calls were refused", async () => {
  expect(refusals).toBeGreaterThan((mutations.length * NUM_RUNS) / 2);
  await ok(
    server.url,
    `mutation($e: String!) { createUser(input: { email: $e, password: "a-long-password", role: COORDINATOR }) { id } }`,
    { e: freshEmail("after") },
    tokens.COORDINATOR!,
  );
});
