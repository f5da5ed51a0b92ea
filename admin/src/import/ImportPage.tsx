import CheckCircleIcon from "@mui/icons-material/CheckCircle";
import ContentCopyIcon from "@mui/icons-material/ContentCopy";
import DescriptionIcon from "@mui/icons-material/Description";
import UploadFileIcon from "@mui/icons-material/UploadFile";
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  FormControlLabel,
  IconButton,
  LinearProgress,
  Stack,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TablePagination,
  TableRow,
  Tooltip,
  Typography,
} from "@mui/material";
import { useRef, useState, type ChangeEvent } from "react";
import { Title, useGetList, useLocaleState, useNotify, usePermissions, useTranslate } from "react-admin";
import { canAccess } from "../canAccess";
import { useDisplayLocale } from "../common/useLocalizedName";
import { errorText, wordReason, type NameLookup } from "../common/wordReason";
import { displayLocale } from "../i18n";
import type { Permissions } from "../types";
import { canConfirm, downloadFile, rowsToShow, sendImport, type ImportReport, type ReportRow, type RowAction } from "./api";

const PER_PAGE = 100;

const ACTION_COLOUR: Record<RowAction, "success" | "info" | "default" | "error"> = {
  create: "success",
  update: "info",
  unchanged: "default",
  refuse: "error",
};

/** The problems of a refused row, or the fields an update changes. */
const RowDetails = ({ row, names }: { row: ReportRow; names: NameLookup }) => {
  const translate = useTranslate();
  const locale = useDisplayLocale();
  const label = (field: string | null) => (field ? translate(`import.fields.${field}`, { _: field }) : null);
  if (row.problems.length > 0) {
    return (
      <Box component="ul" sx={{ m: 0, pl: 2 }}>
        {row.problems.map((problem, i) => (
          <li key={i}>
            {problem.field && <strong>{label(problem.field)}: </strong>}
            {wordReason(problem, { translate, locale, names }) ?? problem.message}
          </li>
        ))}
      </Box>
    );
  }
  if (row.changes?.length) return <>{row.changes.map(label).join(", ")}</>;
  return null;
};

const SummaryChips = ({ report }: { report: ImportReport }) => {
  const translate = useTranslate();
  const actions: RowAction[] = ["create", "update", "unchanged", "refuse"];
  return (
    <Stack direction="row" sx={{ gap: 1, flexWrap: "wrap" }} data-testid="import-summary">
      {actions.map((action) => (
        <Chip
          key={action}
          color={ACTION_COLOUR[action]}
          variant={report.summary[action] > 0 ? "filled" : "outlined"}
          label={translate(`import.summary.${action}`, { smart_count: report.summary[action] })}
        />
      ))}
    </Stack>
  );
};

/** The dry run's (or a refused import's) report: a row per line of the file, refused ones first and highlighted. */
/** Municipality codes in row problems (outside the region, point elsewhere) shown by name. */
function useMunicipalityNames(): NameLookup {
  const { data } = useGetList<{ id: string; code?: string; name: string }>("municipalities", {
    pagination: { page: 1, perPage: 1000 },
    sort: { field: "name", order: "ASC" },
  });
  return { municipality: (code) => data?.find((m) => (m.code ?? m.id) === code)?.name ?? code };
}

