// Builds the server (tsc) and the console (vite) when their sources are newer than the
// last build, so `npm start` and `npm test` work straight after `npm install` and after
// every change, without rebuilding when nothing changed.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function newest(paths) {
  let latest = 0;
  const visit = (p) => {
    if (!existsSync(p)) return;
    const stat = statSync(p);
    if (stat.isDirectory()) for (const entry of readdirSync(p)) visit(path.join(p, entry));
    else latest = Math.max(latest, stat.mtimeMs);
  };
  paths.forEach((p) => visit(path.join(root, p)));
  return latest;
}

function builtAt(file) {
  const p = path.join(root, file);
  return existsSync(p) ? statSync(p).mtimeMs : 0;
}

function run(label, args) {
  console.log(`Building the ${label} …`);
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: "inherit" });
  if (result.status !== 0) throw new Error(`Building the ${label} failed`);
}

export function buildServerIfStale() {
  if (newest(["server/src", "migrations", "tsconfig.json"]) > builtAt("dist/server/src/index.js")) {
    run("server", [path.join(root, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.json"]);
  }
}

export function buildConsoleIfStale() {
  // server/src/domain: the console shares the server's pure rules (e.g. case-reference.ts).
  if (
    newest(["admin/src", "admin/index.html", "admin/kaart.html", "admin/vite.config.mts", "admin/public", "server/src/domain"]) >
    builtAt("admin/dist/index.html")
  ) {
    run("console", [path.join(root, "node_modules/vite/bin/vite.js"), "build", "--config", "admin/vite.config.mts", "--logLevel", "warn"]);
  }
}
