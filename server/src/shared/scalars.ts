import { GraphQLError, GraphQLScalarType, Kind } from "graphql";

import { refusalExtensions } from "./errors";
import type { Refusal } from "../domain/reasons";

const invalid = (message: string, refusal: Refusal) => new GraphQLError(message, { extensions: refusalExtensions("BAD_USER_INPUT", refusal) });

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written as YYYY-MM-DD (so 2025-02-30 is refused). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

function parseDate(value: unknown): string {
  if (typeof value !== "string" || !isIsoDate(value)) {
    throw invalid(`Expected a date as YYYY-MM-DD (for example 2025-03-01), got ${JSON.stringify(value)}`, {
      reason: "NOT_A_DATE",
      params: { value: String(value).slice(0, 40) },
    });
  }
  return value;
}

/** A calendar date, kept as the string YYYY-MM-DD all the way to PostgreSQL's `date`. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: "Date",
  description: "A calendar date, ISO 8601: 2025-03-01",
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : parseDate(value)),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

function parseDateTime(value: unknown): Date {
  const date = typeof value === "string" && /^\d{4}-\d{2}-\d{2}T/.test(value) ? new Date(value) : null;
  if (!date || Number.isNaN(date.getTime())) {
    throw invalid(`Expected a date-time, ISO 8601 (for example 2025-03-01T10:00:00Z), got ${JSON.stringify(value)}`, {
      reason: "NOT_A_DATE_TIME",
      params: { value: String(value).slice(0, 40) },
    });
  }
  return date;
}

export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: "DateTime",
  description: "A moment, ISO 8601 in UTC: 2025-03-01T10:00:00Z",
  serialize: (value) => (value instanceof Date ? value : parseDateTime(value)).toISOString(),
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : undefined),
});
