import GroupsIcon from "@mui/icons-material/Groups";
import { GroupActivityCreate } from "./GroupActivityCreate";
import { GroupActivityList } from "./GroupActivityList";
import { GroupActivityShow } from "./GroupActivityShow";

export default {
  list: GroupActivityList,
  show: GroupActivityShow,
  create: GroupActivityCreate,
  icon: GroupsIcon,
  recordRepresentation: "title",
  options: { label: "groups.menu" },
};
