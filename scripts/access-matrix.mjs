// Writes docs/access-matrix.md from the table in test/support/access-matrix.ts (the one
// source of truth; the API test runs every cell of it). `--check`: exit 1 when the file is stale.
import { transformFileSync } from "@swc/core";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const source = path.join(root, "test/support/access-matrix.ts");
const target = path.join(root, "docs/access-matrix.md");

// The data file has no runtime imports: compiled on its own, it loads as a module.
const { code } = transformFileSync(source, { jsc: { parser: { syntax: "typescript" }, target: "es2022" }, module: { type: "es6" } });
const { renderAccessMatrix } = await import(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`);
const text = renderAccessMatrix();

if (process.argv.includes("--check")) {
  const current = readFileSync(target, "utf8");
  if (current !== text) {
    console.error("docs/access-matrix.md is stale: run `node scripts/access-matrix.mjs`");
    process.exit(1);
  }
  console.log("docs/access-matrix.md is up to date");
} else {
  writeFileSync(target, text);
  console.log(`Wrote ${path.relative(root, target)}`);
}
