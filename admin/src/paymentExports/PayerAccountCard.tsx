import { Alert, Button, CircularProgress, Stack, TextField, Typography } from "@mui/material";
import { useEffect, useState } from "react";
import { useNotify, useTranslate } from "react-admin";
import { SectionCard } from "../common/SectionCard";
import { useDisplayLocale } from "../common/useLocalizedName";
import { errorText } from "../common/wordReason";
import { getPayerAccount, setPayerAccount, type PayerAccount } from "./paymentFiles";

const EMPTY: PayerAccount = { name: "", iban: "", bic: "" };

/** The account a funder pays from: the debtor of its SEPA files. Without it, exports give only the CSV. */
export const PayerAccountCard = ({ organisationId, defaultName }: { organisationId: string | null; defaultName: string }) => {
  const translate = useTranslate();
  const locale = useDisplayLocale();
  const notify = useNotify();
  const [current, setCurrent] = useState<PayerAccount | null | undefined>(undefined);
  const [form, setForm] = useState<PayerAccount>(EMPTY);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    getPayerAccount(organisationId)
      .then((account) => {
        if (!live) return;
        setCurrent(account);
        setForm(account ? { ...account, bic: account.bic ?? "" } : { ...EMPTY, name: defaultName });
      })
      .catch(() => live && setCurrent(null));
    return () => {
      live = false;
    };
  }, [organisationId, defaultName]);

  const save = async () => {
    setSaving(true);
    setError(null);
    try {
      const saved = await setPayerAccount(organisationId, { name: form.name, iban: form.iban, bic: form.bic || null });
      setCurrent(saved);
      setForm({ ...saved, bic: saved.bic ?? "" });
      notify("compensation.payer.saved", { type: "success" });
    } catch (caught) {
      setError(errorText(caught, { translate, locale }));
    } finally {
      setSaving(false);
    }
  };

  const field = (key: keyof PayerAccount, width: number) => (
    <TextField
      size="small"
      label={translate(`compensation.payer.${key}`)}
      value={form[key] ?? ""}
      onChange={(event) => setForm((f) => ({ ...f, [key]: event.target.value }))}
      slotProps={{ htmlInput: { name: `payer.${key}` } }}
      sx={{ width: { xs: "100%", sm: width }, flexShrink: 0 }}
    />
  );

  return (
    <SectionCard title="compensation.payer.title" help="compensation.payer.help">
      {current === undefined ? (
        <CircularProgress size={20} />
      ) : (
        <Typography variant="subtitle2" sx={{ mb: 2 }}>
          {current ? translate("compensation.payer.current", { name: current.name, iban: current.iban }) : translate("compensation.payer.none")}
        </Typography>
      )}
      <Stack direction={{ xs: "column", sm: "row" }} sx={{ gap: 1, alignItems: { sm: "flex-start" }, flexWrap: "wrap" }}>
        {field("name", 240)}
        {field("iban", 240)}
        {field("bic", 140)}
        <Button
          variant="contained"
          disabled={saving || !form.name.trim() || !form.iban.trim()}
          onClick={save}
          sx={{ whiteSpace: "nowrap", flexShrink: 0, mt: { sm: 0.5 } }}
        >
          {translate("ra.action.save")}
        </Button>
      </Stack>
      {error && (
        <Alert severity="error" sx={{ mt: 1 }}>
          {error}
        </Alert>
      )}
    </SectionCard>
  );
};
