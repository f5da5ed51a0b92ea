// The coordinator's action list: the server pages it a kind at a time (oversightActions),
// each item with its reasons as codes and params, and counts the items per kind, most
// urgent first. Pure, so unit-tested.
import type { ReasonLike } from "../common/wordReason";

export type ActionKind = "RED" | "CONTACT_REQUESTED" | "SUPERVISION_OVERDUE" | "SUPERVISION_DUE" | "STALE";

export interface ActionItem {
  kind: ActionKind | string;
  reasons: ReasonLike[];
  keyPerson: { id: string; displayName: string; homeMunicipality?: { name: string } | null };
}

export interface ActionCount {
  kind: ActionKind | string;
  count: number;
}

/** The tab the list opens on: the most urgent kind with items (the server lists the kinds most urgent first); null when nothing needs action. */
export function firstKindWithItems(counts: ActionCount[]): string | null {
  return counts.find((c) => c.count > 0)?.kind ?? null;
}
