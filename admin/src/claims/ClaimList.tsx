import { TextField, useTranslate } from "react-admin";
import { AssignmentField, EnumField, IsoDateField, KmField, MoneyField, ReviewStatusField, useFormatDate } from "../compensation/fields";
import { formatEuros } from "../compensation/money";
import { OwnReviewedList } from "../compensation/OwnReviewedList";
import type { ExpenseClaimRecord } from "../compensation/types";
import { useDisplayLocale } from "../common/useLocalizedName";

const field = (name: string) => `compensation.fields.${name}`;

/** The key person's own claims with their status and, when rejected, why. */
export const ClaimList = () => {
  const translate = useTranslate();
  const locale = useDisplayLocale();
  const formatDate = useFormatDate();
  return (
    <OwnReviewedList<ExpenseClaimRecord>
      resource="expenseClaims"
      storeKey="myClaims.list"
      empty="compensation.claims.empty"
      primaryText={(record) => `${formatDate(record.date)} · ${formatEuros(record.amountCents, locale)}`}
      secondaryText={(record) => `${translate(`compensation.enums.expenseKind.${record.kind}`)}: ${record.description}`}
    >
      <IsoDateField source="date" label={field("date")} />
      <EnumField source="kind" group="expenseKind" label={field("kind")} />
      <KmField label={field("km")} sortable={false} />
      <MoneyField source="amountCents" label={field("amount")} />
      <TextField source="description" label={field("description")} sortable={false} />
      <AssignmentField label={field("assignment")} sortable={false} />
      <ReviewStatusField label={field("status")} sortBy="status" />
      <TextField source="reviewReason" label={field("reason")} emptyText="" sortable={false} />
    </OwnReviewedList>
  );
};
