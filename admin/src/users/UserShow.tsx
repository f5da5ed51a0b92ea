import BlockIcon from "@mui/icons-material/Block";
import HowToRegIcon from "@mui/icons-material/HowToReg";
import { Alert, Button, Chip } from "@mui/material";
import { useState } from "react";
import {
  Confirm,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useGetIdentity,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from "react-admin";
import { useReasonText } from "../account/reasonText";
import { roleChoices } from "../common/choices";
import { LocalDateField } from "../common/fields";
import { graphqlRequest } from "../dataProvider/graphqlClient";
import { graphql } from "../gql";
import type { UserRecord } from "../types";
import { InvitationStatusField, ResendInvitationButton } from "./Invitation";

const SET_ACTIVE = {
  deactivate: graphql(`
    mutation DeactivateUser($id: ID!) {
      deactivateUser(id: $id) {
        id
        deactivatedAt
      }
    }
  `),
  reactivate: graphql(`
    mutation ReactivateUser($id: ID!) {
      reactivateUser(id: $id) {
        id
        deactivatedAt
      }
    }
  `),
};

/** Active, or deactivated since when. */
export const AccountStatusField = ({ account }: { label?: string; account?: Pick<UserRecord, "deactivatedAt"> }) => {
  const pageRecord = useRecordContext<UserRecord>();
  const record = account ?? pageRecord;
  const translate = useTranslate();
  if (!record) return null;
  return record.deactivatedAt ? (
    <Chip
      data-account-status="deactivated"
      size="small"
      color="error"
      label={translate("account.deactivation.deactivatedSince", { date: new Date(record.deactivatedAt).toLocaleDateString() })}
    />
  ) : (
    <Chip data-account-status="active" size="small" color="success" variant="outlined" label={translate("account.deactivation.active")} />
  );
};

type AccountRecord = Pick<UserRecord, "id" | "email" | "deactivatedAt">;

/**
 * Deactivate (every session ends at once) or reactivate, after a confirmation. Not for
 * one's own account. `account`: another record's account (a key person's), else the page's record.
 */
export const ActivationButton = ({ account }: { account?: AccountRecord }) => {
  const pageRecord = useRecordContext<UserRecord>();
  const record: AccountRecord | undefined = account ?? pageRecord;
  const { identity } = useGetIdentity();
  const translate = useTranslate();
  const reasonText = useReasonText();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!record || String(identity?.id) === String(record.id)) return null;
  const action = record.deactivatedAt ? "reactivate" : "deactivate";

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await (action === "deactivate" ? graphqlRequest(SET_ACTIVE.deactivate, { id: record.id }) : graphqlRequest(SET_ACTIVE.reactivate, { id: record.id }));
      notify(`account.deactivation.${action}d`, { type: "success" });
      refresh();
    } catch (caught) {
      setError(reasonText(caught));
    } finally {
      setBusy(false);
      setOpen(false);
    }
  };

  return (
    <>
      <Button
        color={action === "deactivate" ? "error" : "primary"}
        startIcon={action === "deactivate" ? <BlockIcon /> : <HowToRegIcon />}
        onClick={() => setOpen(true)}
        disabled={busy}
      >
        {translate(`account.deactivation.${action}`)}
      </Button>
      <Confirm
        isOpen={open}
        loading={busy}
        title={translate(`account.deactivation.${action}`)}
        content={translate(action === "deactivate" ? "account.deactivation.confirmDeactivate" : "account.deactivation.confirmReactivate", {
          email: record.email,
        })}
        onConfirm={confirm}
        onClose={() => setOpen(false)}
      />
      {error && <Alert severity="error">{error}</Alert>}
    </>
  );
};

/** The coordinator's page of one account: who, what role, when last logged in, and taking access away. */
export const UserShow = () => (
  <Show
    actions={
      <TopToolbar sx={{ flexWrap: "wrap" }}>
        <ResendInvitationButton />
        <ActivationButton />
      </TopToolbar>
    }
  >
    <SimpleShowLayout>
      <TextField source="email" />
      <SelectField source="role" choices={roleChoices} />
      <TextField source="organisation.name" label="resources.users.fields.organisation" emptyText="–" />
      <TextField source="keyPerson.displayName" label="resources.users.fields.keyPerson" emptyText="–" />
      <AccountStatusField label="resources.users.fields.deactivatedAt" />
      <InvitationStatusField label="forms.invitation.status" />
      <LocalDateField source="createdAt" />
      <LocalDateField source="lastLoginAt" showTime />
    </SimpleShowLayout>
  </Show>
);
