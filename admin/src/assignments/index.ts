import ProposalIcon from "@mui/icons-material/Inbox";
import { withAttentionBadge } from "../layout/attention";
import { AssignmentList } from "./AssignmentList";

/** A key person's own proposals and assignments: "Mijn voorstellen". */
export default {
  list: AssignmentList,
  icon: withAttentionBadge(ProposalIcon, (counts) => counts.proposalsToAnswer),
  options: { label: "matching.menu.myProposals" },
};
