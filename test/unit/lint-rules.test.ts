// The dependency rules of docs/architecture.md run in `npm run lint`: ESLint fails when
// server/src/domain/ imports anything outside itself, or when the console imports server
// code other than domain/ and the import report's types. Each case lints one snippet as
// if it stood at that path, with the project's own eslint.config.mjs.
import { spawnSync } from "node:child_process";
import path from "node:path";

jest.setTimeout(120_000);

const root = path.join(__dirname, "../..");

// ESLint loads its flat config as an ES module, which Jest's module system does not: the
// snippets are linted by one child process with ESLint's own API.
const LINT = `
  import { ESLint } from "eslint";
  const cases = JSON.parse(process.argv[1]);
  const eslint = new ESLint({ cwd: process.cwd() });
  const out = [];
  for (const { filePath, source } of cases) {
    const [result] = await eslint.lintText(source, { filePath });
    out.push(result.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message));
  }
  process.stdout.write(JSON.stringify(out));
`;

function restrictedImports(cases: { filePath: string; source: string }[]): string[][] {
  const run = spawnSync(process.execPath, ["--input-type=module", "-e", LINT, JSON.stringify(cases)], { cwd: root, encoding: "utf8" });
  if (run.status !== 0) throw new Error(`eslint failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as string[][];
}

const CASES: [string, string, string, boolean][] = [
  ["domain imports a sibling", "server/src/domain/example.ts", 'import { workload } from "./workload";', false],
  ["domain imports a type from a sibling", "server/src/domain/example.ts", 'import type { Actor } from "./access";', false],
  ["domain imports another server folder", "server/src/domain/example.ts", 'import { BadUserInput } from "../shared/errors";', true],
  ["domain imports a framework", "server/src/domain/example.ts", 'import { Field } from "type-graphql";', true],
  ["domain imports a Node module", "server/src/domain/example.ts", 'import { readFileSync } from "node:fs";', true],
  ["domain re-exports from outside", "server/src/domain/example.ts", 'export { parseId } from "../shared/ids";', true],
  ["the console imports the pure domain", "admin/src/example/Example.tsx", 'import { HARD_RULES } from "../../../server/src/domain/matching";', false],
  [
    "the console imports the report types",
    "admin/src/example/Example.tsx",
    'import type { ImportReport } from "../../../server/src/registry-import/report";',
    false,
  ],
  [
    "the console imports a server service",
    "admin/src/example/Example.tsx",
    'import { MatchingService } from "../../../server/src/matching/matching.service";',
    true,
  ],
  [
    "the console imports a server entity as a type",
    "admin/src/example/Example.tsx",
    'import type { KeyPerson } from "../../../server/src/registry/registry.entity";',
    true,
  ],
  [
    "the console imports another registry-import module",
    "admin/src/example/Example.tsx",
    'import { COLUMNS } from "../../../server/src/registry-import/columns";',
    true,
  ],
  ["the server may import what it likes", "server/src/matching/example.ts", 'import { BadUserInput } from "../shared/errors";', false],
];

let results: string[][];
beforeAll(() => {
  results = restrictedImports(CASES.map(([, filePath, source]) => ({ filePath, source: `${source}\nexport const used = 1;\n` })));
});

test.each(CASES.map((c, i) => [...c, i] as const))("%s: refused = %s", (_case, _filePath, _source, refused, i) => {
  const messages = results[i];
  expect(messages.length > 0).toBe(refused);
  if (refused) expect(messages[0]).toMatch(/docs\/architecture\.md/);
});
