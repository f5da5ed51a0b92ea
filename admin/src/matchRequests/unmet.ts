import UnmetIcon from "@mui/icons-material/PersonSearch";
import { UnmetRequestList } from "./UnmetRequestList";

/** The unmet match requests, as a resource of their own so they get a menu item (coordinators). */
export default {
  list: UnmetRequestList,
  icon: UnmetIcon,
  recordRepresentation: "caseReference",
  options: { label: "matching.menu.unmetRequests" },
};
