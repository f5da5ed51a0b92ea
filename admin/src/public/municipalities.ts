import csv from "../../../data/nl_gemeenten_2025.csv?raw";
import { parseCsv } from "../../../server/src/domain/csv";

// The 342 municipalities of 2025 with their centroids (data/nl_gemeenten_2025.csv, 30 kB),
// bundled so the picker and "near" work before, and without, the map.

export interface Place {
  code: string;
  /** CBS spelling, as the API returns it */
  name: string;
  /** what people look for first: "Den Haag ('s-Gravenhage)" */
  label: string;
  province: string;
  lat: number;
  lon: number;
}

/** Names people use for a municipality whose CBS name is different. */
const COMMON_NAMES: Record<string, string> = {
  GM0518: "Den Haag",
  GM0796: "Den Bosch",
};

// A quoted name may hold a comma ("Nuenen, Gerwen en Nederwetten"): read as CSV, not split on commas.
function parse(text: string): Place[] {
  return parseCsv(text)
    .map((row): Place => {
      const common = COMMON_NAMES[row.gemeentecode];
      return {
        code: row.gemeentecode,
        name: row.gemeentenaam,
        label: common ? `${common} (${row.gemeentenaam})` : row.gemeentenaam,
        province: row.provincienaam,
        lat: Number(row.centroid_lat),
        lon: Number(row.centroid_lon),
      };
    })
    .sort((a, b) => a.label.localeCompare(b.label, "nl", { sensitivity: "base", ignorePunctuation: true }));
}

export const PLACES: Place[] = parse(csv);
export const PLACE_BY_CODE = new Map(PLACES.map((place) => [place.code, place]));

/** The municipality's name as people know it. */
export function placeLabel(code: string, fallback: string): string {
  return PLACE_BY_CODE.get(code)?.label ?? fallback;
}

/** Great-circle distance in km (as the server measures "within"). */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** The Netherlands with a margin: a location outside it is not useful for this map. */
export function inNetherlands(point: { lat: number; lon: number }): boolean {
  return point.lat >= 50.6 && point.lat <= 53.7 && point.lon >= 3.2 && point.lon <= 7.3;
}
