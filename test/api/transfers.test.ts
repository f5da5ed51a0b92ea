// Request transfers (issue 18, point 3): the newcomer moves out of the organisation's area,
// the organisation hands the request to one near the new place (consent recorded), which
// accepts or declines with a reason; the proposer may withdraw. On acceptance the receiver
// owns the request, its funding and its reviews from that day; hours before it stay with
// the old organisation. A change of key person gets a 14-day overlap in which both may
// declare. Real GraphQL over HTTP, real PostgreSQL, the server's clock moved by hand.
import { ManualClock } from "../../server/src/clock";
import { CompensationWorld, refusedUnchanged, startCompensationSuite, type KeyPerson, type Organisation } from "../support/compensation-fixtures";
import { gql, ok, type GraphQLResponse } from "../support/graphql";
import { GRONINGEN, UTRECHT, type Point } from "../support/matching-fixtures";
import type { TestServer } from "../support/server";

jest.setTimeout(120_000);

const clock = new ManualClock(new Date("2025-03-03T08:00:00Z"));
const TODAY = "2025-06-16";
let server: TestServer, world: CompensationWorld;
/** The owner, in Amsterdam; a second Amsterdam organisation; the receiver in Groningen; one in Utrecht. */
let owner: Organisation, neighbour: Organisation, receiver: Organisation, utrecht: Organisation;
let anna: KeyPerson;
let requestId: string;
let annaAssignment: string;

const TRANSFER_FIELDS = `id requestId state caseReference requestKind hoursPerWeek consentAt declineReason declineNote effectiveOn answeredAt
  fromOrganisation { id } toOrganisation { id } municipality { code } languages { code } request { id }`;
const PROPOSE = `mutation($i: ProposeTransferInput!) { proposeTransfer(input: $i) { ${TRANSFER_FIELDS} } }`;
const ACCEPT = `mutation($id: ID!) { acceptTransfer(id: $id) { ${TRANSFER_FIELDS} } }`;
const DECLINE = `mutation($id: ID!, $i: DeclineTransferInput!) { declineTransfer(id: $id, input: $i) { ${TRANSFER_FIELDS} } }`;
const WITHDRAW = `mutation($id: ID!) { withdrawTransfer(id: $id) { ${TRANSFER_FIELDS} } }`;
const LIST = `query($f: TransferFilter) { requestTransfers(filter: $f) { total items { ${TRANSFER_FIELDS} } } }`;
const RELOCATE = `mutation($id: ID!, $l: GeoPointInput!) { relocateNewcomer(requestId: $id, location: $l) { id municipality { code } } }`;
const REQUEST = `query($id: ID!) { matchRequest(id: $id) { id organisation { id } ownership { organisation { id } from until } transfers { id state }
  assignments { id status keyPerson { id } handovers { handedOverOn overlapUntil fromAssignmentId toAssignmentId } } } }`;

const propose = (token: string, to: Organisation, consent = true) => gql(server.url, PROPOSE, { i: { requestId, toOrganisationId: to.id, consent } }, token);
const accept = (token: string, id: string) => gql(server.url, ACCEPT, { id }, token);
const decline = (token: string, id: string, reason = "NO_CAPACITY", note: string | null = null) => gql(server.url, DECLINE, { id, i: { reason, note } }, token);
const withdraw = (token: string, id: string) => gql(server.url, WITHDRAW, { id }, token);
const relocate = (to: Point) => ok(server.url, RELOCATE, { id: requestId, l: to }, owner.token);
const refused = (run: () => Promise<GraphQLResponse>) => refusedUnchanged(server, run);

async function usersOf(org: Organisation): Promise<number[]> {
  return (await server.dataSource.query(`SELECT id FROM app_user WHERE organisation_id = $1`, [Number(org.id)])).map((r: { id: number }) => r.id);
}
async function messages(kind: string, users: number[]): Promise<{ subject: string; body: string }[]> {
  return server.dataSource.query(`SELECT subject, body FROM notification WHERE kind = $1 AND user_id = ANY($2) ORDER BY id`, [kind, users]);
}
async function funderOf(entryId: string): Promise<string> {
  return (await server.dataSource.query(`SELECT funder FROM hour_entry WHERE id = $1`, [Number(entryId)]))[0].funder;
}

