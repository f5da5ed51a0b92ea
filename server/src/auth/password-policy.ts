// The password rule, the same at creation, change, reset, invitation and login:
// at least 12 and at most 128 characters, and not common, breached or easy to guess.
// zxcvbn-ts scores a password against lists of common and breached passwords, English
// and Dutch words and names, keyboard patterns, dates and repeats; we refuse a score
// below 3 ("safely unguessable: moderate protection from offline slow-hash scenario").
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as en from "@zxcvbn-ts/language-en";
import * as nl from "@zxcvbn-ts/language-nl-be";
import type { Refusal } from "../domain/reasons";
import { BadUserInput } from "../shared/errors";

import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "../domain/password-rules";

export { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH };
export const MIN_PASSWORD_SCORE = 3;

let factory: ZxcvbnFactory | null = null;

/** Built on first use: the dictionaries take about half a second to load. */
function zxcvbn(): ZxcvbnFactory {
  const prefixed = (prefix: string, dictionary: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(dictionary).map(([name, words]) => [`${prefix}-${name}`, words]));
  factory ??= new ZxcvbnFactory({
    graphs: common.adjacencyGraphs,
    dictionary: { ...common.dictionary, ...prefixed("en", en.dictionary), ...prefixed("nl", nl.dictionary) } as never,
  });
  return factory;
}

/**
 * Why this password may not be used, or null when it may. `context`: words the password
 * should not be built from (the e-mail address's local part, the name).
 */
export function passwordProblem(password: string, context: string[] = []): { message: string; refusal: Refusal } | null {
  if (password.length < MIN_PASSWORD_LENGTH) {
    return {
      message: `The password must be at least ${MIN_PASSWORD_LENGTH} characters`,
      refusal: { reason: "PASSWORD_TOO_SHORT", field: "password", params: { minLength: MIN_PASSWORD_LENGTH } },
    };
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    return {
      message: `The password may be at most ${MAX_PASSWORD_LENGTH} characters`,
      refusal: { reason: "PASSWORD_TOO_LONG", field: "password", params: { maxLength: MAX_PASSWORD_LENGTH } },
    };
  }
  // An e-mail address counts by its local part (the person), not its domain (the organisation).
  const inputs = context
    .map((text) => text.toLowerCase().replace(/@.*$/, ""))
    .flatMap((text) => [text.replace(/[^\p{L}\p{N}]+/gu, ""), ...text.split(/[^\p{L}\p{N}]+/u)])
    .filter((word) => word.length >= 3);
  if (zxcvbn().check(password, inputs).score < MIN_PASSWORD_SCORE) {
    return {
      message: "This password is too common or too easy to guess: choose a longer one, e.g. a few unrelated words",
      refusal: { reason: "PASSWORD_TOO_WEAK", field: "password" },
    };
  }
  return null;
}

/** Throws BAD_USER_INPUT (PASSWORD_TOO_SHORT, _TOO_LONG or _TOO_WEAK) unless the password may be used. */
export function assertPasswordAllowed(password: string, context: string[] = []): void {
  const problem = passwordProblem(password, context);
  if (problem) throw new BadUserInput(problem.message, problem.refusal);
}
