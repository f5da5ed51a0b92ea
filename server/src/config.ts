import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { isIP } from "node:net";
import path from "node:path";
import { passwordProblem } from "./auth/password-policy";
import { projectRoot } from "./shared/paths";

/** Every setting the process reads from its environment, validated in one place. */
export interface Config {
  port: number;
  host: string;
  databaseUrl: string | null; // null: start the embedded PostgreSQL in dataDir
  dataDir: string;
  production: boolean;
  seedDemo: boolean;
  adminEmail: string | null;
  adminPassword: string | null;
  jwtSecret: string;
  tokenTtlSeconds: number;
  corsOrigins: string[];
  /** Requests per minute one client may make without logging in (the public map). */
  publicRateLimit: number;
  /**
   * Failed logins allowed before each further one makes the next attempt wait (1 s, 2 s,
   * 4 s … up to 15 minutes): per account and client together, per account from clients
   * that never logged in to it, per client over all accounts. See docs/security.md.
   */
  loginFailures: { perAccount: number; perClient: number; perAccountClient: number };
  /** argon2 memory in KiB for new password hashes; null: the library's safe default. Only for tests. */
  argon2MemoryKib: number | null;
  /**
   * Which proxies' X-Forwarded-For to believe (Express "trust proxy"): false (none, the
   * default), a hop count (1: the one proxy in front, as in docker-compose.yml), or the
   * proxies' addresses/subnets. Never "everyone": a client could then name any address.
   */
  trustProxy: false | number | string[];
  /** E-mail: the SMTP server (smtp:// or smtps://), null: mails are kept in the outbox (HELD); the sender; the console's address for links. */
  mail: { smtpUrl: string | null; from: string | null; publicUrl: string };
  /** Issue 19, messages through the public map: per client address per hour, per key person per day, and the least seconds to fill in the form. */
  publicMessages: { perClientPerHour: number; perKeyPersonPerDay: number; minFillSeconds: number };
  /** Care (issue 17): the TrueType font embedded in recognition statements (STATEMENT_FONT); Debian's DejaVu Sans by default, Helvetica when absent. */
  statementFont: string;
  /**
   * Care (issue 17): whether the ranking applies the care rules (domain/matching.ts
   * CARE_RULES: the AMBER penalty and limit, the load term's memory). True by default;
   * CARE_IN_RANKING=false ranks as before issue 17, for the simulation's "before" runs.
   */
  careInRanking: boolean;
}

export class ConfigError extends Error {}

function parseBoolean(name: string, value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === "") return fallback;
  if (/^(true|1|yes)$/i.test(value)) return true;
  if (/^(false|0|no)$/i.test(value)) return false;
  throw new ConfigError(`${name} must be true or false, got "${value}"`);
}

function parsePort(value: string | undefined): number {
  if (value === undefined || value === "") return 4000;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be a whole number from 0 to 65535, got "${value}"`);
  }
  return port;
}

function parsePositive(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === "") return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new ConfigError(`${name} must be a whole number of at least 1, got "${value}"`);
  return number;
}

/** An SMTP URL shown without its password, so an error message never leaks it. */
function redactUrl(value: string): string {
  return value.replace(/^([a-z]+:\/\/[^:@/]*:)[^@/]*@/i, "$1***@");
}

function parseSmtpUrl(value: string | undefined): string | null {
  if (value === undefined || value.trim() === "") return null;
  const hint = "expected smtp://user:password@host:587 or smtps://user:password@host:465";
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new ConfigError(`SMTP_URL is not a URL (${hint}), got "${redactUrl(value)}"`);
  }
  if (url.protocol !== "smtp:" && url.protocol !== "smtps:") {
    throw new ConfigError(`SMTP_URL must start with smtp:// or smtps:// (${hint}), got "${redactUrl(value)}"`);
  }
  if (!url.hostname) throw new ConfigError(`SMTP_URL names no host (${hint}), got "${redactUrl(value)}"`);
  return value.trim();
}

/** "Name <address>" or a bare address, on one line. */
function parseMailFrom(value: string | undefined, smtpUrl: string | null): string | null {
  const from = value?.trim() || null;
  if (from === null) {
    if (smtpUrl) throw new ConfigError(`MAIL_FROM is required when SMTP_URL is set, e.g. MAIL_FROM="Sleutelkaart <noreply@example.nl>"`);
    return null;
  }
  const match = /^(?:[^<>\r\n]*<([^<>\s]+)>|([^<>\s]+))$/.exec(from);
  const address = match?.[1] ?? match?.[2] ?? "";
  if (!/^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(address) || address.length > 254) {
    throw new ConfigError(`MAIL_FROM must be an e-mail address, optionally with a name (Sleutelkaart <noreply@example.nl>), got "${from}"`);
  }
  return from;
}

function parsePublicUrl(value: string | undefined, port: number): string {
  if (value === undefined || value.trim() === "") return `http://localhost:${port}`;
  let url: URL | null = null;
  try {
    url = new URL(value.trim());
  } catch {
    // reported below
  }
  if (!url || (url.protocol !== "http:" && url.protocol !== "https:")) {
    throw new ConfigError(`PUBLIC_URL must be the http(s) address people open the console at, e.g. https://sleutelkaart.example.nl, got "${value}"`);
  }
  return url.toString().replace(/\/+$/, "");
}

