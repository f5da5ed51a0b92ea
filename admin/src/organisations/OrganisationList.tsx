import { useMediaQuery, type Theme } from "@mui/material";
import { Datagrid, List, SearchInput, SelectField, SelectInput, SimpleList, TextField, useTranslate } from "react-admin";
import { organisationKindChoices } from "../common/choices";
import { LocalDateField } from "../common/fields";
import type { OrganisationRecord } from "../types";
import { OrganisationListActions } from "../import/ListActions";

const organisationFilters = [<SearchInput key="q" source="q" alwaysOn />, <SelectInput key="kind" source="kind" choices={organisationKindChoices} />];

const OrganisationGrid = () => (
  <Datagrid rowClick="show" bulkActionButtons={false}>
    <TextField source="name" />
    <SelectField source="kind" choices={organisationKindChoices} />
    <TextField source="municipality.name" label="resources.organisations.fields.municipality" emptyText="–" />
    <LocalDateField source="createdAt" />
  </Datagrid>
);

const OrganisationSimpleList = () => {
  const translate = useTranslate();
  return (
    <SimpleList<OrganisationRecord>
      linkType="show"
      primaryText={(record) => record.name}
      secondaryText={(record) => [translate(`app.enums.organisationKind.${record.kind}`), record.municipality?.name].filter(Boolean).join(" · ")}
    />
  );
};

export const OrganisationList = () => {
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down("md"));
  return (
    <List filters={organisationFilters} exporter={false} perPage={25} actions={<OrganisationListActions />}>
      {isSmall ? <OrganisationSimpleList /> : <OrganisationGrid />}
    </List>
  );
};
