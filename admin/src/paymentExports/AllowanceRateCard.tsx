import { Alert, Button, CircularProgress, Stack, TextField, Typography } from "@mui/material";
import { useState } from "react";
import { useDataProvider, useGetList, useGetOne, useNotify, useRefresh, useTranslate } from "react-admin";
import { SectionCard } from "../common/SectionCard";
import { eurosToCents, formatEuros } from "../compensation/money";
import { errorText } from "../common/wordReason";
import type { CompensationRulesRecord } from "../compensation/types";
import { useDisplayLocale } from "../common/useLocalizedName";

interface RateRecord {
  id: string;
  hourlyRateCents: number | null;
}

/** A funder pays volunteers the legal maximum per hour, or a lower rate of its own. */
export const AllowanceRateCard = ({ funderId }: { funderId: string }) => {
  const translate = useTranslate();
  const locale = useDisplayLocale();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider();
  const year = new Date().getFullYear();
  const { data: rate, isPending } = useGetOne<RateRecord>("allowanceRates", { id: funderId });
  const { data: rules } = useGetList<CompensationRulesRecord>("compensationRules", { pagination: { page: 1, perPage: 100 } });
  const legal = rules?.find((r) => r.year === year)?.hourlyRateCents ?? null;
  const [value, setValue] = useState("");
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const cents = eurosToCents(value);
  const tooHigh = cents !== null && legal !== null && cents > legal;

  const save = async (hourlyRateCents: number | null) => {
    setSaving(true);
    setError(null);
    try {
      await dataProvider.update("allowanceRates", { id: funderId, data: { hourlyRateCents }, previousData: rate ?? { id: funderId } });
      notify("compensation.rate.saved", { type: "success" });
      setValue("");
      refresh();
    } catch (caught) {
      setError(errorText(caught, { translate, locale }));
    } finally {
      setSaving(false);
    }
  };

  const current = rate?.hourlyRateCents ?? null;
  return (
    <SectionCard title="compensation.rate.title" help="compensation.rate.help">
      {isPending ? (
        <CircularProgress size={20} />
      ) : (
        <Typography variant="subtitle2" sx={{ mb: 2 }}>
          {current === null
            ? translate("compensation.rate.legal", { rate: formatEuros(legal, locale), year })
            : translate("compensation.rate.own", { rate: formatEuros(current, locale), legal: formatEuros(legal, locale) })}
        </Typography>
      )}
      <Stack direction={{ xs: "column", sm: "row" }} sx={{ gap: 1, alignItems: { sm: "flex-start" } }}>
        <TextField
          size="small"
          label={translate("compensation.rate.input")}
          value={value}
          onChange={(event) => setValue(event.target.value)}
          error={tooHigh}
          helperText={tooHigh ? translate("compensation.rate.tooHigh", { max: formatEuros(legal, locale) }) : " "}
          slotProps={{ htmlInput: { name: "hourlyRate", inputMode: "decimal" } }}
          sx={{ width: { xs: "100%", sm: 240 }, flexShrink: 0 }}
        />
        <Button
          variant="contained"
          disabled={saving || cents === null || cents < 0 || tooHigh}
          onClick={() => save(cents)}
          sx={{ whiteSpace: "nowrap", flexShrink: 0, mt: { sm: 0.5 } }}
        >
          {translate("ra.action.save")}
        </Button>
        {current !== null && (
          <Button disabled={saving} onClick={() => save(null)} sx={{ whiteSpace: "nowrap", flexShrink: 0, mt: { sm: 0.5 } }}>
            {translate("compensation.rate.reset")}
          </Button>
        )}
      </Stack>
      {error && <Alert severity="error">{error}</Alert>}
    </SectionCard>
  );
};
