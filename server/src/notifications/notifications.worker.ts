// Sends the outbox. Each run takes the due PENDING rows with FOR UPDATE SKIP LOCKED and
// keeps them locked while it talks to the SMTP server, so two replicas never send the
// same row; a row is marked SENT in the same transaction. Should the process die after
// the SMTP server took a message but before that commit, the row is sent again on
// recovery with the same Message-ID (derived from the row id), which receivers and
// their mail clients recognise as the same message.
import { createTransport, type Transporter } from "nodemailer";
import type { DataSource } from "typeorm";
import type { Clock } from "../clock";
import type { Config } from "../config";
import { NotificationStatus } from "./notification.entity";

/** Attempts before a message is given up (FAILED); waits double from 1 minute: 1, 2, 4 … 64 minutes. */
export const MAX_ATTEMPTS = 8;
const BATCH = 20;
/** At most this many messages per run, so a backlog does not hold one run for long. */
const PER_RUN = 500;

export function backoffMinutes(attempts: number): number {
  return 2 ** Math.max(0, attempts - 1);
}

export interface DeliveryResult {
  sent: number;
  retrying: number;
  failed: number;
}

interface Due {
  id: number;
  user_id: number;
  email: string;
  locale: string;
  subject: string;
  body: string;
  attempts: number;
}

/** What a nodemailer error carries (nodemailer's NodemailerError, the fields read here). */
interface SmtpError {
  code?: string;
  command?: string;
  response?: string;
  responseCode?: number;
  permanent?: boolean;
  rejected?: string[];
  message?: string;
}

type Outcome = { sent: true } | { sent: false; error: string; permanent: boolean; bounced: boolean; unreachable: boolean };

/**
 * How an SMTP error is handled: the recipient's address refused for good (5xx to RCPT TO)
 * bounces; a message refused for good fails; anything else — the server down, a 4xx, a
 * login problem — is tried again later.
 */
export function classify(error: unknown): Exclude<Outcome, { sent: true }> {
  const e = (error ?? {}) as SmtpError;
  const code = typeof e.responseCode === "number" ? e.responseCode : null;
  const permanent = code !== null && e.code !== "EAUTH" && (e.permanent ?? (code >= 500 && code !== 503));
  const recipient = /^RCPT/i.test(e.command ?? "") || (e.rejected?.length ?? 0) > 0;
  const text = String(e.response || e.message || error)
    .replace(/\s+/g, " ")
    .trim();
  return {
    sent: false,
    error: (e.code && !text.includes(e.code) ? `${e.code}: ${text}` : text).slice(0, 1000),
    permanent: permanent && (recipient || e.code === "EMESSAGE" || e.code === "EENVELOPE"),
    bounced: permanent && recipient,
    unreachable: code === null,
  };
}

export class DeliveryWorker {
  private readonly transport: Transporter | null;
  private readonly domain: string;
  private running: Promise<DeliveryResult> | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly mail: Config["mail"],
    private readonly log: (line: string) => void,
  ) {
    this.transport = mail.smtpUrl ? createTransport({ url: mail.smtpUrl, connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 60_000 }) : null;
    this.domain = /@([^>\s]+)>?$/.exec(mail.from ?? "")?.[1] ?? "sleutelkaart.invalid";
  }

  get configured(): boolean {
    return this.transport !== null;
  }

  /** Delivers every due message now (tests call this; the timer does in production). */
  async deliverDue(): Promise<DeliveryResult> {
    while (this.running) await this.running.catch(() => undefined);
    this.running = this.run();
    try {
      return await this.running;
    } finally {
      this.running = null;
    }
  }

  start(everyMs: number): void {
    if (!this.transport || everyMs <= 0) return;
    this.timer = setInterval(() => {
      if (this.running) return;
      this.deliverDue().catch((error) => this.log(`Delivering mail failed, will retry: ${error}`));
    }, everyMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running?.catch(() => undefined);
    this.transport?.close();
  }

  private async run(): Promise<DeliveryResult> {
    const result: DeliveryResult = { sent: 0, retrying: 0, failed: 0 };
    if (!this.transport) return result;
    let handled = 0;
    while (handled < PER_RUN) {
      const { count, stop } = await this.dataSource.transaction(async (tx) => {
        const now = this.clock.now();
        const due: Due[] = await tx.query(
          `SELECT n.id, n.user_id, u.email, n.locale, n.subject, n.body, n.attempts
           FROM notification n JOIN app_user u ON u.id = n.user_id
           WHERE n.status = 'PENDING' AND n.next_attempt_at <= $1
           ORDER BY n.next_attempt_at, n.id LIMIT $2
           FOR UPDATE OF n SKIP LOCKED`,
          [now, BATCH],
        );
        for (const row of due) {
          const outcome = await this.send(row);
          if (outcome.sent) {
            await tx.query(`UPDATE notification SET status = 'SENT', sent_at = $2, attempts = attempts + 1, last_error = NULL WHERE id = $1`, [row.id, now]);
            // A delivered message proves the address works again.
            await tx.query(`UPDATE app_user SET email_bounced_at = NULL WHERE id = $1 AND email_bounced_at IS NOT NULL`, [row.user_id]);
            result.sent++;
            continue;
          }
          const attempts = row.attempts + 1;
          const giveUp = outcome.permanent || attempts >= MAX_ATTEMPTS;
          await tx.query(`UPDATE notification SET status = $2, attempts = $3, last_error = $4, next_attempt_at = $5 WHERE id = $1`, [
            row.id,
            giveUp ? NotificationStatus.FAILED : NotificationStatus.PENDING,
            attempts,
            outcome.error,
            new Date(now.getTime() + backoffMinutes(attempts) * 60_000),
          ]);
          if (outcome.bounced) await tx.query(`UPDATE app_user SET email_bounced_at = $2 WHERE id = $1`, [row.user_id, now]);
          if (giveUp) result.failed++;
          else result.retrying++;
          this.log(`Mail #${row.id} not delivered (attempt ${attempts}${giveUp ? ", given up" : ""}): ${outcome.error}`);
          // The server is not reachable: the rest would fail the same way; they wait for the next run.
          if (outcome.unreachable) return { count: due.length, stop: true };
        }
        return { count: due.length, stop: false };
      });
      handled += count;
      if (stop || count < BATCH) break;
    }
    return result;
  }

  private async send(row: Due): Promise<Outcome> {
    try {
      await this.transport!.sendMail({
        from: this.mail.from!,
        to: row.email,
        subject: row.subject,
        text: row.body,
        messageId: `<notification-${row.id}@${this.domain}>`,
        headers: { "Auto-Submitted": "auto-generated", "Content-Language": row.locale },
      });
      return { sent: true };
    } catch (error) {
      return classify(error);
    }
  }
}
