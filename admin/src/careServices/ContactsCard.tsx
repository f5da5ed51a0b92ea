import AddIcon from "@mui/icons-material/Add";
import DeleteIcon from "@mui/icons-material/Delete";
import SaveIcon from "@mui/icons-material/Save";
import { Alert, Box, IconButton, TextField, Tooltip, Typography } from "@mui/material";
import { useCallback, useEffect, useState } from "react";
import { useNotify, usePermissions, useRecordContext, useTranslate } from "react-admin";
import { BusyButton } from "../common/BusyButton";
import { SectionCard } from "../common/SectionCard";
import { useServerAction } from "../common/useServerAction";
import { CREATE_ORGANISATION_CONTACT, ORGANISATION_CONTACTS, REMOVE_ORGANISATION_CONTACT, UPDATE_ORGANISATION_CONTACT } from "../dataProvider/careServices";
import { graphqlRequest } from "../dataProvider/graphqlClient";
import type { OrganisationContactsQuery } from "../gql/graphql";
import type { OrganisationRecord, Permissions } from "../types";

type Contact = OrganisationContactsQuery["result"][number];
type Draft = { id: string | null; name: string; title: string; email: string; phone: string };

const toDraft = (contact: Contact | null): Draft => ({
  id: contact?.id ?? null,
  name: contact?.name ?? "",
  title: contact?.title ?? "",
  email: contact?.email ?? "",
  phone: contact?.phone ?? "",
});

const ContactRow = ({ draft, editable, onSaved }: { draft: Draft; editable: boolean; onSaved: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const record = useRecordContext<OrganisationRecord>();
  const { run, busy, error } = useServerAction();
  const [values, setValues] = useState(draft);
  const set = (key: keyof Draft) => (event: React.ChangeEvent<HTMLInputElement>) => setValues({ ...values, [key]: event.target.value });
  const input = { name: values.name, title: values.title || null, email: values.email || null, phone: values.phone || null };
  const save = async () => {
    const done = await run(async () => {
      if (values.id) await graphqlRequest(UPDATE_ORGANISATION_CONTACT, { id: values.id, input });
      else await graphqlRequest(CREATE_ORGANISATION_CONTACT, { organisationId: String(record?.id), input });
    });
    if (done) {
      notify("careServices.contacts.saved", { type: "success" });
      onSaved();
    }
  };
  const remove = async () => {
    if (!values.id) return onSaved();
    if (await run(async () => void (await graphqlRequest(REMOVE_ORGANISATION_CONTACT, { id: values.id! })))) {
      notify("careServices.contacts.removed", { type: "info" });
      onSaved();
    }
  };
  const field = (key: keyof Draft, labelKey: string, type = "text") => (
    <TextField
      size="small"
      name={`contact.${key}`}
      type={type}
      label={translate(`careServices.contacts.${labelKey}`)}
      value={values[key] ?? ""}
      onChange={set(key)}
      disabled={!editable}
      sx={{ minWidth: 160, flex: "1 1 160px" }}
    />
  );
  return (
    <Box data-testid="contact-row" sx={{ display: "flex", gap: 1, flexWrap: "wrap", alignItems: "center", mb: 1 }}>
      {field("name", "name")}
      {field("title", "position")}
      {field("email", "email", "email")}
      {field("phone", "phone", "tel")}
      {editable && (
        <>
          <BusyButton busy={busy} icon={<SaveIcon />} onClick={save} size="small" data-testid="save-contact">
            {translate("careServices.contacts.save")}
          </BusyButton>
          <Tooltip title={translate("careServices.contacts.remove")}>
            <IconButton aria-label={translate("careServices.contacts.remove")} onClick={remove} disabled={busy}>
              <DeleteIcon />
            </IconButton>
          </Tooltip>
        </>
      )}
      {error && (
        <Alert severity="error" sx={{ width: "100%" }}>
          {error}
        </Alert>
      )}
    </Box>
  );
};

/**
 * An organisation's named contact points on its page: its own staff and the national
 * coordinator keep them, a regional coordinator reads them.
 */
export const ContactsCard = () => {
  const record = useRecordContext<OrganisationRecord>();
  const translate = useTranslate();
  const { permissions } = usePermissions<Permissions | null>();
  const [contacts, setContacts] = useState<Contact[] | null>(null);
  const [adding, setAdding] = useState(false);
  const organisationId = record ? String(record.id) : null;
  const load = useCallback(async () => {
    if (!organisationId) return;
    setAdding(false);
    const { result } = await graphqlRequest(ORGANISATION_CONTACTS, { organisationId });
    setContacts(result);
  }, [organisationId]);
  useEffect(() => {
    load().catch(() => setContacts([]));
  }, [load]);
  if (!record || !permissions) return null;
  const editable = permissions.role === "COORDINATOR" || (permissions.role === "ORGANISATION" && String(permissions.organisationId) === String(record.id));
  return (
    <Box sx={{ p: 2 }} data-testid="contacts-card">
      <SectionCard title="careServices.contacts.title" help="careServices.contacts.help">
        {contacts?.length === 0 && !adding && <Typography variant="body2">{translate("careServices.contacts.empty")}</Typography>}
        {contacts?.map((contact) => (
          <ContactRow
            key={`${contact.id}:${contact.name}:${contact.title}:${contact.email}:${contact.phone}`}
            draft={toDraft(contact)}
            editable={editable}
            onSaved={load}
          />
        ))}
        {adding && <ContactRow draft={toDraft(null)} editable onSaved={load} />}
        {editable && !adding && (
          <BusyButton busy={false} icon={<AddIcon />} variant="outlined" onClick={() => setAdding(true)} data-testid="add-contact">
            {translate("careServices.contacts.add")}
          </BusyButton>
        )}
      </SectionCard>
    </Box>
  );
};
