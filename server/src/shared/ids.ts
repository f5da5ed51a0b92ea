import { NotFound } from "./errors";

/** Our ids are positive integers; anything else names no record. */
export function parseId(value: string | number, what: string): number {
  const id = typeof value === "number" ? value : /^\d{1,9}$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(id) || id <= 0) throw new NotFound(what, String(value).slice(0, 40));
  return id;
}
