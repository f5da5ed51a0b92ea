import { createHmac, timingSafeEqual } from "node:crypto";
import { SignJWT } from "jose";

const ISSUER = "sleutelkaart";

/** What a valid token says: whose it is, and the session version it was signed with. */
export interface TokenClaims {
  userId: number;
  version: number;
}

/** JSON of one base64url part of a token; null if it is not a JSON object. */
function jsonPart(part: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, "base64url").toString("utf8"));
    return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

const isNumber = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);

export class TokenService {
  private readonly key: Uint8Array;
  constructor(
    secret: string,
    private readonly ttlSeconds: number,
  ) {
    this.key = new TextEncoder().encode(secret);
  }

  /** `version`: the user's token version now; raising it in the user row ends this session. */
  sign(userId: number, now: Date, version: number): Promise<string> {
    const issuedAt = Math.floor(now.getTime() / 1000);
    return new SignJWT({ ver: version })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject(String(userId))
      .setIssuer(ISSUER)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + this.ttlSeconds)
      .sign(this.key);
  }

  /**
   * The claims of a valid, unexpired token that has an expiry and a version; null for
   * anything else. Checked on every request, so synchronously with node:crypto's HMAC (jose's
   * WebCrypto path is asynchronous and dearer, issue 21), and as strictly as jose's
   * jwtVerify with these options was: a compact JWS whose header says HS256 and nothing
   * critical, the signature compared in constant time over its canonical encoding, the
   * issuer ours, exp in the future, iat and exp and nbf (when there) numbers, nbf not in
   * the future, sub and ver present.
   */
  verify(token: string, now: Date): TokenClaims | null {
    const parts = token.split(".");
    if (parts.length !== 3) return null;
    const [headerPart, payloadPart, signature] = parts;
    const expected = Buffer.from(createHmac("sha256", this.key).update(`${headerPart}.${payloadPart}`).digest("base64url"));
    const given = Buffer.from(signature);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    const header = jsonPart(headerPart);
    if (header?.alg !== "HS256" || header.crit !== undefined || header.b64 !== undefined) return null;
    const payload = jsonPart(payloadPart);
    if (payload === null || payload.iss !== ISSUER) return null;
    const { exp, iat, nbf, sub, ver } = payload;
    const seconds = Math.floor(now.getTime() / 1000);
    // A token without exp would never end: refused.
    if (!isNumber(exp) || !isNumber(iat) || sub === undefined || ver === undefined) return null;
    if (exp <= seconds || (nbf !== undefined && (!isNumber(nbf) || nbf > seconds))) return null;
    const userId = Number(sub);
    return typeof sub === "string" && Number.isInteger(userId) && Number.isInteger(ver) ? { userId, version: ver as number } : null;
  }
}
