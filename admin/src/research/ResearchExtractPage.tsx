import DownloadIcon from "@mui/icons-material/Download";
import ScienceIcon from "@mui/icons-material/Science";
import { Alert, Box, Card, CardContent, Stack, TextField, Typography } from "@mui/material";
import { useState } from "react";
import { Button, Menu as RaMenu, Title, useLocaleState, useNotify, usePermissions, useTranslate } from "react-admin";
import { canAccess } from "../canAccess";
import { errorText } from "../common/wordReason";
import { displayLocale } from "../i18n";
import { downloadFile } from "../import/api";
import type { Permissions } from "../types";
import { PURPOSE_MAX, extractPath } from "./api";

/** "Onderzoeksextract": the anonymised research CSV, for the national coordinator. */
export const ResearchExtractPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const { permissions, isPending } = usePermissions<Permissions | null>();
  const [start, setStart] = useState("");
  const [end, setEnd] = useState("");
  const [purpose, setPurpose] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (isPending) return null;
  if (!canAccess(permissions?.role, "create", "researchExtract")) return <Alert severity="warning">{translate("research.page.notAllowed")}</Alert>;

  const download = async () => {
    setBusy(true);
    setError(null);
    try {
      await downloadFile(extractPath(start, end, purpose), `sleutelkaart-research-${start}-${end}.csv`);
      notify("research.page.done", { type: "success" });
    } catch (caught) {
      setError(errorText(caught, { translate, locale: displayLocale(locale) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card sx={{ mt: 2, maxWidth: 760 }}>
      <Title title="research.page.title" />
      <CardContent>
        <Stack spacing={2}>
          <Typography variant="body2">{translate("research.page.explain")}</Typography>
          <Box sx={{ display: "flex", gap: 2, flexWrap: "wrap" }}>
            <TextField
              type="date"
              label={translate("research.page.start")}
              value={start}
              onChange={(e) => setStart(e.target.value)}
              slotProps={{ inputLabel: { shrink: true }, htmlInput: { "data-testid": "research-start" } }}
            />
            <TextField
              type="date"
              label={translate("research.page.end")}
              value={end}
              onChange={(e) => setEnd(e.target.value)}
              slotProps={{ inputLabel: { shrink: true }, htmlInput: { "data-testid": "research-end" } }}
            />
          </Box>
          <TextField
            multiline
            minRows={3}
            label={translate("research.page.purpose")}
            value={purpose}
            onChange={(e) => setPurpose(e.target.value.slice(0, PURPOSE_MAX))}
            helperText={`${translate("research.page.purposeHelp")} · ${purpose.length}/${PURPOSE_MAX}`}
            slotProps={{ htmlInput: { maxLength: PURPOSE_MAX, "data-testid": "research-purpose" } }}
          />
          {error && <Alert severity="error">{error}</Alert>}
          <Box>
            <Button
              variant="contained"
              label="research.page.download"
              onClick={download}
              disabled={busy || !start || !end || !purpose.trim()}
              startIcon={<DownloadIcon />}
            />
          </Box>
          <Typography variant="caption" color="text.secondary">
            {translate("research.page.docs")}
          </Typography>
        </Stack>
      </CardContent>
    </Card>
  );
};

/** The menu entry, for the national coordinator only. */
export const ResearchMenuItem = () => {
  const { permissions } = usePermissions<Permissions | null>();
  if (!canAccess(permissions?.role, "create", "researchExtract")) return null;
  return <RaMenu.Item to="/research-extract" primaryText="research.menu" leftIcon={<ScienceIcon />} />;
};
