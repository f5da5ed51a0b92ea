// Request transfers and handovers (issue 18). transfers.nl.ts has the same shape (its type is checked against this one).

export const transfersEn = {
  transfers: {
    menu: "Transfers",
    page: {
      title: "Transfers",
      explain:
        "A request whose newcomer moved away is handed to an organisation near the new place. Once accepted, that organisation owns the request, its funding and the review of hours from that day; hours before it stay with the old organisation.",
      incoming: "Offered to us",
      outgoing: "Proposed by us",
      all: "All transfers",
      none: "None.",
    },
    fields: {
      caseReference: "Request",
      from: "From",
      to: "To",
      what: "What",
      state: "State",
      whatLine: "%{kind} in %{municipality}, %{hours} hours a week",
      proposedLine: "Proposed %{date}; consent recorded %{consent}",
      effectiveLine: "From %{date}",
    },
    states: { PENDING: "Waiting for an answer", ACCEPTED: "Accepted", DECLINED: "Declined", WITHDRAWN: "Withdrawn" },
    reasons: {
      NO_CAPACITY: "No room to take it on",
      OUTSIDE_OUR_AREA: "The new place is outside our area",
      NOT_OUR_EXPERTISE: "We do not offer this support",
      NEWCOMER_NOT_ARRIVED: "The newcomer has not arrived yet",
      OTHER: "Another reason",
    },
    propose: {
      button: "Transfer",
      title: "Transfer request %{reference}",
      explain:
        "The newcomer now lives in %{municipality}. Choose an organisation near there to hand the request to. After it accepts, it owns the request; you keep reviewing the hours from before.",
      organisation: "Organisation near the new place",
      targetLine: "%{name} (%{km} km)",
      noTargets: "There is no organisation near the new place in Sleutelkaart yet.",
      consent: "The newcomer consents to the transfer",
      save: "Propose transfer",
      done: "Transfer proposed to %{organisation}",
    },
    accept: { button: "Accept", done: "Request %{reference} is yours from today" },
    decline: {
      button: "Decline",
      title: "Decline request %{reference}",
      reason: "Reason",
      note: "Note (optional)",
      noteHelp: "Never who the newcomer is.",
      save: "Decline",
      done: "Transfer of %{reference} declined",
    },
    panel: { line: "From %{from} to %{to}, proposed %{date}" },
    withdraw: { button: "Withdraw", done: "Transfer of %{reference} withdrawn" },
    handover: {
      from: "Handed over on %{date}; may still declare hours until %{until}",
      to: "Took over on %{date}; the previous key person may declare hours until %{until}",
    },
  },
};

export type TransferMessages = typeof transfersEn;
