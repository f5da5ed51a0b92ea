import { login, ok } from "../support/graphql";
import { startTestServer, type TestServer } from "../support/server";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ seedDemo: true });
});
afterAll(async () => {
  await server?.stop();
});

test("demo coordinator lists key persons", async () => {
  const token = await login(server.url, "coordinator@sleutelkaart.demo", "sleutelkaart-demo");
  const data = await ok(server.url, `{ keyPersons(perPage: 5) { total items { id displayName } } }`, {}, token);
  expect(data.keyPersons.total).toBe(300);
  expect(data.keyPersons.items).toHaveLength(5);
});
