import DownloadIcon from "@mui/icons-material/Download";
import { useState } from "react";
import { Button, useLocaleState, useNotify, useTranslate } from "react-admin";
import { errorText } from "../common/wordReason";
import { displayLocale } from "../i18n";
import { downloadFile } from "./api";

/**
 * Downloads the registry or the organisations as CSV (the import's columns; a regional
 * coordinator gets their region), with the login's bearer token.
 */
export const ExportCsvButton = ({ what }: { what: "key-persons" | "organisations" }) => {
  const notify = useNotify();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      await downloadFile(`/api/export/${what}.csv?lang=${locale === "en" ? "en" : "nl"}`, `sleutelkaart-${what}.csv`);
    } catch (error) {
      notify(errorText(error, { translate, locale: displayLocale(locale) }), { type: "error" });
    } finally {
      setBusy(false);
    }
  };
  return <Button label="import.actions.exportCsv" onClick={download} disabled={busy} startIcon={<DownloadIcon />} />;
};
