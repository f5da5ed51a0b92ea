// A key person's workload: the hours per week their open assignments hold against the
// weekly capacity they gave. One definition for the profile, matching and the dashboard.

/**
 * The assignment statuses that hold a key person's hours: a proposal waiting for an
 * answer already holds them (docs/domain.md, "Workload"), an active assignment does.
 */
export const COMMITTING_STATUSES = ["PROPOSED", "ACTIVE"] as const;

export interface Workload {
  weeklyCapacityHours: number;
  committedHours: number;
  utilisation: number;
}

/**
 * The share of the weekly capacity in use: committed hours / capacity, unrounded and not
 * capped (over 1 is overbooked). Capacity 0 means "takes no hours": with nothing committed
 * nothing is used (0); with hours committed the person is full (1), since a share of no
 * capacity has no size.
 */
export function utilisation(weeklyCapacityHours: number, committedHours: number): number {
  const committed = Math.max(0, committedHours);
  if (weeklyCapacityHours > 0) return committed / weeklyCapacityHours;
  return committed > 0 ? 1 : 0;
}

/**
 * Own activities (intervision, training, network meetings, preparation; issue 16) take
 * time week after week without an assignment. Matching counts them as load: the hours of
 * own activities declared (not rejected) in the last OWN_ACTIVITY_LOAD_WEEKS weeks, spread
 * over those weeks, come on top of the hours the assignments hold.
 */
export const OWN_ACTIVITY_LOAD_WEEKS = 4;

/** The weekly hours own activities hold: their recent hours averaged over the window. */
export function ownActivityWeeklyHours(recentHours: number): number {
  return Math.max(0, recentHours) / OWN_ACTIVITY_LOAD_WEEKS;
}

// Care (issue 17): the load term of the ranking remembers. -------------------------------

/**
 * How many weeks back the ranking's load term reads declared hours (every kind: case
 * support, one-offs and own activities, not rejected). A key person whose case ended
 * last week has worked as much as one who still has it; without this memory they rank
 * at the top again the day their case ends (docs/simulation.md, "The load term has no memory").
 */
export const RECENT_LOAD_WEEKS = 8;

/** The weekly hours declared on average over the last RECENT_LOAD_WEEKS weeks. */
export function recentWeeklyHours(declaredHours: number): number {
  return Math.max(0, declaredHours) / RECENT_LOAD_WEEKS;
}

/** The workload as the API shows it: utilisation rounded to 3 decimals. */
export function workload(weeklyCapacityHours: number, committedHours: number): Workload {
  return { weeklyCapacityHours, committedHours, utilisation: Math.round(utilisation(weeklyCapacityHours, committedHours) * 1000) / 1000 };
}

/** The dashboard's utilisation buckets: the first whose `max` the share does not pass. */
const UTILISATION_BUCKETS: readonly { label: string; max: number }[] = [
  { label: "0%", max: 0 },
  { label: "1–25%", max: 0.25 },
  { label: "26–50%", max: 0.5 },
  { label: "51–75%", max: 0.75 },
  { label: "76–100%", max: 1 },
  { label: "over 100%", max: Infinity },
];

/** How many of these (capacity, committed) pairs fall in each utilisation bucket; `n`: how many people have the pair (default 1). */
export function utilisationBuckets(people: readonly { capacity: number; committed: number; n?: number }[]): { label: string; count: number }[] {
  const counts = UTILISATION_BUCKETS.map((bucket) => ({ label: bucket.label, count: 0 }));
  for (const person of people) {
    const share = utilisation(person.capacity, person.committed);
    counts[UTILISATION_BUCKETS.findIndex((bucket) => share <= bucket.max + 1e-9)].count += person.n ?? 1;
  }
  return counts;
}
