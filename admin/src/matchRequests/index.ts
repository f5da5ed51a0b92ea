import MatchRequestIcon from "@mui/icons-material/ConnectWithoutContact";
import { MatchRequestCreate } from "./MatchRequestCreate";
import { MatchRequestList } from "./MatchRequestList";
import { MatchRequestShow } from "./MatchRequestShow";

export default {
  list: MatchRequestList,
  show: MatchRequestShow,
  create: MatchRequestCreate,
  icon: MatchRequestIcon,
  recordRepresentation: "caseReference",
  options: { label: "matching.menu.matchRequests" },
};
