import ReferralIcon from "@mui/icons-material/Forward";
import { ReferralList } from "./ReferralList";
import { ReferralShow } from "./ReferralShow";

/** "Doorverwijzingen": referrals made and received (issue 18). */
export default {
  list: ReferralList,
  show: ReferralShow,
  icon: ReferralIcon,
  options: { label: "referrals.menu" },
};
