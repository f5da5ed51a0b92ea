// The audit log as the national coordinator browses it: every filter of AuditFilter
// narrows to the entries it names, newest first, a page at a time; bad filters are
// refused rather than ignored.
import { CREATE_KEY_PERSON, keyPersonInput, type DemoRole, startDemoServer } from "../support/fixtures";
import { errorCode, ok } from "../support/graphql";
import type { TestServer } from "../support/server";

let server: TestServer;
let tokens: Record<DemoRole, string>;
let coordinatorId: string;

beforeAll(async () => {
  ({ server, tokens } = await startDemoServer());
  coordinatorId = (await ok(server.url, `{ me { id } }`, {}, tokens.COORDINATOR)).me.id;
});
afterAll(async () => {
  await server?.stop();
});

const LOG = `query($filter: AuditFilter, $page: Int, $perPage: Int) {
  auditLog(filter: $filter, page: $page, perPage: $perPage) { total items { id at action entityType entityId actorRole actor { id email } detail } }
}`;
type Entry = {
  id: string;
  at: string;
  action: string;
  entityType: string;
  entityId: string | null;
  actorRole: string | null;
  actor: { id: string; email: string } | null;
  detail: Record<string, unknown>;
};
const log = async (filter: Record<string, unknown> | null, page = 1, perPage = 25): Promise<{ total: number; items: Entry[] }> =>
  (await ok(server.url, LOG, { filter, page, perPage }, tokens.COORDINATOR)).auditLog;

const SET_STATUS = `mutation($id: ID!, $status: KeyPersonStatus!) { setKeyPersonStatus(id: $id, status: $status) { id status } }`;

test("each filter narrows to the entries it names; newest first; pages do not overlap", async () => {
  const created = await ok(server.url, CREATE_KEY_PERSON, { input: keyPersonInput() }, tokens.COORDINATOR);
  const id = created.createKeyPerson.id;
  await ok(server.url, SET_STATUS, { id, status: "PAUSED" }, tokens.COORDINATOR);
  await ok(server.url, SET_STATUS, { id, status: "ACTIVE" }, tokens.COORDINATOR);

  const forRecord = await log({ entityType: "KeyPerson", entityId: id });
  expect(forRecord.items.map((e) => e.action)).toEqual(["setKeyPersonStatus", "setKeyPersonStatus", "createKeyPerson"]);
  expect(forRecord.total).toBe(3);
  for (const entry of forRecord.items) {
    expect(entry).toMatchObject({
      entityType: "KeyPerson",
      entityId: id,
      actorRole: "COORDINATOR",
      actor: { id: coordinatorId, email: "coordinator@sleutelkaart.demo" },
    });
  }
  const ids = forRecord.items.map((e) => Number(e.id));
  expect([...ids].sort((a, b) => b - a)).toEqual(ids);

  const statusChanges = await log({ action: "setKeyPersonStatus", entityId: id });
  expect(statusChanges.items.map((e) => e.detail)).toEqual(
    [
      { from: "PAUSED", to: "ACTIVE" },
      { from: "ACTIVE", to: "PAUSED" },
    ].map((d) => expect.objectContaining(d)),
  );

  // From is inclusive, to exclusive: the millisecond of the creation holds the creation,
  // and whatever lies after the newest entry holds nothing.
  const creation = forRecord.items[2];
  const creationMs = Date.parse(creation.at);
  const window = await log({ entityId: id, from: creation.at, to: new Date(creationMs + 1).toISOString() });
  expect(window.items.map((e) => e.action)).toContain("createKeyPerson");
  for (const entry of window.items) expect(Date.parse(entry.at)).toBe(creationMs);
  expect((await log({ entityId: id, to: creation.at })).total).toBe(0);
  expect((await log({ entityId: id, from: new Date(Date.parse(forRecord.items[0].at) + 1).toISOString() })).total).toBe(0);

  const byCoordinator = await log({ actorUserId: coordinatorId });
  expect(byCoordinator.total).toBeGreaterThanOrEqual(3);
  expect(byCoordinator.items.every((e) => e.actor?.id === coordinatorId)).toBe(true);

  const first = await log({ entityId: id }, 1, 2);
  const second = await log({ entityId: id }, 2, 2);
  expect(first.total).toBe(3);
  expect([...first.items, ...second.items].map((e) => e.id)).toEqual(forRecord.items.map((e) => e.id));
});

test("a filter that matches nothing gives nothing, not the whole log", async () => {
  expect(await log({ action: "noSuchAction" })).toEqual({ total: 0, items: [] });
  expect(await log({ actorUserId: "999999" })).toEqual({ total: 0, items: [] });
});

test.each([
  ["an actor id that is not a number", { actorUserId: "abc" }],
  ["an actor id with SQL in it", { actorUserId: "1 OR 1=1" }],
])("%s is refused with BAD_USER_INPUT", async (_label, filter) => {
  expect(await errorCode(server.url, LOG, { filter }, tokens.COORDINATOR)).toBe("BAD_USER_INPUT");
});

test.each<[string, DemoRole, string]>([
  ["a regional coordinator", "REGIONAL_COORDINATOR", "FORBIDDEN"],
  ["an organisation", "ORGANISATION", "FORBIDDEN"],
  ["a key person", "KEY_PERSON", "FORBIDDEN"],
])("%s may not read the log", async (_label, role, code) => {
  expect(await errorCode(server.url, LOG, { filter: null }, tokens[role])).toBe(code);
});

test("entries name who acted and the record, through the loaders; an erased key person is shown as erased, not by name", async () => {
  const NAMES = `query($filter: AuditFilter) { auditLog(filter: $filter) { items { action actorName entityName entityErased } } }`;
  const names = async (filter: Record<string, unknown>) =>
    (await ok(server.url, NAMES, { filter }, tokens.COORDINATOR)).auditLog.items as {
      action: string;
      actorName: string | null;
      entityName: string | null;
      entityErased: boolean;
    }[];
  const created = await ok(server.url, CREATE_KEY_PERSON, { input: keyPersonInput({ displayName: "Hawa Audit" }) }, tokens.COORDINATOR);
  const id = created.createKeyPerson.id;

  const before = await names({ entityType: "KeyPerson", entityId: id });
  expect(before).toEqual([{ action: "createKeyPerson", actorName: "coordinator@sleutelkaart.demo", entityName: "Hawa Audit", entityErased: false }]);

  await ok(server.url, `mutation($k: ID!, $c: String!) { eraseKeyPerson(keyPersonId: $k, confirm: $c) }`, { k: id, c: "Hawa Audit" }, tokens.COORDINATOR);
  const after = await names({ entityType: "KeyPerson", entityId: id });
  expect(after.map((e) => e.action)).toEqual(["eraseKeyPerson", "createKeyPerson"]);
  for (const entry of after) expect(entry).toMatchObject({ entityName: null, entityErased: true });
  expect(JSON.stringify(after)).not.toContain("Hawa");
});
