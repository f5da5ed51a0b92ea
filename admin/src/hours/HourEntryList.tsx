import { FunctionField, TextField, useTranslate } from "react-admin";
import {
  AssignmentField,
  HourActivityField,
  HoursField,
  IsoDateField,
  MoneyField,
  ReviewStatusField,
  hourActivityLabel,
  hourWorkLabel,
  useFormatDate,
} from "../compensation/fields";
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
        })} · ${hourActivityLabel(record, translate)}`
      }
      secondaryText={(record) => (record.assignment || record.ownActivity ? hourWorkLabel(record, translate) : "")}
    >
      <IsoDateField source="date" label={field("date")} />
      <AssignmentField label={field("assignment")} sortable={false} />
      <HourActivityField label={field("activity")} sortable={false} />
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
