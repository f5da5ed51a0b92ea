import { Create, SimpleForm, useNotify, useRedirect } from "react-admin";
import type { KeyPersonRecord } from "../types";
import { KeyPersonInputs, NEW_KEY_PERSON } from "./KeyPersonInputs";

/**
 * A coordinator registers a key person. No password is typed: the server e-mails the key
 * person a one-time invitation link (as imported key persons get), and the key person's page
 * shows the invitation as pending, with a button to send a new one.
 */
export const KeyPersonCreate = () => {
  const notify = useNotify();
  const redirect = useRedirect();
  const onSuccess = (record: KeyPersonRecord) => {
    notify("forms.invitation.sent", { type: "success", messageArgs: { email: record.email ?? "" } });
    redirect("show", "keyPersons", record.id);
  };
  return (
    <Create mutationOptions={{ onSuccess }}>
      <SimpleForm defaultValues={NEW_KEY_PERSON}>
        <KeyPersonInputs isNew />
      </SimpleForm>
    </Create>
  );
};