beforeAll(async () => {
  ({ server, world, orgA: owner, orgB: neighbour } = await startCompensationSuite(clock));
  receiver = await world.matching.organisation("Kliniek Groningen", "GM0014");
  utrecht = await world.matching.organisation("GGD Utrecht", "GM0344");
  anna = await world.keyPerson({ name: "Anna", birthYear: 1980 });
  annaAssignment = await world.assignment(owner, anna);
  requestId = (await server.dataSource.query(`SELECT request_id FROM assignment WHERE id = $1`, [Number(annaAssignment)]))[0].request_id.toString();
  await world.setClock(`${TODAY}T10:00:00Z`);
  await world.matching.relogin(receiver, utrecht);
});
afterAll(async () => {
  await server?.stop();
});

describe("a transfer through every state, with refusals and a move in between", () => {
  let before: string;
  let sameDay: string;
  let transferId: string;

  test("hours declared before any transfer belong to the owner", async () => {
    before = (await world.declare(anna, annaAssignment, "2025-06-10", 2)).id;
    expect(await funderOf(before)).toBe(`ORGANISATION:${owner.id}`);
  });

  test("before the newcomer moved there is nothing to hand on: NEWCOMER_NOT_MOVED, nothing written", async () => {
    expect((await refused(() => propose(owner.token, receiver))).reason).toBe("NEWCOMER_NOT_MOVED");
  });

  test("after the move to Groningen: refusals for self-transfer, a far target, no consent, another organisation, a key person", async () => {
    const moved = await relocate(GRONINGEN);
    expect(moved.relocateNewcomer.municipality.code).toBe("GM0014");
    expect((await refused(() => propose(owner.token, owner))).reason).toBe("TRANSFER_TO_SELF");
    const far = await refused(() => propose(owner.token, utrecht));
    expect(far).toMatchObject({ reason: "TRANSFER_TARGET_TOO_FAR", params: { maxKm: 30 } });
    expect((await refused(() => propose(owner.token, receiver, false))).reason).toBe("TRANSFER_CONSENT_REQUIRED");
    // An organisation that never had anything to do with the request does not learn it exists.
    expect((await refused(() => propose(neighbour.token, receiver))).reason).toBe("RECORD_NOT_FOUND");
    expect((await refused(() => propose(anna.token, receiver))).reason).toBe("ROLE_NOT_ALLOWED");
  });

  test("the owner sees the organisations near the new place, nearest first, not itself or far ones", async () => {
    const { transferTargets } = await ok(
      server.url,
      `query($r: ID!) { transferTargets(requestId: $r) { organisation { id } distanceKm } }`,
      { r: requestId },
      owner.token,
    );
    const ids = transferTargets.map((t: { organisation: { id: string } }) => t.organisation.id);
    expect(ids).toContain(receiver.id);
    expect(ids).not.toContain(owner.id);
    expect(ids).not.toContain(utrecht.id);
  });

  test("proposed with consent: PENDING, consent recorded by whom and when, the receiver notified; a second one waits behind it", async () => {
    sameDay = (await world.declare(anna, annaAssignment, TODAY, 1)).id;
    const { proposeTransfer } = await ok(server.url, PROPOSE, { i: { requestId, toOrganisationId: receiver.id, consent: true } }, owner.token);
    transferId = proposeTransfer.id;
    expect(proposeTransfer).toMatchObject({
      requestId,
      state: "PENDING",
      fromOrganisation: { id: owner.id },
      toOrganisation: { id: receiver.id },
      municipality: { code: "GM0014" },
      effectiveOn: null,
      // The owner reaches its request through the transfer; the receiver does not yet (below).
      request: { id: requestId },
    });
    expect(proposeTransfer.consentAt).toEqual(expect.any(String));
    const [row] = await server.dataSource.query(`SELECT consent_recorded_by_user_id, proposed_by_user_id FROM request_transfer WHERE id = $1`, [
      Number(transferId),
    ]);
    expect(row.consent_recorded_by_user_id).toBe((await usersOf(owner))[0]);
    const offered = await messages("TRANSFER_PROPOSED", await usersOf(receiver));
    expect(offered).toHaveLength(1);
    expect(offered[0].body).toContain("Groningen");
    expect((await refused(() => propose(owner.token, receiver))).reason).toBe("TRANSFER_ALREADY_PENDING");
  });

  test("the receiver sees it among its incoming transfers, without the request itself", async () => {
    const { requestTransfers } = await ok(server.url, LIST, { f: { incoming: true } }, receiver.token);
    expect(requestTransfers.items.map((t: { id: string }) => t.id)).toEqual([transferId]);
    expect(requestTransfers.items[0]).toMatchObject({ request: null, caseReference: expect.any(String), languages: [{ code: "tir" }] });
    expect((await ok(server.url, LIST, { f: { incoming: true } }, neighbour.token)).requestTransfers.total).toBe(0);
  });

  test("only the receiver answers, only the proposer withdraws", async () => {
    expect((await refused(() => accept(owner.token, transferId))).reason).toBe("NOT_THE_RECEIVER");
    expect((await refused(() => decline(owner.token, transferId))).reason).toBe("NOT_THE_RECEIVER");
    expect((await refused(() => withdraw(receiver.token, transferId))).reason).toBe("NOT_THE_PROPOSER");
    expect((await refused(() => accept(neighbour.token, transferId))).reason).toBe("RECORD_NOT_FOUND");
  });

  test("declined with a reason code and a note: DECLINED, the owner told why; a declined transfer cannot be answered again", async () => {
    const { declineTransfer } = await ok(
      server.url,
      DECLINE,
      { id: transferId, i: { reason: "NO_CAPACITY", note: "Wachtlijst tot september" } },
      receiver.token,
    );
    expect(declineTransfer).toMatchObject({ state: "DECLINED", declineReason: "NO_CAPACITY", declineNote: "Wachtlijst tot september", effectiveOn: null });
    const told = await messages("TRANSFER_ANSWERED", await usersOf(owner));
    expect(told).toHaveLength(1);
    expect(told[0].body).toContain("Wachtlijst tot september");
    expect(await refused(() => accept(receiver.token, transferId))).toMatchObject({ reason: "TRANSFER_NOT_PENDING", params: { state: "DECLINED" } });
    expect((await refused(() => withdraw(owner.token, transferId))).reason).toBe("TRANSFER_NOT_PENDING");
    // Once involved, the receiver is told it is not the owner rather than that the request does not exist.
    expect((await refused(() => propose(receiver.token, owner))).reason).toBe("NOT_THE_OWNER");
  });

  test("a bad decline (no reason code, a note too long) is refused and changes nothing", async () => {
    const { proposeTransfer } = await ok(server.url, PROPOSE, { i: { requestId, toOrganisationId: receiver.id, consent: true } }, owner.token);
    transferId = proposeTransfer.id;
    expect((await refused(() => decline(receiver.token, transferId, "BUSY"))).reason).toBe("INVALID_INPUT");
    expect((await refused(() => decline(receiver.token, transferId, "OTHER", "x".repeat(501)))).reason).toBe("TEXT_TOO_LONG");
  });

  test("withdrawn by the proposer: WITHDRAWN, the receiver told", async () => {
    const { withdrawTransfer } = await ok(server.url, WITHDRAW, { id: transferId }, owner.token);
    expect(withdrawTransfer.state).toBe("WITHDRAWN");
    expect(await messages("TRANSFER_ANSWERED", await usersOf(receiver))).toHaveLength(1);
    expect((await refused(() => accept(receiver.token, transferId))).reason).toBe("TRANSFER_NOT_PENDING");
  });

  test("the newcomer moves on to Utrecht while a transfer waits: accepting is refused; back in Groningen it succeeds", async () => {
    transferId = (await ok(server.url, PROPOSE, { i: { requestId, toOrganisationId: receiver.id, consent: true } }, owner.token)).proposeTransfer.id;
    await relocate(UTRECHT);
    expect((await refused(() => accept(receiver.token, transferId))).reason).toBe("TRANSFER_TARGET_TOO_FAR");
    await relocate(GRONINGEN);
    const { acceptTransfer } = await ok(server.url, ACCEPT, { id: transferId }, receiver.token);
    expect(acceptTransfer).toMatchObject({ state: "ACCEPTED", effectiveOn: TODAY, request: { id: requestId } });
    expect(await messages("TRANSFER_ANSWERED", await usersOf(owner))).toHaveLength(2);
    // The key person who supports the case hears who owns it now, without the case reference.
    const [kpUser] = (await server.dataSource.query(`SELECT id FROM app_user WHERE key_person_id = $1`, [Number(anna.id)])).map((r: { id: number }) => r.id);
    const moved = await messages("CASE_TRANSFERRED", [kpUser]);
    expect(moved).toHaveLength(1);
    expect(moved[0].body).toContain("Kliniek Groningen");
    expect(moved[0].body).not.toContain(acceptTransfer.caseReference);
  });

  test("the receiver owns the request now, with its ownership history; the old owner loses the request but keeps the transfer", async () => {
    const { matchRequest } = await ok(server.url, REQUEST, { id: requestId }, receiver.token);
    expect(matchRequest.organisation.id).toBe(receiver.id);
    expect(matchRequest.ownership).toEqual([
      { organisation: { id: owner.id }, from: null, until: "2025-06-15" },
      { organisation: { id: receiver.id }, from: TODAY, until: null },
    ]);
    expect(matchRequest.transfers.map((t: { state: string }) => t.state)).toEqual(["DECLINED", "WITHDRAWN", "ACCEPTED"]);
    const old = await gql(server.url, REQUEST, { id: requestId }, owner.token);
    expect(old.data?.matchRequest ?? null).toBeNull();
    const { requestTransfers } = await ok(server.url, LIST, { f: { outgoing: true, state: "ACCEPTED" } }, owner.token);
    expect(requestTransfers.items).toHaveLength(1);
    expect(requestTransfers.items[0]).toMatchObject({ id: transferId, request: null });
    // The old owner can no longer hand it on, nor record a move.
    expect((await refused(() => propose(owner.token, neighbour))).reason).toBe("NOT_THE_OWNER");
  });

  test("funding: hours before the acceptance day stay with the old owner, from that day they go to the receiver", async () => {
    expect(await funderOf(before)).toBe(`ORGANISATION:${owner.id}`);
    // Declared today before the acceptance, not yet reviewed: moved to the receiver.
    expect(await funderOf(sameDay)).toBe(`ORGANISATION:${receiver.id}`);
    const after = (await world.declare(anna, annaAssignment, TODAY, 1.5)).id;
    expect(await funderOf(after)).toBe(`ORGANISATION:${receiver.id}`);
    // Reviews follow: the old owner reviews the earlier hours, the receiver the later ones.
    expect((await refused(() => world.reviewRaw(receiver.token, before, true))).reason).toBe("NOT_THE_FUNDER");
    expect((await world.review(owner.token, before)).status).toBe("APPROVED");
    expect((await refused(() => world.reviewRaw(owner.token, after, true))).reason).toBe("NOT_THE_FUNDER");
    expect((await world.review(receiver.token, after)).status).toBe("APPROVED");
  });
});

