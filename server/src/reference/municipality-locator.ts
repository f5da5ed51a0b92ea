import { readFileSync } from "node:fs";
import path from "node:path";
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { locatePoint } from "../domain/location";
import { projectRoot } from "../shared/paths";

/**
 * How far around a point to look for boundaries, in degrees: more than MAX_OUTSIDE_KM
 * (0.1° is 11 km north–south, 6.8 km east–west here).
 */
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
  let minLon = Infinity,
    minLat = Infinity,
    maxLon = -Infinity,
    maxLat = -Infinity;
  const rings = feature.geometry.type === "Polygon" ? [feature.geometry.coordinates] : feature.geometry.coordinates;
  for (const polygon of rings) {
    for (const [lon, lat] of polygon[0]) {
      minLon = Math.min(minLon, lon);
      maxLon = Math.max(maxLon, lon);
      minLat = Math.min(minLat, lat);
      maxLat = Math.max(maxLat, lat);
    }
  }
  return { minLon, minLat, maxLon, maxLat };
}

/**
 * Maps a point to its municipality by the rule of domain/location.ts (which the console
 * applies too), testing only the boundaries whose bounding box comes near the point, so a
 * lookup tests a handful of polygons, not all 342.
 */
export class MunicipalityLocator {
  private readonly areas: Indexed[];

  constructor(collection: FeatureCollection) {
    this.areas = (collection.features as Area[]).map((feature) => ({
      code: feature.properties.gemeentecode,
      feature,
      ...bounds(feature),
    }));
  }

  static fromDataFile(file = path.join(projectRoot(), "data", "nl_gemeenten_2025.geojson")): MunicipalityLocator {
    return new MunicipalityLocator(JSON.parse(readFileSync(file, "utf8")));
  }

  get size(): number {
    return this.areas.length;
  }

  /** The municipality of a point, or null when it is not in (or just off the coast of) the Netherlands. */
  locate(lat: number, lon: number): Located | null {
    const near = this.areas.filter(
      (area) => lon >= area.minLon - NEAR_DEG && lon <= area.maxLon + NEAR_DEG && lat >= area.minLat - NEAR_DEG && lat <= area.maxLat + NEAR_DEG,
    );
    const located = locatePoint(near, (area) => area.feature.geometry, lat, lon);
    return located && { code: located.area.code, inside: located.inside };
  }
}
