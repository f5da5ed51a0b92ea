import { spawnSync } from "node:child_process";
import path from "node:path";

// The console's GraphQL documents are checked against the committed schema/schema.graphql
// without a server or a browser: GraphQL Code Generator (codegen.ts) validates every
// document and compares what it would write with the committed admin/src/gql and
// admin/src/public/gql. A document that does not validate, or a generated file that is
// stale (a document or the schema changed without `npm run codegen`), fails here.
test("every console document validates against schema/schema.graphql and admin/src/gql is up to date (run `npm run codegen`)", () => {
  const root = path.resolve(__dirname, "../..");
  const cli = path.join(root, "node_modules/@graphql-codegen/cli/cjs/bin.js");
  const run = spawnSync(process.execPath, [cli, "--check", "--errors-only"], { cwd: root, encoding: "utf8", env: { ...process.env, CI: "true" } });
  const output = `${run.stdout}\n${run.stderr}`.trim();
  expect({ exitCode: run.status, output: run.status === 0 ? "" : output }).toEqual({ exitCode: 0, output: "" });
});
