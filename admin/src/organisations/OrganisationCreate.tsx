import { Create, SimpleForm } from "react-admin";
import { OrganisationInputs } from "./OrganisationInputs";

export const OrganisationCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={{ kind: "OTHER" }}>
      <OrganisationInputs />
    </SimpleForm>
  </Create>
);
