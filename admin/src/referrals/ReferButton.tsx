import ForwardIcon from "@mui/icons-material/Forward";
import { Button } from "@mui/material";
import { Link } from "react-router";
import { useTranslate } from "react-admin";

/** "Doorverwijzen": from an ACTIVE assignment to the page that picks a service near the newcomer and records consent. */
export const ReferButton = ({ assignmentId }: { assignmentId: string }) => {
  const translate = useTranslate();
  return (
    <Button component={Link} to={`/referrals/new/${assignmentId}`} size="small" startIcon={<ForwardIcon />} data-testid="refer-button">
      {translate("referrals.refer")}
    </Button>
  );
};
