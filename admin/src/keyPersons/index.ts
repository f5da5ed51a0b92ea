import KeyPersonIcon from "@mui/icons-material/Diversity3";
import { KeyPersonCreate } from "./KeyPersonCreate";
import { KeyPersonEdit } from "./KeyPersonEdit";
import { KeyPersonList } from "./KeyPersonList";
import { KeyPersonShow } from "./KeyPersonShow";

export default {
  list: KeyPersonList,
  show: KeyPersonShow,
  create: KeyPersonCreate,
  edit: KeyPersonEdit,
  icon: KeyPersonIcon,
  recordRepresentation: "displayName",
};
