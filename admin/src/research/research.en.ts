// The research extract (issue 20). research.nl.ts has the same shape (its type is checked against this one).

export const researchEn = {
  research: {
    menu: "Research extract",
    page: {
      title: "Research extract",
      explain:
        "An anonymised CSV for research into how key persons are best deployed: one row per request made in the period, with the kind, languages and expertise asked for, whether and how quickly it was matched, what happened after a move, and the key person's characteristics in bands. No names, e-mail addresses, free text or record numbers; days become ISO weeks; a municipality is shown only where at least five people share the row, else the province, else the row is left out; counts of 1 to 4 are left blank. Every extract is recorded in the audit log with its purpose.",
      start: "First day",
      end: "Last day",
      purpose: "Purpose",
      purposeHelp: "Who asked, and for which research question (at most 500 characters; stored in the audit log)",
      download: "Download extract",
      done: "Extract saved.",
      notAllowed: "Only the national coordinator makes research extracts.",
      docs: "What each column means, and the limits of the anonymisation: docs/research-extract.md",
    },
  },
};

export type ResearchMessages = typeof researchEn;
