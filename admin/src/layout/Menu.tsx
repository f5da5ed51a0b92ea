import ApartmentIcon from "@mui/icons-material/Apartment";
import BadgeIcon from "@mui/icons-material/Badge";
import CalendarMonthIcon from "@mui/icons-material/CalendarMonth";
import CampaignIcon from "@mui/icons-material/CampaignOutlined";
import ForwardIcon from "@mui/icons-material/Forward";
import InsightsIcon from "@mui/icons-material/Insights";
import { Menu as RaMenu, usePermissions } from "react-admin";
import { canAccess } from "../canAccess";
import type { Permissions } from "../types";
import { CompensationMenuItems } from "./CompensationMenuItems";
import { ImportMenuItem } from "../import/ImportMenuItem";
import { ResearchMenuItem } from "../research/ResearchExtractPage";

/**
 * The dashboard and every resource the role may list (ResourceItems asks canAccess),
 * plus the pages of one's own record: "Mijn profiel" and "Mijn organisatie".
 */
export const Menu = () => {
  const { permissions } = usePermissions<Permissions | null>();
  const role = permissions?.role;
  return (
    <RaMenu>
      <RaMenu.DashboardItem />
      <RaMenu.ResourceItems />
      {canAccess(role, "edit", "myProfile") && <RaMenu.Item to="/my-profile" primaryText="app.menu.myProfile" leftIcon={<BadgeIcon />} />}
      {canAccess(role, "show", "myAgenda") && <RaMenu.Item to="/my-agenda" primaryText="agenda.menu" leftIcon={<CalendarMonthIcon />} />}
      {canAccess(role, "show", "myOrganisation") && permissions?.organisationId && (
        <RaMenu.Item to={`/organisations/${permissions.organisationId}/show`} primaryText="app.menu.myOrganisation" leftIcon={<ApartmentIcon />} />
      )}
      {canAccess(role, "list", "transfers") && <RaMenu.Item to="/transfers" primaryText="transfers.menu" leftIcon={<ForwardIcon />} />}
      <CompensationMenuItems />
      {canAccess(role, "show", "reports") && <RaMenu.Item to="/reports" primaryText="reports.menu" leftIcon={<InsightsIcon />} />}
      <ImportMenuItem />
      <ResearchMenuItem />
      {canAccess(role, "show", "mySignals") && <RaMenu.Item to="/my-signals" primaryText="voice.menu.signals" leftIcon={<CampaignIcon />} />}
    </RaMenu>
  );
};
