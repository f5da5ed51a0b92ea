import { FeedbackService } from "./feedback/feedback.service";
import { FeedbackTokens } from "./feedback/feedback-token";
import { ComplaintService } from "./complaints/complaint.service";
import { GroupService } from "./groups/group.service";
import { CareService } from "./care/care.service";
import "reflect-metadata";
import { PublicMessageService } from "./public-map/public-message.service";
import type http from "node:http";
import type { AddressInfo } from "node:net";
import { createHttpServer } from "./app";
import { AuditEntry } from "./audit/audit.entity";
import { AttentionService } from "./attention/attention.service";
import { ReferralService } from "./referrals/referral.service";
import { AuthService } from "./auth/auth.service";
import { configurePasswordHashing } from "./auth/password";
import { TokenService } from "./auth/token";
import { systemClock, type Clock } from "./clock";
import type { Config } from "./config";
import type { Services } from "./context";
import { createDataSource, migrate, type QueryCounter } from "./db/data-source";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "./db/embedded";
import { CompensationService } from "./compensation/compensation.service";
import { PaymentExportService } from "./compensation/payment-export.service";
import { MatchingService } from "./matching/matching.service";
import { InvitationService } from "./invitations/invitation.service";
import { NotificationService } from "./notifications/notifications.service";
import { OversightService } from "./oversight/oversight.service";
import { PublicMapService } from "./public-map/public-map.service";
import { PrivacyService } from "./privacy/privacy.service";
import { OrganisationService } from "./organisations/organisation.service";
import { loadReferenceData, ReferenceData } from "./reference/reference.service";
import { RegistryService } from "./registry/registry.service";
import { ensureAdmin } from "./seed/admin";
import { seedDemoIfEmpty, type DemoLogin } from "./seed/demo";
import { UserService } from "./users/user.service";
import type { DataSource } from "typeorm";
import { QualificationService } from "./qualifications/qualification.service";
import { CareServiceService } from "./care-services/care-service.service";
import { ReportService } from "./reports/reports.service";
import { TransferService } from "./transfers/transfer.service";
import { CARE_OFF, CARE_RULES } from "./domain/matching";

export interface RunningServer {
  url: string;
  dataSource: DataSource;
  queryCounter: QueryCounter;
  services: Services;
  demoLogins: DemoLogin[];
  /** Finishes requests in flight, closes the pool, then stops the embedded PostgreSQL. */
  stop(): Promise<void>;
}

export interface StartOptions {
  clock?: Clock;
  log?: (line: string) => void;
  /** How often proposals past their deadline are expired; 0: never (tests call expireDue themselves). */
  sweepEveryMs?: number;
  /** How often the outbox is sent (with SMTP_URL); 0: never (tests call services.notifications.deliverDue). */
  deliverEveryMs?: number;
}

function startSweep(services: Services, everyMs: number, log: (line: string) => void): NodeJS.Timeout {
  const timer = setInterval(() => {
    services.matching.expireDue().catch((error) => log(`Expiring proposals failed, will retry: ${error}`));
    services.notifications.sweep().catch((error) => log(`Notification jobs failed, will retry: ${error}`));
    services.oversight.refreshStoredStatuses().catch((error) => log(`Deriving due oversight statuses failed, will retry: ${error}`));
  }, everyMs);
  timer.unref();
  return timer;
}

export async function startServer(config: Config, options: StartOptions = {}): Promise<RunningServer> {
  const clock = options.clock ?? systemClock;
  configurePasswordHashing(config.argon2MemoryKib);
  const log = options.log ?? ((line: string) => console.log(line));
  let embedded: EmbeddedDatabase | null = null;
  const databaseUrl = config.databaseUrl ?? (embedded = await startEmbeddedPostgres(config.dataDir, log)).url;
  const { dataSource, queryCounter } = createDataSource(databaseUrl);
  try {
    await dataSource.initialize();
    const ran = await migrate(dataSource);
    if (ran.length) log(`Ran migrations: ${ran.join(", ")}`);
    await loadReferenceData(dataSource);
    const reference = await ReferenceData.load(dataSource);
    const invitations = new InvitationService(dataSource, new TokenService(config.jwtSecret, config.tokenTtlSeconds), clock);
    const oversight = new OversightService(dataSource, reference, clock);
    const services: Services = {
      auth: new AuthService(dataSource, new TokenService(config.jwtSecret, config.tokenTtlSeconds), clock, config.loginFailures),
      registry: new RegistryService(dataSource, reference, clock, invitations),
      organisations: new OrganisationService(dataSource, reference),
      users: new UserService(dataSource, reference, clock, invitations),
      matching: new MatchingService(dataSource, reference, clock, config.careInRanking ? CARE_RULES : CARE_OFF),
      compensation: new CompensationService(dataSource, clock),
      paymentFiles: new PaymentExportService(dataSource, clock),
      oversight,
      publicMap: new PublicMapService(dataSource, reference, clock),
      publicMessages: new PublicMessageService(dataSource, reference, clock, config.jwtSecret, config.publicMessages),
      privacy: new PrivacyService(dataSource, reference, clock),
      invitations,
      notifications: new NotificationService(dataSource, clock, config.mail, log),
      audit: dataSource.getRepository(AuditEntry),
      attention: new AttentionService(dataSource),
      feedback: new FeedbackService(dataSource, reference, clock, config.jwtSecret, config.mail.publicUrl),
      complaints: new ComplaintService(dataSource, reference, clock, new FeedbackTokens(config.jwtSecret)),
      qualifications: new QualificationService(dataSource, reference, clock),
      groups: new GroupService(dataSource, reference, clock),
      // care (issue 17): the ProQOL self-check audits its reads through the oversight service
      care: new CareService(dataSource, clock, oversight, config.statementFont),
      referrals: new ReferralService(dataSource, reference, clock),
      // care services (issue 18)
      careServices: new CareServiceService(dataSource, reference, clock),
      transfers: new TransferService(dataSource, reference, clock),
      // reports (issue 20)
      reports: new ReportService(dataSource, reference, clock),
    };
    const demoLogins = config.seedDemo ? await seedDemoIfEmpty(dataSource, reference, clock, log) : [];
    if (config.adminEmail && config.adminPassword) await ensureAdmin(dataSource, config.adminEmail, config.adminPassword, log);

    const { server, apollo } = await createHttpServer({ config, dataSource, services, reference, clock, log });
    await listen(server, config.port, config.host);
    const { port } = server.address() as AddressInfo;
    const sweep = options.sweepEveryMs === 0 ? null : startSweep(services, options.sweepEveryMs ?? 60_000, log);
    services.notifications.startWorker(options.deliverEveryMs ?? 10_000);
    return {
      url: `http://localhost:${port}`,
      dataSource,
      queryCounter,
      services,
      demoLogins,
      stop: async () => {
        if (sweep) clearInterval(sweep);
        await apollo.stop(); // drains: stops accepting, lets requests in flight finish
        await services.notifications.stop(); // lets a delivery in progress finish
        await dataSource.destroy();
        await embedded?.stop();
      },
    };
  } catch (error) {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.stop();
    throw error;
  }
}

function listen(server: http.Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
}
