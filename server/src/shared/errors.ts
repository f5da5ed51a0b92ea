import { GraphQLError } from "graphql";

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

class CodedError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

/** `field` names the input that was wrong, so a form can show the message beside it. */
export class BadUserInput extends CodedError {
  constructor(message: string, field?: string) {
    super(ErrorCode.BAD_USER_INPUT, message, field ? { field } : {});
  }
}
export class Unauthenticated extends CodedError {
  constructor(message = "Log in first, or again: sessions last 12 hours (send Authorization: Bearer <token> from login)") {
    super(ErrorCode.UNAUTHENTICATED, message);
  }
}
export class Forbidden extends CodedError {
  constructor(message = "Your role may not do this") {
    super(ErrorCode.FORBIDDEN, message);
  }
}
export class NotFound extends CodedError {
  constructor(what: string, id: string | number) {
    super(ErrorCode.NOT_FOUND, `${what} ${id} does not exist or is not yours to see`);
  }
}
export class Conflict extends CodedError {
  constructor(message: string, extra: Record<string, unknown> = {}) {
    super(ErrorCode.CONFLICT, message, extra);
  }
}
/** HTTP 503 too, so a load balancer or a client's retry logic sees it without reading the body. */
export class ServiceUnavailable extends CodedError {
  constructor(message = "The database cannot be reached right now; try again in a moment") {
    super(ErrorCode.SERVICE_UNAVAILABLE, message, { http: { status: 503 } });
  }
}
