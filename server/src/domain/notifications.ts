// The e-mails the server writes: what each is about and where it stands.

/**
 * What a message is about. Varchar in the database (a new kind needs no migration),
 * an enum in the API. notifications/templates.ts has one function per kind.
 */
export enum NotificationKind {
  // to the key person
  PROPOSAL = "PROPOSAL",
  PROPOSAL_REMINDER = "PROPOSAL_REMINDER",
  ASSIGNMENT_CANCELLED = "ASSIGNMENT_CANCELLED",
  HOURS_REJECTED = "HOURS_REJECTED",
  CLAIM_REJECTED = "CLAIM_REJECTED",
  CHECK_IN_DUE = "CHECK_IN_DUE",
  PROFILE_STALE = "PROFILE_STALE",
  INTERVISION_DUE = "INTERVISION_DUE",
  // to the organisation
  PROPOSAL_ACCEPTED = "PROPOSAL_ACCEPTED",
  PROPOSAL_DECLINED = "PROPOSAL_DECLINED",
  PROPOSAL_EXPIRED = "PROPOSAL_EXPIRED",
  HANDOVER = "HANDOVER",
  // to coordinators
  WELLBEING_ATTENTION = "WELLBEING_ATTENTION",
  UNMET_DIGEST = "UNMET_DIGEST",
  // to anyone who asked (requestPasswordReset): the link is never shown in the console's outbox
  PASSWORD_RESET = "PASSWORD_RESET",
  // to a new account (createUser without a password, resendInvitation): a one-time link to choose a password
  INVITATION = "INVITATION",
  // newcomers' voice (issue 19): to the key person and coordinators, to the organisation and the key person, to coordinators
  COMPLAINT_FILED = "COMPLAINT_FILED",
  COMPLAINT_DECIDED = "COMPLAINT_DECIDED",
  ORGANISATION_FLAGGED = "ORGANISATION_FLAGGED",
  // to a key person who takes messages through the public map (issue 19): the visitor's text, kept only a few days
  PUBLIC_MESSAGE = "PUBLIC_MESSAGE",
  // qualifications (issue 17), to the key person: a verified qualification expires in 60 or 14 days
  QUALIFICATION_EXPIRING = "QUALIFICATION_EXPIRING",
  // to the key person (issue 17, groups): invited to a group activity, answer in the console
  GROUP_ACTIVITY_INVITATION = "GROUP_ACTIVITY_INVITATION",
  // referrals (issue 18): to the service's organisation, and to the referring side
  REFERRAL_RECEIVED = "REFERRAL_RECEIVED",
  REFERRAL_UPDATED = "REFERRAL_UPDATED",
  /** Care services (issue 18): a service not confirmed for 180 days; to its organisation. */
  CARE_SERVICE_STALE = "CARE_SERVICE_STALE",
  // request transfers and handovers (issue 18, transfers)
  /** To the receiving organisation: a request is offered to it. */
  TRANSFER_PROPOSED = "TRANSFER_PROPOSED",
  /** To the other side: the transfer was accepted or declined (to the proposer), or withdrawn (to the receiver). */
  TRANSFER_ANSWERED = "TRANSFER_ANSWERED",
  /** To the key person who supports the case: another organisation owns it from now on. */
  CASE_TRANSFERRED = "CASE_TRANSFERRED",
  /** To the old and the new key person: the handover and its overlap. */
  HANDOVER_OVERLAP = "HANDOVER_OVERLAP",
}

/** Digests can be turned off by their recipient; messages about one's own work and safety cannot. */
export const DIGEST_KINDS: ReadonlySet<NotificationKind> = new Set([NotificationKind.UNMET_DIGEST]);

export enum NotificationStatus {
  /** Waiting to be sent (again: after a failure, from nextAttemptAt). */
  PENDING = "PENDING",
  SENT = "SENT",
  /** Given up: the recipient's server refused the address, or 8 attempts failed. A coordinator can retry. */
  FAILED = "FAILED",
  /** No SMTP_URL configured (development, demo): kept here, readable in the console. */
  HELD = "HELD",
}
