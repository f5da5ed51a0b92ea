import SendIcon from "@mui/icons-material/Send";
import { Alert, Button, Chip } from "@mui/material";
import { useState } from "react";
import { Confirm, useNotify, useRecordContext, useRefresh, useTranslate } from "react-admin";
import { useServerAction } from "../common/useServerAction";
import { graphqlRequest } from "../dataProvider/graphqlClient";
import { graphql } from "../gql";
import type { UserRecord } from "../types";

const RESEND_INVITATION = graphql(`
  mutation ResendInvitation($id: ID!) {
    resendInvitation(id: $id) {
      id
      invitationPending
    }
  }
`);

type InvitedAccount = Pick<UserRecord, "id" | "email" | "invitationPending" | "deactivatedAt">;

/** Whether the user has accepted their invitation (chosen a password) yet. */
export const InvitationStatusField = ({ account }: { label?: string; account?: Pick<UserRecord, "invitationPending"> }) => {
  const pageRecord = useRecordContext<UserRecord>();
  const record = account ?? pageRecord;
  const translate = useTranslate();
  if (!record) return null;
  return record.invitationPending ? (
    <Chip data-invitation="pending" size="small" color="warning" label={translate("forms.invitation.pending")} />
  ) : (
    <Chip data-invitation="accepted" size="small" variant="outlined" label={translate("forms.invitation.accepted")} />
  );
};

/**
 * A new invitation link by e-mail, after a confirmation, for a user who has not chosen a
 * password yet (earlier links stop working). Not shown otherwise, nor for a deactivated account.
 */
export const ResendInvitationButton = ({ account }: { account?: InvitedAccount }) => {
  const pageRecord = useRecordContext<UserRecord>();
  const record: InvitedAccount | undefined = account ?? pageRecord;
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const { run, busy, error } = useServerAction();
  const [open, setOpen] = useState(false);
  if (!record || !record.invitationPending || record.deactivatedAt) return null;

  const confirm = async () => {
    const done = await run(async () => {
      await graphqlRequest(RESEND_INVITATION, { id: record.id });
    });
    setOpen(false);
    if (done) {
      notify("forms.invitation.resent", { type: "success" });
      refresh();
    }
  };

  return (
    <>
      <Button startIcon={<SendIcon />} onClick={() => setOpen(true)} disabled={busy}>
        {translate("forms.invitation.resend")}
      </Button>
      <Confirm
        isOpen={open}
        loading={busy}
        title={translate("forms.invitation.resend")}
        content={translate("forms.invitation.confirmResend", { email: record.email })}
        onConfirm={confirm}
        onClose={() => setOpen(false)}
      />
      {error && <Alert severity="error">{error}</Alert>}
    </>
  );
};
