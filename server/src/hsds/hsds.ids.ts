import { createHash } from "node:crypto";

/** The namespace of every derived HSDS id (a fixed, random uuid of this project). */
const NAMESPACE = Buffer.from("5c1e7c2a8d3b4f6e9a0b1c2d3e4f5a6b", "hex");

/**
 * A name-based uuid (RFC 9562 version 5): the same name gives the same id on every call,
 * so records HSDS needs that Sleutelkaart keeps as codes or columns (a topic, an address,
 * a cost option) get stable uuids without a table of their own.
 */
export function hsdsUuid(name: string): string {
  const hash = createHash("sha1").update(NAMESPACE).update(name, "utf8").digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
