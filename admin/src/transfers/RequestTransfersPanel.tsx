import UndoIcon from "@mui/icons-material/Undo";
import { Box, Button, Chip, Stack, Typography } from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import { useNotify, useTranslate } from "react-admin";
import { formatMoment } from "../common/dates";
import { useDisplayLocale } from "../common/useLocalizedName";
import { useServerAction } from "../common/useServerAction";
import { transferActions } from "./transfers";

/**
 * The transfers of one request, on its page: who it was offered to, the answer, and (while
 * one waits) the proposer's "Intrekken". Nothing shows for a request never handed on.
 */
export const RequestTransfersPanel = ({ requestId, canWithdraw }: { requestId: string; canWithdraw: boolean }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const locale = useDisplayLocale();
  // react-admin's refresh (after "Overdragen") invalidates this query too.
  const { data, refetch } = useQuery({ queryKey: ["requestTransfers", requestId], queryFn: () => transferActions.list({ requestId }) });
  const rows = data?.items ?? [];
  const { run, busy, error } = useServerAction();
  const load = async () => void (await refetch());
  if (rows.length === 0 && !error) return null;
  return (
    <Box data-testid="request-transfers">
      <Typography variant="subtitle2" sx={{ mb: 1 }}>
        {translate("transfers.page.title")}
      </Typography>
      {error && <Typography color="error">{error}</Typography>}
      <Stack sx={{ gap: 1 }}>
        {rows.map((t) => (
          <Stack key={t.id} direction="row" sx={{ gap: 1, alignItems: "center", flexWrap: "wrap" }}>
            <Chip size="small" label={translate(`transfers.states.${t.state}`)} />
            <Typography variant="body2">
              {translate("transfers.panel.line", { from: t.fromOrganisation.name, to: t.toOrganisation.name, date: formatMoment(t.createdAt, locale) })}
              {t.effectiveOn ? ` · ${translate("transfers.fields.effectiveLine", { date: formatMoment(t.effectiveOn, locale, false) })}` : ""}
              {t.declineReason ? ` · ${translate(`transfers.reasons.${t.declineReason}`)}` : ""}
            </Typography>
            {canWithdraw && t.state === "PENDING" && (
              <Button
                size="small"
                startIcon={<UndoIcon />}
                disabled={busy}
                onClick={async () => {
                  if (
                    await run(async () => {
                      await transferActions.withdraw(t.id);
                      await load();
                    })
                  )
                    notify("transfers.withdraw.done", { type: "success", messageArgs: { reference: t.caseReference } });
                }}
              >
                {translate("transfers.withdraw.button")}
              </Button>
            )}
          </Stack>
        ))}
      </Stack>
    </Box>
  );
};
