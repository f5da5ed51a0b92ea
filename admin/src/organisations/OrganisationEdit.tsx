import { Edit, SimpleForm } from "react-admin";
import { SaveOnlyToolbar } from "../common/SaveOnlyToolbar";
import { OrganisationInputs } from "./OrganisationInputs";

export const OrganisationEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm toolbar={<SaveOnlyToolbar />}>
      <OrganisationInputs />
    </SimpleForm>
  </Edit>
);
