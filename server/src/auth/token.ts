import { jwtVerify, SignJWT } from "jose";

const ISSUER = "sleutelkaart";

/** What a valid token says: whose it is, and the session version it was signed with. */
export interface TokenClaims {
  userId: number;
  version: number;
}

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

  /** The claims of a valid, unexpired token that has an expiry and a version; null for anything else. */
  async verify(token: string, now: Date): Promise<TokenClaims | null> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        issuer: ISSUER,
        algorithms: ["HS256"],
        currentDate: now,
        // A token without exp would never end: refused.
        requiredClaims: ["exp", "iat", "sub", "ver"],
      });
      const userId = Number(payload.sub);
      const version = payload.ver;
      return Number.isInteger(userId) && Number.isInteger(version) ? { userId, version: version as number } : null;
    } catch {
      return null;
    }
  }
}
