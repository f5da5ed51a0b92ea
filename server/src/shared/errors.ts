import { GraphQLError } from "graphql";
import type { Refusal } from "../domain/reasons";

/** The error codes of the API contract; clients switch on these, so they never change. */
export const ErrorCode = {
  BAD_USER_INPUT: "BAD_USER_INPUT",
  UNAUTHENTICATED: "UNAUTHENTICATED",
  FORBIDDEN: "FORBIDDEN",
  NOT_FOUND: "NOT_FOUND",
  CONFLICT: "CONFLICT",
  /** The database could not be reached (a restart, a failover): try again in a moment. */
  SERVICE_UNAVAILABLE: "SERVICE_UNAVAILABLE",
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/**
 * Every refusal carries `extensions.code` (the contract's code), `extensions.reason` (a
 * stable machine name from domain/reasons.ts) and `extensions.params` (its typed values).
 * The message is readable English for API users; the console words the reason itself.
 */
class CodedError extends GraphQLError {
  constructor(code: ErrorCode, message: string, refusal: Refusal, extra: Record<string, unknown> = {}) {
    const { reason, field } = refusal;
    const params = "params" in refusal && refusal.params ? refusal.params : {};
    super(message, { extensions: { code, reason, params, ...(field ? { field } : {}), ...extra } });
  }
}

export class BadUserInput extends CodedError {
  constructor(message: string, refusal: Refusal) {
    super(ErrorCode.BAD_USER_INPUT, message, refusal);
  }
}
export class Unauthenticated extends CodedError {
  constructor(
    message = "Log in first, or again: sessions last 12 hours (send Authorization: Bearer <token> from login)",
    refusal: Refusal = { reason: "NOT_SIGNED_IN" },
  ) {
    super(ErrorCode.UNAUTHENTICATED, message, refusal);
  }
}
export class Forbidden extends CodedError {
  constructor(message = "Your role may not do this", refusal: Refusal = { reason: "ROLE_NOT_ALLOWED" }) {
    super(ErrorCode.FORBIDDEN, message, refusal);
  }
}
/** `entity` is the record's type name in the schema: "KeyPerson", "MatchRequest", "HourEntry" … */
export class NotFound extends CodedError {
  constructor(entity: string, id: string | number) {
    super(ErrorCode.NOT_FOUND, `${entity} ${id} does not exist or is not yours to see`, {
      reason: "RECORD_NOT_FOUND",
      params: { entity, id: String(id) },
    });
  }
}
/** `extra`: more extensions at the top level (the cap's room, kept there for API users who read it before reasons). */
export class Conflict extends CodedError {
  constructor(message: string, refusal: Refusal, extra: Record<string, unknown> = {}) {
    super(ErrorCode.CONFLICT, message, refusal, extra);
  }
}
/** Too many requests; HTTP 429 with Retry-After. */
export const rateLimited = (seconds: number) => ({
  message: `Too many requests from your address: wait ${seconds} seconds and try again`,
  extensions: { code: "RATE_LIMITED", reason: "RATE_LIMITED", params: { seconds }, retryAfterSeconds: seconds },
});

/** The refusal's extensions without throwing: for errors graphql-js or Apollo raise themselves. */
export function refusalExtensions(code: string, refusal: Refusal): Record<string, unknown> {
  const params = "params" in refusal && refusal.params ? refusal.params : {};
  return { code, reason: refusal.reason, params, ...(refusal.field ? { field: refusal.field } : {}) };
}

/** HTTP 503 too, so a load balancer or a client's retry logic sees it without reading the body. */
export class ServiceUnavailable extends CodedError {
  constructor(message = "The database cannot be reached right now; try again in a moment") {
    super(ErrorCode.SERVICE_UNAVAILABLE, message, { reason: "DATABASE_UNAVAILABLE" }, { http: { status: 503 } });
  }
}
