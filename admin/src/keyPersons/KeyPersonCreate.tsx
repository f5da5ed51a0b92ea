import { Create, SimpleForm } from "react-admin";
import { KeyPersonInputs, NEW_KEY_PERSON } from "./KeyPersonInputs";

export const KeyPersonCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={NEW_KEY_PERSON}>
      <KeyPersonInputs withPassword />
    </SimpleForm>
  </Create>
);
