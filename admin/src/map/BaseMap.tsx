import "leaflet/dist/leaflet.css";
import { Box, CircularProgress, type SxProps, type Theme } from "@mui/material";
import type { Feature, Geometry } from "geojson";
import type { Layer, PathOptions } from "leaflet";
import { useEffect, type ReactNode } from "react";
import { GeoJSON, MapContainer, TileLayer, useMap } from "react-leaflet";
import { SEA_COLOUR } from "./colours";
import { NL_BOUNDS, useBoundaries, type Boundaries, type MunicipalityProperties } from "./geodata";
import { PLACE_LABEL_SX, PlaceLabels } from "./PlaceLabels";

// A map of the Netherlands drawn from the municipality boundaries in data/, so it works
// without a tile server. A tile layer is added only when the build sets one:
//   VITE_TILE_URL=https://tile.openstreetmap.org/{z}/{x}/{y}.png
//   VITE_TILE_ATTRIBUTION='&copy; OpenStreetMap contributors'
// (mind the tile server's usage policy, and that tiles tell it which areas are looked at).

const TILE_URL = import.meta.env.VITE_TILE_URL as string | undefined;
const TILE_ATTRIBUTION = (import.meta.env.VITE_TILE_ATTRIBUTION as string | undefined) ?? "";

/** Municipalities: land in a light tone with thin borders; over tiles only the borders. */
const MUNICIPALITY_STYLE: PathOptions = {
  color: "#9aa9b1",
  weight: 0.6,
  fillColor: "#fbfbf8",
  fillOpacity: TILE_URL ? 0 : 1,
};

/** Each path says which municipality it is (sk-m-GM0363), for tests and styling. */
const municipalityStyle = (feature?: Feature<Geometry, MunicipalityProperties>): PathOptions => ({
  ...MUNICIPALITY_STYLE,
  className: `sk-municipality sk-m-${feature?.properties.gemeentecode ?? ""}`,
});

/** Without tiles the map has no place names: the municipality's name shows on hover. */
const nameOnHover = (feature: Feature<Geometry, MunicipalityProperties>, layer: Layer) => {
  layer.bindTooltip(feature.properties.gemeentenaam, { sticky: true, direction: "top", offset: [0, -6], opacity: 0.9 });
};

const PROVINCE_STYLE: PathOptions = {
  className: "sk-province",
  color: "#6d7f88",
  weight: 1.4,
  fill: false,
  interactive: false,
};

/** Fits the map to the given bounds whenever they change (the key is their text). */
const FitBounds = ({ bounds }: { bounds: [[number, number], [number, number]] }) => {
  const map = useMap();
  const key = JSON.stringify(bounds);
  useEffect(() => {
    map.fitBounds(JSON.parse(key) as [[number, number], [number, number]], { padding: [12, 12], maxZoom: 11, animate: false });
  }, [map, key]);
  return null;
};

/** Leaflet measures its container once; a map in a dialog or a tab must measure again when shown. */
const InvalidateSize = () => {
  const map = useMap();
  useEffect(() => {
    const container = map.getContainer();
    const observer = new ResizeObserver(() => map.invalidateSize());
    observer.observe(container);
    return () => observer.disconnect();
  }, [map]);
  return null;
};

export interface BaseMapProps {
  height?: number | string;
  /** what to show; default: the whole country */
  bounds?: [[number, number], [number, number]];
  /** the layers on top of the boundaries; they get the loaded boundaries */
  children?: (boundaries: Boundaries) => ReactNode;
  /** a label for screen readers */
  label: string;
  /** show the municipality's name when hovering over it */
  hoverNames?: boolean;
  /** place names on the map (cities; every municipality zoomed in) */
  placeNames?: boolean;
  sx?: SxProps<Theme>;
}

// No animated zoom: a page left while the map still moved made Leaflet's animation callbacks
// run on a removed map ("Cannot read properties of undefined (reading '_leaflet_pos')"),
// most with permanent tooltips such as the place names (test/e2e/maps.test.ts).
export const BaseMap = ({ height = 420, bounds = NL_BOUNDS, children, label, hoverNames = true, placeNames = true, sx }: BaseMapProps) => {
  const boundaries = useBoundaries();
  return (
    <Box
      role="region"
      aria-label={label}
      sx={[
        {
          position: "relative",
          height,
          borderRadius: 1,
          overflow: "hidden",
          border: 1,
          borderColor: "divider",
          "& .leaflet-container": { height: "100%", width: "100%", background: SEA_COLOUR, fontFamily: "inherit" },
          // Chromium draws a focus box around a clicked SVG path
          "& path.leaflet-interactive:focus": { outline: "none" },
          ...PLACE_LABEL_SX,
        },
        // the caller's styles on top (an array, so nested selectors merge instead of replacing)
        ...(Array.isArray(sx) ? sx : [sx]),
      ]}
    >
      {boundaries ? (
        <MapContainer
          bounds={bounds}
          minZoom={6}
          maxZoom={14}
          zoomSnap={0.25}
          scrollWheelZoom={false}
          attributionControl={Boolean(TILE_URL)}
          zoomAnimation={false}
          fadeAnimation={false}
          markerZoomAnimation={false}
        >
          {TILE_URL && <TileLayer url={TILE_URL} attribution={TILE_ATTRIBUTION} />}
          <GeoJSON
            data={boundaries.municipalities}
            style={municipalityStyle as (feature?: Feature) => PathOptions}
            interactive={hoverNames}
            onEachFeature={hoverNames ? (nameOnHover as (feature: Feature, layer: Layer) => void) : undefined}
          />
          <GeoJSON data={boundaries.provinces} style={PROVINCE_STYLE} />
          {/* tiles carry their own place names */}
          {!TILE_URL && placeNames && <PlaceLabels municipalities={boundaries.municipalities} />}
          <FitBounds bounds={bounds} />
          <InvalidateSize />
          {children?.(boundaries)}
        </MapContainer>
      ) : (
        <Box sx={{ height: "100%", display: "grid", placeItems: "center", background: SEA_COLOUR }}>
          <CircularProgress size={28} />
        </Box>
      )}
    </Box>
  );
};
