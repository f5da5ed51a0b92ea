import PlaceIcon from "@mui/icons-material/Place";
import SearchIcon from "@mui/icons-material/Search";
import { Autocomplete, Box, Button, FormHelperText, InputAdornment, Stack, TextField, Typography } from "@mui/material";
import { pointOnFeature } from "@turf/turf";
import type { LeafletMouseEvent } from "leaflet";
import { useMemo, useState, type ReactNode } from "react";
import { CircleMarker, GeoJSON, useMapEvents } from "react-leaflet";
import { useTranslate } from "react-admin";
import type { GeoPoint } from "../types";
import { BaseMap } from "./BaseMap";
import { CHOSEN_AREA_COLOUR, NEWCOMER_COLOUR } from "./colours";
import { boundsOf, municipalityAt, useBoundaries, type MunicipalityFeature } from "./geodata";

// Choose a place on the map: find the municipality by name (the map has no place names
// without tiles), then click where the newcomer lives. A first click on the whole
// country zooms in there, so a second click can be precise. The point is kept with five
// decimals (about a metre); the municipality under it is shown at once, as the server
// will derive it from the same boundaries.

const round5 = (value: number) => Math.round(value * 1e5) / 1e5;

/** Below this zoom a click is a rough choice: zoom in on it. */
const PRECISE_ZOOM = 10;

const ClickToChoose = ({ onChoose }: { onChoose: (point: GeoPoint) => void }) => {
  const map = useMapEvents({
    click: (event: LeafletMouseEvent) => {
      onChoose({ lat: round5(event.latlng.lat), lon: round5(event.latlng.lng) });
      if (map.getZoom() < PRECISE_ZOOM) map.setView(event.latlng, PRECISE_ZOOM + 1);
    },
  });
  return null;
};

export interface LocationPickerProps {
  value: GeoPoint | null;
  onChange: (point: GeoPoint) => void;
  /** a second point to show for comparison, e.g. the newcomer's location before a move */
  previous?: GeoPoint | null;
  height?: number;
  error?: ReactNode;
  /**
   * What the point is. "newcomer" (default): find the municipality, then click where the
   * newcomer is. "home": a key person's home: choosing the municipality takes its centre
   * at once (a click on the map may refine it), and the texts speak of a home.
   */
  purpose?: "newcomer" | "home";
}

/** The texts of each purpose (i18n keys). */
const TEXTS = {
  newcomer: {
    pickerLabel: "matching.map.pickerLabel",
    zoomTo: "matching.map.zoomTo",
    zoomToHelp: "matching.map.zoomToHelp",
    clickToChoose: "matching.map.clickToChoose",
    chosen: "matching.map.chosen",
  },
  home: {
    pickerLabel: "forms.home.pickerLabel",
    zoomTo: "forms.home.municipality",
    zoomToHelp: "forms.home.municipalityHelp",
    clickToChoose: "forms.home.nothingChosen",
    chosen: "forms.home.chosen",
  },
} as const;

/** Says which municipality a point lies in (or that it lies in none). */
export const ChosenMunicipality = ({
  point,
  municipality,
  purpose = "newcomer",
}: {
  point: GeoPoint | null;
  municipality: MunicipalityFeature | null;
  purpose?: "newcomer" | "home";
}) => {
  const translate = useTranslate();
  const texts = TEXTS[purpose];
  if (!point) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate(texts.clickToChoose)}
      </Typography>
    );
  }
  return (
    <Stack direction="row" sx={{ alignItems: "center", gap: 0.5 }} data-testid="chosen-municipality">
      <PlaceIcon fontSize="small" sx={{ color: NEWCOMER_COLOUR }} />
      {municipality ? (
        <Typography variant="body2">
          {translate(texts.chosen, {
            municipality: municipality.properties.gemeentenaam,
            province: municipality.properties.provincienaam,
          })}
        </Typography>
      ) : (
        <Typography variant="body2" color="error">
          {translate("matching.map.outside")}
        </Typography>
      )}
    </Stack>
  );
};

const around = (point: GeoPoint, deg = 0.08): [[number, number], [number, number]] => [
  [point.lat - deg, point.lon - deg * 1.6],
  [point.lat + deg, point.lon + deg * 1.6],
];

