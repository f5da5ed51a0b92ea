import DataLoader from "dataloader";
import { Raw, type FindOperator } from "typeorm";

/**
 * A DataLoader that also answers, without waiting, what was primed into it in this request
 * (`peek`). A list that read its items' relations along with its page primes them; a field
 * resolver that peeks first then returns plainly instead of a promise, which spares
 * graphql-js a promise per field and item on a page of a hundred.
 */
export class PrimableLoader<K, V> extends DataLoader<K, V> {
  private readonly primed = new Map<K, V>();

  override prime(key: K, value: V | PromiseLike<V> | Error): this {
    if (!(value instanceof Error) && !isPromiseLike(value) && !this.primed.has(key)) this.primed.set(key, value);
    return super.prime(key, value);
  }

  override clear(key: K): this {
    this.primed.delete(key);
    return super.clear(key);
  }

  override clearAll(): this {
    this.primed.clear();
    return super.clearAll();
  }

  /** The value primed for `key`, or undefined when it was not primed (then `load` it). */
  peek(key: K): V | undefined {
    return this.primed.get(key);
  }

  /** The primed value as it is, else a promise of the loaded one. */
  peekOrLoad(key: K): V | Promise<V> {
    return this.primed.has(key) ? (this.primed.get(key) as V) : this.load(key);
  }
}

/** `then` applied now to a plain value, or when the promise settles. */
export function thenOrNow<T, R>(value: T | Promise<T>, then: (value: T) => R): R | Promise<R> {
  return value instanceof Promise ? value.then(then) : then(value);
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as PromiseLike<unknown> | null)?.then === "function";
}

/** One query for many ids; the answer is in the order of the keys, null where none exists. */
export function byIdLoader<K, V>(fetch: (keys: readonly K[]) => Promise<V[]>, idOf: (value: V) => K) {
  return new PrimableLoader<K, V | null>(async (keys) => {
    const byId = new Map((await fetch(keys)).map((value) => [idOf(value), value]));
    return keys.map((key) => byId.get(key) ?? null);
  });
}

/** One query for the children of many parents; an empty list for a parent without any. */
export function groupedLoader<K, V>(fetch: (keys: readonly K[]) => Promise<V[]>, parentOf: (value: V) => K) {
  return new PrimableLoader<K, V[]>(async (keys) => {
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
