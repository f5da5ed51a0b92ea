// What matching may tell whom, beyond the ranking itself (docs/security.md, "Matching
// without an oracle"). Pure, like the rest of the domain.

import type { Actor } from "./access";
import { partsAtShownDistance, type RankedCandidate, type ScoreParts } from "./matching";

/**
 * How often the newcomer of one request may be moved in 24 hours. A move re-ranks and may
 * hand the case over; moving a request around at will turned the candidate list and the
 * proposal answers into a way to triangulate a key person's home. Three covers a real
 * move and a correction or two on one day.
 */
export const MAX_RELOCATIONS_PER_DAY = 3;

/**
 * Which hard rule excluded how many key persons, while a request is unmet: for the
 * coordinators (where to recruit). A count per rule can single a person out (one
 * "BACKGROUND" is one key person of that origin; one "WELLBEING" one key person in
 * trouble), so an organisation sees that its request is unmet, not why.
 */
export function seesExclusionCounts(actor: Actor): boolean {
  return actor.role === "COORDINATOR" || actor.role === "REGIONAL_COORDINATOR";
}

/**
 * A candidate's score as the viewer may see it: two decimals for an organisation. The
 * distance part varies by about 0.009 a kilometre, so three decimals (with the other parts
 * known from the reasons) would give the distance to about a hundred metres, ten times
 * finer than the whole kilometres shown beside it. Coordinators see three.
 */
export function scoreShownTo(actor: Actor, score: number): number {
  const per = actor.role === "ORGANISATION" ? 100 : 1000;
  return Math.round(score * per) / per;
}

/**
 * The parts of a candidate's score (distance, load, language, preferences, continuity) as
 * the viewer may see them. Coordinators: as scored, three decimals. An organisation: two
 * decimals, and computed from the distance it is shown (whole kilometres), not the exact
 * one: the parts add up to the score, so a distance part of the exact distance would give
 * away what the rounding of the score hides.
 *
 * Care (issue 17): the AMBER penalty is wellbeing, which only the key person and
 * coordinators read: an organisation gets `care: null` and the penalty inside the load part
 * (room to take more on), so its parts still add up to the score it sees and nothing says the
 * penalty was for wellbeing. The near-capacity penalty (domain/matching.ts nearCapacityPenalty)
 * goes the same way: it rests on the hours the key person declared, which organisations do not read.
 * See docs/security.md.
 */
export function scorePartsShownTo(
  actor: Actor,
  candidate: Pick<RankedCandidate, "breakdown" | "maxTravelKm" | "remote" | "continuity">,
  shownKm: number,
): ShownScoreParts {
  if (actor.role !== "ORGANISATION") return { ...candidate.breakdown };
  const shown = partsAtShownDistance(candidate.breakdown, candidate, shownKm, candidate.remote, candidate.continuity);
  // The penalty goes into the load part (room to take more on), so the parts still add up to the score
  // and nothing says it was for wellbeing.
  return { ...shown, load: Math.round((shown.load + (candidate.breakdown.care ?? 0)) * 100) / 100, care: null };
}

/** The parts as shown: `care` is null for an organisation. */
export type ShownScoreParts = Omit<ScoreParts, "care"> & { care: number | null };

/** Care (issue 17): the explanation codes an organisation is not shown (wellbeing). */
export const HIDDEN_FROM_ORGANISATIONS: readonly string[] = ["MATCH_CARE", "MATCH_NEAR_CAPACITY"];

/** The explanation (codes and English reasons, same order) as the viewer may see it: an organisation does not see MATCH_CARE. */
export function explanationShownTo<T extends { code: string }>(
  actor: Actor,
  explanation: readonly T[],
  reasons: readonly string[],
): { explanation: T[]; reasons: string[] } {
  if (actor.role !== "ORGANISATION") return { explanation: [...explanation], reasons: [...reasons] };
  const keep = explanation.map((e) => !HIDDEN_FROM_ORGANISATIONS.includes(e.code));
  return { explanation: explanation.filter((_, i) => keep[i]), reasons: reasons.filter((_, i) => keep[i] ?? true) };
}