export const LocationPicker = ({ value, onChange, previous, height = 380, error, purpose = "newcomer" }: LocationPickerProps) => {
  const translate = useTranslate();
  const texts = TEXTS[purpose];
  const boundaries = useBoundaries();
  // what the map shows: the point known so far, or the municipality searched for
  const [focus, setFocus] = useState(() => {
    const start = value ?? previous;
    return start ? around(start) : undefined;
  });
  const [searched, setSearched] = useState<MunicipalityFeature | null>(null);
  const municipality = value && boundaries ? municipalityAt(boundaries, value.lat, value.lon) : null;
  // without a mouse: take the centre of the municipality found (refine later by clicking);
  // where the centroid lies outside it (a bay, a neighbour), a point surely inside instead
  const chooseCentre = (feature: MunicipalityFeature) => {
    const centre = { lat: feature.properties.centroid_lat, lon: feature.properties.centroid_lon };
    const inside = boundaries && municipalityAt(boundaries, centre.lat, centre.lon)?.properties.gemeentecode === feature.properties.gemeentecode;
    if (inside || !boundaries) return onChange(centre);
    const [lon, lat] = pointOnFeature(feature).geometry.coordinates;
    onChange({ lat: round5(lat), lon: round5(lon) });
  };
  const options = useMemo(
    () => (boundaries ? [...boundaries.municipalities.features].sort((a, b) => a.properties.gemeentenaam.localeCompare(b.properties.gemeentenaam, "nl")) : []),
    [boundaries],
  );

  return (
    <Box>
      <Autocomplete<MunicipalityFeature>
        size="small"
        options={options}
        getOptionLabel={(option) => option.properties.gemeentenaam}
        getOptionKey={(option) => option.properties.gemeentecode}
        isOptionEqualToValue={(a, b) => a.properties.gemeentecode === b.properties.gemeentecode}
        onChange={(_, chosen) => {
          setSearched(chosen);
          if (chosen) setFocus(boundsOf(chosen));
          // A home: the municipality is the answer; its centre stands for the home until a click says more.
          if (chosen && purpose === "home" && municipality?.properties.gemeentecode !== chosen.properties.gemeentecode) chooseCentre(chosen);
        }}
        renderOption={({ key, ...props }, option) => (
          <li key={key} {...props}>
            <Box>
              {option.properties.gemeentenaam}
              <Typography variant="caption" color="text.secondary" sx={{ ml: 1 }}>
                {option.properties.provincienaam}
              </Typography>
            </Box>
          </li>
        )}
        renderInput={(params) => (
          <TextField
            {...params}
            name="zoomToMunicipality"
            label={translate(texts.zoomTo)}
            helperText={translate(texts.zoomToHelp)}
            slotProps={{
              ...params.slotProps,
              input: {
                ...params.slotProps.input,
                startAdornment: (
                  <InputAdornment position="start">
                    <SearchIcon fontSize="small" />
                  </InputAdornment>
                ),
              },
            }}
          />
        )}
        sx={{ mb: 1.5 }}
      />
      <BaseMap
        height={height}
        bounds={focus}
        label={translate(texts.pickerLabel)}
        sx={{ "& .leaflet-container, & .leaflet-interactive": { cursor: "crosshair" } }}
      >
        {() => (
          <>
            <ClickToChoose onChoose={onChange} />
            {municipality && (
              <GeoJSON
                key={municipality.properties.gemeentecode}
                data={municipality}
                style={{ color: CHOSEN_AREA_COLOUR, weight: 2, fillColor: CHOSEN_AREA_COLOUR, fillOpacity: 0.12, interactive: false }}
              />
            )}
            {previous && (
              <CircleMarker
                center={[previous.lat, previous.lon]}
                radius={6}
                pathOptions={{ color: NEWCOMER_COLOUR, weight: 2, fillColor: "#fff", fillOpacity: 1, dashArray: "3 3" }}
                interactive={false}
              />
            )}
            {value && (
              <CircleMarker
                className="sk-chosen-point"
                center={[value.lat, value.lon]}
                radius={8}
                pathOptions={{ color: "#fff", weight: 3, fillColor: NEWCOMER_COLOUR, fillOpacity: 1 }}
                interactive={false}
              />
            )}
          </>
        )}
      </BaseMap>
      <Box sx={{ mt: 1, minHeight: 24 }}>
        <Stack direction="row" sx={{ alignItems: "center", justifyContent: "space-between", gap: 1, flexWrap: "wrap" }}>
          <ChosenMunicipality point={value} municipality={boundaries && value ? municipality : null} purpose={purpose} />
          {searched && municipality?.properties.gemeentecode !== searched.properties.gemeentecode && (
            <Button size="small" onClick={() => chooseCentre(searched)}>
              {translate("matching.map.useCentre", { municipality: searched.properties.gemeentenaam })}
            </Button>
          )}
        </Stack>
        {error && <FormHelperText error>{error}</FormHelperText>}
      </Box>
    </Box>
  );
};

export default LocationPicker;
