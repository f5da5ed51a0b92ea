import { Box, Chip, Tooltip, Typography } from "@mui/material";
import { CreateButton, Datagrid, FunctionField, List, TextField, TopToolbar, useTranslate } from "react-admin";
import { MoneyField } from "../compensation/fields";
import type { CompensationRulesRecord } from "../compensation/types";
import { LocalDateField } from "../common/fields";

const ProvisionalChip = () => {
  const translate = useTranslate();
  return (
    <Tooltip title={translate("compensation.rules.provisionalHelp")}>
      <Chip size="small" color="warning" label={translate("compensation.rules.provisional")} />
    </Tooltip>
  );
};

const Actions = () => (
  <TopToolbar>
    <CreateButton label="compensation.rules.create" />
  </TopToolbar>
);

/** The volunteer allowance figures per year, newest first; a row opens its form. */
export const RulesList = () => {
  const translate = useTranslate();
  return (
    <Box>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 2, maxWidth: 900 }}>
        {translate("compensation.rules.help")}
      </Typography>
      <List
        title="compensation.rules.title"
        exporter={false}
        actions={<Actions />}
        perPage={25}
        pagination={false}
        // on a phone the table scrolls inside its card, not the page sideways (react-admin's
        // layout grows to fit its content, so the card needs a width of its own)
        sx={{ "& .RaList-content": { overflowX: "auto", maxWidth: "calc(100vw - 16px)" } }}
      >
        <Datagrid rowClick="edit" bulkActionButtons={false}>
          <TextField source="year" label="compensation.rules.year" sortable={false} />
          <MoneyField source="hourlyRateCents" label="compensation.rules.hourlyRate" sortable={false} />
          <MoneyField source="hourlyRateUnder21Cents" label="compensation.rules.hourlyRateUnder21" sortable={false} />
          <MoneyField source="monthCapCents" label="compensation.rules.monthCap" sortable={false} />
          <MoneyField source="yearCapCents" label="compensation.rules.yearCap" sortable={false} />
          <MoneyField source="kmRateCents" label="compensation.rules.kmRate" sortable={false} />
          <FunctionField<CompensationRulesRecord> label="" sortable={false} render={(record) => (record.provisional ? <ProvisionalChip /> : null)} />
          <LocalDateField source="updatedAt" label="compensation.rules.updatedAt" showTime sortable={false} />
        </Datagrid>
      </List>
    </Box>
  );
};
