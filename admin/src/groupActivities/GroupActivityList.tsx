import { useMediaQuery, type Theme } from "@mui/material";
import { BooleanInput, Datagrid, FunctionField, List, SelectInput, SimpleList, TextField, useTranslate } from "react-admin";
import { formatSlot } from "../common/dates";
import { useDisplayLocale } from "../common/useLocalizedName";
import { GROUP_KINDS, type GroupActivityRecord } from "./types";

const field = (name: string) => `groups.fields.${name}`;

const filters = [
  <SelectInput key="kind" source="kind" label={field("kind")} choices={GROUP_KINDS.map((id) => ({ id, name: `groups.kind.${id}` }))} />,
  <BooleanInput key="upcoming" source="upcoming" label={field("upcoming")} alwaysOn />,
];

const useLines = () => {
  const translate = useTranslate();
  const locale = useDisplayLocale();
  return {
    when: (record: GroupActivityRecord) => formatSlot(record.startsAt, record.endsAt, locale),
    organiser: (record: GroupActivityRecord) => record.organisation?.name ?? translate("groups.organiserCoordinators"),
    places: (record: GroupActivityRecord) =>
      record.cancelledAt ? translate("groups.cancelled") : translate("groups.places", { left: record.placesLeft, capacity: record.capacity }),
    kind: (record: GroupActivityRecord) => translate(`groups.kind.${record.kind}`),
  };
};

const Grid = () => {
  const lines = useLines();
  return (
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="title" label={field("title")} sortable={false} />
      <FunctionField label={field("kind")} sortable={false} render={(record: GroupActivityRecord) => lines.kind(record)} />
      <FunctionField label={field("when")} sortable={false} render={(record: GroupActivityRecord) => lines.when(record)} />
      <FunctionField label={field("organiser")} sortable={false} render={(record: GroupActivityRecord) => lines.organiser(record)} />
      <FunctionField label={field("places")} sortable={false} render={(record: GroupActivityRecord) => lines.places(record)} />
    </Datagrid>
  );
};

const Simple = () => {
  const lines = useLines();
  return (
    <SimpleList<GroupActivityRecord>
      linkType="show"
      primaryText={(record) => record.title}
      secondaryText={(record) => `${lines.kind(record)} · ${lines.when(record)}`}
      tertiaryText={(record) => lines.places(record)}
    />
  );
};

export const GroupActivityList = () => {
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down("md"));
  return (
    <List filters={filters} filterDefaultValues={{ upcoming: true }} exporter={false} perPage={25} title="groups.title">
      {isSmall ? <Simple /> : <Grid />}
    </List>
  );
};
