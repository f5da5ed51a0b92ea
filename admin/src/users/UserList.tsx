import { useMediaQuery, type Theme } from "@mui/material";
import { Datagrid, List, SearchInput, SelectField, SelectInput, SimpleList, TextField, useTranslate } from "react-admin";
import { roleChoices } from "../common/choices";
import { LocalDateField } from "../common/fields";
import type { UserRecord } from "../types";
import { AccountStatusField } from "./UserShow";

const userFilters = [<SearchInput key="q" source="q" alwaysOn />, <SelectInput key="role" source="role" choices={roleChoices} />];

const UserGrid = () => (
  <Datagrid rowClick="show" bulkActionButtons={false}>
    <TextField source="email" />
    <SelectField source="role" choices={roleChoices} />
    <TextField source="organisation.name" label="resources.users.fields.organisation" emptyText="–" />
    <LocalDateField source="createdAt" />
    <LocalDateField source="lastLoginAt" showTime />
    <AccountStatusField label="resources.users.fields.deactivatedAt" />
  </Datagrid>
);

const UserSimpleList = () => {
  const translate = useTranslate();
  return (
    <SimpleList<UserRecord>
      linkType="show"
      primaryText={(record) => record.email}
      secondaryText={(record) => [translate(`app.enums.role.${record.role}`), record.organisation?.name].filter(Boolean).join(" · ")}
    />
  );
};

export const UserList = () => {
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down("md"));
  return (
    <List filters={userFilters} exporter={false} perPage={25}>
      {isSmall ? <UserSimpleList /> : <UserGrid />}
    </List>
  );
};
