import { FunctionField, TextField, useTranslate } from "react-admin";
import { AssignmentField, EnumField, HoursField, IsoDateField, MoneyField, ReviewStatusField, assignmentLabel, useFormatDate } from "../compensation/fields";
import { formatHours } from "../compensation/money";
import { OwnReviewedList } from "../compensation/OwnReviewedList";
import type { HourEntryRecord } from "../compensation/types";
import { useDisplayLocale } from "../common/useLocalizedName";

const field = (name: string) => `compensation.fields.${name}`;

/** The key person's own hour entries with their status and, when rejected, why. */
export const HourEntryList = () => {
  const translate = useTranslate();
  const locale = useDisplayLocale();
  const formatDate = useFormatDate();
  return (
    <OwnReviewedList<HourEntryRecord>
      resource="hourEntries"
      storeKey="myHours.entries"
      empty="compensation.entries.empty"
      primaryText={(record) =>
        `${formatDate(record.date, { weekday: "short", day: "numeric", month: "short" })} · ${translate("compensation.week.hoursShort", {
          hours: formatHours(record.hours, locale),
        })} · ${translate(`compensation.enums.activity.${record.activity}`)}`
      }
      secondaryText={(record) => (record.assignment ? assignmentLabel(record.assignment.request, translate) : "")}
    >
      <IsoDateField source="date" label={field("date")} />
      <AssignmentField label={field("assignment")} sortable={false} />
      <EnumField source="activity" group="activity" label={field("activity")} />
      <HoursField source="hours" label={field("hours")} />
      <ReviewStatusField label={field("status")} sortBy="status" />
      <TextField source="reviewReason" label={field("reason")} emptyText="" sortable={false} />
      <FunctionField<HourEntryRecord>
        label={field("allowance")}
        sortable={false}
        render={(record) => (record.allowanceCents === null ? "" : <MoneyField source="allowanceCents" />)}
      />
    </OwnReviewedList>
  );
};
