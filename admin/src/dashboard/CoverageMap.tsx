import "leaflet/dist/leaflet.css";
import { Autocomplete, Box, Button, Card, CardContent, CircularProgress, Stack, TextField, Typography } from "@mui/material";
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from "geojson";
import L, { type Layer, type PathOptions } from "leaflet";
import { useEffect, useMemo, useState } from "react";
import { useGetList, useTranslate } from "react-admin";
import { SimpleTable } from "../common/SimpleTable";
import { GeoJSON, MapContainer, Marker, useMap } from "react-leaflet";
import municipalitiesText from "../../../data/nl_gemeenten_2025.geojson?raw";
import { useLocalizedName } from "../common/useLocalizedName";
import type { ReferenceRecord } from "../dataProvider/referenceData";
import { REACH_COLOURS, REACH_LEGEND, reachClass, sortForTable, type CoverageRow } from "./coverage";
import { PlaceLabels, PLACE_LABEL_SX } from "../map/PlaceLabels";

// The coordinator's coverage map: per municipality, how many active key persons who
// speak the chosen language can reach it, with the unmet requests on top. The
// boundaries come from data/ at build time, so no tile server is needed.

interface MunicipalityProperties {
  gemeentecode: string;
  gemeentenaam: string;
  centroid_lat: number;
  centroid_lon: number;
}

type Municipalities = FeatureCollection<Polygon | MultiPolygon, MunicipalityProperties>;
const MUNICIPALITIES = JSON.parse(municipalitiesText) as Municipalities;

const DEFAULT_LANGUAGE = "tir";
const SEA = "#dce9ef";
const OUT_OF_SCOPE = "#eceff1";
const FIRST_ROWS = 15;

/** Fits the map to the municipalities in scope (a regional coordinator: their region). */
const FitTo = ({ codes }: { codes: string[] }) => {
  const map = useMap();
  const key = codes.join(",");
  useEffect(() => {
    const wanted = new Set(key.split(","));
    const features = MUNICIPALITIES.features.filter((f) => wanted.has(f.properties.gemeentecode));
    const bounds = L.geoJSON(features.length ? { type: "FeatureCollection", features } : MUNICIPALITIES).getBounds();
    if (bounds.isValid()) map.fitBounds(bounds, { padding: [8, 8] });
  }, [map, key]);
  return null;
};

const unmetIcon = (count: number) =>
  L.divIcon({
    className: "sk-unmet",
    html: `<span>${count}</span>`,
    iconSize: [24, 24],
    iconAnchor: [12, 12],
  });

const Legend = () => {
  const translate = useTranslate();
  return (
    <Stack direction="row" sx={{ gap: 1.5, alignItems: "center", flexWrap: "wrap" }} aria-hidden>
      <Typography variant="caption" color="text.secondary">
        {translate("oversight.coverage.legend")}:
      </Typography>
      {REACH_LEGEND.map(({ reach, label }) => (
        <Stack key={reach} direction="row" sx={{ alignItems: "center", gap: 0.5 }}>
          <Box sx={{ width: 14, height: 14, borderRadius: 0.5, background: REACH_COLOURS[reach], border: "1px solid rgba(0,0,0,0.2)" }} />
          <Typography variant="caption">{label}</Typography>
        </Stack>
      ))}
      <Stack direction="row" sx={{ alignItems: "center", gap: 0.5 }}>
        <Box className="sk-unmet-legend" sx={{ width: 16, height: 16, borderRadius: "50%", background: "#7f0000" }} />
        <Typography variant="caption">{translate("oversight.coverage.unmetRequests")}</Typography>
      </Stack>
    </Stack>
  );
};

const CoverageTable = ({ rows }: { rows: CoverageRow[] }) => {
  const translate = useTranslate();
  const [all, setAll] = useState(false);
  const sorted = sortForTable(rows);
  const shown = all ? sorted : sorted.slice(0, FIRST_ROWS);
  return (
    <Box>
      <Typography variant="subtitle2" component="h3" sx={{ mt: 2, mb: 0.5 }}>
        {translate("oversight.coverage.tableTitle")}
      </Typography>
      <SimpleTable
        scroll
        data-testid="coverage-table"
        rows={shown}
        rowKey={(row) => row.id}
        columns={[
          { label: "oversight.coverage.municipality", cell: (row) => row.municipality.name },
          { label: "oversight.coverage.province", cell: (row) => row.municipality.province },
          {
            label: "oversight.coverage.reachable",
            align: "right",
            cell: (row) => row.reachable,
            sx: (row) => ({ color: row.reachable === 0 ? "error.main" : undefined, fontWeight: row.reachable === 0 ? 600 : undefined }),
          },
          {
            label: "oversight.coverage.unmetRequests",
            align: "right",
            cell: (row) => row.unmetRequests,
            sx: (row) => ({ fontWeight: row.unmetRequests > 0 ? 700 : undefined }),
          },
        ]}
      />
      {sorted.length > FIRST_ROWS && (
        <Button size="small" onClick={() => setAll(!all)} sx={{ mt: 1 }}>
          {all ? translate("oversight.coverage.showFewer") : translate("oversight.coverage.showAll", { smart_count: sorted.length })}
        </Button>
      )}
    </Box>
  );
};