describe("a handover: a new key person near the new place, both may declare for 14 days", () => {
  let bram: KeyPerson & { token: string };
  let bramAssignment: string;

  test("the receiver proposes a key person in Groningen, who accepts: the old one is released, both told of the overlap", async () => {
    bram = (await world.matching.keyPerson({ name: "Bram", at: GRONINGEN, languages: ["tir"], login: true })) as KeyPerson & { token: string };
    bramAssignment = (await world.matching.activeAssignment(receiver, requestId, bram)).id;
    const { matchRequest } = await ok(server.url, REQUEST, { id: requestId }, receiver.token);
    const byId = Object.fromEntries(matchRequest.assignments.map((a: { id: string }) => [a.id, a]));
    expect(byId[annaAssignment].status).toBe("COMPLETED");
    expect(byId[bramAssignment].status).toBe("ACTIVE");
    const handover = { handedOverOn: TODAY, overlapUntil: "2025-06-30", fromAssignmentId: annaAssignment, toAssignmentId: bramAssignment };
    expect(byId[annaAssignment].handovers).toEqual([handover]);
    expect(byId[bramAssignment].handovers).toEqual([handover]);
    const users = await server.dataSource.query(`SELECT id FROM app_user WHERE key_person_id = ANY($1) ORDER BY key_person_id`, [
      [Number(anna.id), Number(bram.id)],
    ]);
    expect(await messages("HANDOVER_OVERLAP", [users[0].id])).toHaveLength(1);
    expect(await messages("HANDOVER_OVERLAP", [users[1].id])).toHaveLength(1);
  });

  test("day 14 of the overlap: the old key person may still declare; day 15: refused, while the new one declares", async () => {
    await world.setClock("2025-07-01T10:00:00Z");
    await world.matching.relogin(receiver, bram);
    const day14 = await world.declare(anna, annaAssignment, "2025-06-30", 1);
    expect(day14.status).toBe("SUBMITTED");
    expect(await funderOf(day14.id)).toBe(`ORGANISATION:${receiver.id}`);
    const day15 = await refused(() => world.declareRaw(anna, annaAssignment, { date: "2025-07-01", hours: 1 }));
    expect(day15).toMatchObject({ reason: "ASSIGNMENT_NOT_ACTIVE_ON_DATE", field: "date" });
    expect((await world.declare(bram, bramAssignment, "2025-07-01", 1)).status).toBe("SUBMITTED");
    expect((await world.declare(bram, bramAssignment, "2025-06-30", 1)).status).toBe("SUBMITTED");
  });
});
