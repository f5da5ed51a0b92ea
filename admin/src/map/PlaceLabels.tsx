import { useState } from "react";
import { CircleMarker, Tooltip, useMapEvents } from "react-leaflet";
import type { FeatureCollection, MultiPolygon, Polygon } from "geojson";

/** What a label needs of a municipality. */
interface Named {
  gemeentecode: string;
  gemeentenaam: string;
  centroid_lat: number;
  centroid_lon: number;
}

// Place names on the municipality base layer, so the map reads without a tile server:
// zoomed out the big cities and the provincial capitals, zoomed in every municipality.

/** The cities named on the whole country's map (CBS codes): the largest and the provincial capitals (not Almere: it would cover Amsterdam). */
const CITIES = new Set([
  "GM0363", // Amsterdam
  "GM0599", // Rotterdam
  "GM0518", // 's-Gravenhage
  "GM0344", // Utrecht
  "GM0772", // Eindhoven
  "GM0014", // Groningen
  "GM0855", // Tilburg
  "GM0758", // Breda
  "GM0268", // Nijmegen
  "GM0202", // Arnhem
  "GM0153", // Enschede
  "GM0392", // Haarlem
  "GM0193", // Zwolle
  "GM0080", // Leeuwarden
  "GM0935", // Maastricht
  "GM0796", // 's-Hertogenbosch
  "GM0687", // Middelburg
  "GM0106", // Assen
  "GM0995", // Lelystad
]);

/** From this zoom on every municipality is named (about one province in view). */
export const ALL_NAMES_ZOOM = 9;

/** Place names drawn on the map itself: text with a halo, no box (for the map container's sx). */
export const PLACE_LABEL_SX = {
  "& .leaflet-tooltip.sk-place-label": {
    background: "transparent",
    border: 0,
    boxShadow: "none",
    padding: 0,
    color: "#37474f",
    fontSize: 11,
    fontWeight: 600,
    letterSpacing: 0.2,
    textShadow: "0 0 2px #fff, 0 0 3px #fff, 0 0 4px #fff",
    "&::before": { display: "none" },
  },
} as const;

export const PlaceLabels = ({ municipalities }: { municipalities: FeatureCollection<Polygon | MultiPolygon, Named> }) => {
  const [zoom, setZoom] = useState<number | null>(null);
  const map = useMapEvents({ zoomend: () => setZoom(map.getZoom()) });
  const current = zoom ?? map.getZoom();
  const features = municipalities.features.filter((feature) => current >= ALL_NAMES_ZOOM || CITIES.has(feature.properties.gemeentecode));
  return (
    <>
      {features.map((feature) => (
        // an invisible anchor: a tooltip needs a layer to hang from
        <CircleMarker
          key={feature.properties.gemeentecode}
          center={[feature.properties.centroid_lat, feature.properties.centroid_lon]}
          radius={0}
          pathOptions={{ opacity: 0, fillOpacity: 0 }}
          interactive={false}
        >
          <Tooltip permanent direction="center" interactive={false} className="sk-place-label">
            {feature.properties.gemeentenaam}
          </Tooltip>
        </CircleMarker>
      ))}
    </>
  );
};
