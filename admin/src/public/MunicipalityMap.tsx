import "leaflet/dist/leaflet.css";
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from "geojson";
import L, { type GeoJSON as GeoJSONLayer, type LatLngBoundsExpression, type PathOptions } from "leaflet";
import { useEffect, useMemo, useRef } from "react";
import { AttributionControl, Circle, CircleMarker, GeoJSON, MapContainer, useMap, ZoomControl } from "react-leaflet";
import municipalityText from "../../../data/nl_gemeenten_2025.geojson?raw";
import provinceText from "../../../data/nl_provincies_2025.geojson?raw";
import type { Texts } from "./i18n";
import { placeLabel } from "./municipalities";
import type { Counts } from "./state";

// The map of the Netherlands drawn from the municipality boundaries in data/ (no tile
// server, so nobody learns which area a visitor looks at). An enhancement: the filters,
// the municipality list and the table carry the same information.

interface MunicipalityProperties {
  gemeentecode: string;
  gemeentenaam: string;
}

type Shapes = FeatureCollection<Polygon | MultiPolygon, MunicipalityProperties>;

const MUNICIPALITIES = JSON.parse(municipalityText) as Shapes;
const PROVINCES = JSON.parse(provinceText) as FeatureCollection<Polygon | MultiPolygon>;

const NL_BOUNDS: LatLngBoundsExpression = [
  [50.75, 3.36],
  [53.55, 7.23],
];

/** Classes of the number of listed key persons, light to dark. */
export const CLASSES: { from: number; to: number | null; colour: string }[] = [
  { from: 0, to: 0, colour: "#f7f5ef" },
  { from: 1, to: 1, colour: "#bfe3d6" },
  { from: 2, to: 3, colour: "#6cbfae" },
  { from: 4, to: 9, colour: "#22878f" },
  { from: 10, to: null, colour: "#0b4f69" },
];

const colourFor = (n: number) => CLASSES.find((c) => n >= c.from && (c.to === null || n <= c.to))?.colour ?? CLASSES[0].colour;

const SELECTED = "#b4450f";

interface Props {
  t: Texts;
  /** The page's direction: right to left puts the controls on the other side (the map itself is never mirrored). */
  dir: "ltr" | "rtl";
  counts: Counts;
  selectedCode: string | null;
  near: { lat: number; lon: number } | null;
  km: number;
  onSelect: (code: string) => void;
}

/** Shows the whole country, or the search circle when there is one. */
function FitView({ near, km }: { near: Props["near"]; km: number }) {
  const map = useMap();
  const lat = near?.lat;
  const lon = near?.lon;
  useEffect(() => {
    const animate = !window.matchMedia?.("(prefers-reduced-motion: reduce)").matches;
    if (lat !== undefined && lon !== undefined) map.flyToBounds(L.latLng(lat, lon).toBounds(km * 2000), { padding: [8, 8], duration: 0.6, animate });
    else map.fitBounds(NL_BOUNDS);
  }, [map, lat, lon, km]);
  useEffect(() => {
    map.attributionControl?.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
    const observer = new ResizeObserver(() => map.invalidateSize());
    observer.observe(map.getContainer());
    return () => observer.disconnect();
  }, [map]);
  return null;
}

export default function MunicipalityMap({ t, dir, counts, selectedCode, near, km, onSelect }: Props) {
  const layer = useRef<GeoJSONLayer | null>(null);
  // Leaflet binds its handlers once; they read the current values from here.
  const current = useRef({ t, dir, counts, selectedCode, onSelect });
  current.current = { t, dir, counts, selectedCode, onSelect };

  const style = useMemo(
    () =>
      (feature?: Feature): PathOptions => {
        const code = (feature?.properties as MunicipalityProperties | undefined)?.gemeentecode ?? "";
        const selected = code === current.current.selectedCode;
        return {
          fillColor: colourFor(current.current.counts.get(code)?.keyPersons ?? 0),
          fillOpacity: 1,
          color: selected ? SELECTED : "#7b8b93",
          weight: selected ? 3 : 0.5,
        };
      },
    [],
  );

  useEffect(() => {
    const geo = layer.current;
    if (!geo) return;
    geo.setStyle(style);
    if (selectedCode) {
      geo.eachLayer((l) => {
        const feature = (l as L.Polygon).feature as Feature<Polygon, MunicipalityProperties> | undefined;
        if (feature?.properties.gemeentecode === selectedCode) (l as L.Polygon).bringToFront();
      });
    }
  }, [counts, selectedCode, style]);

  const onEachFeature = useMemo(
    () => (feature: Feature, target: L.Layer) => {
      const { gemeentecode: code, gemeentenaam: name } = feature.properties as MunicipalityProperties;
      target.bindTooltip(
        () => {
          const { t: texts, dir: direction, counts: now } = current.current;
          const n = now.get(code)?.keyPersons ?? 0;
          const box = document.createElement("div");
          box.dir = direction;
          const strong = document.createElement("strong");
          strong.textContent = placeLabel(code, name);
          box.append(strong, document.createElement("br"), `${texts.tableKeyPersons}: ${n}`);
          return box;
        },
        { sticky: true, direction: "top", className: "pk-tooltip" },
      );
      target.on("click", () => current.current.onSelect(code));
    },
    [],
  );

  return (
    <div className="pk-map-wrap">
      {/* The map is geography: never mirrored. Its controls move to the reading side (zoom at the start of the line). */}
      <div className="pk-map" role="region" aria-label={t.mapLabel} dir="ltr">
        <MapContainer
          key={`${dir}-${t.zoomIn}`}
          zoomControl={false}
          attributionControl={false}
          bounds={NL_BOUNDS}
          zoomSnap={0.25}
          zoomDelta={0.5}
          minZoom={6}
          maxZoom={12}
          maxBounds={[
            [50.2, 2.5],
            [54.1, 8.1],
          ]}
          scrollWheelZoom={false}
          dragging={!L.Browser.mobile}
          style={{ height: "100%", width: "100%" }}
        >
          <GeoJSON ref={layer} data={MUNICIPALITIES} style={style} onEachFeature={onEachFeature} attribution="CBS / PDOK, CBS Gebiedsindelingen 2025" />
          <GeoJSON data={PROVINCES} style={{ color: "#4d5f68", weight: 1.2, fill: false, interactive: false }} interactive={false} />
          {near && (
            <Circle
              className="pk-search-circle"
              center={[near.lat, near.lon]}
              radius={km * 1000}
              pathOptions={{ color: SELECTED, weight: 2, dashArray: "6 4", fill: false, interactive: false }}
            />
          )}
          {near && !selectedCode && (
            <CircleMarker
              center={[near.lat, near.lon]}
              radius={7}
              pathOptions={{ color: "#fff", weight: 2, fillColor: SELECTED, fillOpacity: 1, interactive: false }}
            />
          )}
          <ZoomControl position={dir === "rtl" ? "topright" : "topleft"} zoomInTitle={t.zoomIn} zoomOutTitle={t.zoomOut} />
          <AttributionControl position={dir === "rtl" ? "bottomleft" : "bottomright"} />
          <FitView near={near} km={km} />
        </MapContainer>
      </div>
      <figure className="pk-legend">
        <figcaption>{t.legend}</figcaption>
        <ul>
          {CLASSES.map((c) => (
            <li key={c.from}>
              <span className="pk-swatch" style={{ background: c.colour }} />
              {c.to === null ? `${c.from}+` : c.from === c.to ? c.from : `${c.from}–${c.to}`}
            </li>
          ))}
        </ul>
      </figure>
    </div>
  );
}
