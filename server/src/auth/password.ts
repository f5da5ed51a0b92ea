import argon2 from "argon2";
import { randomBytes } from "node:crypto";

export const MIN_PASSWORD_LENGTH = 10;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false; // a malformed or placeholder hash never matches
  }
}

/** For accounts that exist before their owner chose a password: nothing can match it. */
export function unusableHash(): string {
  return `!unset:${randomBytes(16).toString("hex")}`;
}
