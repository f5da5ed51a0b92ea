import { existsSync } from "node:fs";
import path from "node:path";

let root: string | undefined;

/** The project folder (where data/ lives), found from this file whether compiled to dist/ or not. */
export function projectRoot(): string {
  if (root) return root;
  let dir = __dirname;
  while (!existsSync(path.join(dir, "data", "nl_gemeenten_2025.csv"))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error("Cannot find the project folder (data/nl_gemeenten_2025.csv)");
    dir = parent;
  }
  root = dir;
  return dir;
}