/** Express's names for address ranges, usable in TRUST_PROXY besides addresses and subnets. */
const PROXY_RANGES = new Set(["loopback", "linklocal", "uniquelocal"]);

function parseTrustProxy(value: string | undefined): false | number | string[] {
  const text = value?.trim() ?? "";
  if (text === "" || /^(false|0|no)$/i.test(text)) return false;
  const hint =
    "a hop count (1: the one proxy in front of the app) or a comma-separated list of the proxies' addresses or subnets (10.0.0.2, 172.16.0.0/12, loopback)";
  if (/^(true|yes)$/i.test(text)) {
    throw new ConfigError(`TRUST_PROXY=true would believe any client's X-Forwarded-For: give ${hint}`);
  }
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops > 10) throw new ConfigError(`TRUST_PROXY must be ${hint}, got "${value}"`);
    return hops;
  }
  const entries = text
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  for (const entry of entries) {
    const [address, bits, extra] = entry.split("/");
    const version = isIP(address);
    const bitsOk = bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (version === 6 ? 128 : 32));
    if (!PROXY_RANGES.has(entry) && (version === 0 || !bitsOk || extra !== undefined)) {
      throw new ConfigError(`TRUST_PROXY must be ${hint}; "${entry}" is none of these`);
    }
  }
  return entries;
}

/** Development keeps one generated secret in the data folder so tokens survive a restart. */
function developmentSecret(dataDir: string): string {
  const file = path.join(dataDir, "jwt-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const production = env.NODE_ENV === "production";
  const dataDir = path.resolve(env.DATA_DIR || path.join(projectRoot(), ".data"));
  const jwtSecret = env.JWT_SECRET || "";
  if (production && jwtSecret.length < 32) {
    throw new ConfigError("JWT_SECRET is required in production and must be at least 32 characters");
  }
  if (production && env.ARGON2_MEMORY_KIB && Number(env.ARGON2_MEMORY_KIB) < 19_456) {
    throw new ConfigError("ARGON2_MEMORY_KIB below 19456 (19 MiB) is for tests only, never production");
  }
  const adminEmail = env.ADMIN_EMAIL?.trim() || null;
  const adminPassword = env.ADMIN_PASSWORD || null;
  if ((adminEmail === null) !== (adminPassword === null)) {
    throw new ConfigError("Set ADMIN_EMAIL and ADMIN_PASSWORD together, or neither");
  }
  const adminProblem = adminPassword === null ? null : passwordProblem(adminPassword, adminEmail ? [adminEmail] : []);
  if (adminProblem) throw new ConfigError(`ADMIN_PASSWORD: ${adminProblem.message}`);
  const port = parsePort(env.PORT);
  const smtpUrl = parseSmtpUrl(env.SMTP_URL);
  return {
    port,
    // Development listens on this machine only; a container must listen on all interfaces.
    host: env.HOST || (production ? "0.0.0.0" : "127.0.0.1"),
    databaseUrl: env.DATABASE_URL || null,
    dataDir,
    production,
    seedDemo: parseBoolean("SEED_DEMO", env.SEED_DEMO, !production),
    adminEmail,
    adminPassword,
    jwtSecret: jwtSecret || developmentSecret(dataDir),
    tokenTtlSeconds: 12 * 60 * 60,
    publicRateLimit: parsePositive("PUBLIC_RATE_LIMIT", env.PUBLIC_RATE_LIMIT, 120),
    loginFailures: {
      perAccount: parsePositive("LOGIN_MAX_FAILURES_PER_ACCOUNT", env.LOGIN_MAX_FAILURES_PER_ACCOUNT, 10),
      perClient: parsePositive("LOGIN_MAX_FAILURES_PER_CLIENT", env.LOGIN_MAX_FAILURES_PER_CLIENT, 30),
      perAccountClient: parsePositive("LOGIN_MAX_FAILURES_PER_ACCOUNT_CLIENT", env.LOGIN_MAX_FAILURES_PER_ACCOUNT_CLIENT, 3),
    },
    argon2MemoryKib: env.ARGON2_MEMORY_KIB ? parsePositive("ARGON2_MEMORY_KIB", env.ARGON2_MEMORY_KIB, 65536) : null,
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    corsOrigins: (env.CORS_ORIGINS || "")
      .split(",")
      .map((o) => o.trim())
      .filter(Boolean),
    mail: { smtpUrl, from: parseMailFrom(env.MAIL_FROM, smtpUrl), publicUrl: parsePublicUrl(env.PUBLIC_URL, port) },
    publicMessages: {
      perClientPerHour: parsePositive("PUBLIC_MESSAGES_PER_CLIENT_PER_HOUR", env.PUBLIC_MESSAGES_PER_CLIENT_PER_HOUR, 5),
      perKeyPersonPerDay: parsePositive("PUBLIC_MESSAGES_PER_KEY_PERSON_PER_DAY", env.PUBLIC_MESSAGES_PER_KEY_PERSON_PER_DAY, 10),
      minFillSeconds: parsePositive("PUBLIC_MESSAGE_MIN_FILL_SECONDS", env.PUBLIC_MESSAGE_MIN_FILL_SECONDS, 3),
    },
    statementFont: env.STATEMENT_FONT || "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    careInRanking: parseBoolean("CARE_IN_RANKING", env.CARE_IN_RANKING, true),
  };
}
