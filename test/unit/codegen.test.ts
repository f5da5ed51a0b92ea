import "reflect-metadata";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import { buildSchema, parse, validate, type ValidationRule } from "graphql";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import * as consoleDocuments from "../../admin/src/gql/graphql";
import * as publicMapDocuments from "../../admin/src/public/gql/graphql";
import { QUERY_LIMITS } from "../../server/src/app";

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

// The server bounds every operation (QUERY_LIMITS: depth, tokens, aliases, cost), and
// counts a fragment spread as a level of depth: a document that passes the schema can
// still be refused at run time. Each console document passes the same bounds here.
describe("every console document passes the server's query limits", () => {
  const schema = buildSchema(readFileSync(path.join(__dirname, "../../schema/schema.graphql"), "utf8"));
  const rules = new ApolloArmor(QUERY_LIMITS).protect().validationRules as ValidationRule[];
  const documents = [
    ...Object.entries(consoleDocuments).filter(([, value]) => value instanceof consoleDocuments.TypedDocumentString),
    ...Object.entries(publicMapDocuments).filter(([, value]) => value instanceof publicMapDocuments.TypedDocumentString),
  ].map(([name, document]) => [name, String(document)] as const);

  test("there are documents to check", () => {
    expect(documents.length).toBeGreaterThan(40);
  });

  test.each(documents)("%s", (_name, text) => {
    const document = parse(text, { maxTokens: QUERY_LIMITS.maxTokens.n });
    expect(validate(schema, document, rules).map((error) => error.message)).toEqual([]);
  });
});
