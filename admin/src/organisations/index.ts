import OrganisationIcon from "@mui/icons-material/Apartment";
import { OrganisationCreate } from "./OrganisationCreate";
import { OrganisationEdit } from "./OrganisationEdit";
import { OrganisationList } from "./OrganisationList";
import { OrganisationShow } from "./OrganisationShow";

export default {
  list: OrganisationList,
  show: OrganisationShow,
  create: OrganisationCreate,
  edit: OrganisationEdit,
  icon: OrganisationIcon,
  recordRepresentation: "name",
};
