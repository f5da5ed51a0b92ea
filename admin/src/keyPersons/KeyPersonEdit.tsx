import { Edit, SimpleForm } from "react-admin";
import { SaveOnlyToolbar } from "../common/SaveOnlyToolbar";
import { KeyPersonInputs } from "./KeyPersonInputs";

// Pessimistic: the server validates (e.g. a point outside every municipality), and its
// message must reach the form before the user moves on.
export const KeyPersonEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm toolbar={<SaveOnlyToolbar />}>
      <KeyPersonInputs />
    </SimpleForm>
  </Edit>
);
