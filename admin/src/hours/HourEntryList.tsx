import { Typography, useMediaQuery, type Theme } from "@mui/material";
import { Datagrid, FunctionField, List, SimpleList, TextField, useTranslate } from "react-admin";
import { AssignmentField, EnumField, HoursField, IsoDateField, MoneyField, ReviewStatusField, assignmentLabel, useFormatDate } from "../compensation/fields";
import { formatHours } from "../compensation/money";
import type { HourEntryRecord } from "../compensation/types";
import { useDisplayLocale } from "../common/useLocalizedName";

const field = (name: string) => `compensation.fields.${name}`;

const Empty = () => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary" sx={{ p: 2 }}>
      {translate("compensation.entries.empty")}
    </Typography>
  );
};

/** The key person's own hour entries with their status and, when rejected, why. */
export const HourEntryList = () => {
  const translate = useTranslate();
  const locale = useDisplayLocale();
  const formatDate = useFormatDate();
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down("md"));
  return (
    <List
      resource="hourEntries"
      title={false}
      disableSyncWithLocation
      storeKey="myHours.entries"
      perPage={10}
      exporter={false}
      actions={false}
      empty={<Empty />}
      sx={{ "& .RaList-content": { overflowX: "auto" } }}
    >
      {isSmall ? (
        <SimpleList<HourEntryRecord>
          linkType={false}
          primaryText={(record) =>
            `${formatDate(record.date, { weekday: "short", day: "numeric", month: "short" })} · ${translate("compensation.week.hoursShort", {
              hours: formatHours(record.hours, locale),
            })} · ${translate(`compensation.enums.activity.${record.activity}`)}`
          }
          secondaryText={(record) => assignmentLabel(record.assignment.request, translate)}
          tertiaryText={(record) =>
            [translate(`compensation.enums.reviewStatus.${record.status}`), record.reviewReason].filter(Boolean).join(": ")
          }
        />
      ) : (
        <Datagrid bulkActionButtons={false} rowClick={false}>
          <IsoDateField source="date" label={field("date")} sortable={false} />
          <AssignmentField label={field("assignment")} sortable={false} />
          <EnumField source="activity" group="activity" label={field("activity")} sortable={false} />
          <HoursField source="hours" label={field("hours")} sortable={false} />
          <ReviewStatusField label={field("status")} sortable={false} />
          <TextField source="reviewReason" label={field("reason")} emptyText="" sortable={false} />
          <FunctionField<HourEntryRecord>
            label={field("allowance")}
            sortable={false}
            render={(record) => (record.allowanceCents === null ? "" : <MoneyField source="allowanceCents" />)}
          />
        </Datagrid>
      )}
    </List>
  );
};
