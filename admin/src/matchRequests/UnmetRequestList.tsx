import { Box, Typography } from "@mui/material";
import { Datagrid, FilterButton, FunctionField, List, TextField, TopToolbar, useGetList, useTranslate } from "react-admin";
import { LazyUnmetMap } from "../map/lazy";
import { ExclusionsField, RequestExpertiseField, RequestLanguagesField, useFormatDateTime } from "./common";
import { ExportRequestsButton } from "./ExportRequestsButton";
import { requestFilters } from "./requestFilters";
import type { MatchRequestRecord } from "./types";

// Requests without any candidate, with which hard rule excluded how many key persons:
// where key persons are missing, and of what kind. Coordinators (regional: their region).

const field = (name: string) => `matching.fields.${name}`;

// unmet requests are open ones: no status filter
const filters = requestFilters({ showOrganisation: true, showStatus: false });

const MAP_MAX = 100;

const UnmetOverview = () => {
  const translate = useTranslate();
  const { data, total } = useGetList<MatchRequestRecord>("unmetRequests", {
    pagination: { page: 1, perPage: MAP_MAX },
    sort: { field: "createdAt", order: "DESC" },
  });
  return (
    <Box sx={{ p: 2, pb: 1 }}>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        {translate("matching.unmet.intro")}
      </Typography>
      <LazyUnmetMap requests={data ?? []} height={360} />
      {total !== undefined && total > MAP_MAX && (
        <Typography variant="caption" color="text.secondary">
          {translate("matching.unmet.mapTruncated", { shown: MAP_MAX, total })}
        </Typography>
      )}
    </Box>
  );
};

const UnmetSince = (_: { label: string; sortable?: boolean; sortBy?: string }) => {
  const formatDateTime = useFormatDateTime();
  return <FunctionField<MatchRequestRecord> render={(record) => formatDateTime(record.unmetSince, false)} />;
};

export const UnmetRequestList = () => {
  const translate = useTranslate();
  return (
    <List
      title={translate("matching.unmet.title")}
      filters={filters}
      exporter={false}
      actions={
        <TopToolbar>
          <FilterButton />
          <ExportRequestsButton unmet />
        </TopToolbar>
      }
      perPage={25}
      empty={false}
      sx={{ "& .RaList-content": { overflowX: "auto" } }}
    >
      <UnmetOverview />
      <Datagrid rowClick={(id) => `/matchRequests/${id}/show`} bulkActionButtons={false}>
        <TextField source="caseReference" label={field("caseReference")} />
        <TextField source="organisation.name" label={field("organisation")} />
        <TextField source="municipality.name" label={field("municipality")} />
        <RequestLanguagesField label={field("languages")} sortable={false} max={3} />
        <RequestExpertiseField label={field("expertise")} sortable={false} max={2} />
        <UnmetSince label={field("unmetSince")} sortBy="unmetSince" />
        <ExclusionsField label={field("exclusions")} sortable={false} />
      </Datagrid>
    </List>
  );
};
