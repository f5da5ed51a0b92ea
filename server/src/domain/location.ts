// Which municipality a point belongs to: the one rule the server (reference/
// municipality-locator.ts, which derives a key person's or a request's municipality)
// and the console (the location picker, before saving) both apply. Pure: the
// boundaries come in as plain GeoJSON geometries, [lon, lat] positions.

/** A point this far outside every boundary (coast, open water) still belongs to the nearest municipality. */
export const MAX_OUTSIDE_KM = 5;

type Position = number[];
export type AreaGeometry = { type: "Polygon"; coordinates: Position[][] } | { type: "MultiPolygon"; coordinates: Position[][][] };

const KM_PER_DEGREE_LAT = 110.574;
const KM_PER_DEGREE_LON_AT_EQUATOR = 111.32;

const polygonsOf = (geometry: AreaGeometry): Position[][][] => (geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates);

/** Ray casting on one ring: lon is x, lat is y. */
function inRing(lat: number, lon: number, ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Whether the point lies inside the area (inside an outer ring and in none of its holes). */
export function containsPoint(geometry: AreaGeometry, lat: number, lon: number): boolean {
  return polygonsOf(geometry).some(([outer, ...holes]) => inRing(lat, lon, outer) && !holes.some((hole) => inRing(lat, lon, hole)));
}

/**
 * How far the point lies outside the area's boundary, in km (0 inside). Distances are
 * measured on a plane tangent at the point, exact to well under 1% at these few km.
 */
export function kmOutside(geometry: AreaGeometry, lat: number, lon: number): number {
  if (containsPoint(geometry, lat, lon)) return 0;
  const kx = KM_PER_DEGREE_LON_AT_EQUATOR * Math.cos((lat * Math.PI) / 180);
  const ky = KM_PER_DEGREE_LAT;
  let best = Infinity;
  for (const polygon of polygonsOf(geometry)) {
    for (const ring of polygon) {
      for (let i = 1; i < ring.length; i++) {
        const ax = (ring[i - 1][0] - lon) * kx,
          ay = (ring[i - 1][1] - lat) * ky;
        const bx = (ring[i][0] - lon) * kx,
          by = (ring[i][1] - lat) * ky;
        const dx = bx - ax,
          dy = by - ay;
        const length2 = dx * dx + dy * dy;
        const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / length2));
        best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
      }
    }
  }
  return best;
}

export interface Location<Area> {
  area: Area;
  /** False when the point lies in no boundary and the nearest area within MAX_OUTSIDE_KM was taken. */
  inside: boolean;
}

/**
 * The area that holds the point; else the nearest one at most MAX_OUTSIDE_KM away (a
 * point just off the coast); else null (abroad, open sea). `areas` may be only those
 * near the point (the server passes its index's candidates), as long as it holds every
 * area within MAX_OUTSIDE_KM of it.
 */
export function locatePoint<Area>(areas: Iterable<Area>, geometryOf: (area: Area) => AreaGeometry, lat: number, lon: number): Location<Area> | null {
  const candidates = [...areas];
  const holder = candidates.find((area) => containsPoint(geometryOf(area), lat, lon));
  if (holder !== undefined) return { area: holder, inside: true };
  let nearest: { area: Area; km: number } | null = null;
  for (const area of candidates) {
    const km = kmOutside(geometryOf(area), lat, lon);
    if (km <= MAX_OUTSIDE_KM && (!nearest || km < nearest.km)) nearest = { area, km };
  }
  return nearest && { area: nearest.area, inside: false };
}
