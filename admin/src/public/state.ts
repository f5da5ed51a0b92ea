import type { MunicipalityCount, SearchInput } from "./api";
import { PLACE_BY_CODE } from "./municipalities";

/** Where to search near: a municipality's centroid, or the visitor's own (rounded) location. */
export type Location = { kind: "municipality"; code: string } | { kind: "point"; lat: number; lon: number };

/** Listed key persons and organisations per municipality code, with the current filters. */
export type Counts = Map<string, MunicipalityCount>;

export interface Filters {
  language: string;
  expertise: string;
  location: Location | null;
  km: number;
}

export const DISTANCES = [10, 25, 50] as const;
export const DEFAULT_KM = 25;

export const EMPTY_FILTERS: Filters = { language: "", expertise: "", location: null, km: DEFAULT_KM };

export function pointOf(location: Location | null): { lat: number; lon: number } | null {
  if (!location) return null;
  if (location.kind === "point") return { lat: location.lat, lon: location.lon };
  const place = PLACE_BY_CODE.get(location.code);
  return place ? { lat: place.lat, lon: place.lon } : null;
}

export function toSearchInput(filters: Filters): SearchInput {
  const near = pointOf(filters.location);
  return {
    languageCodes: filters.language ? [filters.language] : null,
    expertiseCodes: filters.expertise ? [filters.expertise] : null,
    near,
    withinKm: near ? filters.km : null,
  };
}

// The filters live in the address (?language=tir&topic=SGBV&municipality=GM0344&km=25), so a
// search can be bookmarked or shared. The visitor's own location never goes there.

export function filtersFromUrl(search: string): Filters {
  const params = new URLSearchParams(search);
  const language = params.get("language") ?? "";
  const expertise = params.get("topic") ?? "";
  const municipality = params.get("municipality") ?? "";
  const km = Number(params.get("km"));
  return {
    language: /^[a-z]{3}$/.test(language) ? language : "",
    expertise: /^[A-Z][A-Z0-9_]{0,40}$/.test(expertise) ? expertise : "",
    location: PLACE_BY_CODE.has(municipality) ? { kind: "municipality", code: municipality } : null,
    km: (DISTANCES as readonly number[]).includes(km) ? km : DEFAULT_KM,
  };
}

/** `lang`: the page's language, kept in the address (?lang=ar) unless it is Dutch. */
export function filtersToUrl(filters: Filters, lang = "nl"): string {
  const params = new URLSearchParams();
  if (lang !== "nl") params.set("lang", lang);
  if (filters.language) params.set("language", filters.language);
  if (filters.expertise) params.set("topic", filters.expertise);
  if (filters.location?.kind === "municipality") {
    params.set("municipality", filters.location.code);
    if (filters.km !== DEFAULT_KM) params.set("km", String(filters.km));
  }
  const query = params.toString();
  return query ? `?${query}` : "";
}
