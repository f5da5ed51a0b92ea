// `npm test`: unit, API and browser tests. Uses DATABASE_URL when set (CI), else an
// embedded PostgreSQL. Extra arguments go to jest (e.g. `npm test -- --selectProjects unit`).
import { spawnSync } from "node:child_process";
import path from "node:path";
import { buildConsoleIfStale, buildServerIfStale, root } from "./build-if-stale.mjs";

buildConsoleIfStale(); // the browser tests drive the built console
buildServerIfStale(); // the shutdown test (test/api/faults.test.ts) runs the built server as a process
const jest = path.join(root, "node_modules/jest/bin/jest.js");
const result = spawnSync(process.execPath, [jest, "--maxWorkers=2", ...process.argv.slice(2)], { cwd: root, stdio: "inherit" });
process.exit(result.status ?? 1);
