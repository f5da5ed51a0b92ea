import DownloadIcon from "@mui/icons-material/Download";
import FileDownloadIcon from "@mui/icons-material/FileDownload";
import { Alert, Box, Button, Card, CardContent, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Stack, Typography } from "@mui/material";
import { useState } from "react";
import {
  AccessDenied,
  Datagrid,
  FunctionField,
  List,
  Loading,
  NumberField,
  Title,
  useLocaleState,
  useNotify,
  usePermissions,
  useRefresh,
  useTranslate,
} from "react-admin";
import { DayField } from "../common/DayField";
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
import { downloadCsv, downloadSepa, exportFilename } from "./download";
import { PayerAccountCard } from "./PayerAccountCard";
import { earlierSepaXml, exportPayments, previewExport, type ExportPreview, type LeftOutPayment } from "./paymentFiles";
import { LocalDateField } from "../common/fields";

/** The previous calendar month: the period most exports cover. */
function lastMonth(): { from: string; to: string } {
  const now = new Date();
  const first = new Date(now.getFullYear(), now.getMonth() - 1, 1);
  const last = addDays(new Date(now.getFullYear(), now.getMonth(), 1), -1);
  return { from: toIsoDate(first), to: toIsoDate(last) };
}

/** Who is left out and what they miss, in the confirmation before exporting and after it. */
const LeftOutList = ({ leftOut }: { leftOut: LeftOutPayment[] }) => {
  const translate = useTranslate();
  const locale = useDisplayLocale();
  return (
    <Box component="ul" sx={{ my: 1, pl: 3 }} data-testid="left-out">
      {leftOut.map((person) => (
        <li key={person.keyPersonId}>
          {translate("compensation.exports.leftOutPerson", {
            name: person.keyPersonName,
            missing: person.missing.map((what) => translate(`compensation.exports.missing.${what}`, { _: what })).join(", "),
            smart_count: person.lineCount,
            amount: formatEuros(person.amountCents, locale),
          })}
        </li>
      ))}
    </Box>
  );
};

