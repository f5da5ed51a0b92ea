// `npm run bench -- matching`: runs the named benchmarks (all of them without a name).
// Each benchmark is bench/<name>.ts, compiled with the server into dist/bench/<name>.js;
// it prints its figures and writes them to bench/results/<name>.json. Benchmarks never
// run in the test suite and never assert a time.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { buildServerIfStale, root } from "./build-if-stale.mjs";

// support.ts and country.ts are shared code; the simulation has its own script (`npm run simulate`).
const NOT_BENCHMARKS = ["support.ts", "simulate.ts", "country.ts"];
const available = readdirSync(path.join(root, "bench"))
  .filter((file) => file.endsWith(".ts") && !file.endsWith(".d.ts") && !NOT_BENCHMARKS.includes(file))
  .map((file) => file.slice(0, -".ts".length))
  .sort();
const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !available.includes(name));
if (unknown.length > 0) {
  console.error(`Unknown benchmark ${unknown.map((n) => `"${n}"`).join(", ")}; there are: ${available.join(", ")}`);
  process.exit(2);
}
const names = asked.length > 0 ? asked : available;

buildServerIfStale();
// build-if-stale watches the server's sources; the benchmarks are compiled by the same
// tsconfig, so rebuild when one of them is newer than its compiled file.
const compiled = (name) => path.join(root, "dist", "bench", `${name}.js`);
const mtime = (file) => (existsSync(file) ? statSync(file).mtimeMs : 0);
if (names.some((name) => mtime(path.join(root, "bench", `${name}.ts`)) > mtime(compiled(name)))) {
  console.log("Building the benchmarks …");
  const build = spawnSync(process.execPath, [path.join(root, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.json"], { cwd: root, stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

let failed = false;
for (const name of names) {
  console.log(`\n== bench: ${name} ==`);
  const result = spawnSync(process.execPath, [compiled(name)], { cwd: root, stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`Benchmark ${name} failed (exit ${result.status ?? result.signal})`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
