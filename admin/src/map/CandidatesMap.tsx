import { Box, Stack, Typography } from "@mui/material";
import { point, type LatLngExpression, type Map as LeafletMap } from "leaflet";
import { useState } from "react";
import { CircleMarker, Tooltip, useMapEvents } from "react-leaflet";
import { useTranslate } from "react-admin";
import type { CandidateRecord } from "../matchRequests/types";
import type { ScoreParts } from "../../../server/src/domain/matching";
import type { GeoPoint } from "../types";
import { BaseMap } from "./BaseMap";
import { NEWCOMER_COLOUR, rankColour } from "./colours";
import { centroidOf, useBoundaries, type Boundaries } from "./geodata";

/** The parts of a candidate's score, in the order the list shows them. */
const PART_KEYS: readonly Exclude<keyof ScoreParts, "care">[] = ["distance", "load", "language", "preferences", "continuity"];

// The newcomer's location and the ranked candidates. An organisation never sees a key
// person's home address, so each candidate stands at the centre of their home
// municipality; candidates of one municipality are spread on a small ring around it,
// measured in pixels so they stay apart at every zoom.

/** Ring radius in pixels for n markers of radius 9 that must not overlap. */
const ringPixels = (n: number) => Math.max(16, (n * 22) / (2 * Math.PI));

interface Placed {
  candidate: CandidateRecord;
  position: LatLngExpression;
}

interface Layout {
  placed: Placed[];
  /** how far below each municipality's centre its name goes, in pixels */
  labelOffset: Map<string, number>;
}

/** A ring this close to the newcomer widens around them, so their marker stays in view. */
const NEWCOMER_CLEARANCE = 28;

function layout(boundaries: Boundaries, candidates: CandidateRecord[], map: LeafletMap, newcomer: LatLngExpression): Layout {
  const byMunicipality = new Map<string, CandidateRecord[]>();
  for (const candidate of candidates) {
    const code = candidate.keyPerson.homeMunicipality.code;
    byMunicipality.set(code, [...(byMunicipality.get(code) ?? []), candidate]);
  }
  const zoom = map.getZoom();
  const newcomerPixel = map.project(newcomer, zoom);
  const labelOffset = new Map<string, number>();
  const placed = [...byMunicipality.entries()].flatMap(([code, group]): Placed[] => {
    const centre = centroidOf(boundaries, code);
    if (!centre) return [];
    if (group.length === 1) {
      labelOffset.set(code, 12);
      return [{ candidate: group[0], position: centre }];
    }
    const origin = map.project(centre, zoom);
    const gap = origin.distanceTo(newcomerPixel);
    const ring = ringPixels(group.length);
    const radius = gap < ring + NEWCOMER_CLEARANCE ? Math.max(ring, gap + NEWCOMER_CLEARANCE) : ring;
    labelOffset.set(code, radius + 10);
    return group.map((candidate, i) => {
      const angle = (2 * Math.PI * i) / group.length - Math.PI / 2;
      return { candidate, position: map.unproject(origin.add(point(radius * Math.cos(angle), radius * Math.sin(angle))), zoom) };
    });
  });
  return { placed, labelOffset };
}

interface MarkersProps {
  boundaries: Boundaries;
  newcomer: [number, number];
  /** the newcomer's municipality, named too */
  municipalityCode?: string;
  candidates: CandidateRecord[];
  highlighted?: string | null;
  onHighlight?: (id: string | null) => void;
}

/**
 * The candidates, and the names of the municipalities that matter here (the newcomer's
 * and the candidates') under their markers: without tiles the map has no place names.
 */
