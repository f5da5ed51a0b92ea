// `npm start`: build what is stale, then run the server (embedded PostgreSQL unless DATABASE_URL is set).
import { createRequire } from "node:module";
import path from "node:path";
import { buildConsoleIfStale, buildServerIfStale, root } from "./build-if-stale.mjs";

buildServerIfStale();
buildConsoleIfStale();
createRequire(import.meta.url)(path.join(root, "dist/server/src/index.js"));
