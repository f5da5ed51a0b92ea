import DownloadIcon from "@mui/icons-material/Download";
import { Alert, Autocomplete, Box, Button, Card, CardContent, Chip, CircularProgress, MenuItem, Stack, TextField, Typography } from "@mui/material";
import { useEffect, useMemo, useState } from "react";
import { Link, Title, useGetList, useLocaleState, useNotify, usePermissions, useTranslate } from "react-admin";
import { periodName } from "../../../server/src/domain/report-words";
import { getStoredMe } from "../authProvider";
import { canAccess } from "../canAccess";
import { formatMoment } from "../common/dates";
import { useDisplayLocale } from "../common/useLocalizedName";
import { errorText } from "../common/wordReason";
import type { Permissions } from "../types";
import { downloadReport, fetchReport, type ReportFile, type ReportValue } from "./api";
import { ReportTableCard, useReportWords } from "./ReportTableCard";
import { initialSelection, reportInput, withPeriod, yearChoices, type PeriodKind, type Selection } from "./selection";

const today = () => new Date().toISOString().slice(0, 10);

type Municipality = { id: string; code: string; name: string; province?: string; provinceCode?: string };
type OrganisationChoice = { id: string; name: string };

/** The period: month, quarter or year, and which. */
const PeriodPicker = ({ selection, onChange }: { selection: Selection; onChange: (next: Selection) => void }) => {
  const translate = useTranslate();
  const locale = useDisplayLocale();
  const monthName = (month: number) => new Intl.DateTimeFormat(locale, { month: "long", timeZone: "UTC" }).format(new Date(Date.UTC(2000, month - 1, 1)));
  return (
    <>
      <TextField
        select
        fullWidth={false}
        size="small"
        label={translate("reports.filters.period")}
        value={selection.period}
        onChange={(e) => onChange(withPeriod(selection, e.target.value as PeriodKind))}
        slotProps={{ select: { SelectDisplayProps: { "data-testid": "report-period" } as object } }}
        sx={{ minWidth: 130 }}
      >
        {(["MONTH", "QUARTER", "YEAR"] as const).map((p) => (
          <MenuItem key={p} value={p}>
            {translate(`reports.periods.${p}`)}
          </MenuItem>
        ))}
      </TextField>
      {selection.period !== "YEAR" && (
        <TextField
          select
          fullWidth={false}
          size="small"
          label={translate(selection.period === "MONTH" ? "reports.filters.month" : "reports.filters.quarter")}
          value={selection.index}
          onChange={(e) => onChange({ ...selection, index: Number(e.target.value) })}
          slotProps={{ select: { SelectDisplayProps: { "data-testid": "report-index" } as object } }}
          sx={{ minWidth: 150 }}
        >
          {Array.from({ length: selection.period === "MONTH" ? 12 : 4 }, (_, i) => i + 1).map((i) => (
            <MenuItem key={i} value={i}>
              {selection.period === "MONTH" ? monthName(i) : translate("reports.quarterName", { quarter: i })}
            </MenuItem>
          ))}
        </TextField>
      )}
      <TextField
        select
        fullWidth={false}
        size="small"
        label={translate("reports.filters.year")}
        value={selection.year}
        onChange={(e) => onChange({ ...selection, year: Number(e.target.value) })}
        slotProps={{ select: { SelectDisplayProps: { "data-testid": "report-year" } as object } }}
        sx={{ minWidth: 110 }}
      >
        {yearChoices(today()).map((year) => (
          <MenuItem key={year} value={year}>
            {year}
          </MenuItem>
        ))}
      </TextField>
    </>
  );
};

