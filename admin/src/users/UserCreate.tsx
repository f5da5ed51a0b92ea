import { Alert } from "@mui/material";
import { AutocompleteInput, Create, email, FormDataConsumer, ReferenceInput, required, SelectInput, SimpleForm, TextInput, useTranslate } from "react-admin";
import { creatableRoleChoices } from "../common/choices";
import { MunicipalitiesInput } from "../common/referenceInputs";
import type { UserFormValues } from "../dataProvider/inputs";

/** The inputs that only one role needs: an organisation, or the municipalities of a region. */
const RoleSpecificInputs = ({ role }: { role?: UserFormValues["role"] }) => {
  if (role === "ORGANISATION") {
    return (
      <ReferenceInput source="organisationId" reference="organisations">
        <AutocompleteInput optionText="name" validate={required()} sx={{ minWidth: 320 }} />
      </ReferenceInput>
    );
  }
  if (role === "REGIONAL_COORDINATOR") {
    return <MunicipalitiesInput source="municipalityCodes" validate={required()} />;
  }
  return null;
};

// Key person accounts are made with their profile (createKeyPerson). No password here: the
// new user is invited by e-mail and chooses their own.
export const UserCreate = () => {
  const translate = useTranslate();
  return (
    <Create redirect="show">
      <SimpleForm defaultValues={{ role: "ORGANISATION" }}>
        <Alert severity="info" sx={{ mb: 2, maxWidth: 640 }}>
          {translate("forms.invitation.createHelp")}
        </Alert>
        <TextInput source="email" type="email" validate={[required(), email()]} sx={{ minWidth: { sm: 320 } }} />
        <SelectInput source="role" choices={creatableRoleChoices} validate={required()} sx={{ minWidth: 320 }} />
        <FormDataConsumer<UserFormValues>>{({ formData }) => <RoleSpecificInputs role={formData.role} />}</FormDataConsumer>
      </SimpleForm>
    </Create>
  );
};