const CandidateMarkers = ({ boundaries, newcomer, municipalityCode, candidates, highlighted, onHighlight }: MarkersProps) => {
  const translate = useTranslate();
  const [, setView] = useState(0);
  const map = useMapEvents({ zoomend: () => setView((n) => n + 1), moveend: () => setView((n) => n + 1) });
  const { placed, labelOffset } = layout(boundaries, candidates, map, newcomer);
  if (municipalityCode && !labelOffset.has(municipalityCode)) labelOffset.set(municipalityCode, 14);
  // the newcomer's municipality first, then those of the best candidates
  const labelOrder = [...new Set([...(municipalityCode ? [municipalityCode] : []), ...candidates.map((c) => c.keyPerson.homeMunicipality.code)])];
  const labels = placeLabels(map, boundaries, labelOrder, labelOffset);
  // the best on top: Leaflet draws later markers over earlier ones
  placed.sort((a, b) => b.candidate.rank - a.candidate.rank);
  return (
    <>
      {labels.map(({ code, name, centre, below }) => (
        // an invisible anchor: a tooltip needs a layer to hang from
        <CircleMarker key={`label-${code}-${below}`} center={centre} radius={0} pathOptions={{ opacity: 0, fillOpacity: 0 }} interactive={false}>
          <Tooltip permanent direction="bottom" offset={[0, below]} className="sk-place-label">
            {name}
          </Tooltip>
        </CircleMarker>
      ))}
      {placed.map(({ candidate, position }) => {
        const active = highlighted === candidate.id;
        return (
          <CircleMarker
            key={candidate.id}
            className="sk-candidate"
            center={position}
            radius={active ? 12 : 9}
            pathOptions={{
              color: active ? "#1b1b1b" : "#ffffff",
              weight: active ? 3 : 2,
              fillColor: rankColour(candidate.rank),
              fillOpacity: 0.95,
            }}
            eventHandlers={{
              mouseover: () => onHighlight?.(candidate.id),
              mouseout: () => onHighlight?.(null),
            }}
          >
            <Tooltip direction="top" offset={[0, -8]}>
              <strong>
                {candidate.rank}. {candidate.keyPerson.displayName}
              </strong>
              <br />
              {candidate.keyPerson.homeMunicipality.name} · {translate("matching.candidates.km", { km: Math.round(candidate.distanceKm) })}
              <br />
              <span data-testid="map-score-parts">
                {translate("matching.candidates.score", { score: Math.round(candidate.score * 100) })}:{" "}
                {PART_KEYS.filter((key) => key !== "continuity" || candidate.parts.continuity > 0)
                  .map((key) => `${translate(`matching.candidates.parts.${key}`).toLowerCase()} ${Math.round(candidate.parts[key] * 100)}`)
                  .join(" · ")}
              </span>
            </Tooltip>
          </CircleMarker>
        );
      })}
    </>
  );
};

interface PlaceLabel {
  code: string;
  name: string;
  centre: [number, number];
  below: number;
}

/** Roughly how wide a label of this many characters is at 11px, in pixels. */
const labelWidth = (text: string) => text.length * 6.4 + 6;
const LABEL_HEIGHT = 15;

/**
 * The labels that fit: in order of importance, each one that would overlap an earlier
 * one or stick out of the map is left out (its name still shows on hover).
 */
function placeLabels(map: LeafletMap, boundaries: Boundaries, codes: string[], offsets: Map<string, number>): PlaceLabel[] {
  const size = map.getSize();
  const taken: { left: number; top: number; right: number; bottom: number }[] = [];
  const labels: PlaceLabel[] = [];
  for (const code of codes) {
    const feature = boundaries.byCode.get(code);
    if (!feature) continue;
    const centre: [number, number] = [feature.properties.centroid_lat, feature.properties.centroid_lon];
    const below = offsets.get(code) ?? 12;
    const anchor = map.latLngToContainerPoint(centre);
    const width = labelWidth(feature.properties.gemeentenaam);
    const box = { left: anchor.x - width / 2, right: anchor.x + width / 2, top: anchor.y + below, bottom: anchor.y + below + LABEL_HEIGHT };
    const outside = box.left < 0 || box.right > size.x || box.top < 0 || box.bottom > size.y;
    const overlaps = taken.some((other) => box.left < other.right && other.left < box.right && box.top < other.bottom && other.top < box.bottom);
    if (outside || overlaps) continue;
    taken.push(box);
    labels.push({ code, name: feature.properties.gemeentenaam, centre, below });
  }
  return labels;
}

