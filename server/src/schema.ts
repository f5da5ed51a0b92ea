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
import { ActionItemResolver, KeyPersonOversightResolver, OversightResolver } from "./oversight/oversight.resolver";
import { PublicMapResolver } from "./public-map/public-map.resolver";
import { PrivacyResolver } from "./privacy/privacy.resolver";
import { AuditResolver } from "./audit/audit.resolver";
import { InvitationResolver } from "./invitations/invitation.resolver";
import { NotificationResolver } from "./notifications/notifications.resolver";
import { OrganisationResolver } from "./organisations/organisation.resolver";
import { ReferenceResolver } from "./reference/reference.resolver";
import { RegistryResolver } from "./registry/registry.resolver";
import { DateTimeScalar } from "./shared/scalars";
import { KeyPersonAccountResolver, UserResolver } from "./users/user.resolver";
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
  KeyPersonOversightResolver,
  PublicMapResolver,
  PrivacyResolver,
  AuditResolver,
  AttentionResolver,
  InvitationResolver,
  NotificationResolver,
  KeyPersonAccountResolver,
  // request transfers and handovers (issue 18, transfers)
  TransferResolver,
  MatchRequestTransferResolver,
  OwnershipPeriodResolver,
  AssignmentHandoverResolver,
] as const;

export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    authChecker,
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    // Input classes without class-validator decorators are checked by the services.
    validate: { forbidUnknownValues: false },
  });
}

/** The SDL as committed in schema/schema.graphql: sorted, so the file changes only when the API does. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
