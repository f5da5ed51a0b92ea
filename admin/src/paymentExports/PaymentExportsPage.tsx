import DownloadIcon from "@mui/icons-material/Download";
import FileDownloadIcon from "@mui/icons-material/FileDownload";
import { Alert, Box, Button, Card, CardContent, Stack, TextField, Typography } from "@mui/material";
import { useState } from "react";
import {
  AccessDenied,
  Datagrid,
  DateField,
  FunctionField,
  List,
  Loading,
  NumberField,
  Title,
  useDataProvider,
  useNotify,
  usePermissions,
  useRefresh,
  useTranslate,
} from "react-admin";
import { BusyButton } from "../common/BusyButton";
import { getStoredMe } from "../authProvider";
import { MoneyField, useFormatDate } from "../compensation/fields";
import { formatEuros } from "../compensation/money";
import { errorText } from "../common/wordReason";
import type { PaymentExportRecord } from "../compensation/types";
import { useDisplayLocale } from "../common/useLocalizedName";
import { addDays, toIsoDate } from "../hours/week";
import { canAccess } from "../canAccess";
import type { Permissions } from "../types";
import { NATIONAL_SCHEME } from "../dataProvider/compensation";
import { AllowanceRateCard } from "./AllowanceRateCard";
import { downloadCsv, exportFilename } from "./download";

/** The previous calendar month: the period most exports cover. */
function lastMonth(): { from: string; to: string } {
  const now = new Date();
  const first = new Date(now.getFullYear(), now.getMonth() - 1, 1);
  const last = addDays(new Date(now.getFullYear(), now.getMonth(), 1), -1);
  return { from: toIsoDate(first), to: toIsoDate(last) };
}

const ExportForm = ({ organisationId, funderName }: { organisationId: string | null; funderName: string }) => {
  const translate = useTranslate();
  const locale = useDisplayLocale();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider();
  const [period, setPeriod] = useState(lastMonth);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const invalid = !period.from || !period.to || period.to < period.from;

  const run = async () => {
    setRunning(true);
    setError(null);
    try {
      const { data } = await dataProvider.create<PaymentExportRecord>("paymentExports", {
        data: { organisationId, from: period.from, to: period.to },
      });
      downloadCsv(data.csv, exportFilename(data.periodFrom, data.periodTo, data.id));
      notify("compensation.exports.done", {
        type: "success",
        messageArgs: { smart_count: data.lineCount, total: formatEuros(data.totalCents, locale) },
      });
      refresh();
    } catch (caught) {
      setError(errorText(caught, { translate, locale }));
    } finally {
      setRunning(false);
    }
  };

  return (
    <Card>
      <CardContent>
        <Typography variant="body2" color="text.secondary" gutterBottom>
          {translate("compensation.exports.help")}
        </Typography>
        <Typography variant="subtitle2" sx={{ mb: 2 }}>
          {translate("compensation.exports.funder", { funder: funderName })}
        </Typography>
        <Stack direction={{ xs: "column", sm: "row" }} sx={{ gap: 2, alignItems: { sm: "flex-start" } }}>
          <TextField
            type="date"
            label={translate("compensation.exports.from")}
            value={period.from}
            onChange={(event) => setPeriod((p) => ({ ...p, from: event.target.value }))}
            slotProps={{ inputLabel: { shrink: true }, htmlInput: { name: "from" } }}
          />
          <TextField
            type="date"
            label={translate("compensation.exports.to")}
            value={period.to}
            onChange={(event) => setPeriod((p) => ({ ...p, to: event.target.value }))}
            error={Boolean(period.from && period.to && period.to < period.from)}
            helperText={period.from && period.to && period.to < period.from ? translate("compensation.exports.invalidPeriod") : " "}
            slotProps={{ inputLabel: { shrink: true }, htmlInput: { name: "to" } }}
          />
          <BusyButton
            busy={running}
            icon={<FileDownloadIcon />}
            onClick={run}
            disabled={invalid}
            sx={{ mt: { sm: 1 }, whiteSpace: "nowrap", flexShrink: 0 }}
          >
            {translate("compensation.exports.run")}
          </BusyButton>
        </Stack>
        {error && (
          <Alert severity="warning" sx={{ mt: 1 }}>
            {error}
          </Alert>
        )}
      </CardContent>
    </Card>
  );
};

const Empty = () => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary" sx={{ p: 2 }}>
      {translate("compensation.exports.empty")}
    </Typography>
  );
};

const EarlierExports = () => {
  const translate = useTranslate();
  const locale = useDisplayLocale();
  const formatDate = useFormatDate();
  return (
    <List
      resource="paymentExports"
      title={false}
      disableSyncWithLocation
      storeKey="paymentExports.list"
      perPage={10}
      exporter={false}
      actions={false}
      empty={<Empty />}
      sx={{ "& .RaList-content": { overflowX: "auto" } }}
    >
      <Datagrid bulkActionButtons={false} rowClick={false}>
        <DateField source="createdAt" label="compensation.exports.createdAt" showTime locales={locale} sortable={false} />
        <FunctionField<PaymentExportRecord>
          label="compensation.exports.period"
          sortable={false}
          render={(record) => `${formatDate(record.periodFrom)} – ${formatDate(record.periodTo)}`}
        />
        <NumberField source="lineCount" label="compensation.exports.lines" locales={locale} sortable={false} />
        <MoneyField source="totalCents" label="compensation.exports.total" sortable={false} />
        <FunctionField<PaymentExportRecord>
          label=""
          sortable={false}
          render={(record) => (
            <Button
              size="small"
              startIcon={<DownloadIcon />}
              onClick={() => downloadCsv(record.csv, exportFilename(record.periodFrom, record.periodTo, record.id))}
            >
              {translate("compensation.exports.download")}
            </Button>
          )}
        />
      </Datagrid>
    </List>
  );
};

/** "Betaalexport": a funder exports approved, not yet exported lines as CSV, and downloads earlier exports again. */
export const PaymentExportsPage = () => {
  const translate = useTranslate();
  const { permissions, isPending } = usePermissions<Permissions | null>();
  if (isPending) return <Loading />;
  if (!canAccess(permissions?.role, "list", "paymentExports")) return <AccessDenied />;
  // an organisation exports its own payments; the coordinator those of the national scheme
  const organisationId = permissions?.role === "ORGANISATION" ? permissions.organisationId : null;
  const funderName = organisationId
    ? (getStoredMe()?.organisation?.name ?? translate("app.enums.role.ORGANISATION"))
    : translate("compensation.exports.nationalScheme");
  return (
    <Box sx={{ display: "flex", flexDirection: "column", gap: 2, mt: 2 }}>
      <Title title="compensation.exports.title" />
      <ExportForm organisationId={organisationId} funderName={funderName} />
      <AllowanceRateCard funderId={organisationId ?? NATIONAL_SCHEME} />
      <Box>
        <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
          {translate("compensation.exports.listTitle")}
        </Typography>
        <EarlierExports />
      </Box>
    </Box>
  );
};