function boundsAround(points: [number, number][]): [[number, number], [number, number]] {
  const lats = points.map(([lat]) => lat);
  const lons = points.map(([, lon]) => lon);
  const pad = 0.06;
  return [
    [Math.min(...lats) - pad, Math.min(...lons) - pad],
    [Math.max(...lats) + pad, Math.max(...lons) + pad],
  ];
}

export interface CandidatesMapProps {
  newcomer: GeoPoint;
  /** the newcomer's municipality, named on the map */
  municipalityCode?: string;
  candidates: CandidateRecord[];
  highlighted?: string | null;
  onHighlight?: (id: string | null) => void;
  height?: number;
}

export const CandidatesMap = ({ newcomer, municipalityCode, candidates, highlighted, onHighlight, height = 460 }: CandidatesMapProps) => {
  const translate = useTranslate();
  const boundaries = useBoundaries();
  const newcomerPoint: [number, number] = [newcomer.lat, newcomer.lon];
  const centres = boundaries
    ? candidates.flatMap((candidate) => {
        const centre = centroidOf(boundaries, candidate.keyPerson.homeMunicipality.code);
        return centre ? [centre] : [];
      })
    : [];
  const bounds = boundsAround([newcomerPoint, ...centres]);

  return (
    <Box>
      <BaseMap height={height} bounds={bounds} label={translate("matching.map.candidatesLabel")} placeNames={false}>
        {(loaded) => (
          <>
            {/* the newcomer: a ring in a colour no candidate has, under the candidates so both show */}
            <CircleMarker
              className="sk-newcomer"
              center={newcomerPoint}
              radius={12}
              pathOptions={{ color: NEWCOMER_COLOUR, weight: 5, fillColor: "#ffffff", fillOpacity: 1 }}
            >
              <Tooltip direction="top" offset={[0, -10]}>
                {translate("matching.map.newcomer")}
              </Tooltip>
            </CircleMarker>
            <CandidateMarkers
              boundaries={loaded}
              newcomer={newcomerPoint}
              municipalityCode={municipalityCode}
              candidates={candidates}
              highlighted={highlighted}
              onHighlight={onHighlight}
            />
          </>
        )}
      </BaseMap>
      <Legend count={candidates.length} />
    </Box>
  );
};

const Dot = ({ colour, ring = false }: { colour: string; ring?: boolean }) => (
  <Box
    component="span"
    sx={{
      width: 12,
      height: 12,
      borderRadius: "50%",
      display: "inline-block",
      ...(ring ? { border: `3px solid ${colour}`, background: "#fff" } : { background: colour, border: "2px solid #fff", boxShadow: "0 0 0 1px #bbb" }),
    }}
  />
);

const Legend = ({ count }: { count: number }) => {
  const translate = useTranslate();
  return (
    <Stack direction="row" sx={{ flexWrap: "wrap", alignItems: "center", columnGap: 2, rowGap: 0.5, mt: 1 }}>
      <Stack direction="row" sx={{ alignItems: "center", gap: 0.75 }}>
        <Dot colour={NEWCOMER_COLOUR} ring />
        <Typography variant="caption">{translate("matching.map.newcomer")}</Typography>
      </Stack>
      {count > 0 && (
        <Stack direction="row" sx={{ alignItems: "center", gap: 0.5 }}>
          <Dot colour={rankColour(1)} />
          <Box
            sx={{
              width: 48,
              height: 6,
              borderRadius: 3,
              background: `linear-gradient(90deg, ${rankColour(1)}, ${rankColour(Math.ceil(count / 2))}, ${rankColour(count)})`,
            }}
          />
          <Dot colour={rankColour(Math.min(count, 10))} />
          <Typography variant="caption">{translate("matching.map.rankLegend", { count })}</Typography>
        </Stack>
      )}
      <Typography variant="caption" color="text.secondary">
        {translate("matching.map.placedAtMunicipality")}
      </Typography>
    </Stack>
  );
};

export default CandidatesMap;
