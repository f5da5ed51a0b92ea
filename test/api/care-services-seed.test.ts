// Care services in the demo (issue 18): the national lines with their public numbers, and
// demo services in the demo region that the demo roles reach.
import { ok } from "../support/graphql";
import { startDemoServer } from "../support/fixtures";
import type { TestServer } from "../support/server";
import type { DemoRole } from "../support/fixtures";

let server: TestServer;
let tokens: Record<DemoRole, string>;
beforeAll(async () => {
  ({ server, tokens } = await startDemoServer());
});
afterAll(async () => {
  await server?.stop();
});

const LIST = `query($filter: CareServiceFilter) { careServices(filter: $filter, perPage: 100) { total items { id name nationwide anonymousLine stale canEdit phones { number } schedules { weekday opensAt closesAt } } } }`;

test("the national lines are seeded nationwide with their public numbers and hours", async () => {
  const { careServices } = await ok(server.url, LIST, { filter: { municipalityCode: "GM0363" } }, tokens.KEY_PERSON);
  // the national line, not a regional location that shares its number
  const byNumber = (number: string) =>
    careServices.items.find((s: { nationwide: boolean; phones: { number: string }[] }) => s.nationwide && s.phones.some((p) => p.number === number));
  const veiligThuis = byNumber("0800-2000");
  const csg = byNumber("0800-0188");
  const slachtofferhulp = byNumber("0900-0101");
  expect(veiligThuis).toMatchObject({ nationwide: true, anonymousLine: true, stale: false });
  expect(veiligThuis.schedules).toHaveLength(7);
  expect(csg).toMatchObject({ nationwide: true, anonymousLine: true });
  expect(csg.schedules).toHaveLength(7);
  expect(slachtofferhulp).toMatchObject({ nationwide: true, anonymousLine: false });
  expect(slachtofferhulp.schedules.map((s: { weekday: number }) => s.weekday)).toEqual([1, 2, 3, 4, 5]);
  // a key person reads but edits none
  expect(careServices.items.every((s: { canEdit: boolean }) => !s.canEdit)).toBe(true);
});

test("the demo region has demo services, some stale on the coordinators' list, and the demo organisation edits its own", async () => {
  const { careServices } = await ok(server.url, LIST, { filter: { municipalityCode: "GM0363" } }, tokens.ORGANISATION);
  const demo = careServices.items.filter((s: { name: string }) => /\(demo/.test(s.name));
  expect(demo.length).toBeGreaterThanOrEqual(3);
  expect(demo.some((s: { canEdit: boolean }) => s.canEdit)).toBe(true);
  const stale = await ok(server.url, `{ staleCareServices { id name } }`, {}, tokens.COORDINATOR);
  expect(stale.staleCareServices.length).toBeGreaterThan(0);
  const regional = await ok(server.url, `{ staleCareServices { id } }`, {}, tokens.REGIONAL_COORDINATOR);
  expect(regional.staleCareServices.length).toBeLessThanOrEqual(stale.staleCareServices.length);
});
