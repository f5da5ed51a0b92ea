import type { GeoPoint } from "../types";

// The km a travel claim proposes: there and back, as the crow flies, on the same sphere
// the server measures on (turf's mean Earth radius). The key person corrects it to the
// distance actually driven. Pure, so unit-tested.

const EARTH_RADIUS_KM = 6371.0088;
const toRadians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance in km (haversine). */
export function distanceKm(from: GeoPoint, to: GeoPoint): number {
  const dLat = toRadians(to.lat - from.lat);
  const dLon = toRadians(to.lon - from.lon);
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(from.lat)) * Math.cos(toRadians(to.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** Home -> newcomer and back, rounded to 0.1 km; null when either point is unknown. */
export function proposedRoundTripKm(home: GeoPoint | null | undefined, destination: GeoPoint | null | undefined): number | null {
  if (!home || !destination) return null;
  return Math.round(distanceKm(home, destination) * 2 * 10) / 10;
}
