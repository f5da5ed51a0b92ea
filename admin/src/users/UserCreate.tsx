import {
  AutocompleteInput,
  Create,
  email,
  FormDataConsumer,
  minLength,
  PasswordInput,
  ReferenceInput,
  required,
  SelectInput,
  SimpleForm,
  TextInput,
} from "react-admin";
import { MIN_PASSWORD_LENGTH } from "../../../server/src/domain/password-rules";
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

// Key person accounts are made with their profile (createKeyPerson with a password).
export const UserCreate = () => (
  <Create redirect="list">
    <SimpleForm defaultValues={{ role: "ORGANISATION" }}>
      <TextInput source="email" type="email" validate={[required(), email()]} sx={{ minWidth: 320 }} />
      <PasswordInput source="password" validate={[required(), minLength(MIN_PASSWORD_LENGTH)]} autoComplete="new-password" />
      <SelectInput source="role" choices={creatableRoleChoices} validate={required()} sx={{ minWidth: 320 }} />
      <FormDataConsumer<UserFormValues>>{({ formData }) => <RoleSpecificInputs role={formData.role} />}</FormDataConsumer>
    </SimpleForm>
  </Create>
);
