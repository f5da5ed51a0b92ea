// The coordinators' action list (issue 21): who needs a coordinator now, by kind. At
// 100,000 key persons thousands of people need some action, so the list is counted and
// paged in PostgreSQL from the stored statuses (oversight.store.ts), and only the page
// the coordinator looks at is turned into items with their details and key persons.
import { coded, type Coded } from "../domain/reasons";
import type { Reason } from "../domain/oversight";
import type { KeyPerson } from "../registry/registry.entity";

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

/** One line of the action list as read from PostgreSQL: what its item needs. */
export interface ActionRow {
  kind: ActionKind;
  keyPersonId: number;
  /** RED: the stored reasons (JSON: `since` is a string there, and unused). */
  reasons: Pick<Reason, "level" | "message" | "code" | "params">[] | null;
  /** SUPERVISION_OVERDUE and SUPERVISION_DUE: the last session, YYYY-MM-DD (null: never). */
  lastSupervisionOn: string | null;
  /** STALE: when the profile was last confirmed, YYYY-MM-DD (null: never). */
  confirmedOn: string | null;
}

/** The item shown for a row: its detail in English and its reasons as codes. */
export function actionItem(row: ActionRow): ActionItem {
  const { keyPersonId, kind } = row;
  if (kind === "STALE") {
    const confirmedOn = row.confirmedOn;
    return {
      keyPersonId,
      kind,
      detail: confirmedOn ? `confirmed ${confirmedOn}` : "never confirmed",
      reasons: [confirmedOn ? coded("PROFILE_CONFIRMED", { date: confirmedOn }) : coded("PROFILE_NEVER_CONFIRMED")],
    };
  }
  if (kind === "CONTACT_REQUESTED") return { keyPersonId, kind, detail: "asked to be contacted", reasons: [coded("CONTACT_REQUESTED")] };
  if (kind === "RED") {
    const red = (row.reasons ?? []).filter((r) => r.level === "RED");
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
    detail: `last session ${row.lastSupervisionOn}`,
    reasons: [coded("LAST_SUPERVISION", { date: row.lastSupervisionOn ?? null })],
  };
}

/**
 * The action list of everyone in a coordinator's scope: the counts per kind, and a way to
 * read any window of it (in SQL, oversight.store.ts) — nothing held per key person.
 */
export class ActionIndex {
  constructor(
    private readonly countByKind: ReadonlyMap<ActionKind, number>,
    private readonly read: (kinds: readonly ActionKind[], skip: number, take: number) => Promise<ActionRow[]>,
  ) {}

  /** Every kind, most urgent first, 0 included. */
  counts(): { kind: ActionKind; count: number }[] {
    return ACTION_KINDS.map((kind) => ({ kind, count: this.countByKind.get(kind) ?? 0 }));
  }

  /** How many items of this kind (null: of every kind). */
  total(kind: ActionKind | null): number {
    return kind === null ? ACTION_KINDS.reduce((sum, k) => sum + (this.countByKind.get(k) ?? 0), 0) : (this.countByKind.get(kind) ?? 0);
  }

  /**
   * The items `skip` to `skip + take` of this kind (null: every kind, most urgent kind
   * first), each kind in the order of the key persons' ids. Past the end: none.
   */
  async window(kind: ActionKind | null, skip: number, take: number): Promise<ActionItem[]> {
    if (take <= 0 || skip >= this.total(kind)) return [];
    const rows = await this.read(kind === null ? ACTION_KINDS : [kind], skip, take);
    return rows.map(actionItem);
  }
}
