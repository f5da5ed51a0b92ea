import QrCodeIcon from "@mui/icons-material/QrCode2";
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useNotify, useTranslate } from "react-admin";
import { FEEDBACK_MIN_ANSWERS } from "../../../server/src/domain/voice";
import { useFormatDay } from "../matchRequests/common";
import { graphqlRequest } from "../dataProvider/graphqlClient";
import { FEEDBACK_LINK } from "../dataProvider/voice";
import { useLocalizedName } from "../common/useLocalizedName";

/** The key person's link and QR code for the newcomer's anonymous feedback, in one of the request's languages. */
export const FeedbackLinkButton = ({ assignmentId, languages }: { assignmentId: string; languages: { code: string; name: string; nameNl: string }[] }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const formatDay = useFormatDay();
  const { nameOf } = useLocalizedName();
  const [open, setOpen] = useState(false);
  const [language, setLanguage] = useState(languages[0]?.code ?? "");
  const { data, error } = useQuery({
    queryKey: ["feedbackLink", assignmentId, language],
    queryFn: () => graphqlRequest(FEEDBACK_LINK, { ids: [assignmentId], language: language || null }),
    enabled: open,
  });
  const link = data?.assignments.items[0]?.feedbackLink ?? null;
  const copy = async () => {
    if (!link) return;
    await navigator.clipboard?.writeText(link.url).catch(() => undefined);
    notify("voice.feedback.copied", { type: "info" });
  };
  return (
    <>
      <Button size="small" startIcon={<QrCodeIcon />} onClick={() => setOpen(true)} data-testid="feedback-link-button">
        {translate("voice.feedback.link")}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} maxWidth="xs" fullWidth aria-labelledby="feedback-link-title">
        <DialogTitle id="feedback-link-title">{translate("voice.feedback.linkTitle")}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{translate("voice.feedback.linkExplain", { minimum: FEEDBACK_MIN_ANSWERS })}</DialogContentText>
          {languages.length > 0 && (
            <TextField
              select
              fullWidth
              size="small"
              label={translate("voice.feedback.language")}
              value={language}
              onChange={(event) => setLanguage(event.target.value)}
            >
              {languages.map((l) => (
                <MenuItem key={l.code} value={l.code}>
                  {nameOf(l)}
                </MenuItem>
              ))}
            </TextField>
          )}
          {error && <Alert severity="error">{String((error as Error).message)}</Alert>}
          {link && (
            <Stack sx={{ alignItems: "center", gap: 1, mt: 2 }} data-testid="feedback-link">
              <Box
                component="img"
                alt={translate("voice.feedback.linkTitle")}
                src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(link.qrSvg)}`}
                sx={{ width: 220, height: 220 }}
              />
              <Typography variant="body2" sx={{ wordBreak: "break-all" }} data-testid="feedback-url">
                {link.url}
              </Typography>
              <Typography variant="caption" color="text.secondary">
                {link.answered ? translate("voice.feedback.answered") : translate("voice.feedback.expires", { date: formatDay(link.expiresAt.slice(0, 10)) })}
              </Typography>
            </Stack>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={copy} disabled={!link}>
            {translate("voice.feedback.copy")}
          </Button>
          <Button onClick={() => setOpen(false)}>{translate("ra.action.close")}</Button>
        </DialogActions>
      </Dialog>
    </>
  );
};
