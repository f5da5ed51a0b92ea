import type { DataSource } from "typeorm";
import { audit } from "../audit/audit.service";
import type { Clock } from "../clock";
import type { Config } from "../config";
import type { Actor } from "../domain/access";
import { Conflict, NotFound } from "../shared/errors";
import { parseId } from "../shared/ids";
import type { PageArgs } from "../shared/pagination";
import { NotificationSortField, sortedPage, type SortArg, type SortSpec } from "../shared/sorting";
import { User } from "../users/user.entity";
import { runJobs, sendReminders, type JobCounts } from "./jobs";
import { Notification, NotificationStatus, type NotificationKind } from "./notification.entity";
import { DeliveryWorker, type DeliveryResult } from "./notifications.worker";
import { configureNotify } from "./notify";

export interface NotificationFilter {
  ids?: string[] | null;
  status?: NotificationStatus | null;
  kind?: NotificationKind | null;
  userId?: string | null;
  /** Only messages to users whose address bounced. */
  bounced?: boolean | null;
}

/** The heavier periodic jobs (prompts, digests) run at most this often from the sweep; reminders every sweep. */
const JOBS_EVERY_MS = 60 * 60_000;

/** The outbox's columns by sort field; the default is newest first. */
const NOTIFICATION_SORT: SortSpec<NotificationSortField> = {
  columns: {
    [NotificationSortField.STATUS]: "n.status",
    [NotificationSortField.SUBJECT]: "lower(n.subject)",
    [NotificationSortField.CREATED_AT]: "n.created_at",
    [NotificationSortField.SENT_AT]: "n.sent_at",
  },
  id: "n.id",
  byDefault: [
    ["n.created_at", "DESC"],
    ["n.id", "DESC"],
  ],
};

export class NotificationService {
  private readonly worker: DeliveryWorker;
  private lastJobs = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    mail: Config["mail"],
    log: (line: string) => void,
  ) {
    configureNotify(dataSource, { held: !mail.smtpUrl, baseUrl: mail.publicUrl, clock, log });
    this.worker = new DeliveryWorker(dataSource, clock, mail, log);
    const smtp = mail.smtpUrl ? new URL(mail.smtpUrl) : null;
    log(
      smtp
        ? `Mail: sent through ${smtp.protocol}//${smtp.host} from ${mail.from}`
        : "Mail: no SMTP_URL configured, messages are kept in the outbox (console: Outbox)",
    );
  }

  /** Sends every due message now. */
  deliverDue(): Promise<DeliveryResult> {
    return this.worker.deliverDue();
  }

  /** Every periodic job now: reminders, check-in, stale-profile and intervision prompts, RED alerts, the unmet digest. */
  runJobs(): Promise<JobCounts> {
    return runJobs(this.dataSource, this.clock.now());
  }

  /** From the sweep timer: reminders each time, the rest once an hour. */
  async sweep(): Promise<void> {
    const now = this.clock.now();
    if (now.getTime() - this.lastJobs < JOBS_EVERY_MS) {
      await sendReminders(this.dataSource, now);
      return;
    }
    this.lastJobs = now.getTime();
    await runJobs(this.dataSource, now);
  }

  startWorker(everyMs: number): void {
    this.worker.start(everyMs);
  }

  stop(): Promise<void> {
    return this.worker.stop();
  }

  // ---- the coordinators' outbox -----------------------------------------------------------------

  async list(filter: NotificationFilter | null | undefined, page: PageArgs, sort?: SortArg<NotificationSortField> | null) {
    const query = this.dataSource.getRepository(Notification).createQueryBuilder("n");
    if (filter?.ids) query.andWhere("n.id = ANY(:ids)", { ids: filter.ids.filter((id) => /^\d{1,9}$/.test(id)).map(Number) });
    if (filter?.status) query.andWhere("n.status = :status", { status: filter.status });
    if (filter?.kind) query.andWhere("n.kind = :kind", { kind: filter.kind });
    if (filter?.userId) query.andWhere("n.user_id = :userId", { userId: parseId(filter.userId, "User") });
    if (filter?.bounced != null) {
      query.andWhere(`${filter.bounced ? "" : "NOT "}EXISTS (SELECT 1 FROM app_user u WHERE u.id = n.user_id AND u.email_bounced_at IS NOT NULL)`);
    }
    return sortedPage(query, sort, NOTIFICATION_SORT, page);
  }

  /**
   * Queues a message again (a failed one, or a held one once SMTP is configured): pending
   * now, attempts from zero. A sent message is never sent twice.
   */
  async retry(actor: Actor, rawId: string): Promise<Notification> {
    const id = parseId(rawId, "Notification");
    return this.dataSource.transaction(async (tx) => {
      const row = await tx.findOne(Notification, { where: { id }, lock: { mode: "pessimistic_write" } });
      if (!row) throw new NotFound("Notification", rawId);
      if (row.status === NotificationStatus.SENT)
        throw new Conflict(`This message was sent on ${row.sentAt?.toISOString()}: it is never sent twice`, {
          reason: "ALREADY_SENT",
          params: { sentAt: row.sentAt?.toISOString() ?? "" },
        });
      const status = this.worker.configured ? NotificationStatus.PENDING : NotificationStatus.HELD;
      await tx.update(Notification, { id }, { status, attempts: 0, lastError: null, nextAttemptAt: this.clock.now() });
      await audit(tx, actor, { action: "retryNotification", entityType: "Notification", entityId: id, detail: { from: row.status, to: status } });
      return tx.findOneByOrFail(Notification, { id });
    });
  }

  // ---- one's own settings ---------------------------------------------------------------------

  async settings(actor: Actor): Promise<{ digestsEnabled: boolean; emailBouncedAt: Date | null }> {
    const user = await this.dataSource.getRepository(User).findOneByOrFail({ id: actor.userId });
    return { digestsEnabled: user.digestsEnabled, emailBouncedAt: user.emailBouncedAt };
  }

  async setDigestsEnabled(actor: Actor, enabled: boolean) {
    await this.dataSource.transaction(async (tx) => {
      await tx.update(User, { id: actor.userId }, { digestsEnabled: enabled });
      await audit(tx, actor, { action: "setDigestsEnabled", entityType: "User", entityId: actor.userId, detail: { enabled } });
    });
    return this.settings(actor);
  }
}
