import { GroupActivity, GroupActivityInvitation, KeyPersonAffiliation } from "../groups/group.entity";
import { ProqolResponse } from "../care/care.entity";
import { AssignmentHandover, RequestTransfer } from "../transfers/transfer.entity";
import { AuditEntry } from "../audit/audit.entity";
import { Assignment, KeyPersonLeave, MatchRequest } from "../matching/matching.entity";
import { AllowanceRate, CompensationRules, ExpenseClaim, HourEntry, PaymentDetails, PaymentExport } from "../compensation/compensation.entity";
import { PayerAccount } from "../compensation/payment-export.entity";
import { StoredOversightStatus, SupervisionSession, WellbeingCheckIn, WellbeingClearance } from "../oversight/oversight.entity";
import { OrganisationPublicEntry, PublicMessageThrottleRow } from "../public-map/public-map.entity";
import { Organisation } from "../organisations/organisation.entity";
import { Expertise, Language, Municipality } from "../reference/reference.entity";
import { KeyPerson, KeyPersonExpertise, KeyPersonLanguage } from "../registry/registry.entity";
import { User } from "../users/user.entity";
import { Invitation } from "../invitations/invitation.entity";
import { Notification } from "../notifications/notification.entity";
import { LoginThrottleRow, PasswordReset } from "../auth/password-reset.entity";
import { AssignmentRating, NewcomerFeedback } from "../feedback/feedback.entity";
import { Complaint, LocationSignal, LocationSignalQuota, OrganisationFlag } from "../complaints/complaint.entity";
import { Qualification, QualificationType } from "../qualifications/qualification.entity";
// care services (issue 18)
import {
  CareService,
  CareServiceArea,
  CareServiceLanguage,
  CareServiceLocation,
  CareServicePhone,
  CareServiceSchedule,
  OrganisationContact,
} from "../care-services/care-service.entity";

import { Referral, ReferralEvent } from "../referrals/referral.entity";

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
  StoredOversightStatus,
  OrganisationPublicEntry,
  Notification,
  Invitation,
  PasswordReset,
  LoginThrottleRow,
  // newcomers' voice (issue 19)
  NewcomerFeedback,
  AssignmentRating,
  Complaint,
  OrganisationFlag,
  LocationSignal,
  LocationSignalQuota,
  // issue 19: messages through the public map
  PublicMessageThrottleRow,
  // qualifications (issue 17)
  QualificationType,
  Qualification,
  // group activities and affiliation (issue 17, groups)
  GroupActivity,
  GroupActivityInvitation,
  KeyPersonAffiliation,
  // care (issue 17)
  ProqolResponse,
  // care services (issue 18)
  CareService,
  CareServiceArea,
  CareServiceLanguage,
  CareServicePhone,
  CareServiceSchedule,
  CareServiceLocation,
  OrganisationContact,
  // referrals (issue 18)
  Referral,
  ReferralEvent,
  // request transfers (issue 18, transfers)
  RequestTransfer,
  AssignmentHandover,
];
