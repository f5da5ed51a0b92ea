import { SaveButton, Toolbar } from "react-admin";

/** The API deletes nothing (a key person who stops is set INACTIVE): no delete button. */
export const SaveOnlyToolbar = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);
