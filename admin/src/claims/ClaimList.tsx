import { Typography, useMediaQuery, type Theme } from "@mui/material";
import { Datagrid, FunctionField, List, SimpleList, TextField, useTranslate } from "react-admin";
import { AssignmentField, EnumField, IsoDateField, MoneyField, ReviewStatusField, useFormatDate } from "../compensation/fields";
import { formatEuros } from "../compensation/money";
import type { ExpenseClaimRecord } from "../compensation/types";
import { useDisplayLocale } from "../common/useLocalizedName";

const field = (name: string) => `compensation.fields.${name}`;

const Empty = () => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary" sx={{ p: 2 }}>
      {translate("compensation.claims.empty")}
    </Typography>
  );
};

/** The key person's own claims with their status and, when rejected, why. */
export const ClaimList = () => {
  const translate = useTranslate();
  const locale = useDisplayLocale();
  const formatDate = useFormatDate();
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down("md"));
  return (
    <List
      resource="expenseClaims"
      title={false}
      disableSyncWithLocation
      storeKey="myClaims.list"
      perPage={10}
      exporter={false}
      actions={false}
      empty={<Empty />}
      sx={{ "& .RaList-content": { overflowX: "auto" } }}
    >
      {isSmall ? (
        <SimpleList<ExpenseClaimRecord>
          linkType={false}
          primaryText={(record) => `${formatDate(record.date)} · ${formatEuros(record.amountCents, locale)}`}
          secondaryText={(record) => `${translate(`compensation.enums.expenseKind.${record.kind}`)}: ${record.description}`}
          tertiaryText={(record) =>
            [translate(`compensation.enums.reviewStatus.${record.status}`), record.reviewReason].filter(Boolean).join(": ")
          }
        />
      ) : (
        <Datagrid bulkActionButtons={false} rowClick={false}>
          <IsoDateField source="date" label={field("date")} sortable={false} />
          <EnumField source="kind" group="expenseKind" label={field("kind")} sortable={false} />
          <FunctionField<ExpenseClaimRecord>
            label={field("km")}
            sortable={false}
            render={(record) => (record.km === null ? "" : record.km.toLocaleString(locale))}
          />
          <MoneyField source="amountCents" label={field("amount")} sortable={false} />
          <TextField source="description" label={field("description")} sortable={false} />
          <AssignmentField label={field("assignment")} sortable={false} />
          <ReviewStatusField label={field("status")} sortable={false} />
          <TextField source="reviewReason" label={field("reason")} emptyText="" sortable={false} />
        </Datagrid>
      )}
    </List>
  );
};
