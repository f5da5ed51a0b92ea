// The coordinators' action list (issue 21): who needs a coordinator now, by kind. At
// 100,000 key persons thousands of people need some action, so the list is kept compact
// — per kind, the ascending ids of the key persons — and only the page the coordinator
// looks at is turned into items with their details and key persons.
import { coded, type Coded } from "../domain/reasons";
import type { KeyPerson } from "../registry/registry.entity";
import type { OversightStatus } from "./oversight.facts";

/** Most urgent first: someone who asked for contact before a profile that is merely old. */
export const ACTION_KINDS = ["CONTACT_REQUESTED", "RED", "SUPERVISION_OVERDUE", "SUPERVISION_DUE", "STALE"] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

export const isActionKind = (kind: string): kind is ActionKind => (ACTION_KINDS as readonly string[]).includes(kind);

export interface ActionItem {
  keyPersonId: number;
  kind: ActionKind;
  /** Why, in English for API users. */
  detail: string;
  /** Why, as codes with parameters (the console words them). */
  reasons: Coded[];
  /** Filled in by the resolver when the operation asks for the key persons of the whole list. */
  keyPerson?: KeyPerson;
}

/** The kinds that show why someone's wellbeing asks for action: showing them is a read of their wellbeing (audited). */
export const WELLBEING_KINDS: readonly ActionKind[] = ["RED", "CONTACT_REQUESTED"];

/**
 * The action list of everyone in a coordinator's scope, per kind: the ids, and what the
 * items of a page need (the statuses of the people with an action, the confirmation
 * dates of the stale ones) — nothing for the people who need none.
 */
export class ActionIndex {
  private readonly ids = new Map<ActionKind, number[]>(ACTION_KINDS.map((kind) => [kind, []]));
  private readonly statuses = new Map<number, OversightStatus>();
  private readonly confirmedOn = new Map<number, string | null>();
  private sorted = true;

  /** An active key person and their statuses: contact requested, RED, supervision overdue or due. */
  addActive(keyPersonId: number, status: OversightStatus): void {
    const kinds: ActionKind[] = [];
    if (status.contactRequested) kinds.push("CONTACT_REQUESTED");
    if (status.wellbeing === "RED") kinds.push("RED");
    if (status.supervision === "OVERDUE") kinds.push("SUPERVISION_OVERDUE");
    if (status.supervision === "DUE_SOON") kinds.push("SUPERVISION_DUE");
    if (kinds.length === 0) return;
    for (const kind of kinds) this.ids.get(kind)!.push(keyPersonId);
    this.statuses.set(keyPersonId, status);
    this.sorted = false;
  }

  /** An active key person whose profile was not confirmed recently (`confirmedOn` null: never). */
  addStale(keyPersonId: number, confirmedOn: string | null): void {
    this.ids.get("STALE")!.push(keyPersonId);
    this.confirmedOn.set(keyPersonId, confirmedOn);
    this.sorted = false;
  }

  private list(kind: ActionKind): number[] {
    if (!this.sorted) {
      for (const ids of this.ids.values()) ids.sort((a, b) => a - b);
      this.sorted = true;
    }
    return this.ids.get(kind)!;
  }

  /** Every kind, most urgent first, 0 included. */
  counts(): { kind: ActionKind; count: number }[] {
    return ACTION_KINDS.map((kind) => ({ kind, count: this.ids.get(kind)!.length }));
  }

  /** How many items of this kind (null: of every kind). */
  total(kind: ActionKind | null): number {
    return kind === null ? ACTION_KINDS.reduce((sum, k) => sum + this.ids.get(k)!.length, 0) : this.ids.get(kind)!.length;
  }

  /**
   * The items `skip` to `skip + take` of this kind (null: every kind, most urgent kind
   * first), each kind in the order of the key persons' ids. Past the end: none.
   */
  window(kind: ActionKind | null, skip: number, take: number): ActionItem[] {
    const items: ActionItem[] = [];
    let offset = skip;
    for (const k of kind === null ? ACTION_KINDS : [kind]) {
      const ids = this.list(k);
      if (offset >= ids.length) {
        offset -= ids.length;
        continue;
      }
      for (const id of ids.slice(offset, offset + take - items.length)) items.push(this.item(k, id));
      offset = 0;
      if (items.length >= take) break;
    }
    return items;
  }

  private item(kind: ActionKind, keyPersonId: number): ActionItem {
    if (kind === "STALE") {
      const confirmedOn = this.confirmedOn.get(keyPersonId) ?? null;
      return {
        keyPersonId,
        kind,
        detail: confirmedOn ? `confirmed ${confirmedOn}` : "never confirmed",
        reasons: [confirmedOn ? coded("PROFILE_CONFIRMED", { date: confirmedOn }) : coded("PROFILE_NEVER_CONFIRMED")],
      };
    }
    const status = this.statuses.get(keyPersonId)!;
    if (kind === "CONTACT_REQUESTED") return { keyPersonId, kind, detail: "asked to be contacted", reasons: [coded("CONTACT_REQUESTED")] };
    if (kind === "RED") {
      const red = status.reasons.filter((r) => r.level === "RED");
      return {
        keyPersonId,
        kind,
        detail: red.map((r) => r.message).join("; "),
        reasons: red.map(({ code, params }) => ({ code, params: params ?? {} }) as Coded),
      };
    }
    return {
      keyPersonId,
      kind,
      detail: `last session ${status.lastSupervisionOn}`,
      reasons: [coded("LAST_SUPERVISION", { date: status.lastSupervisionOn ?? null })],
    };
  }
}