const ExportForm = ({ organisationId, funderName }: { organisationId: string | null; funderName: string }) => {
  const translate = useTranslate();
  const locale = useDisplayLocale();
  const [language] = useLocaleState();
  const notify = useNotify();
  const refresh = useRefresh();
  const [period, setPeriod] = useState(lastMonth);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // asked before exporting when lines would be left out
  const [confirm, setConfirm] = useState<ExportPreview | null>(null);
  const [lastLeftOut, setLastLeftOut] = useState<LeftOutPayment[]>([]);
  const invalid = !period.from || !period.to || period.to < period.from;

  const fail = (caught: unknown) => setError(errorText(caught, { translate, locale }));

  const run = async () => {
    setConfirm(null);
    setRunning(true);
    setError(null);
    try {
      const data = await exportPayments(organisationId, period.from, period.to, language);
      downloadCsv(data.csv, exportFilename(data.periodFrom, data.periodTo, data.id));
      if (data.sepaXml) downloadSepa(data.sepaXml, exportFilename(data.periodFrom, data.periodTo, data.id, "xml"));
      setLastLeftOut(data.leftOut);
      notify(data.sepaXml ? "compensation.exports.doneWithSepa" : "compensation.exports.done", {
        type: "success",
        messageArgs: { smart_count: data.lineCount, total: formatEuros(data.totalCents, locale) },
      });
      refresh();
    } catch (caught) {
      fail(caught);
    } finally {
      setRunning(false);
    }
  };

  // First the preview: lines without an IBAN are named before anything is exported.
  const check = async () => {
    setRunning(true);
    setError(null);
    setLastLeftOut([]);
    try {
      const preview = await previewExport(organisationId, period.from, period.to);
      if (preview.leftOut.length > 0 || !preview.payerAccount) setConfirm(preview);
      else await run();
    } catch (caught) {
      fail(caught);
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
          <DayField
            name="from"
            label={translate("compensation.exports.from")}
            value={period.from}
            onChange={(day) => setPeriod((p) => ({ ...p, from: day ?? "" }))}
            helperText=" "
          />
          <DayField
            name="to"
            label={translate("compensation.exports.to")}
            value={period.to}
            onChange={(day) => setPeriod((p) => ({ ...p, to: day ?? "" }))}
            error={Boolean(period.from && period.to && period.to < period.from)}
            helperText={period.from && period.to && period.to < period.from ? translate("compensation.exports.invalidPeriod") : " "}
          />
          <BusyButton busy={running} icon={<FileDownloadIcon />} onClick={check} disabled={invalid} sx={{ mt: { sm: 1 }, whiteSpace: "nowrap", flexShrink: 0 }}>
            {translate("compensation.exports.run")}
          </BusyButton>
        </Stack>
        {error && (
          <Alert severity="warning" sx={{ mt: 1 }}>
            {error}
          </Alert>
        )}
        {lastLeftOut.length > 0 && (
          <Alert severity="warning" sx={{ mt: 1 }}>
            {translate("compensation.exports.leftOutAfter")}
            <LeftOutList leftOut={lastLeftOut} />
          </Alert>
        )}
      </CardContent>
      <Dialog open={confirm !== null} onClose={() => setConfirm(null)} aria-labelledby="export-confirm-title">
        <DialogTitle id="export-confirm-title">{translate("compensation.exports.confirmTitle")}</DialogTitle>
        {confirm && (
          <DialogContent>
            <DialogContentText>
              {translate("compensation.exports.confirmLines", { smart_count: confirm.lineCount, total: formatEuros(confirm.totalCents, locale) })}
            </DialogContentText>
            {confirm.leftOut.length > 0 && (
              <Alert severity="warning" sx={{ mt: 2 }}>
                {translate("compensation.exports.leftOutBefore")}
                <LeftOutList leftOut={confirm.leftOut} />
              </Alert>
            )}
            {!confirm.payerAccount && (
              <Alert severity="info" sx={{ mt: 2 }}>
                {translate("compensation.exports.noSepa")}
              </Alert>
            )}
          </DialogContent>
        )}
        <DialogActions>
          <Button onClick={() => setConfirm(null)}>{translate("ra.action.cancel")}</Button>
          <Button variant="contained" onClick={run} disabled={!confirm || confirm.lineCount === 0}>
            {translate(confirm && confirm.leftOut.length > 0 ? "compensation.exports.runWithout" : "compensation.exports.run")}
          </Button>
        </DialogActions>
      </Dialog>
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

/** The SEPA file of an earlier export, fetched when asked for; none when no payer account was set then. */
const SepaDownload = ({ record }: { record: PaymentExportRecord }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const download = async () => {
    const xml = await earlierSepaXml(String(record.id)).catch(() => null);
    if (xml) downloadSepa(xml, exportFilename(record.periodFrom, record.periodTo, record.id, "xml"));
    else notify("compensation.exports.noSepaEarlier", { type: "info" });
  };
  return (
    <Button size="small" startIcon={<DownloadIcon />} onClick={download}>
      {translate("compensation.exports.downloadSepa")}
    </Button>
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
        <LocalDateField source="createdAt" label="compensation.exports.createdAt" showTime sortable={false} />
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
            <Stack direction="row" sx={{ gap: 1 }}>
              <Button
                size="small"
                startIcon={<DownloadIcon />}
                onClick={() => downloadCsv(record.csv, exportFilename(record.periodFrom, record.periodTo, record.id))}
              >
                {translate("compensation.exports.downloadCsv")}
              </Button>
              <SepaDownload record={record} />
            </Stack>
          )}
        />
      </Datagrid>
    </List>
  );
};

/**
 * "Betaalexport": a funder exports approved, not yet exported lines as a CSV and a SEPA
 * credit transfer for its bank, after a warning naming the lines left out for want of an
 * IBAN, and downloads earlier exports again.
 */
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
      <PayerAccountCard organisationId={organisationId} defaultName={organisationId ? funderName : ""} />
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
