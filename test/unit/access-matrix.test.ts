// docs/access-matrix.md is generated from the table the API test runs: the two cannot drift,
// and the table has a row for every query and mutation of the schema.
import { buildSchema } from "graphql";
import { readFileSync } from "node:fs";
import path from "node:path";
import { OPERATIONS, ROLES, SCOPED, renderAccessMatrix } from "../support/access-matrix";

const root = path.join(__dirname, "../..");
const schema = buildSchema(readFileSync(path.join(root, "schema/schema.graphql"), "utf8"));

test("docs/access-matrix.md is the text generated from the table (else run `node scripts/access-matrix.mjs`)", () => {
  expect(readFileSync(path.join(root, "docs/access-matrix.md"), "utf8")).toBe(renderAccessMatrix());
});

test.each(["Query", "Mutation"] as const)("every %s field of the schema has exactly one row", (type) => {
  const fields = Object.keys((type === "Query" ? schema.getQueryType() : schema.getMutationType())!.getFields()).sort();
  const rows = OPERATIONS.filter((op) => op.type === type)
    .map((op) => op.name)
    .sort();
  expect(rows).toEqual(fields);
});

test("every row has a cell per role, and the rows naming a scope say what another's record gets", () => {
  for (const op of OPERATIONS) {
    expect(Object.keys(op.cells).sort()).toEqual([...ROLES].sort());
    const scoped = ROLES.some((role) => SCOPED.includes(op.cells[role].access));
    if (op.outside) expect([op.name, scoped]).toEqual([op.name, true]);
  }
});
