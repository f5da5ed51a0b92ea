// The outbox and one's e-mail settings. notifications.nl.ts has the same shape (its type is checked against this one).

export const notificationsEn = {
  notifications: {
    menu: { outbox: "Outbox" },
    title: "Outbox: e-mails",
    fields: {
      status: "Status",
      kind: "Kind",
      bounced: "Only bounced addresses",
      recipient: "To",
      subject: "Subject",
      createdAt: "Written",
      sentAt: "Sent",
      error: "Error",
    },
    status: { PENDING: "Waiting", SENT: "Sent", FAILED: "Failed", HELD: "Held (no mail server)" },
    kind: {
      PROPOSAL: "New proposal",
      PROPOSAL_REMINDER: "Proposal reminder",
      ASSIGNMENT_CANCELLED: "Assignment cancelled",
      HOURS_REJECTED: "Hours rejected",
      CLAIM_REJECTED: "Claim rejected",
      CHECK_IN_DUE: "Check-in prompt",
      PROFILE_STALE: "Confirm profile",
      INTERVISION_DUE: "Intervision due",
      PROPOSAL_ACCEPTED: "Proposal accepted",
      PROPOSAL_DECLINED: "Proposal declined",
      PROPOSAL_EXPIRED: "Proposal expired",
      HANDOVER: "Handover after a move",
      WELLBEING_ATTENTION: "Key person needs attention",
      UNMET_DIGEST: "Unmet requests (daily)",
    },
    erased: "(erased)",
    bounced: "bounced",
    bouncedHelp: "The mail server refused this address. Correct it; the next delivered e-mail clears the mark.",
    attempts: "1 attempt |||| %{smart_count} attempts",
    nextAttempt: "next at %{at}",
    retry: "Send again",
    retried: "Queued again",
    digests: "Daily digest of unmet requests by e-mail",
    digestsHelp: "Messages about your own work and about safety always come; only digests can be turned off.",
    digestsOn: "Digests turned on",
    digestsOff: "Digests turned off",
    myAddressBounced: "An e-mail to your own address was refused: ask a coordinator to correct it.",
  },
};

export type NotificationMessages = typeof notificationsEn;
