import { createHmac, timingSafeEqual } from "node:crypto";

// A feedback link names its assignment and is signed, so nothing about it is stored: the
// key person's console shows the same link every time, and an answer is kept under a
// second keyed hash that cannot be turned back into the assignment.

const TOKEN = /^(\d{1,10})\.([A-Za-z0-9_-]{22})$/;

export class FeedbackTokens {
  private readonly key: Buffer;

  constructor(secret: string) {
    // A key of its own, so a feedback link can never pass as any other token signed with the secret.
    this.key = createHmac("sha256", secret).update("sleutelkaart feedback links").digest();
  }

  private mac(purpose: string, assignmentId: number): Buffer {
    return createHmac("sha256", this.key).update(`${purpose}:${assignmentId}`).digest();
  }

  token(assignmentId: number): string {
    return `${assignmentId}.${this.mac("link", assignmentId).subarray(0, 16).toString("base64url")}`;
  }

  /** The assignment a well-formed, correctly signed token names; null otherwise. */
  assignmentOf(token: string): number | null {
    const match = TOKEN.exec(token);
    if (!match) return null;
    const id = Number(match[1]);
    const expected = this.mac("link", id).subarray(0, 16);
    const given = Buffer.from(match[2], "base64url");
    return given.length === expected.length && timingSafeEqual(given, expected) ? id : null;
  }

  /** One answer per link: the answer row keeps this, not the assignment. */
  answerKey(assignmentId: number): string {
    return this.mac("answer", assignmentId).toString("hex");
  }

  /** A monthly quota key for a key person's anonymous signals: changes every month, names no signal. */
  signalQuotaKey(keyPersonId: number, month: string): string {
    return createHmac("sha256", this.key).update(`signals:${keyPersonId}:${month}`).digest("hex");
  }
}

/** The newcomer's page: `${PUBLIC_URL}/kaart/feedback/<token>`, in a language when given (`?lang=`). */
export function feedbackUrl(baseUrl: string, token: string, language: string | null): string {
  const url = `${baseUrl.replace(/\/+$/, "")}/kaart/feedback/${token}`;
  return language ? `${url}?lang=${encodeURIComponent(language)}` : url;
}