/** Where: a province or municipalities (national), municipalities of the region (regional); and a funder. */
const ScopePicker = ({ selection, onChange, permissions }: { selection: Selection; onChange: (next: Selection) => void; permissions: Permissions }) => {
  const translate = useTranslate();
  const role = permissions.role;
  const national = role === "COORDINATOR";
  const regional = role === "REGIONAL_COORDINATOR";
  const { data: municipalities = [] } = useGetList<Municipality>(
    "municipalities",
    { pagination: { page: 1, perPage: 1000 }, sort: { field: "name", order: "ASC" } },
    { enabled: national },
  );
  const { data: organisations = [] } = useGetList<OrganisationChoice>(
    "organisations",
    { pagination: { page: 1, perPage: 500 }, sort: { field: "name", order: "ASC" } },
    { enabled: national || regional },
  );
  const provinces = useMemo(() => {
    const byCode = new Map<string, string>();
    for (const m of municipalities) if (m.provinceCode && m.province) byCode.set(m.provinceCode, m.province);
    return [...byCode.entries()].sort((a, b) => a[1].localeCompare(b[1]));
  }, [municipalities]);
  const places: { code: string; name: string }[] = regional
    ? (getStoredMe()?.municipalities ?? [])
    : municipalities.filter((m) => !selection.provinceCode || m.provinceCode === selection.provinceCode);
  const funders: { value: string; label: string }[] = [
    { value: "NATIONAL_SCHEME", label: translate("reports.filters.nationalScheme") },
    ...(role === "ORGANISATION" && permissions.organisationId
      ? [{ value: `ORGANISATION:${permissions.organisationId}`, label: translate("reports.filters.ownOrganisation") }]
      : organisations.map((o) => ({ value: `ORGANISATION:${o.id}`, label: o.name }))),
  ];
  return (
    <>
      {national && (
        <TextField
          select
          fullWidth={false}
          size="small"
          label={translate("reports.filters.province")}
          value={selection.provinceCode ?? ""}
          onChange={(e) => onChange({ ...selection, provinceCode: e.target.value || null, municipalityCodes: [] })}
          slotProps={{ select: { displayEmpty: true, SelectDisplayProps: { "data-testid": "report-province" } as object }, inputLabel: { shrink: true } }}
          sx={{ minWidth: 180 }}
        >
          <MenuItem value="">{translate("reports.filters.allProvinces")}</MenuItem>
          {provinces.map(([code, name]) => (
            <MenuItem key={code} value={code}>
              {name}
            </MenuItem>
          ))}
        </TextField>
      )}
      {(national || regional) && (
        <Autocomplete
          multiple
          size="small"
          options={places}
          getOptionLabel={(m) => m.name}
          isOptionEqualToValue={(a, b) => a.code === b.code}
          value={places.filter((m) => selection.municipalityCodes.includes(m.code))}
          onChange={(_, value) => onChange({ ...selection, municipalityCodes: value.map((m) => m.code) })}
          renderValue={(value, getItemProps) => value.map((m, index) => <Chip size="small" label={m.name} {...getItemProps({ index })} key={m.code} />)}
          renderInput={(params) => (
            <TextField
              {...params}
              label={translate("reports.filters.municipalities")}
              placeholder={selection.municipalityCodes.length ? undefined : translate("reports.filters.allMunicipalities")}
              slotProps={{ ...params.slotProps, inputLabel: { ...params.slotProps?.inputLabel, shrink: true } }}
            />
          )}
          sx={{ minWidth: 240, flex: "1 1 240px" }}
        />
      )}
      <TextField
        select
        fullWidth={false}
        size="small"
        label={translate("reports.filters.funder")}
        value={selection.funder ?? ""}
        onChange={(e) => onChange({ ...selection, funder: e.target.value || null })}
        slotProps={{ select: { displayEmpty: true, SelectDisplayProps: { "data-testid": "report-funder" } as object }, inputLabel: { shrink: true } }}
        sx={{ minWidth: 200 }}
      >
        <MenuItem value="">{translate("reports.filters.allFunders")}</MenuItem>
        {funders.map((f) => (
          <MenuItem key={f.value} value={f.value}>
            {f.label}
          </MenuItem>
        ))}
      </TextField>
    </>
  );
};

/** The buttons that download the shown figures as CSV, Excel or the (quarterly) PDF. */
const Downloads = ({ selection, disabled }: { selection: Selection; disabled: boolean }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const locale = useDisplayLocale();
  const [language] = useLocaleState();
  const [busy, setBusy] = useState<ReportFile | null>(null);
  const download = async (file: ReportFile) => {
    setBusy(file);
    try {
      await downloadReport(file, reportInput(selection), language);
    } catch (error) {
      notify(errorText(error, { translate, locale }), { type: "error" });
    } finally {
      setBusy(null);
    }
  };
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: "wrap" }}>
      {(["csv", "xlsx", "pdf"] as const).map((file) => (
        <Button
          key={file}
          variant="outlined"
          size="small"
          startIcon={busy === file ? <CircularProgress size={16} /> : <DownloadIcon />}
          disabled={disabled || busy !== null}
          onClick={() => download(file)}
        >
          {translate(file === "pdf" && selection.period !== "QUARTER" ? "reports.download.pdfOther" : `reports.download.${file}`)}
        </Button>
      ))}
    </Stack>
  );
};

