import { Card, CardContent, Chip, Stack, Typography, type ChipProps } from "@mui/material";
import { LinkBase, useTranslate } from "react-admin";
import type { OversightDashboardQuery } from "../gql/graphql";
import { supervisionColour, wellbeingColour } from "../wellbeing/WellbeingChip";

type StatusCount = OversightDashboardQuery["result"]["byStatus"][number];

const STATUS_COLOURS: Record<string, ChipProps["color"]> = { ACTIVE: "success", PAUSED: "warning", INACTIVE: "default" };

const ORDER: Record<string, string[]> = {
  status: ["ACTIVE", "PAUSED", "INACTIVE"],
  wellbeingStatus: ["RED", "AMBER", "GREEN", "UNKNOWN"],
  supervisionStatus: ["OVERDUE", "DUE_SOON", "CURRENT", "NEVER"],
};

const listOf = (filter: Record<string, unknown>) => `/keyPersons?filter=${encodeURIComponent(JSON.stringify(filter))}`;

/** One group of counts (status, wellbeing or supervision); each count opens the filtered list. */
const CountGroup = ({
  title,
  counts,
  filterKey,
  enumGroup,
  colour,
}: {
  title: string;
  counts: StatusCount[];
  filterKey: "status" | "wellbeingStatus" | "supervisionStatus";
  enumGroup: string;
  colour: (status: string) => ChipProps["color"];
}) => {
  const translate = useTranslate();
  const byStatus = new Map(counts.map((c) => [c.status, c.count]));
  const statuses = [...ORDER[filterKey], ...counts.map((c) => c.status).filter((s) => !ORDER[filterKey].includes(s))];
  return (
    <Card variant="outlined" sx={{ flex: "1 1 240px" }}>
      <CardContent>
        <Typography variant="body2" color="text.secondary" gutterBottom>
          {translate(title)}
        </Typography>
        <Stack direction="row" sx={{ gap: 1, flexWrap: "wrap" }}>
          {statuses.map((status) => (
            <Chip
              key={status}
              component={LinkBase}
              to={listOf(filterKey === "status" ? { status } : { status: "ACTIVE", [filterKey]: status })}
              clickable
              color={colour(status)}
              variant={byStatus.get(status) ? "filled" : "outlined"}
              label={`${translate(`app.enums.${enumGroup}.${status}`, { _: status })}: ${byStatus.get(status) ?? 0}`}
            />
          ))}
        </Stack>
      </CardContent>
    </Card>
  );
};

export const StatusCounts = ({
  byStatus,
  byWellbeing,
  bySupervision,
  unmetRequests,
}: {
  byStatus: StatusCount[];
  byWellbeing: StatusCount[];
  bySupervision: StatusCount[];
  unmetRequests: number;
}) => {
  const translate = useTranslate();
  return (
    <Stack direction="row" sx={{ flexWrap: "wrap", gap: 2 }}>
      <CountGroup title="oversight.dashboard.byStatus" counts={byStatus} filterKey="status" enumGroup="status" colour={(s) => STATUS_COLOURS[s] ?? "default"} />
      <CountGroup title="oversight.dashboard.byWellbeing" counts={byWellbeing} filterKey="wellbeingStatus" enumGroup="wellbeing" colour={wellbeingColour} />
      <CountGroup
        title="oversight.dashboard.bySupervision"
        counts={bySupervision}
        filterKey="supervisionStatus"
        enumGroup="supervision"
        colour={supervisionColour}
      />
      <Card variant="outlined" sx={{ flex: "0 1 200px" }}>
        <CardContent>
          <Typography variant="body2" color="text.secondary">
            {translate("oversight.dashboard.unmetRequests")}
          </Typography>
          <Typography variant="h4" component="p" color={unmetRequests > 0 ? "error" : undefined}>
            {unmetRequests}
          </Typography>
        </CardContent>
      </Card>
    </Stack>
  );
};
