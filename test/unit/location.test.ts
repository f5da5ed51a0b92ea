import { readFileSync } from "node:fs";
import path from "node:path";
import { municipalityAt, type Boundaries, type MunicipalityFeature } from "../../admin/src/map/geodata";
import { containsPoint, kmOutside, locatePoint, MAX_OUTSIDE_KM, type AreaGeometry } from "../../server/src/domain/location";
import { MunicipalityLocator } from "../../server/src/reference/municipality-locator";

// One rule for "which municipality is this point in" (domain/location.ts), applied by the
// server when it derives a municipality and by the console's location picker before
// saving: a point just off the coast belongs to the nearest municipality on both sides.

// A square of about 11 × 6.8 km at 52° N: lon 5.0–5.1, lat 52.0–52.1.
const square: AreaGeometry = {
  type: "Polygon",
  coordinates: [
    [
      [5.0, 52.0],
      [5.1, 52.0],
      [5.1, 52.1],
      [5.0, 52.1],
      [5.0, 52.0],
    ],
  ],
};
const withHole: AreaGeometry = {
  type: "Polygon",
  coordinates: [
    square.coordinates[0] as number[][],
    [
      [5.04, 52.04],
      [5.06, 52.04],
      [5.06, 52.06],
      [5.04, 52.06],
      [5.04, 52.04],
    ],
  ],
};

test.each([
  ["the middle", square, 52.05, 5.05, true],
  ["east of it", square, 52.05, 5.2, false],
  ["the hole", withHole, 52.05, 5.05, false],
  ["the ring around the hole", withHole, 52.02, 5.02, true],
])("containsPoint: %s", (_label, geometry, lat, lon, inside) => {
  expect(containsPoint(geometry, lat, lon)).toBe(inside);
});

test.each([
  // 0.01° of latitude is 1.106 km
  ["inside", 52.05, 5.05, 0, 0],
  ["0.02° north", 52.12, 5.05, 2.21, 2.22],
  ["0.1° north", 52.2, 5.05, 11.05, 11.06],
])("kmOutside: %s", (_label, lat, lon, min, max) => {
  const km = kmOutside(square, lat, lon);
  expect(km).toBeGreaterThanOrEqual(min);
  expect(km).toBeLessThanOrEqual(max);
});

test.each([
  ["inside", 52.05, 5.05, { area: "A", inside: true }],
  [`within ${MAX_OUTSIDE_KM} km outside`, 52.14, 5.05, { area: "A", inside: false }],
  [`more than ${MAX_OUTSIDE_KM} km outside`, 52.15, 5.05, null],
])("locatePoint: %s", (_label, lat, lon, expected) => {
  expect(locatePoint([{ name: "A", geometry: square }], (area) => area.geometry, lat, lon)).toEqual(
    expected && { area: { name: "A", geometry: square }, inside: expected.inside },
  );
});

describe("the server and the console place a point alike", () => {
  const collection = JSON.parse(readFileSync(path.join(__dirname, "../../data/nl_gemeenten_2025.geojson"), "utf8")) as Boundaries["municipalities"];
  const boundaries: Boundaries = {
    municipalities: collection,
    provinces: { type: "FeatureCollection", features: [] },
    byCode: new Map(collection.features.map((feature) => [feature.properties.gemeentecode, feature as MunicipalityFeature])),
  };
  const locator = new MunicipalityLocator(collection);

  test.each([
    ["Dam, Amsterdam", 52.3731, 4.8926],
    ["just off the coast of Scheveningen (the server takes it: Den Haag)", 52.115, 4.255],
    ["the beach at Zandvoort, offshore", 52.375, 4.5],
    ["Vaalserberg", 50.7548, 6.0207],
    ["mid North Sea", 53.5, 3.0],
    ["Brussels", 50.8503, 4.3517],
  ])("%s", (_label, lat, lon) => {
    const server = locator.locate(lat, lon)?.code ?? null;
    const console = municipalityAt(boundaries, lat, lon)?.properties.gemeentecode ?? null;
    expect(console).toBe(server);
  });

  test("the coastal point is placed, not refused", () => {
    expect(municipalityAt(boundaries, 52.115, 4.255)?.properties.gemeentecode).toBe("GM0518");
  });
});