const ReportTable = ({ report }: { report: ImportReport }) => {
  const names = useMunicipalityNames();
  const translate = useTranslate();
  const [onlyRefused, setOnlyRefused] = useState(false);
  const [page, setPage] = useState(0);
  const rows = rowsToShow(report, onlyRefused);
  return (
    <>
      <FormControlLabel
        control={
          <Switch
            checked={onlyRefused}
            onChange={(e) => {
              setOnlyRefused(e.target.checked);
              setPage(0);
            }}
          />
        }
        label={translate("import.onlyRefused")}
        disabled={report.summary.refuse === 0}
      />
      <TableContainer>
        <Table size="small" aria-label={translate("import.reportTitle")}>
          <TableHead>
            <TableRow>
              <TableCell>{translate("import.columns.line")}</TableCell>
              <TableCell>{translate("import.columns.action")}</TableCell>
              <TableCell>{translate("import.columns.name")}</TableCell>
              <TableCell>{translate("import.columns.email")}</TableCell>
              <TableCell>{translate("import.columns.details")}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.slice(page * PER_PAGE, (page + 1) * PER_PAGE).map((row) => (
              <TableRow
                key={row.line}
                data-action={row.action}
                sx={row.action === "refuse" ? { bgcolor: (theme) => (theme.palette.mode === "dark" ? "rgba(244, 67, 54, 0.16)" : "#fdecea") } : undefined}
              >
                <TableCell>{row.line}</TableCell>
                <TableCell>
                  <Chip size="small" color={ACTION_COLOUR[row.action]} label={translate(`import.actionLabels.${row.action}`)} />
                </TableCell>
                <TableCell>{row.name}</TableCell>
                <TableCell>{row.email}</TableCell>
                <TableCell>
                  <RowDetails row={row} names={names} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      {rows.length > PER_PAGE && (
        <TablePagination
          component="div"
          count={rows.length}
          page={page}
          rowsPerPage={PER_PAGE}
          rowsPerPageOptions={[PER_PAGE]}
          onPageChange={(_event, next) => setPage(next)}
        />
      )}
    </>
  );
};

/** After the import: what was written, and the invitation links to pass on (no mail is sent yet). */
const ImportResult = ({ report, onAnother }: { report: ImportReport; onAnother: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const invited = report.rows.filter((r) => r.invitationUrl);
  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      notify("import.invitations.copied", { type: "info" });
    } catch {
      notify("import.invitations.copyFailed", { type: "warning" });
    }
  };
  return (
    <Card>
      <CardContent>
        <Alert severity="success" icon={<CheckCircleIcon />} sx={{ mb: 2 }} data-testid="import-done">
          {translate("import.done", { create: report.summary.create, update: report.summary.update, unchanged: report.summary.unchanged })}
        </Alert>
        {invited.length > 0 && (
          <>
            <Typography variant="h6">{translate("import.invitations.title")}</Typography>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
              {translate("import.invitations.help")}
            </Typography>
            <Button
              size="small"
              startIcon={<ContentCopyIcon />}
              onClick={() => copy(invited.map((r) => `${r.name}\t${r.email}\t${r.invitationUrl}`).join("\n"))}
            >
              {translate("import.invitations.copyAll")}
            </Button>
            <TableContainer>
              <Table size="small" aria-label={translate("import.invitations.title")}>
                <TableHead>
                  <TableRow>
                    <TableCell>{translate("import.columns.name")}</TableCell>
                    <TableCell>{translate("import.columns.email")}</TableCell>
                    <TableCell>{translate("import.invitations.link")}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {invited.slice(0, 500).map((row) => (
                    <TableRow key={row.line} data-testid="invitation-row">
                      <TableCell>{row.name}</TableCell>
                      <TableCell>{row.email}</TableCell>
                      <TableCell sx={{ wordBreak: "break-all", fontFamily: "monospace", fontSize: "0.8rem" }}>
                        {row.invitationUrl}
                        <Tooltip title={translate("import.invitations.copy")}>
                          <IconButton size="small" onClick={() => copy(row.invitationUrl!)} aria-label={translate("import.invitations.copy")}>
                            <ContentCopyIcon fontSize="inherit" />
                          </IconButton>
                        </Tooltip>
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </TableContainer>
            {invited.length > 500 && <Typography variant="body2">{translate("import.invitations.more", { smart_count: invited.length - 500 })}</Typography>}
          </>
        )}
        <Button sx={{ mt: 2 }} variant="outlined" onClick={onAnother}>
          {translate("import.another")}
        </Button>
      </CardContent>
    </Card>
  );
};

/**
 * Import of key persons from CSV (coordinators; a regional one: their region): choose a
 * file, read the dry run's report (refused rows highlighted, with the reasons), then
 * confirm to import every row in one go.
 */
export const ImportPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const { permissions, isPending } = usePermissions<Permissions | null>();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [result, setResult] = useState<ImportReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<"check" | "import" | null>(null);

  if (isPending) return null;
  if (!canAccess(permissions?.role, "create", "registryImport")) {
    return <Alert severity="warning">{translate("import.notAllowed")}</Alert>;
  }

  const fail = (caught: unknown) => setError(errorText(caught, { translate, locale: displayLocale(locale) }));

  const check = async (chosen: File) => {
    setFile(chosen);
    setReport(null);
    setResult(null);
    setError(null);
    setBusy("check");
    try {
      setReport(await sendImport(chosen, true));
    } catch (caught) {
      fail(caught);
    } finally {
      setBusy(null);
    }
  };

  const onChoose = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    event.target.value = ""; // choosing the same (corrected) file again checks it again
    if (chosen) void check(chosen);
  };

  const confirm = async () => {
    if (!file) return;
    setBusy("import");
    setError(null);
    try {
      const answer = await sendImport(file, false);
      if (answer.imported) {
        setResult(answer);
        notify("import.done", {
          type: "success",
          messageArgs: { create: answer.summary.create, update: answer.summary.update, unchanged: answer.summary.unchanged },
        });
      } else setReport(answer); // refused meanwhile (e.g. an address taken since the check)
    } catch (caught) {
      fail(caught);
    } finally {
      setBusy(null);
    }
  };

  const template = (language: "nl" | "en") => downloadFile(`/api/import/key-persons/template.csv?lang=${language}`, "sleutelkaart-template.csv").catch(fail);

  const reset = () => {
    setFile(null);
    setReport(null);
    setResult(null);
    setError(null);
  };

  return (
    <Box sx={{ mt: 1, display: "flex", flexDirection: "column", gap: 2 }}>
      <Title title={translate("import.title")} />
      <Card>
        <CardContent>
          <Typography variant="h5" component="h1" gutterBottom>
            {translate("import.title")}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ whiteSpace: "pre-line" }}>
            {translate("import.help")}
          </Typography>
          <Stack direction={{ xs: "column", sm: "row" }} sx={{ gap: 1, mt: 2, alignItems: { sm: "center" } }}>
            <Button variant="contained" startIcon={<UploadFileIcon />} onClick={() => input.current?.click()} disabled={busy !== null}>
              {translate("import.choose")}
            </Button>
            <input
              ref={input}
              type="file"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              hidden
              onChange={onChoose}
              data-testid="import-file"
            />
            <Button startIcon={<DescriptionIcon />} onClick={() => template(locale === "en" ? "en" : "nl")}>
              {translate("import.template")}
            </Button>
            {file && <Typography variant="body2">{translate("import.chosen", { name: file.name })}</Typography>}
          </Stack>
        </CardContent>
      </Card>

      {busy && (
        <Box>
          <Typography variant="body2">{translate(busy === "check" ? "import.checking" : "import.importing")}</Typography>
          <LinearProgress />
        </Box>
      )}
      {error && (
        <Alert severity="error" data-testid="import-error">
          {error}
        </Alert>
      )}

      {result ? (
        <ImportResult report={result} onAnother={reset} />
      ) : (
        report && (
          <Card>
            <CardContent sx={{ display: "flex", flexDirection: "column", gap: 1.5 }}>
              <Typography variant="h6">{translate("import.reportTitle")}</Typography>
              <SummaryChips report={report} />
              {report.ignoredColumns.length > 0 && <Alert severity="info">{translate("import.ignored", { columns: report.ignoredColumns.join(", ") })}</Alert>}
              {report.summary.refuse > 0 ? (
                <Alert severity="warning" data-testid="import-refused">
                  {translate("import.refusedHint", { smart_count: report.summary.refuse })}
                </Alert>
              ) : (
                !canConfirm(report) && <Alert severity="info">{translate("import.nothingToDo")}</Alert>
              )}
              <Box>
                <Button variant="contained" color="primary" onClick={confirm} disabled={!canConfirm(report) || busy !== null} data-testid="import-confirm">
                  {translate("import.confirm", { smart_count: report.summary.create + report.summary.update })}
                </Button>
              </Box>
              <ReportTable report={report} />
            </CardContent>
          </Card>
        )
      )}
    </Box>
  );
};
