import EuroIcon from "@mui/icons-material/Euro";
import { RulesCreate, RulesEdit } from "./RulesEdit";
import { RulesList } from "./RulesList";

export default {
  list: RulesList,
  create: RulesCreate,
  edit: RulesEdit,
  icon: EuroIcon,
  recordRepresentation: "year",
  options: { label: "compensation.menu.rules" },
};
