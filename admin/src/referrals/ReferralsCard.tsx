import { Box, Card, CardContent, Chip, Stack, Typography } from "@mui/material";
import { useGetList, useTranslate } from "react-admin";
import { useDisplayLocale, useLocalizedName } from "../common/useLocalizedName";
import type { OversightDashboardQuery } from "../gql/graphql";

// The coordinators' dashboard (issue 18): referrals by state, topic and service, and the
// median days from sent to accepted and to an appointment, in the viewer's scope.

type Referrals = OversightDashboardQuery["result"]["referrals"];

export const ReferralsCard = ({ referrals }: { referrals: Referrals }) => {
  const translate = useTranslate();
  const locale = useDisplayLocale();
  const { nameOf } = useLocalizedName();
  const { data: topics } = useGetList("expertiseAreas", { pagination: { page: 1, perPage: 500 } });
  const days = (value: number | null | undefined) =>
    value === null || value === undefined ? "–" : translate("referrals.dashboard.days", { days: value.toLocaleString(locale, { maximumFractionDigits: 1 }) });
  const topicName = (code: string) => nameOf(topics?.find((topic) => topic.id === code)) || code;
  return (
    <Card variant="outlined" data-testid="dashboard-referrals">
      <CardContent>
        <Typography variant="subtitle1" sx={{ mb: 1 }}>
          {translate("referrals.dashboard.title", { total: referrals.total })}
        </Typography>
        <Box sx={{ display: "grid", gridTemplateColumns: "1fr 1fr", gap: 1, mb: 2 }}>
          <Box>
            <Typography variant="caption" color="text.secondary" component="div">
              {translate("referrals.dashboard.toAccept")}
            </Typography>
            <Typography variant="h6">{days(referrals.medianDaysToAccept)}</Typography>
          </Box>
          <Box>
            <Typography variant="caption" color="text.secondary" component="div">
              {translate("referrals.dashboard.toAppointment")}
            </Typography>
            <Typography variant="h6">{days(referrals.medianDaysToAppointment)}</Typography>
          </Box>
        </Box>
        {referrals.needsRerouting > 0 && (
          <Chip color="warning" size="small" sx={{ mb: 1 }} label={translate("referrals.dashboard.needsRerouting", { count: referrals.needsRerouting })} />
        )}
        {(
          [
            ["byState", referrals.byState.map((row) => ({ key: row.key, label: translate(`referrals.enums.state.${row.key}`), count: row.count }))],
            ["byTopic", referrals.byTopic.map((row) => ({ key: row.key, label: topicName(row.key), count: row.count }))],
            ["byService", referrals.byService.map((row) => ({ key: row.key, label: row.label ?? row.key, count: row.count }))],
          ] as const
        ).map(([group, rows]) => (
          <Box key={group} sx={{ mb: 1 }}>
            <Typography variant="caption" color="text.secondary" component="div">
              {translate(`referrals.dashboard.${group}`)}
            </Typography>
            <Stack direction="row" sx={{ gap: 0.5, flexWrap: "wrap" }}>
              {rows.length === 0 ? "–" : rows.map((row) => <Chip key={row.key} size="small" variant="outlined" label={`${row.label}: ${row.count}`} />)}
            </Stack>
          </Box>
        ))}
      </CardContent>
    </Card>
  );
};
