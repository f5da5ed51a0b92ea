import DataLoader from "dataloader";
import { Raw, type FindOperator } from "typeorm";

/** One query for many ids; the answer is in the order of the keys, null where none exists. */
export function byIdLoader<K, V>(fetch: (keys: readonly K[]) => Promise<V[]>, idOf: (value: V) => K) {
  return new DataLoader<K, V | null>(async (keys) => {
    const byId = new Map((await fetch(keys)).map((value) => [idOf(value), value]));
    return keys.map((key) => byId.get(key) ?? null);
  });
}

/** One query for the children of many parents; an empty list for a parent without any. */
export function groupedLoader<K, V>(fetch: (keys: readonly K[]) => Promise<V[]>, parentOf: (value: V) => K) {
  return new DataLoader<K, V[]>(async (keys) => {
    const groups = new Map<K, V[]>();
    for (const value of await fetch(keys)) {
      const key = parentOf(value);
      const group = groups.get(key);
      if (group) group.push(value);
      else groups.set(key, [value]);
    }
    return keys.map((key) => groups.get(key) ?? []);
  });
}

/**
 * A find condition "column = ANY($1)": one array parameter however many ids a batch holds.
 * TypeORM's In() sends a parameter per id, which PostgreSQL must plan anew for every
 * batch size and which fails past 65,535 ids.
 */
export function anyOf(ids: readonly number[]): FindOperator<number> {
  return Raw((column) => `${column} = ANY(:ids)`, { ids: [...ids] });
}
