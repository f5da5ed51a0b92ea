import FlagIcon from "@mui/icons-material/OutlinedFlag";
import { OrganisationFlagList } from "./OrganisationFlagList";

/** Key persons' flags about organisations: coordinators in scope; a key person their own. */
export default {
  list: OrganisationFlagList,
  icon: FlagIcon,
  options: { label: "voice.menu.flags" },
};
