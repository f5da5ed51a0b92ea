// `npm run simulate -- --seed 42 --weeks 52 --key-persons 1000`: builds the server (and
// the simulation, compiled by the same tsconfig) when stale, then runs
// dist/bench/simulate.js with the arguments. See docs/simulation.md.
import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { buildServerIfStale, root } from "./build-if-stale.mjs";

buildServerIfStale();
const compiled = path.join(root, "dist", "bench", "simulate.js");
const mtime = (file) => (existsSync(file) ? statSync(file).mtimeMs : 0);
if (["simulate.ts", "support.ts"].some((file) => mtime(path.join(root, "bench", file)) > mtime(compiled))) {
  console.log("Building the simulation …");
  const build = spawnSync(process.execPath, [path.join(root, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.json"], { cwd: root, stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const result = spawnSync(process.execPath, [compiled, ...process.argv.slice(2)], { cwd: root, stdio: "inherit" });
process.exit(result.status ?? 1);
