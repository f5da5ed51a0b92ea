import csv from "../../../data/nl_gemeenten_2025.csv?raw";

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

function parse(text: string): Place[] {
  const [header, ...lines] = text.trim().split(/\r?\n/);
  const columns = header.split(",");
  const at = (name: string) => columns.indexOf(name);
  const [code, name, province, lat, lon] = ["gemeentecode", "gemeentenaam", "provincienaam", "centroid_lat", "centroid_lon"].map(at);
  return lines
    .map((line) => line.split(","))
    .map((cells): Place => {
      const common = COMMON_NAMES[cells[code]];
      return {
        code: cells[code],
        name: cells[name],
        label: common ? `${common} (${cells[name]})` : cells[name],
        province: cells[province],
        lat: Number(cells[lat]),
        lon: Number(cells[lon]),
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
