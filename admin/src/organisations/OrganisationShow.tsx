import { EditButton, SelectField, Show, SimpleShowLayout, TextField, TopToolbar } from "react-admin";
import { organisationKindChoices } from "../common/choices";
import { LocalDateField } from "../common/fields";
import { PublicEntryCard } from "./PublicEntryCard";
// care services (issue 18)
import { ContactsCard } from "../careServices/ContactsCard";

const OrganisationShowActions = () => (
  <TopToolbar>
    <EditButton />
  </TopToolbar>
);

export const OrganisationShow = () => (
  <Show actions={<OrganisationShowActions />}>
    <SimpleShowLayout>
      <TextField source="name" />
      <SelectField source="kind" choices={organisationKindChoices} />
      <TextField source="municipality.name" label="resources.organisations.fields.municipality" emptyText="–" />
      <LocalDateField source="createdAt" />
    </SimpleShowLayout>
    <PublicEntryCard />
    <ContactsCard />
  </Show>
);
