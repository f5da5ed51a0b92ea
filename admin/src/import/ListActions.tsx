import UploadFileIcon from "@mui/icons-material/UploadFile";
import { Button, CreateButton, FilterButton, TopToolbar, usePermissions } from "react-admin";
import { Link } from "react-router";
import { canAccess } from "../canAccess";
import type { Permissions } from "../types";
import { ExportCsvButton } from "./ExportCsvButton";

/** The key persons list's toolbar: filters, new, import from CSV, export as CSV. */
export const KeyPersonListActions = () => {
  const { permissions } = usePermissions<Permissions | null>();
  const role = permissions?.role;
  return (
    <TopToolbar>
      <FilterButton />
      {canAccess(role, "create", "keyPersons") && <CreateButton />}
      {canAccess(role, "create", "registryImport") && <Button component={Link} to="/import" label="import.actions.import" startIcon={<UploadFileIcon />} />}
      {canAccess(role, "export", "registryExport") && <ExportCsvButton what="key-persons" />}
    </TopToolbar>
  );
};

/** The organisations list's toolbar: filters, new, export as CSV. */
export const OrganisationListActions = () => {
  const { permissions } = usePermissions<Permissions | null>();
  const role = permissions?.role;
  return (
    <TopToolbar>
      <FilterButton />
      {canAccess(role, "create", "organisations") && <CreateButton />}
      {canAccess(role, "export", "registryExport") && <ExportCsvButton what="organisations" />}
    </TopToolbar>
  );
};
