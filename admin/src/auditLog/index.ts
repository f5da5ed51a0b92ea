import AuditIcon from "@mui/icons-material/ManageSearch";
import { AuditLogList } from "./AuditLogList";

/** The audit log (coordinators): read-only, as the log itself is append-only. */
export default {
  list: AuditLogList,
  icon: AuditIcon,
  options: { label: "audit.menu" },
};
