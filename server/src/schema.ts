import { CareResolver } from "./care/care.resolver";
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { authChecker } from "./auth/auth-checker";
import { AttentionResolver } from "./attention/attention.resolver";
import { AuthResolver } from "./auth/auth.resolver";
import { CompensationResolver, ExpenseClaimResolver, HourEntryResolver } from "./compensation/compensation.resolver";
import { PaymentExportResolver } from "./compensation/payment-export.resolver";
import {
  AssignmentResolver,
  BookingResolver,
  KeyPersonLeaveResolver,
  LeaveResolver,
  MatchCandidateResolver,
  MatchRequestResolver,
} from "./matching/matching.resolver";
import { ActionItemResolver, KeyPersonOversightResolver, OversightDashboardResolver, OversightResolver } from "./oversight/oversight.resolver";
import { PublicMapResolver } from "./public-map/public-map.resolver";
import { PrivacyResolver } from "./privacy/privacy.resolver";
import { AuditResolver } from "./audit/audit.resolver";
import { GroupActivityInvitationResolver, GroupActivityResolver, KeyPersonAffiliationResolver, KeyPersonGroupResolver } from "./groups/group.resolver";
import { InvitationResolver } from "./invitations/invitation.resolver";
import { NotificationResolver } from "./notifications/notifications.resolver";
import { OrganisationResolver } from "./organisations/organisation.resolver";
import { ReferenceResolver } from "./reference/reference.resolver";
import { RegistryResolver } from "./registry/registry.resolver";
import { OversightReferralsResolver, ReferralEventResolver, ReferralResolver, ReferralServiceOptionResolver } from "./referrals/referral.resolver";
import { directFieldResolvers } from "./shared/direct-resolvers";
import { DateTimeScalar } from "./shared/scalars";
import { KeyPersonAccountResolver, UserResolver } from "./users/user.resolver";
import { AssignmentFeedbackResolver, FeedbackResolver } from "./feedback/feedback.resolver";
import { ComplaintResolver, OrganisationFlagResolver, SignalResolver } from "./complaints/complaint.resolver";
import {
  DashboardQualificationResolver,
  ExpiringQualificationResolver,
  KeyPersonQualificationResolver,
  QualificationFieldResolver,
  QualificationResolver,
} from "./qualifications/qualification.resolver";
// care services (issue 18)
import { CareServiceResolver, OrganisationContactsResolver } from "./care-services/care-service.resolver";
import { ReportResolver } from "./reports/reports.resolver";
import { KeyPersonLeavingResolver } from "./registry/leaving.resolver";
import { AssignmentHandoverResolver, MatchRequestTransferResolver, OwnershipPeriodResolver, TransferResolver } from "./transfers/transfer.resolver";

export const resolvers = [
  AuthResolver,
  ReferenceResolver,
  RegistryResolver,
  OrganisationResolver,
  UserResolver,
  MatchRequestResolver,
  MatchCandidateResolver,
  AssignmentResolver,
  KeyPersonLeaveResolver,
  BookingResolver,
  LeaveResolver,
  CompensationResolver,
  HourEntryResolver,
  ExpenseClaimResolver,
  PaymentExportResolver,
  OversightResolver,
  ActionItemResolver,
  OversightDashboardResolver,
  KeyPersonOversightResolver,
  PublicMapResolver,
  PrivacyResolver,
  AuditResolver,
  AttentionResolver,
  InvitationResolver,
  NotificationResolver,
  KeyPersonAccountResolver,
  // newcomers' voice (issue 19)
  FeedbackResolver,
  AssignmentFeedbackResolver,
  ComplaintResolver,
  OrganisationFlagResolver,
  SignalResolver,
  // qualifications (issue 17)
  QualificationResolver,
  QualificationFieldResolver,
  KeyPersonQualificationResolver,
  DashboardQualificationResolver,
  ExpiringQualificationResolver,
  // issue 17, groups
  GroupActivityResolver,
  GroupActivityInvitationResolver,
  KeyPersonAffiliationResolver,
  KeyPersonGroupResolver,
  // care (issue 17)
  CareResolver,
  // referrals (issue 18)
  ReferralResolver,
  ReferralEventResolver,
  ReferralServiceOptionResolver,
  OversightReferralsResolver,
  // care services (issue 18)
  CareServiceResolver,
  OrganisationContactsResolver,
  // request transfers and handovers (issue 18, transfers)
  TransferResolver,
  MatchRequestTransferResolver,
  OwnershipPeriodResolver,
  AssignmentHandoverResolver,
  // reports (issue 20)
  ReportResolver,
  KeyPersonLeavingResolver,
] as const;

export async function createSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    authChecker,
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    // Input classes without class-validator decorators are checked by the services.
    validate: { forbidUnknownValues: false },
  });
  // Field resolvers without roles, middlewares or arguments: called without type-graphql's wrapper.
  directFieldResolvers(schema);
  return schema;
}

/** The SDL as committed in schema/schema.graphql: sorted, so the file changes only when the API does. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
