import DownloadIcon from "@mui/icons-material/Download";
import { useState } from "react";
import { Button, useDataProvider, useListContext, useLocaleState, useNotify, useTranslate } from "react-admin";
import { MAX_PER_PAGE } from "../../../server/src/domain/paging";
import { saveFile } from "../common/download";
import { errorText } from "../common/wordReason";
import { useLocalizedName } from "../common/useLocalizedName";
import { displayLocale } from "../i18n";
import { requestsCsv, type CsvRequest, type RequestColumn } from "./requestsCsv";

/** At most this many pages of 100 (10,000 requests) go into one file. */
const MAX_PAGES = 100;

/**
 * Downloads the list as it is filtered and sorted, every page of it (not just the one on
 * screen), through the same API query and so within the caller's scope: an organisation
 * gets its own requests, a regional coordinator their region.
 */
export const ExportRequestsButton = ({ unmet = false }: { unmet?: boolean }) => {
  const { resource, filterValues, sort, total } = useListContext();
  const dataProvider = useDataProvider();
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const { nameOf } = useLocalizedName();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      const records: CsvRequest[] = [];
      for (let page = 1; page <= MAX_PAGES; page++) {
        const { data, total: all } = await dataProvider.getList(resource, { filter: filterValues, sort, pagination: { page, perPage: MAX_PER_PAGE } });
        records.push(...(data as unknown as CsvRequest[]));
        if (data.length < MAX_PER_PAGE || records.length >= (all ?? 0)) break;
      }
      const text = requestsCsv(
        records,
        {
          locale,
          header: (column: RequestColumn) => translate(`matching.csv.headers.${column}`),
          status: (status) => translate(`matching.enums.requestStatus.${status}`),
          rule: (rule) => translate(`matching.rules.${rule}.label`, { _: rule }),
          nameOf,
        },
        unmet,
      );
      saveFile([text], "text/csv;charset=utf-8", translate(unmet ? "matching.csv.unmetFile" : "matching.csv.requestsFile"));
    } catch (error) {
      notify(errorText(error, { translate, locale: displayLocale(locale) }), { type: "error" });
    } finally {
      setBusy(false);
    }
  };
  return <Button label="matching.csv.export" onClick={download} disabled={busy || !total} startIcon={<DownloadIcon />} />;
};
