import AccessTimeIcon from "@mui/icons-material/AccessTime";
import FactCheckIcon from "@mui/icons-material/FactCheck";
import FavoriteIcon from "@mui/icons-material/Favorite";
import FileDownloadIcon from "@mui/icons-material/FileDownload";
import ReceiptLongIcon from "@mui/icons-material/ReceiptLong";
import { Menu as RaMenu, usePermissions } from "react-admin";
import { canAccess } from "../canAccess";
import type { Permissions } from "../types";
import { withAttentionBadge } from "./attention";

const ReviewIcon = withAttentionBadge(FactCheckIcon, (counts) => counts.hoursToReview + counts.claimsToReview);

/**
 * The pages of hours, claims and wellbeing: a key person's own ("Mijn uren", "Mijn
 * declaraties", "Mijn welzijn"), a funder's review list and payment export.
 */
export const CompensationMenuItems = () => {
  const { permissions } = usePermissions<Permissions | null>();
  const role = permissions?.role;
  return (
    <>
      {canAccess(role, "show", "myHours") && <RaMenu.Item to="/my-hours" primaryText="compensation.menu.myHours" leftIcon={<AccessTimeIcon />} />}
      {canAccess(role, "show", "myClaims") && <RaMenu.Item to="/my-claims" primaryText="compensation.menu.myClaims" leftIcon={<ReceiptLongIcon />} />}
      {canAccess(role, "show", "myWellbeing") && <RaMenu.Item to="/my-wellbeing" primaryText="oversight.menu.myWellbeing" leftIcon={<FavoriteIcon />} />}
      {canAccess(role, "show", "review") && <RaMenu.Item to="/review" primaryText="compensation.menu.review" leftIcon={<ReviewIcon />} />}
      {canAccess(role, "list", "paymentExports") && (
        <RaMenu.Item to="/payment-exports" primaryText="compensation.menu.paymentExports" leftIcon={<FileDownloadIcon />} />
      )}
    </>
  );
};
