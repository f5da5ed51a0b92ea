import type { Feature, FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { useEffect, useState } from "react";
import { locatePoint } from "../../../server/src/domain/location";

// The municipality and province boundaries of 2025 (data/, see data/SOURCES.md) are the
// maps' base layer, so the console needs no tile server. They are bundled at build time
// as text and parsed once, in a chunk of their own that loads with the first map.

export interface MunicipalityProperties {
  gemeentecode: string;
  gemeentenaam: string;
  provincienaam: string;
  centroid_lat: number;
  centroid_lon: number;
}

export type MunicipalityFeature = Feature<Polygon | MultiPolygon, MunicipalityProperties>;

export interface Boundaries {
  municipalities: FeatureCollection<Polygon | MultiPolygon, MunicipalityProperties>;
  provinces: FeatureCollection<Polygon | MultiPolygon>;
  byCode: Map<string, MunicipalityFeature>;
}

/** South-west and north-east corners of the Netherlands, with a small margin. */
export const NL_BOUNDS: [[number, number], [number, number]] = [
  [50.72, 3.3],
  [53.58, 7.25],
];

let loading: Promise<Boundaries> | null = null;

export function loadBoundaries(): Promise<Boundaries> {
  if (!loading) {
    loading = Promise.all([import("../../../data/nl_gemeenten_2025.geojson?raw"), import("../../../data/nl_provincies_2025.geojson?raw")]).then(
      ([municipalityText, provinceText]) => {
        const municipalities = JSON.parse(municipalityText.default) as Boundaries["municipalities"];
        const provinces = JSON.parse(provinceText.default) as Boundaries["provinces"];
        const byCode = new Map(municipalities.features.map((feature) => [feature.properties.gemeentecode, feature]));
        return { municipalities, provinces, byCode };
      },
    );
    loading.catch(() => {
      loading = null;
    });
  }
  return loading;
}

/** The boundaries once loaded (null before). */
export function useBoundaries(): Boundaries | null {
  const [boundaries, setBoundaries] = useState<Boundaries | null>(null);
  useEffect(() => {
    let live = true;
    loadBoundaries().then(
      (loaded) => live && setBoundaries(loaded),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return boundaries;
}

/** The municipality's own centroid from the data (a point inside it for most shapes). */
export function centroidOf(boundaries: Boundaries, code: string): [number, number] | null {
  const feature = boundaries.byCode.get(code);
  return feature ? [feature.properties.centroid_lat, feature.properties.centroid_lon] : null;
}

/**
 * The municipality the point belongs to, by the server's own rule (domain/location.ts:
 * the one that holds it, or the nearest within MAX_OUTSIDE_KM off the coast; the same
 * boundaries); null in the open sea or abroad. Shown to the user before they save.
 */
export function municipalityAt(boundaries: Boundaries, lat: number, lon: number): MunicipalityFeature | null {
  return locatePoint(boundaries.municipalities.features, (feature) => feature.geometry, lat, lon)?.area ?? null;
}

/** The south-west and north-east corners of a municipality. */
export function boundsOf(feature: MunicipalityFeature): [[number, number], [number, number]] {
  let south = Infinity,
    west = Infinity,
    north = -Infinity,
    east = -Infinity;
  const polygons = feature.geometry.type === "Polygon" ? [feature.geometry.coordinates] : feature.geometry.coordinates;
  for (const [outer] of polygons) {
    for (const [lon, lat] of outer) {
      south = Math.min(south, lat);
      north = Math.max(north, lat);
      west = Math.min(west, lon);
      east = Math.max(east, lon);
    }
  }
  return [
    [south, west],
    [north, east],
  ];
}
