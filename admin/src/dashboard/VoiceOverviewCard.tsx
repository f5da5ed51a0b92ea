import { Box, Card, CardContent, Chip, Stack, Typography } from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import { Link, useTranslate } from "react-admin";
import { graphqlRequest } from "../dataProvider/graphqlClient";
import { VOICE_OVERVIEW } from "../dataProvider/voice";

const Counts = ({ title, rows, prefix }: { title: string; rows: { code: string; count: number }[]; prefix: string }) => {
  const translate = useTranslate();
  return (
    <Box>
      <Typography variant="subtitle2" sx={{ mb: 0.5 }}>
        {translate(title)}
      </Typography>
      {rows.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate("voice.overview.none")}
        </Typography>
      ) : (
        <Stack direction="row" sx={{ gap: 0.5, flexWrap: "wrap" }}>
          {rows.map((row) => (
            <Chip key={row.code} size="small" label={`${translate(`${prefix}.${row.code}`)}: ${row.count}`} />
          ))}
        </Stack>
      )}
    </Box>
  );
};

/** The coordinators' dashboard: complaints, flags about organisations and anonymous signals, in their scope. */
export const VoiceOverviewCard = () => {
  const translate = useTranslate();
  const { data } = useQuery({ queryKey: ["voiceOverview"], queryFn: () => graphqlRequest(VOICE_OVERVIEW, {}) });
  const overview = data?.voiceOverview;
  if (!overview) return null;
  return (
    <Card variant="outlined" data-testid="voice-overview">
      <CardContent>
        <Typography variant="h6" component="h2" sx={{ mb: 1.5 }}>
          {translate("voice.overview.title")}
        </Typography>
        <Box sx={{ display: "grid", gridTemplateColumns: { xs: "1fr", md: "1fr 1fr" }, gap: 2 }}>
          <Counts title="voice.overview.openComplaints" rows={overview.openComplaintsByKind} prefix="voice.complaintKind" />
          <Counts title="voice.overview.complaintsYear" rows={overview.complaintsByState} prefix="voice.complaintState" />
          <Counts title="voice.overview.openFlags" rows={overview.openFlagsByKind} prefix="voice.flagKind" />
          <Counts title="voice.overview.signals" rows={overview.signalsByCategory} prefix="voice.signalCategory" />
        </Box>
        <Stack direction="row" sx={{ gap: 2, mt: 2 }}>
          <Link to="/complaints">{translate("voice.overview.toComplaints")}</Link>
          <Link to="/organisationFlags">{translate("voice.overview.toFlags")}</Link>
        </Stack>
      </CardContent>
    </Card>
  );
};