/**
 * "Rapportages": the figures of a month, quarter or year for the reader's scope (the
 * server decides it: the country, a region, an organisation's own requests), each table as
 * a chart with the table below it, and the same figures as files.
 */
export const ReportsPage = () => {
  const translate = useTranslate();
  const locale = useDisplayLocale();
  const words = useReportWords();
  const [language] = useLocaleState();
  const { permissions } = usePermissions<Permissions | null>();
  const [selection, setSelection] = useState<Selection>(() => initialSelection(today()));
  const [report, setReport] = useState<ReportValue | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const input = reportInput(selection);
  const key = JSON.stringify(input);

  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    setError(null);
    fetchReport(JSON.parse(key), controller.signal).then(
      (result) => {
        setReport(result);
        setLoading(false);
      },
      (caught: unknown) => {
        if (controller.signal.aborted) return;
        setReport(null);
        setError(errorText(caught, { translate, locale }));
        setLoading(false);
      },
    );
    return () => controller.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the input, as text, is what the report depends on
  }, [key]);

  if (!permissions) return null;
  if (!canAccess(permissions.role, "show", "reports")) return <Alert severity="warning">{translate("ra.page.not_found")}</Alert>;

  const sections: { section: string; tables: ReportValue["tables"] }[] = [];
  for (const table of report?.tables ?? []) {
    const last = sections[sections.length - 1];
    if (last?.section === table.section) last.tables.push(table);
    else sections.push({ section: table.section, tables: [table] });
  }

  return (
    <Box sx={{ mt: 2, display: "flex", flexDirection: "column", gap: 2 }}>
      <Title title={translate("reports.title")} />
      <Card>
        <CardContent sx={{ display: "flex", flexDirection: "column", gap: 2 }}>
          <Typography variant="body2" color="text.secondary">
            {translate("reports.intro")}
          </Typography>
          <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: "wrap", alignItems: "center" }}>
            <PeriodPicker selection={selection} onChange={setSelection} />
            <ScopePicker selection={selection} onChange={setSelection} permissions={permissions} />
          </Stack>
          <Downloads selection={selection} disabled={loading || !!error} />
          {canAccess(permissions.role, "create", "researchExtract") && (
            <Typography variant="body2">
              <Link to="/research-extract">{translate("reports.researchLink")}</Link>
            </Typography>
          )}
        </CardContent>
      </Card>
      {loading && <CircularProgress size={24} aria-label={translate("ra.page.loading")} />}
      {!loading && error && (
        <Alert severity="error" data-testid="report-error">
          {error}
        </Alert>
      )}
      {!loading && report && (
        <>
          <Typography variant="subtitle1" component="p" data-testid="report-heading">
            {translate("reports.heading", {
              period: `${periodName(report.period, report.start, language === "en" ? "en" : "nl")} (${report.start} – ${report.end})`,
              scope: translate(`reports.scopes.${report.scope}`, { _: report.scope }),
              generated: formatMoment(report.generatedAt, locale),
            })}
          </Typography>
          {report.tables.length === 0 && <Alert severity="info">{translate("reports.noTables")}</Alert>}
          {sections.map(({ section, tables }) => (
            <Box key={section} component="section" sx={{ display: "flex", flexDirection: "column", gap: 2 }}>
              <Typography variant="h5" component="h2">
                {words.section(section)}
              </Typography>
              <Box sx={{ display: "grid", gridTemplateColumns: { xs: "minmax(0, 1fr)", lg: "repeat(2, minmax(0, 1fr))" }, gap: 2 }}>
                {tables.map((table) => (
                  <ReportTableCard key={table.code} table={table} />
                ))}
              </Box>
            </Box>
          ))}
        </>
      )}
    </Box>
  );
};
