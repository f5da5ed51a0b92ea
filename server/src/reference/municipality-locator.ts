import { readFileSync } from "node:fs";
import path from "node:path";
import { booleanPointInPolygon, point, pointToPolygonDistance } from "@turf/turf";
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { projectRoot } from "../shared/paths";

/** A point this far outside every boundary (coast, open water) still belongs to the nearest municipality. */
export const MAX_OUTSIDE_KM = 5;
/** Grid cell size for the bounding-box index, in degrees (about 7 × 11 km here). */
const CELL_DEG = 0.1;
/** How far around a point to look for the nearest boundary: a bit more than MAX_OUTSIDE_KM. */
const NEAR_DEG = 0.1;

type Area = Feature<Polygon | MultiPolygon, { gemeentecode: string }>;
interface Indexed {
  code: string;
  feature: Area;
  minLon: number;
  minLat: number;
  maxLon: number;
  maxLat: number;
}

export interface Located {
  code: string;
  /** False when the point lies in no boundary and the nearest municipality was taken. */
  inside: boolean;
}

function bounds(feature: Area) {
  let minLon = Infinity, minLat = Infinity, maxLon = -Infinity, maxLat = -Infinity;
  const rings = feature.geometry.type === "Polygon" ? [feature.geometry.coordinates] : feature.geometry.coordinates;
  for (const polygon of rings) {
    for (const [lon, lat] of polygon[0]) {
      minLon = Math.min(minLon, lon); maxLon = Math.max(maxLon, lon);
      minLat = Math.min(minLat, lat); maxLat = Math.max(maxLat, lat);
    }
  }
  return { minLon, minLat, maxLon, maxLat };
}

/**
 * Maps a point to its municipality: point-in-polygon against only the boundaries whose
 * bounding box covers the point's grid cell, so a lookup tests a handful of polygons,
 * not all 342.
 */
export class MunicipalityLocator {
  private readonly grid = new Map<string, Indexed[]>();
  private readonly areas: Indexed[];

  constructor(collection: FeatureCollection) {
    this.areas = (collection.features as Area[]).map((feature) => ({
      code: feature.properties.gemeentecode,
      feature,
      ...bounds(feature),
    }));
    for (const area of this.areas) {
      for (let x = Math.floor(area.minLon / CELL_DEG); x <= Math.floor(area.maxLon / CELL_DEG); x++) {
        for (let y = Math.floor(area.minLat / CELL_DEG); y <= Math.floor(area.maxLat / CELL_DEG); y++) {
          const key = `${x}:${y}`;
          const cell = this.grid.get(key) ?? [];
          cell.push(area);
          this.grid.set(key, cell);
        }
      }
    }
  }

  static fromDataFile(file = path.join(projectRoot(), "data", "nl_gemeenten_2025.geojson")): MunicipalityLocator {
    return new MunicipalityLocator(JSON.parse(readFileSync(file, "utf8")));
  }

  get size(): number {
    return this.areas.length;
  }

  /** The municipality of a point, or null when it is not in (or just off the coast of) the Netherlands. */
  locate(lat: number, lon: number): Located | null {
    const here = point([lon, lat]);
    const cell = this.grid.get(`${Math.floor(lon / CELL_DEG)}:${Math.floor(lat / CELL_DEG)}`) ?? [];
    for (const area of cell) {
      if (lon < area.minLon || lon > area.maxLon || lat < area.minLat || lat > area.maxLat) continue;
      if (booleanPointInPolygon(here, area.feature)) return { code: area.code, inside: true };
    }
    return this.nearest(lat, lon);
  }

  private nearest(lat: number, lon: number): Located | null {
    let best: { code: string; km: number } | null = null;
    for (const area of this.areas) {
      const nearBox =
        lon >= area.minLon - NEAR_DEG && lon <= area.maxLon + NEAR_DEG &&
        lat >= area.minLat - NEAR_DEG && lat <= area.maxLat + NEAR_DEG;
      if (!nearBox) continue;
      const km = pointToPolygonDistance(point([lon, lat]), area.feature, { units: "kilometers" });
      if (km <= MAX_OUTSIDE_KM && (!best || km < best.km)) best = { code: area.code, km };
    }
    return best && { code: best.code, inside: false };
  }
}
