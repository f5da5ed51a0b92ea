// Matching records: the generated types of the console's documents (admin/src/gql, from
// schema/schema.graphql) for match requests, their assignments and ranked candidates.
import type { AssignmentFieldsFragment, CandidateFieldsFragment, MatchRequestFieldsFragment, MatchRequestListFieldsFragment } from "../gql/graphql";

export type { AssignmentStatus, BackgroundPreference, Funding, MatchRequestStatus } from "../gql/graphql";
export type { ProposedBecause } from "../../../server/src/domain/matching";

/** A row of a request list. */
export type MatchRequestListRecord = MatchRequestListFieldsFragment;

/** A request as its page shows it (getOne), with its assignments. */
export type MatchRequestRecord = MatchRequestFieldsFragment;

export type RuleCount = NonNullable<MatchRequestListFieldsFragment["unmetExclusions"]>[number];

export type AssignmentOnRequest = MatchRequestFieldsFragment["assignments"][number];

/**
 * An assignment as a key person sees it: what the work is, never who the newcomer is
 * (no case reference, no location, no origin).
 */
export type AssignmentRecord = AssignmentFieldsFragment;

export type CandidateRecord = CandidateFieldsFragment & {
  /** derived: the key person's id */
  id: string;
  /** derived: 1 = best */
  rank: number;
};
