import DataLoader from "dataloader";

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
