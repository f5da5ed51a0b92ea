// A visitor of the public map writes to a listed key person who takes messages (issue 19).
// Neither learns the other's address from the map: the message goes to the key person's
// account through the outbox (notify), with the address the visitor gave for the reply.
//
// Against abuse, without any outside service: a hidden field (honeypot), a signed and
// dated form token (a person needs some seconds to write; a token is good for two hours),
// length and link limits, and counts per client address and per key person kept in
// PostgreSQL (every replica sees the same ones), like the login throttle.
import { createHash, createHmac, randomBytes, randomUUID, timingSafeEqual } from "node:crypto";
import { GraphQLError } from "graphql";
import type { DataSource } from "typeorm";
import type { Clock } from "../clock";
import { staleBefore } from "../domain/freshness";
import { cleanMessage, fillTimeProblem, KEEP_SENT_DAYS, MESSAGE_MAX, messageProblem, type MessageLimits, type ReplyChannel } from "../domain/public-message";
import type { Refusal } from "../domain/reasons";
import { NotificationKind, notify } from "../notifications/notify";
import type { ReferenceData } from "../reference/reference.service";
import { BadUserInput } from "../shared/errors";
import type { PublicMessageForm } from "./public-map.entity";
import type { PublicMessageInput } from "./public-map.inputs";

const HOUR_MS = 3600_000;
const DAY_MS = 24 * HOUR_MS;

type Scope = "client" | "keyPerson";

export class PublicMessageService {
  private readonly key: Buffer;
  private sweeps = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly reference: ReferenceData,
    private readonly clock: Clock,
    secret: string,
    private readonly limits: MessageLimits & { minFillSeconds: number },
  ) {
    // Its own key, derived from the server's secret: a form token is never a login token.
    this.key = createHmac("sha256", secret).update("public-message-form").digest();
  }

  /** A new form: `<issued at, ms>.<nonce>.<signature>`. Nothing is stored. */
  form(): PublicMessageForm {
    const payload = `${this.clock.now().getTime()}.${randomBytes(9).toString("base64url")}`;
    return { token: `${payload}.${this.sign(payload)}`, minSeconds: this.limits.minFillSeconds, maxLength: MESSAGE_MAX };
  }

  private sign(payload: string): string {
    return createHmac("sha256", this.key).update(payload).digest("base64url");
  }

  /** When the form was opened, or null for a token that is not ours. */
  private issuedAt(token: string): number | null {
    const match = /^(\d{1,15})\.([A-Za-z0-9_-]{12})\.([A-Za-z0-9_-]{43})$/.exec(token);
    if (!match) return null;
    const expected = Buffer.from(this.sign(`${match[1]}.${match[2]}`));
    const given = Buffer.from(match[3]);
    return expected.length === given.length && timingSafeEqual(expected, given) ? Number(match[1]) : null;
  }

  async send(input: PublicMessageInput, clientIp: string): Promise<boolean> {
    const refuse = (refusal: Refusal): never => {
      throw new BadUserInput(`The message was not sent: ${refusal.reason}`, refusal);
    };
    const channel: ReplyChannel = input.replyChannel === "PHONE" ? "PHONE" : "EMAIL";
    const problem = messageProblem({ message: input.message, channel, reply: input.reply, trap: input.website ?? "" });
    if (problem) refuse(problem);
    const issuedAt = this.issuedAt(input.formToken);
    if (issuedAt === null) refuse({ reason: "MESSAGE_FORM_EXPIRED" });
    const timing = fillTimeProblem(issuedAt!, this.clock.now().getTime(), this.limits.minFillSeconds);
    if (timing) refuse(timing);
    const language = input.languageCode ? this.reference.languages.get(input.languageCode) : null;
    if (input.languageCode && !language)
      refuse({ reason: "UNKNOWN_CODE", field: "languageCode", params: { kind: "language", code: input.languageCode.slice(0, 10) } });
    const keyPersonId = /^\d{1,9}$/.test(input.keyPersonId) ? Number(input.keyPersonId) : null;
    if (keyPersonId === null) refuse({ reason: "KEY_PERSON_NOT_CONTACTABLE", field: "keyPersonId" });

    // Every attempt from this client counts, also one to someone who takes no messages (probing).
    await this.count("client", clientIp, this.limits.perClientPerHour, HOUR_MS);
    const now = this.clock.now();
    return this.dataSource.transaction(async (tx) => {
      const [target] = await tx.query(
        `SELECT kp.id FROM key_person kp
         WHERE kp.id = $1 AND kp.status = 'ACTIVE' AND kp.consent_listed AND kp.consent_contact AND kp.erased_at IS NULL
           AND kp.profile_confirmed_at >= $2 AND EXISTS (SELECT 1 FROM app_user u WHERE u.key_person_id = kp.id AND u.deactivated_at IS NULL)`,
        [keyPersonId, staleBefore(now)],
      );
      if (!target) refuse({ reason: "KEY_PERSON_NOT_CONTACTABLE", field: "keyPersonId" });
      await this.count("keyPerson", String(keyPersonId), this.limits.perKeyPersonPerDay, DAY_MS, tx.query.bind(tx));
      const written = await notify(tx, {
        to: { keyPerson: keyPersonId! },
        kind: NotificationKind.PUBLIC_MESSAGE,
        dedupeKey: `public-message:${randomUUID()}`,
        params: {
          message: cleanMessage(input.message),
          language: language ? { name: language.name, nameNl: language.nameNl } : null,
          channel,
          reply: input.reply.trim(),
          keepDays: KEEP_SENT_DAYS,
        },
      });
      if (written === 0) refuse({ reason: "KEY_PERSON_NOT_CONTACTABLE", field: "keyPersonId" });
      return true;
    });
  }

  /**
   * Counts one message in a fixed window for the scope's subject and throws RATE_LIMITED
   * (MESSAGE_THROTTLED) when the window is full. One statement, so simultaneous requests
   * on any replica count one after the other.
   */
  private async count(
    scope: Scope,
    subject: string,
    limit: number,
    windowMs: number,
    query: (sql: string, params: unknown[]) => Promise<{ count: number; window_started_at: Date }[]> = (sql, params) => this.dataSource.query(sql, params),
  ): Promise<void> {
    const key = createHash("sha256").update(`${scope}\u0000${subject}`).digest("hex");
    const now = this.clock.now();
    const since = new Date(now.getTime() - windowMs);
    const [row] = await query(
      `INSERT INTO public_message_throttle (key, window_started_at, count) VALUES ($1, $2, 1)
       ON CONFLICT (key) DO UPDATE SET
         count = CASE WHEN public_message_throttle.window_started_at <= $3 THEN 1 ELSE public_message_throttle.count + 1 END,
         window_started_at = CASE WHEN public_message_throttle.window_started_at <= $3 THEN $2 ELSE public_message_throttle.window_started_at END
       RETURNING count, window_started_at`,
      [key, now, since],
    );
    if (++this.sweeps % 100 === 0)
      await this.dataSource.query(`DELETE FROM public_message_throttle WHERE window_started_at < $1`, [new Date(now.getTime() - DAY_MS)]);
    if (row.count <= limit) return;
    const wait = Math.max(1, Math.ceil((new Date(row.window_started_at).getTime() + windowMs - now.getTime()) / 1000));
    throw new GraphQLError(`Too many messages ${scope === "client" ? "from your address" : "to this key person"}: wait ${wait} seconds`, {
      extensions: { code: "RATE_LIMITED", reason: "MESSAGE_THROTTLED", params: { retryAfterSeconds: wait }, retryAfterSeconds: wait },
    });
  }
}
