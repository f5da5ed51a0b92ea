import { useMediaQuery, type Theme } from "@mui/material";
import {
  CreateButton,
  Datagrid,
  FilterButton,
  List,
  SimpleList,
  TextField,
  TopToolbar,
  usePermissions,
  useResourceDefinition,
  useTranslate,
} from "react-admin";
import { LocalDateField } from "../common/fields";
import { useLocalizedName } from "../common/useLocalizedName";
import type { Permissions } from "../types";
import { RequestLanguagesField, RequestStatusField, UnmetFlag } from "./common";
import { ExportRequestsButton } from "./ExportRequestsButton";
import { requestFilters } from "./requestFilters";
import { RequestKindField, useKindLine } from "./KindFacts";
import type { MatchRequestRecord } from "./types";

const field = (name: string) => `matching.fields.${name}`;

// Newest first unless a column is clicked (MatchRequestSortField); languages do not sort.
const RequestGrid = ({ showOrganisation }: { showOrganisation: boolean }) => (
  <Datagrid rowClick="show" bulkActionButtons={false}>
    <TextField source="caseReference" label={field("caseReference")} />
    <RequestKindField label={field("kind")} sortBy="kind" />
    {showOrganisation && <TextField source="organisation.name" label={field("organisation")} />}
    <TextField source="municipality.name" label={field("municipality")} emptyText="–" />
    <RequestLanguagesField label={field("languages")} sortable={false} max={3} />
    <RequestStatusField label={field("status")} sortBy="status" />
    <LocalDateField source="createdAt" label={field("createdAt")} />
    <UnmetFlag label={field("unmet")} sortBy="unmetSince" />
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

/** react-admin's own actions (filter, create where the resource has it) plus the CSV export. */
const RequestListActions = () => {
  const { hasCreate } = useResourceDefinition();
  return (
    <TopToolbar>
      <FilterButton />
      {hasCreate && <CreateButton />}
      <ExportRequestsButton />
    </TopToolbar>
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
      filters={requestFilters({ showOrganisation })}
      exporter={false}
      actions={<RequestListActions />}
      perPage={25}
      empty={false}
      sx={{ "& .RaList-content": { overflowX: "auto" } }}
    >
      {isSmall ? <RequestSimpleList /> : <RequestGrid showOrganisation={showOrganisation} />}
    </List>
  );
};
