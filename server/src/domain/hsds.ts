// The rules of the open-data API (HSDS 3.0, server/src/hsds/): its paging envelope, the
// query parameters it reads, and the formats HSDS asks for (status, weekly schedules).
// Pure: no framework, no database.

import type { Refusal } from "./reasons";

export const HSDS_VERSION = "3.0";
export const HSDS_DEFAULT_PER_PAGE = 50;
export const HSDS_MAX_PER_PAGE = 200;
export const HSDS_MAX_PAGE = 100_000;

/** The envelope of every list (openapi.json, components.schemas.Page) around its `contents`. */
export interface HsdsPage<T> {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: T[];
}

export function hsdsPage<T>(contents: T[], totalItems: number, page: number, perPage: number): HsdsPage<T> {
  const totalPages = Math.ceil(totalItems / perPage);
  return {
    total_items: totalItems,
    total_pages: totalPages,
    page_number: page,
    size: contents.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; refusal: Refusal };

const refuse = (refusal: Refusal): { ok: false; refusal: Refusal } => ({ ok: false, refusal });

/** A query value as Express gives it: a repeated parameter is refused, not guessed at. */
function single(raw: unknown, field: string): Parsed<string | undefined> {
  if (raw === undefined) return { ok: true, value: undefined };
  if (typeof raw !== "string") return refuse({ reason: "INVALID_INPUT", field });
  return { ok: true, value: raw };
}

function integer(raw: unknown, field: string, fallback: number, max: number): Parsed<number> {
  const text = single(raw, field);
  if (!text.ok) return text;
  if (text.value === undefined || text.value === "") return { ok: true, value: fallback };
  if (!/^\d{1,9}$/.test(text.value)) return refuse({ reason: "INVALID_INPUT", field });
  const value = Number(text.value);
  if (value < 1 || value > max) return refuse({ reason: "NUMBER_OUT_OF_RANGE", field, params: { min: 1, max } });
  return { ok: true, value };
}

export function parseHsdsPaging(query: Record<string, unknown>): Parsed<{ page: number; perPage: number; offset: number }> {
  const page = integer(query.page, "page", 1, HSDS_MAX_PAGE);
  if (!page.ok) return page;
  const perPage = integer(query.per_page, "per_page", HSDS_DEFAULT_PER_PAGE, HSDS_MAX_PER_PAGE);
  if (!perPage.ok) return perPage;
  return { ok: true, value: { page: page.value, perPage: perPage.value, offset: (page.value - 1) * perPage.value } };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string): boolean => UUID.test(value);

export function parseBoolean(raw: unknown, field: string): Parsed<boolean> {
  const text = single(raw, field);
  if (!text.ok) return text;
  if (text.value === undefined || text.value === "" || text.value === "false" || text.value === "0") return { ok: true, value: false };
  if (text.value === "true" || text.value === "1") return { ok: true, value: true };
  return refuse({ reason: "INVALID_INPUT", field });
}

/** The filters the lists understand (openapi.json, components.parameters). */
export interface HsdsFilters {
  search?: string;
  organizationId?: string;
  taxonomyTermId?: string;
  taxonomyId?: string;
  modifiedAfter?: Date;
  /** Four digits: the postal area (PC4) of a location. */
  postcode?: string;
  full: boolean;
  fullService: boolean;
  minimal: boolean;
  ndjson: boolean;
}

export const HSDS_MAX_SEARCH = 200;

export function parseHsdsFilters(query: Record<string, unknown>): Parsed<HsdsFilters> {
  const text: Record<string, string | undefined> = {};
  for (const field of ["search", "organization_id", "taxonomy_term_id", "taxonomy_id", "modified_after", "postcode", "proximity", "format"]) {
    const value = single(query[field], field);
    if (!value.ok) return value;
    text[field] = value.value?.trim() || undefined;
  }
  if (text.search && text.search.length > HSDS_MAX_SEARCH) return refuse({ reason: "TEXT_TOO_LONG", field: "search", params: { max: HSDS_MAX_SEARCH } });
  // An id that cannot exist matches nothing, as an unknown one does: no error, an empty page.
  let modifiedAfter: Date | undefined;
  if (text.modified_after) {
    modifiedAfter = new Date(text.modified_after);
    if (!/^\d{4}-\d{2}-\d{2}/.test(text.modified_after) || Number.isNaN(modifiedAfter.getTime()))
      return refuse({ reason: "INVALID_INPUT", field: "modified_after" });
  }
  let postcode: string | undefined;
  if (text.postcode) {
    const digits = /^(\d{4})\s*([a-z]{2})?$/i.exec(text.postcode);
    if (!digits) return refuse({ reason: "INVALID_INPUT", field: "postcode" });
    postcode = digits[1];
  }
  // Distances need the coordinates of a postal code, which Sleutelkaart does not hold.
  if (text.proximity) return refuse({ reason: "HSDS_PARAMETER_UNSUPPORTED", field: "proximity", params: { parameter: "proximity" } });
  if (text.format && text.format !== "json" && text.format !== "ndjson") return refuse({ reason: "INVALID_INPUT", field: "format" });
  const flags: Record<string, boolean> = {};
  for (const field of ["full", "full_service", "minimal"]) {
    const value = parseBoolean(query[field], field);
    if (!value.ok) return value;
    flags[field] = value.value;
  }
  return {
    ok: true,
    value: {
      search: text.search,
      organizationId: text.organization_id,
      taxonomyTermId: text.taxonomy_term_id,
      taxonomyId: text.taxonomy_id,
      modifiedAfter,
      postcode,
      full: flags.full,
      fullService: flags.full_service,
      minimal: flags.minimal,
      ndjson: text.format === "ndjson",
    },
  };
}

/** HSDS service.status is lower case with a space. */
export function hsdsStatus(status: string): "active" | "inactive" | "defunct" | "temporarily closed" {
  switch (status) {
    case "INACTIVE":
      return "inactive";
    case "DEFUNCT":
      return "defunct";
    case "TEMPORARILY_CLOSED":
      return "temporarily closed";
    default:
      return "active";
  }
}

const BYDAY = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;

/** ISO weekday 1 (Monday) … 7 (Sunday) as iCal's BYDAY; a text already in that form passes. */
export function byday(weekday: number | string): string {
  if (typeof weekday === "string" && !/^\d+$/.test(weekday)) return weekday.toUpperCase();
  const day = BYDAY[Number(weekday) - 1];
  if (!day) throw new Error(`Weekday ${weekday} is not 1 (Monday) … 7 (Sunday)`);
  return day;
}

/** "+01:00" for 60 minutes east of UTC. */
export function utcOffset(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

/**
 * A time of day as HSDS asks (HH:MM with its offset from UTC): opening hours are Dutch
 * local time, so the offset is the one Europe/Amsterdam has this week (+01:00 or +02:00).
 */
export function hsdsTime(time: string, offsetMinutes: number): string {
  const match = /^(\d{2}):(\d{2})/.exec(time);
  if (!match) throw new Error(`"${time}" is not a time of day`);
  return `${match[1]}:${match[2]}${utcOffset(offsetMinutes)}`;
}

/** Minutes east of UTC in the Netherlands at `at` (CET +60, CEST +120). */
export function amsterdamOffsetMinutes(at: Date): number {
  const parts = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Amsterdam", timeZoneName: "longOffset" }).formatToParts(at);
  const name = parts.find((p) => p.type === "timeZoneName")?.value ?? "GMT+01:00";
  const match = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
  if (!match) return 0;
  return (match[1] === "-" ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3] ?? 0));
}

/** A web address HSDS accepts as `format: uri` (we only ever publish http(s) ones). */
export const isWebAddress = (value: string | null | undefined): value is string => !!value && /^https?:\/\/[^\s]+$/i.test(value);
export const isEmailAddress = (value: string | null | undefined): value is string => !!value && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);
