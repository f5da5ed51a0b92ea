import UploadFileIcon from "@mui/icons-material/UploadFile";
import { Menu as RaMenu, usePermissions } from "react-admin";
import { canAccess } from "../canAccess";
import type { Permissions } from "../types";

/** "Importeren": the CSV import of key persons, for coordinators. */
export const ImportMenuItem = () => {
  const { permissions } = usePermissions<Permissions | null>();
  if (!canAccess(permissions?.role, "create", "registryImport")) return null;
  return <RaMenu.Item to="/import" primaryText="import.menu.import" leftIcon={<UploadFileIcon />} />;
};
