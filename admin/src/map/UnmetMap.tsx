import { Box, Stack, Typography } from "@mui/material";
import { CircleMarker, Tooltip } from "react-leaflet";
import { useTranslate } from "react-admin";
import { useLocalizedName } from "../common/useLocalizedName";
import type { MatchRequestRecord } from "../matchRequests/types";
import { BaseMap } from "./BaseMap";
import { UNMET_COLOUR } from "./colours";
import { centroidOf } from "./geodata";

// Where requests go unmet: one circle per municipality, its area growing with the number
// of unmet requests there. The coordinator's map of where to recruit.

interface Spot {
  code: string;
  name: string;
  requests: MatchRequestRecord[];
}

function byMunicipality(requests: MatchRequestRecord[]): Spot[] {
  const spots = new Map<string, Spot>();
  for (const request of requests) {
    const { code, name } = request.municipality;
    const spot = spots.get(code) ?? { code, name, requests: [] };
    spot.requests.push(request);
    spots.set(code, spot);
  }
  // small on top of large
  return [...spots.values()].sort((a, b) => b.requests.length - a.requests.length);
}

const radiusFor = (count: number) => 4 + 5 * Math.sqrt(count);

export interface UnmetMapProps {
  requests: MatchRequestRecord[];
  height?: number;
}

export const UnmetMap = ({ requests, height = 420 }: UnmetMapProps) => {
  const translate = useTranslate();
  const { nameOf } = useLocalizedName();
  const spots = byMunicipality(requests);
  return (
    <Box>
      <BaseMap height={height} label={translate("matching.unmet.mapLabel")}>
        {(boundaries) =>
          spots.map((spot) => {
            const centre = centroidOf(boundaries, spot.code);
            if (!centre) return null;
            const languages = [...new Set(spot.requests.flatMap((request) => request.languages.map(nameOf)))];
            return (
              <CircleMarker
                key={spot.code}
                className="sk-unmet"
                center={centre}
                radius={radiusFor(spot.requests.length)}
                pathOptions={{ color: "#ffffff", weight: 2, fillColor: UNMET_COLOUR, fillOpacity: 0.75 }}
              >
                <Tooltip direction="top">
                  <strong>{spot.name}</strong>
                  <br />
                  {translate("matching.unmet.mapCount", { smart_count: spot.requests.length })}
                  <br />
                  {languages.join(", ")}
                </Tooltip>
              </CircleMarker>
            );
          })
        }
      </BaseMap>
      <Stack direction="row" sx={{ alignItems: "center", gap: 1, mt: 1 }}>
        <Box component="span" sx={{ width: 12, height: 12, borderRadius: "50%", background: UNMET_COLOUR, display: "inline-block" }} />
        <Typography variant="caption" color="text.secondary">
          {translate("matching.unmet.mapLegend")}
        </Typography>
      </Stack>
    </Box>
  );
};

export default UnmetMap;
