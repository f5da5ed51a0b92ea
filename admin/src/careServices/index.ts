import CareServiceIcon from "@mui/icons-material/VolunteerActivism";
import { CareServiceCreate } from "./CareServiceCreate";
import { CareServiceEdit } from "./CareServiceEdit";
import { CareServiceList } from "./CareServiceList";
import { CareServiceShow } from "./CareServiceShow";

// Care services (issue 18): "Hulpaanbod".
export default {
  list: CareServiceList,
  show: CareServiceShow,
  create: CareServiceCreate,
  edit: CareServiceEdit,
  icon: CareServiceIcon,
  recordRepresentation: "name",
  options: { label: "careServices.menu" },
};
