import { useMediaQuery, type Theme } from "@mui/material";
import { Datagrid, List, SearchInput, SelectInput, SimpleList, TextField, usePermissions, useTranslate } from "react-admin";
import { LocalDateField } from "../common/fields";
import { useLocalizedName } from "../common/useLocalizedName";
import type { Permissions } from "../types";
import { requestStatusChoices } from "../common/choices";
import { RequestLanguagesField, RequestStatusField, UnmetFlag } from "./common";
import { RequestKindField, useKindLine } from "./KindFacts";
import type { MatchRequestRecord } from "./types";

const field = (name: string) => `matching.fields.${name}`;

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" label={field("status")} choices={requestStatusChoices} />,
];

// The API orders by creation, newest first, and does not sort otherwise.
const RequestGrid = ({ showOrganisation }: { showOrganisation: boolean }) => (
  <Datagrid rowClick="show" bulkActionButtons={false}>
    <TextField source="caseReference" label={field("caseReference")} sortable={false} />
    <RequestKindField label={field("kind")} sortable={false} />
    {showOrganisation && <TextField source="organisation.name" label={field("organisation")} sortable={false} />}
    <TextField source="municipality.name" label={field("municipality")} sortable={false} emptyText="–" />
    <RequestLanguagesField label={field("languages")} sortable={false} max={3} />
    <RequestStatusField label={field("status")} sortable={false} />
    <LocalDateField source="createdAt" label={field("createdAt")} sortable={false} />
    <UnmetFlag label={field("unmet")} sortable={false} />
  </Datagrid>
);

const RequestSimpleList = () => {
  const translate = useTranslate();
  const { nameOf } = useLocalizedName();
  const kindLine = useKindLine();
  return (
    <SimpleList<MatchRequestRecord>
      linkType="show"
      primaryText={(record) => record.caseReference}
      secondaryText={(record) => [kindLine(record), record.municipality?.name, record.languages.map(nameOf).join(", ")].filter(Boolean).join(" · ")}
      tertiaryText={(record) =>
        [translate(`matching.enums.requestStatus.${record.status}`), record.unmetSince ? translate("matching.unmet.short") : null].filter(Boolean).join(" · ")
      }
    />
  );
};

export const MatchRequestList = () => {
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down("md"));
  const { permissions } = usePermissions<Permissions | null>();
  const translate = useTranslate();
  const showOrganisation = permissions?.role !== "ORGANISATION";
  return (
    <List
      title={translate("matching.requests.title")}
      filters={filters}
      exporter={false}
      perPage={25}
      empty={false}
      sx={{ "& .RaList-content": { overflowX: "auto" } }}
    >
      {isSmall ? <RequestSimpleList /> : <RequestGrid showOrganisation={showOrganisation} />}
    </List>
  );
};
