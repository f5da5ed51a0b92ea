// The coordinator's action list: the server gives one item per key person and concern,
// each with its reasons as codes and params; the dashboard shows one row per key person,
// most urgent first. Pure, so unit-tested.
import type { ReasonLike } from "../common/wordReason";

export type ActionKind = "RED" | "CONTACT_REQUESTED" | "SUPERVISION_OVERDUE" | "SUPERVISION_DUE" | "STALE";

export interface ActionItem {
  kind: ActionKind | string;
  reasons: ReasonLike[];
  keyPerson: { id: string; displayName: string; homeMunicipality?: { name: string } | null };
}

export interface ActionRow {
  keyPerson: ActionItem["keyPerson"];
  items: { kind: string; reasons: ReasonLike[] }[];
}

const PRIORITY: string[] = ["RED", "CONTACT_REQUESTED", "SUPERVISION_OVERDUE", "SUPERVISION_DUE", "STALE"];
const rank = (kind: string) => {
  const index = PRIORITY.indexOf(kind);
  return index === -1 ? PRIORITY.length : index;
};

export function groupActions(actions: ActionItem[]): ActionRow[] {
  const byPerson = new Map<string, ActionRow>();
  for (const action of actions) {
    const row = byPerson.get(action.keyPerson.id) ?? { keyPerson: action.keyPerson, items: [] };
    row.items.push({ kind: action.kind, reasons: action.reasons });
    byPerson.set(action.keyPerson.id, row);
  }
  const rows = [...byPerson.values()];
  for (const row of rows) row.items.sort((a, b) => rank(a.kind) - rank(b.kind));
  return rows.sort((a, b) => rank(a.items[0].kind) - rank(b.items[0].kind) || a.keyPerson.displayName.localeCompare(b.keyPerson.displayName));
}

/**
 * The reasons worth showing: "asked to be contacted" appears both as a RED reason and as
 * its own item; say it once.
 */
export function distinctReasons(items: { kind: string; reasons: ReasonLike[] }[]): { kind: string; reasons: ReasonLike[] }[] {
  const seen = new Set<string>();
  const keyOf = (reason: ReasonLike) => `${reason.code}:${JSON.stringify(reason.params ?? {})}`;
  return items
    .map((item) => {
      const reasons = item.reasons.filter((reason) => !seen.has(keyOf(reason)));
      reasons.forEach((reason) => seen.add(keyOf(reason)));
      return { kind: item.kind, reasons };
    })
    .filter((item) => item.reasons.length > 0);
}
