import type { CareService } from "./care/care.service";
import type { DataSource, Repository } from "typeorm";
import type { PublicMessageService } from "./public-map/public-message.service";
import type { AuditEntry } from "./audit/audit.entity";
import type { AuthService } from "./auth/auth.service";
import type { Clock } from "./clock";
import type { Actor } from "./domain/access";
import type { AttentionService } from "./attention/attention.service";
import type { CompensationService } from "./compensation/compensation.service";
import type { PaymentExportService } from "./compensation/payment-export.service";
import { createMatchingLoaders } from "./matching/matching.loader";
import type { MatchingService } from "./matching/matching.service";
import type { InvitationService } from "./invitations/invitation.service";
import type { NotificationService } from "./notifications/notifications.service";
import { createOversightLoaders, createWellbeingReadAudit } from "./oversight/oversight.loader";
import type { OversightService } from "./oversight/oversight.service";
import type { PublicMapService } from "./public-map/public-map.service";
import type { PrivacyService } from "./privacy/privacy.service";
import { createGroupLoaders } from "./groups/group.loader";
import type { GroupService } from "./groups/group.service";
import { createOrganisationLoaders } from "./organisations/organisation.loader";
import type { OrganisationService } from "./organisations/organisation.service";
import type { ReferenceData } from "./reference/reference.service";
import { createRegistryLoaders } from "./registry/registry.loader";
import type { RegistryService } from "./registry/registry.service";
import { createUserLoaders } from "./users/user.loader";
import type { User } from "./users/user.entity";
import type { UserService } from "./users/user.service";
import type { FeedbackService } from "./feedback/feedback.service";
import type { ComplaintService } from "./complaints/complaint.service";
import { createFeedbackLoaders } from "./feedback/feedback.loader";
import { createQualificationLoaders } from "./qualifications/qualification.loader";
import type { QualificationService } from "./qualifications/qualification.service";
import { createReferralLoaders } from "./referrals/referral.loader";
import type { ReferralService } from "./referrals/referral.service";
// care services (issue 18)
import { createCareServiceLoaders } from "./care-services/care-service.loader";
import type { CareServiceService } from "./care-services/care-service.service";
import { createTransferLoaders } from "./transfers/transfer.loader";
import type { TransferService } from "./transfers/transfer.service";
import type { ReportService } from "./reports/reports.service";

export interface Services {
  auth: AuthService;
  registry: RegistryService;
  organisations: OrganisationService;
  users: UserService;
  matching: MatchingService;
  compensation: CompensationService;
  /** Payment files (CSV and SEPA) and the account each funder pays from. */
  paymentFiles: PaymentExportService;
  oversight: OversightService;
  publicMap: PublicMapService;
  /** Messages from visitors of the public map to key persons (issue 19). */
  publicMessages: PublicMessageService;
  privacy: PrivacyService;
  /** One-time links to set a password and confirm a profile (imported key persons). */
  invitations: InvitationService;
  /** The e-mail outbox: delivery, periodic jobs, the coordinators' view. Events write with notify(). */
  notifications: NotificationService;
  /** The counts behind the menu badges: what waits for the signed-in person. */
  attention: AttentionService;
  /** Newcomers' anonymous feedback and the organisations' ratings (issue 19). */
  feedback: FeedbackService;
  /** Complaints, flags about organisations, anonymous signals about reception locations (issue 19). */
  complaints: ComplaintService;
  /** Referrals of a newcomer to care services (issue 18). */
  referrals: ReferralService;
  /** The audit log is only read through its resolver; services write it with audit(). */
  audit: Repository<AuditEntry>;
  /** The qualification list and the key persons' qualifications (issue 17). */
  qualifications: QualificationService;
  /** Group activities (intervision, supervision, training, network meetings) and affiliations (issue 17). */
  groups: GroupService;
  /** Care (issue 17): the ProQOL self-check; set right after the others (it audits through oversight). */
  care: CareService;
  /** Care services (issue 18): the service directory and organisations' contact points. */
  careServices: CareServiceService;
  /** Request transfers between organisations (issue 18). */
  transfers: TransferService;
  /** Reports for coordinators and organisations (issue 20): the figures per period. */
  reports: ReportService;
}

