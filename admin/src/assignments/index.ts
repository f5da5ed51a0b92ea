import ProposalIcon from "@mui/icons-material/Inbox";
import { AssignmentList } from "./AssignmentList";

/** A key person's own proposals and assignments: "Mijn voorstellen". */
export default {
  list: AssignmentList,
  icon: ProposalIcon,
  options: { label: "matching.menu.myProposals" },
};
