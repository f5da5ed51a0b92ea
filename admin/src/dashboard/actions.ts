// The coordinator's action list: the server gives one item per key person and concern;
// the dashboard shows one row per key person, most urgent first. Pure, so unit-tested.

export type ActionKind = "RED" | "CONTACT_REQUESTED" | "SUPERVISION_OVERDUE" | "SUPERVISION_DUE" | "STALE";

export interface ActionItem {
  kind: ActionKind | string;
  detail: string;
  keyPerson: { id: string; displayName: string; homeMunicipality?: { name: string } | null };
}

export interface ActionRow {
  keyPerson: ActionItem["keyPerson"];
  items: { kind: string; detail: string }[];
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
    row.items.push({ kind: action.kind, detail: action.detail });
    byPerson.set(action.keyPerson.id, row);
  }
  const rows = [...byPerson.values()];
  for (const row of rows) row.items.sort((a, b) => rank(a.kind) - rank(b.kind));
  return rows.sort(
    (a, b) => rank(a.items[0].kind) - rank(b.items[0].kind) || a.keyPerson.displayName.localeCompare(b.keyPerson.displayName),
  );
}

/**
 * The details worth showing: "asked to be contacted" appears both as the RED reason and
 * as its own item; say it once.
 */
export function distinctDetails(items: { kind: string; detail: string }[]): { kind: string; detail: string }[] {
  const seen = new Set<string>();
  return items
    .map((item) => {
      const parts = item.detail.split("; ").filter((part) => part && !seen.has(part));
      parts.forEach((part) => seen.add(part));
      return { kind: item.kind, detail: parts.join("; ") };
    })
    .filter((item) => item.detail !== "");
}
