import { AssignmentHandover, RequestTransfer } from "../transfers/transfer.entity";
import { AuditEntry } from "../audit/audit.entity";
import { Assignment, KeyPersonLeave, MatchRequest } from "../matching/matching.entity";
import { AllowanceRate, CompensationRules, ExpenseClaim, HourEntry, PaymentDetails, PaymentExport } from "../compensation/compensation.entity";
import { PayerAccount } from "../compensation/payment-export.entity";
import { SupervisionSession, WellbeingCheckIn, WellbeingClearance } from "../oversight/oversight.entity";
import { OrganisationPublicEntry } from "../public-map/public-map.entity";
import { Organisation } from "../organisations/organisation.entity";
import { Expertise, Language, Municipality } from "../reference/reference.entity";
import { KeyPerson, KeyPersonExpertise, KeyPersonLanguage } from "../registry/registry.entity";
import { User } from "../users/user.entity";
import { Invitation } from "../invitations/invitation.entity";
import { Notification } from "../notifications/notification.entity";
import { LoginThrottleRow, PasswordReset } from "../auth/password-reset.entity";

export const entities = [
  Municipality,
  Language,
  Expertise,
  KeyPerson,
  KeyPersonLanguage,
  KeyPersonExpertise,
  Organisation,
  User,
  AuditEntry,
  MatchRequest,
  Assignment,
  KeyPersonLeave,
  CompensationRules,
  AllowanceRate,
  PaymentDetails,
  HourEntry,
  ExpenseClaim,
  PaymentExport,
  PayerAccount,
  SupervisionSession,
  WellbeingCheckIn,
  WellbeingClearance,
  OrganisationPublicEntry,
  Notification,
  Invitation,
  PasswordReset,
  LoginThrottleRow,
  // request transfers (issue 18, transfers)
  RequestTransfer,
  AssignmentHandover,
];
