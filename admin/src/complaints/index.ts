import ReportIcon from "@mui/icons-material/ReportProblemOutlined";
import { ComplaintList } from "./ComplaintList";
import { ComplaintShow } from "./ComplaintShow";

/** Complaints about assignments: an organisation's own, those about a key person, coordinators' in scope. */
export default {
  list: ComplaintList,
  show: ComplaintShow,
  icon: ReportIcon,
  options: { label: "voice.menu.complaints" },
};
