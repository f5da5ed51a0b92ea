// What production refuses to start without, and the limits the environment sets.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ConfigError, loadConfig } from "../../server/src/config";

let dataDir: string;
beforeAll(() => {
  dataDir = mkdtempSync(path.join(tmpdir(), "sk-config-"));
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe("loadConfig", () => {
  test("production without JWT_SECRET throws", () => {
    expect(() => loadConfig({ NODE_ENV: "production" })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: "production" })).toThrow(/JWT_SECRET/);
  });

  test("production with a short JWT_SECRET throws", () => {
    expect(() => loadConfig({ NODE_ENV: "production", JWT_SECRET: "x".repeat(31) })).toThrow(/at least 32/);
  });

  test("production with a long secret: hardened defaults (no demo seed, every interface)", () => {
    const config = loadConfig({ NODE_ENV: "production", JWT_SECRET: "x".repeat(40) });
    expect(config).toMatchObject({ production: true, seedDemo: false, jwtSecret: "x".repeat(40), host: "0.0.0.0", tokenTtlSeconds: 12 * 3600 });
  });

  test("development generates a secret in the data folder and keeps it", () => {
    const first = loadConfig({ DATA_DIR: dataDir });
    expect(first.production).toBe(false);
    expect(first.jwtSecret.length).toBeGreaterThanOrEqual(32);
    expect(loadConfig({ DATA_DIR: dataDir }).jwtSecret).toBe(first.jwtSecret);
  });

  test("login throttle, CORS origins and the anonymous rate limit come from the environment", () => {
    const config = loadConfig({
      DATA_DIR: dataDir,
      LOGIN_MAX_FAILURES_PER_ACCOUNT: "3",
      LOGIN_MAX_FAILURES_PER_CLIENT: "5",
      CORS_ORIGINS: " https://a.example ,https://b.example,",
      PUBLIC_RATE_LIMIT: "7",
    });
    expect(config.loginFailures).toEqual({ perAccount: 3, perClient: 5, perAccountClient: 3 });
    expect(config.corsOrigins).toEqual(["https://a.example", "https://b.example"]);
    expect(config.publicRateLimit).toBe(7);
  });

  test.each([
    ["LOGIN_MAX_FAILURES_PER_ACCOUNT", "0"],
    ["LOGIN_MAX_FAILURES_PER_CLIENT", "many"],
    ["PUBLIC_RATE_LIMIT", "-1"],
  ])("%s=%s is refused", (name, value) => {
    expect(() => loadConfig({ DATA_DIR: dataDir, [name]: value })).toThrow(ConfigError);
  });

  test("TRUST_PROXY: a hop count or a list of addresses; `true` (trust anyone) is refused", () => {
    expect(loadConfig({ DATA_DIR: dataDir }).trustProxy).toBe(false);
    expect(loadConfig({ DATA_DIR: dataDir, TRUST_PROXY: "false" }).trustProxy).toBe(false);
    expect(loadConfig({ DATA_DIR: dataDir, TRUST_PROXY: "1" }).trustProxy).toBe(1);
    expect(loadConfig({ DATA_DIR: dataDir, TRUST_PROXY: "10.0.0.1, 172.16.0.0/12,loopback" }).trustProxy).toEqual(["10.0.0.1", "172.16.0.0/12", "loopback"]);
    for (const bad of ["true", "yes", "-1", "1.5", "10.0.0.1,evil host", "300.1.1.1"]) {
      expect(() => loadConfig({ DATA_DIR: dataDir, TRUST_PROXY: bad })).toThrow(/TRUST_PROXY/);
    }
  });

  test("ADMIN_PASSWORD follows the password rule", () => {
    expect(() => loadConfig({ DATA_DIR: dataDir, ADMIN_EMAIL: "a@example.nl", ADMIN_PASSWORD: "password1234" })).toThrow(/ADMIN_PASSWORD/);
  });
});
