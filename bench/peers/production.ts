// Imported first by bench/peers.ts: the libraries run as in production (the Dockerfile sets
// NODE_ENV=production), e.g. graphql-js's production instanceOf instead of its development
// checks, which cost a few per cent of a large page. The server's own configuration is
// still the benchmark's (startBenchServer passes NODE_ENV=bench to loadConfig).
process.env.NODE_ENV = "production";
