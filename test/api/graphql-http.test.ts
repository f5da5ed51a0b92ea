// The GraphQL over HTTP specification, as audited by the graphql-http package: every
// MUST holds for /graphql. (SHOULD and MAY are recommendations and are not asserted.)
import { serverAudits } from "graphql-http";
import { startTestServer, type TestServer } from "../support/server";

jest.setTimeout(60_000);

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ seedDemo: false });
});
afterAll(async () => {
  await server?.stop();
});

const audits = serverAudits({ url: () => `${server.url}/graphql`, fetchFn: fetch });
const must = audits.filter((audit) => audit.name.startsWith("MUST"));

test("the audits include MUSTs to check", () => {
  expect(must.length).toBeGreaterThan(5);
});

test.each(must.map((audit) => [audit.name, audit] as const))("%s", async (_name, audit) => {
  const result = await audit.fn();
  if (result.status !== "ok") {
    throw new Error(`${result.reason}\n${"response" in result ? JSON.stringify(await describe(result.response)) : ""}`);
  }
});

async function describe(response: Response) {
  const body = await response
    .clone()
    .text()
    .catch(() => "");
  return { status: response.status, contentType: response.headers.get("content-type"), body: body.slice(0, 500) };
}