export const CoverageMap = () => {
  const translate = useTranslate();
  const { nameOf, nameField } = useLocalizedName();
  const [languageCode, setLanguageCode] = useState(DEFAULT_LANGUAGE);
  const { data: languages } = useGetList<ReferenceRecord>("languages", {
    pagination: { page: 1, perPage: 500 },
    sort: { field: nameField, order: "ASC" },
  });
  const { data: rows, isPending } = useGetList<CoverageRow>("coverage", {
    pagination: { page: 1, perPage: 1000 },
    filter: { languageCode },
  });
  const language = languages?.find((l) => l.code === languageCode) ?? null;
  const languageName = language ? nameOf(language) : languageCode;
  const byCode = useMemo(() => new Map((rows ?? []).map((row) => [row.id, row])), [rows]);
  const codes = useMemo(() => (rows ?? []).map((row) => row.id), [rows]);

  const style = (feature?: Feature): PathOptions => {
    const row = byCode.get((feature?.properties as MunicipalityProperties | undefined)?.gemeentecode ?? "");
    return {
      color: "#ffffff",
      weight: 0.6,
      fillOpacity: row ? 0.85 : 1,
      fillColor: row ? REACH_COLOURS[reachClass(row.reachable)] : OUT_OF_SCOPE,
    };
  };

  const describe = (feature: Feature, layer: Layer) => {
    const properties = feature.properties as MunicipalityProperties;
    const row = byCode.get(properties.gemeentecode);
    if (!row) return;
    const unmet = row.unmetRequests ? ` · ${translate("oversight.coverage.unmet", { smart_count: row.unmetRequests })}` : "";
    layer.bindTooltip(`${translate("oversight.coverage.tooltip", { municipality: row.municipality.name, reachable: row.reachable })}${unmet}`, {
      sticky: true,
    });
  };

  const none = (rows ?? []).filter((row) => row.reachable === 0).length;
  const unmet = (rows ?? []).reduce((sum, row) => sum + row.unmetRequests, 0);
  const unmetPlaces = MUNICIPALITIES.features.filter((f) => (byCode.get(f.properties.gemeentecode)?.unmetRequests ?? 0) > 0);

  return (
    <Card>
      <CardContent>
        <Stack direction={{ xs: "column", sm: "row" }} sx={{ justifyContent: "space-between", gap: 1, mb: 1 }}>
          <Typography variant="h6" component="h2" sx={{ flexShrink: 0 }}>
            {translate("oversight.coverage.title")}
          </Typography>
          <Autocomplete
            options={languages ?? []}
            value={language}
            getOptionLabel={(option) => nameOf(option)}
            isOptionEqualToValue={(option, value) => option.code === value.code}
            onChange={(_, value) => value && setLanguageCode(value.code)}
            disableClearable={language !== null}
            size="small"
            sx={{ width: { xs: "100%", sm: 320 } }}
            renderInput={(params) => <TextField {...params} label={translate("oversight.coverage.language")} />}
          />
        </Stack>
        <Typography variant="body2" color="text.secondary">
          {translate("oversight.coverage.help", { language: languageName })}
        </Typography>
        {rows && (
          <Typography variant="body2" sx={{ mt: 0.5, fontWeight: 600 }} data-testid="coverage-summary">
            {translate("oversight.coverage.summary", { none, total: rows.length, language: languageName, unmet })}
          </Typography>
        )}
        <Box
          role="region"
          aria-label={translate("oversight.coverage.mapLabel", { language: languageName })}
          sx={{
            position: "relative",
            height: { xs: 360, md: 520 },
            mt: 1,
            borderRadius: 1,
            overflow: "hidden",
            border: 1,
            borderColor: "divider",
            "& .leaflet-container": { height: "100%", width: "100%", background: SEA, fontFamily: "inherit" },
            ...PLACE_LABEL_SX,
            "& .sk-unmet span": {
              display: "grid",
              placeItems: "center",
              width: 24,
              height: 24,
              borderRadius: "50%",
              background: "#7f0000",
              color: "#fff",
              fontSize: 12,
              fontWeight: 700,
              border: "2px solid #fff",
              boxShadow: "0 1px 3px rgba(0,0,0,0.4)",
            },
          }}
        >
          {/* no animated zoom: see map/BaseMap.tsx */}
          <MapContainer
            center={[52.2, 5.3]}
            zoom={7}
            minZoom={6}
            maxZoom={12}
            zoomSnap={0.25}
            scrollWheelZoom={false}
            attributionControl={false}
            zoomAnimation={false}
            fadeAnimation={false}
            markerZoomAnimation={false}
          >
            <GeoJSON key={`${languageCode}-${rows ? rows.length : "loading"}`} data={MUNICIPALITIES} style={style} onEachFeature={describe} />
            {unmetPlaces.map((feature) => {
              const row = byCode.get(feature.properties.gemeentecode)!;
              return (
                <Marker
                  key={`${languageCode}-${row.id}`}
                  position={[feature.properties.centroid_lat, feature.properties.centroid_lon]}
                  icon={unmetIcon(row.unmetRequests)}
                  title={`${row.municipality.name}: ${translate("oversight.coverage.unmet", { smart_count: row.unmetRequests })}`}
                />
              );
            })}
            <PlaceLabels municipalities={MUNICIPALITIES} />
            {codes.length > 0 && <FitTo codes={codes} />}
          </MapContainer>
          {isPending && (
            <Box sx={{ position: "absolute", inset: 0, display: "grid", placeItems: "center", background: "rgba(255,255,255,0.5)", zIndex: 1000 }}>
              <CircularProgress size={28} />
            </Box>
          )}
        </Box>
        <Stack direction={{ xs: "column", sm: "row" }} sx={{ justifyContent: "space-between", mt: 1, gap: 1 }}>
          <Legend />
          <Typography variant="caption" color="text.secondary">
            Bron: CBS / PDOK, CBS Gebiedsindelingen 2025
          </Typography>
        </Stack>
        {rows && <CoverageTable rows={rows} />}
      </CardContent>
    </Card>
  );
};
