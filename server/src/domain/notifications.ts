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
