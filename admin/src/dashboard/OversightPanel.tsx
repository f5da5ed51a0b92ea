import { Alert, Box, CircularProgress } from "@mui/material";
import { useGetOne } from "react-admin";
import { ActionList } from "./ActionList";
import { CoverageMap } from "./CoverageMap";
import type { OversightDashboardQuery } from "../gql/graphql";
import { UtilisationChart, WeeklyHoursChart, WorkByKindCard } from "./OversightCharts";
import { StatusCounts } from "./StatusCounts";
import { QualificationsPanel } from "../qualifications/QualificationsPanel";
import { ReferralsCard } from "../referrals/ReferralsCard";
// care services (issue 18)
import { StaleServicesCard } from "../careServices/StaleServicesCard";

/** The oversightDashboards resource (dataProvider/oversight.ts). */
type OversightDashboardRecord = OversightDashboardQuery["result"] & { id: string };

/**
 * The coordinator's overview (a regional coordinator: their region, as the server
 * scopes it): counts, what needs action, workload charts and the coverage map. Loaded
 * as a chunk of its own, with the chart and map libraries.
 */
const OversightPanel = () => {
  const { data, isPending, error } = useGetOne<OversightDashboardRecord>("oversightDashboards", { id: "current" });
  if (isPending) return <CircularProgress size={24} />;
  if (error || !data) return <Alert severity="error">{(error as Error | null)?.message}</Alert>;
  return (
    <Box sx={{ display: "flex", flexDirection: "column", gap: 2 }}>
      <StatusCounts byStatus={data.byStatus} byWellbeing={data.byWellbeing} bySupervision={data.bySupervision} unmetRequests={data.unmetRequests} />
      <ActionList counts={data.actionCounts} />
      <StaleServicesCard />
      <Box sx={{ display: "grid", gridTemplateColumns: { xs: "minmax(0, 1fr)", lg: "repeat(2, minmax(0, 1fr))" }, gap: 2 }}>
        <UtilisationChart buckets={data.utilisation} />
        <WeeklyHoursChart weeks={data.weeklyHours} />
        <UtilisationChart buckets={data.bookedUtilisation} booked />
        <WorkByKindCard work={data.hoursByWork} unmet={data.unmetByKind} />
        <ReferralsCard referrals={data.referrals} />
      </Box>
      {/* qualifications (issue 17) */}
      <QualificationsPanel />
      <CoverageMap />
    </Box>
  );
};

export default OversightPanel;