type LoaderArgs = [dataSource: DataSource, clock: Clock, services: Services, actor: Actor | null];

/** The per-request loaders, by feature: each function makes its feature's DataLoaders. */
const LOADER_GROUPS = [
  (dataSource: DataSource) => createRegistryLoaders(dataSource),
  (dataSource: DataSource) => createUserLoaders(dataSource),
  // Scoped: a nested path reaches a request or an assignment only where the top-level query would.
  (dataSource: DataSource, clock: Clock, _services: Services, actor: Actor | null) => createMatchingLoaders(dataSource, actor, clock),
  (dataSource: DataSource) => createOrganisationLoaders(dataSource),
  (dataSource: DataSource, clock: Clock) => createOversightLoaders(dataSource, clock),
  (dataSource: DataSource) => createFeedbackLoaders(dataSource),
  (dataSource: DataSource) => createQualificationLoaders(dataSource),
  (dataSource: DataSource, clock: Clock) => createGroupLoaders(dataSource, clock),
  (dataSource: DataSource) => createReferralLoaders(dataSource),
  // care services (issue 18)
  (dataSource: DataSource) => createCareServiceLoaders(dataSource),
  (dataSource: DataSource) => createTransferLoaders(dataSource),
  (_dataSource: DataSource, _clock: Clock, services: Services, actor: Actor | null) => ({
    wellbeingReadAudit: createWellbeingReadAudit((who, ids, what) => services.oversight.auditWellbeingReads(who, ids, what), actor),
  }),
] as const satisfies readonly ((...args: LoaderArgs) => object)[];

type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;
type AllLoaders = UnionToIntersection<ReturnType<(typeof LOADER_GROUPS)[number]>>;

/**
 * A request's loaders, made when first used: a request touches a few of the fifty-odd
 * DataLoaders, and making them all cost every request about a percent of its Node time
 * in construction and garbage (issue 21). Each group is made whole on the first read of
 * one of its loaders, with this request's arguments; nothing is shared across requests.
 * The names of each group's loaders are learnt once (making a loader runs no query).
 */
let loadersPrototype: object | undefined;
const groupsOf = Symbol("loader groups");
const argsOf = Symbol("loader arguments");
type LazyLoaders = { [groupsOf]: Record<string, unknown>[]; [argsOf]: LoaderArgs };

function loadersPrototypeFor(args: LoaderArgs): object {
  const prototype = {};
  LOADER_GROUPS.forEach((make, index) => {
    for (const name of Object.keys(make(...args))) {
      Object.defineProperty(prototype, name, {
        enumerable: true,
        get(this: LazyLoaders) {
          const group = (this[groupsOf][index] ??= make(...this[argsOf]) as Record<string, unknown>);
          return group[name];
        },
      });
    }
  });
  return prototype;
}

export function createLoaders(dataSource: DataSource, clock: Clock, services: Services, actor: Actor | null): AllLoaders {
  const args: LoaderArgs = [dataSource, clock, services, actor];
  loadersPrototype ??= loadersPrototypeFor(args);
  const loaders = Object.create(loadersPrototype) as LazyLoaders;
  loaders[groupsOf] = [];
  loaders[argsOf] = args;
  return loaders as unknown as AllLoaders;
}
export type Loaders = ReturnType<typeof createLoaders>;

/** Built per request: who is asking, and fresh DataLoaders so nothing is cached across requests. */
export interface Context {
  actor: Actor | null;
  user: User | null;
  loaders: Loaders;
  services: Services;
  reference: ReferenceData;
  clock: Clock;
  /** The client's address, for throttling (behind a proxy only with TRUST_PROXY). */
  clientIp: string;
}
