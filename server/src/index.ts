import "reflect-metadata";
import { ConfigError, loadConfig } from "./config";
import { EmbeddedPostgresError } from "./db/embedded";
import { startServer } from "./server";

async function main() {
  const config = loadConfig();
  const server = await startServer(config);
  console.log(`\nSleutelkaart is running: ${server.url}  (GraphQL: ${server.url}/graphql)`);
  if (server.demoLogins.length) {
    console.log("Demo logins:");
    for (const login of server.demoLogins) console.log(`  ${login.role.padEnd(20)} ${login.email.padEnd(36)} ${login.password}`);
  }
  console.log("Stop with Ctrl-C.\n");

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: finishing requests in flight, then stopping …`);
    try {
      await server.stop();
      process.exit(0);
    } catch (error) {
      console.error(error);
      process.exit(1);
    }
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void shutdown(signal));
}

main().catch((error) => {
  const code = (error as { code?: unknown })?.code;
  if (error instanceof ConfigError) console.error(`Configuration error: ${error.message}`);
  else if (error instanceof EmbeddedPostgresError) console.error(error.message);
  else if (code === "EADDRINUSE") {
    const { port } = error as { port?: number };
    console.error(
      `Port ${port} is already in use, perhaps by another Sleutelkaart: stop that one, or choose another port, e.g. PORT=${(port ?? 4000) + 1} npm start`,
    );
  } else console.error(error);
  process.exit(1);
});
