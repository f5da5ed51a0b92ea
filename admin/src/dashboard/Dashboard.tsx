import { VoiceOverviewCard } from "./VoiceOverviewCard";
import { FeedbackSummaryCard } from "../feedback/FeedbackSummaryCard";
import ApartmentIcon from "@mui/icons-material/Apartment";
import Diversity3Icon from "@mui/icons-material/Diversity3";
import HandshakeIcon from "@mui/icons-material/Handshake";
import ManageAccountsIcon from "@mui/icons-material/ManageAccounts";
import PendingActionsIcon from "@mui/icons-material/PendingActions";
import PersonSearchIcon from "@mui/icons-material/PersonSearch";
import TaskAltIcon from "@mui/icons-material/TaskAlt";
import WarningAmberIcon from "@mui/icons-material/WarningAmber";
import { Box, Card, CardActions, CardContent, Stack, Typography } from "@mui/material";
import type { ReactNode } from "react";
import { Button, LinkBase, Loading, Title, useGetIdentity, usePermissions, useTranslate } from "react-admin";
import { getStoredMe } from "../authProvider";
import { canAccess } from "../canAccess";
import type { Permissions, Role } from "../types";
import { CompensationRulesWarning } from "./CompensationRulesWarning";
import { KeyPersonPrompts } from "./KeyPersonPrompts";
import { MyGroupInvitationsCard } from "../groupActivities/MyGroupInvitationsCard";
import { LazyOversightPanel } from "./LazyOversightPanel";
import { ReviewSummary } from "./ReviewSummary";
import { StatCard } from "./StatCard";

const Welcome = ({ role, children }: { role: Role; children?: ReactNode }) => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  return (
    <Card
      sx={{
        background: (theme) => `linear-gradient(135deg, ${theme.palette.primary.main} 0%, ${theme.palette.primary.dark} 100%)`,
        color: "primary.contrastText",
      }}
    >
      <CardContent>
        <Typography variant="overline" sx={{ opacity: 0.8 }}>
          {translate(`app.enums.role.${role}`)}
        </Typography>
        {/* an e-mail address as the name must wrap on a phone */}
        <Typography variant="h5" component="h2" gutterBottom sx={{ overflowWrap: "anywhere" }}>
          {translate("app.dashboard.welcome", { name: identity?.fullName ?? "" })}
        </Typography>
        <Typography variant="body1">{translate(`app.dashboard.intro.${role}`)}</Typography>
      </CardContent>
      {children && <CardActions sx={{ px: 2, pb: 2 }}>{children}</CardActions>}
    </Card>
  );
};

const LinkButton = ({ to, label }: { to: string; label: string }) => (
  <Button component={LinkBase} to={to} label={label} variant="contained" color="secondary" />
);

const RegistryCounts = ({ role }: { role: Role }) => (
  <Stack direction="row" sx={{ flexWrap: "wrap", gap: 2 }}>
    <StatCard resource="keyPersons" title="app.dashboard.keyPersons" icon={Diversity3Icon} />
    <StatCard resource="keyPersons" filter={{ status: "ACTIVE" }} title="app.dashboard.active" icon={TaskAltIcon} />
    <StatCard resource="keyPersons" filter={{ stale: true }} title="app.dashboard.stale" icon={WarningAmberIcon} warn />
    {canAccess(role, "list", "organisations") && <StatCard resource="organisations" title="app.dashboard.organisations" icon={ApartmentIcon} />}
    {canAccess(role, "list", "users") && <StatCard resource="users" title="app.dashboard.users" icon={ManageAccountsIcon} />}
  </Stack>
);

/** An organisation's own requests by where they stand; each opens the filtered list. */
const RequestCounts = () => (
  <Stack direction="row" sx={{ flexWrap: "wrap", gap: 2 }}>
    <StatCard resource="matchRequests" filter={{ status: "OPEN" }} title="app.dashboard.openRequests" icon={PendingActionsIcon} />
    <StatCard resource="matchRequests" filter={{ status: "MATCHED" }} title="app.dashboard.matchedRequests" icon={HandshakeIcon} />
    <StatCard resource="matchRequests" filter={{ unmet: true }} title="app.dashboard.unmetRequests" icon={PersonSearchIcon} warn />
  </Stack>
);

const RegionLine = () => {
  const translate = useTranslate();
  const municipalities = getStoredMe()?.municipalities ?? [];
  if (municipalities.length === 0) return null;
  return (
    <Typography variant="body2" color="text.secondary">
      {translate("app.dashboard.region", { municipalities: municipalities.map((m) => m.name).join(", ") })}
    </Typography>
  );
};

const RoleDashboard = ({ permissions }: { permissions: Permissions }) => {
  switch (permissions.role) {
    case "COORDINATOR":
    case "REGIONAL_COORDINATOR":
      return (
        <>
          <Welcome role={permissions.role} />
          <RegionLine />
          {/* the national coordinator enters the figures and approves hours; a regional coordinator does neither */}
          {permissions.role === "COORDINATOR" && <CompensationRulesWarning />}
          <RegistryCounts role={permissions.role} />
          <LazyOversightPanel />
          <VoiceOverviewCard />
        </>
      );
    case "ORGANISATION":
      return (
        <>
          <Welcome role="ORGANISATION">
            <LinkButton to="/matchRequests/create" label="app.dashboard.newRequest" />
            {permissions.organisationId && (
              <Button
                component={LinkBase}
                to={`/organisations/${permissions.organisationId}/show`}
                label="app.dashboard.openOrganisation"
                sx={{ color: "inherit" }}
              />
            )}
          </Welcome>
          <RequestCounts />
          <ReviewSummary />
        </>
      );
    case "KEY_PERSON":
      return (
        <>
          <Welcome role="KEY_PERSON">
            <LinkButton to="/my-profile" label="app.dashboard.openProfile" />
          </Welcome>
          {permissions.keyPersonId && <KeyPersonPrompts keyPersonId={permissions.keyPersonId} />}
          <FeedbackSummaryCard />
          <MyGroupInvitationsCard />
        </>
      );
  }
};

export const Dashboard = () => {
  const { permissions, isPending } = usePermissions<Permissions | null>();
  if (isPending) return <Loading />;
  return (
    // A grid of one minmax(0, 1fr) column: wide content (tables, charts, the map) scrolls
    // inside its card instead of widening the page past a phone's screen.
    <Box sx={{ display: "grid", gridTemplateColumns: "minmax(0, 1fr)", gap: 2, mt: 2 }}>
      <Title title="ra.page.dashboard" />
      {permissions && <RoleDashboard permissions={permissions} />}
    </Box>
  );
};
