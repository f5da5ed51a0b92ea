import argon2 from "argon2";
import { randomBytes } from "node:crypto";

export { MIN_PASSWORD_LENGTH, MAX_PASSWORD_LENGTH } from "./password-policy";

/** argon2id cost. Production keeps the library's defaults (64 MiB, 3 passes); the test suite lowers them (ARGON2_MEMORY_KIB). */
let cost: { memoryCost?: number; timeCost?: number } = {};

export function configurePasswordHashing(memoryKib: number | null): void {
  cost = memoryKib === null ? {} : { memoryCost: memoryKib, timeCost: 2 };
  decoy = null;
}

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id, ...cost });
}

let decoy: Promise<string> | null = null;

/**
 * Whether the password matches the hash. Without a usable hash (no such account, or one
 * without a password yet) it checks against a decoy and says no, taking as long as a
 * real check: the response time tells no one which accounts exist.
 */
export async function verifyPassword(hash: string | null, password: string): Promise<boolean> {
  const usable = hash?.startsWith("$argon2") ?? false;
  try {
    const matches = await argon2.verify(usable ? hash! : await (decoy ??= hashPassword(randomBytes(16).toString("hex"))), password);
    return usable && matches;
  } catch {
    return false; // a malformed hash never matches
  }
}

/** For accounts that exist before their owner chose a password: nothing can match it. */
/** Whether the account still has the placeholder of unusableHash (no password chosen yet). */
export const isUnusableHash = (hash: string): boolean => hash.startsWith("!unset:");

export function unusableHash(): string {
  return `!unset:${randomBytes(16).toString("hex")}`;
}
