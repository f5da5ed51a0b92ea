import { Box } from "@mui/material";
import { useRecordContext } from "react-admin";
import type { KeyPersonRecord } from "../types";
import { InvitationStatusField, ResendInvitationButton } from "./Invitation";
import { AccountStatusField, ActivationButton } from "./UserShow";

/** On a key person's page, for the coordinators who manage them: their account, active or not, and the button to change that. */
export const KeyPersonAccount = (_props: { label?: string }) => {
  const record = useRecordContext<KeyPersonRecord>();
  const account = record?.account;
  if (!account) return <>–</>;
  return (
    <Box sx={{ display: "flex", alignItems: "center", gap: 1, flexWrap: "wrap" }}>
      <AccountStatusField account={account} />
      {account.invitationPending && <InvitationStatusField account={account} />}
      <ActivationButton account={account} />
      <ResendInvitationButton account={account} />
    </Box>
  );
};
