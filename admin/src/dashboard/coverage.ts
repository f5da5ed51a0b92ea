// Colours and order of the coverage map and its table. Pure, so unit-tested.
import type { CoverageQuery } from "../gql/graphql";

/** A row of the coverage resource (dataProvider/oversight.ts): id = the municipality's CBS code. */
export type CoverageRow = CoverageQuery["result"][number] & { id: string };

export type ReachClass = "none" | "one" | "few" | "many";

export const reachClass = (reachable: number): ReachClass => (reachable <= 0 ? "none" : reachable === 1 ? "one" : reachable <= 4 ? "few" : "many");

/** Red where nobody can come: that is where to recruit. */
export const REACH_COLOURS: Record<ReachClass, string> = {
  none: "#d32f2f",
  one: "#f9a825",
  few: "#9ccc65",
  many: "#2e7d32",
};

export const REACH_LEGEND: { reach: ReachClass; label: string }[] = [
  { reach: "none", label: "0" },
  { reach: "one", label: "1" },
  { reach: "few", label: "2–4" },
  { reach: "many", label: "5+" },
];

/** Unmet requests first, then the municipalities nobody reaches, then by name. */
export function sortForTable(rows: CoverageRow[]): CoverageRow[] {
  return [...rows].sort(
    (a, b) => b.unmetRequests - a.unmetRequests || a.reachable - b.reachable || a.municipality.name.localeCompare(b.municipality.name, "nl"),
  );
}
