import SaveIcon from "@mui/icons-material/Save";
import { Stack, TextField } from "@mui/material";
import { useState } from "react";
import { useDataProvider, useNotify, useTranslate } from "react-admin";
import { SectionCard } from "../common/SectionCard";
import { BusyButton } from "../common/BusyButton";
import { formatIban, isValidIban, normaliseIban } from "../claims/iban";
import { errorText } from "../common/wordReason";
import { useDisplayLocale } from "../common/useLocalizedName";

/** The IBAN allowances and claims are paid to; written, never shown again. */
export const PaymentDetailsCard = ({ keyPersonId }: { keyPersonId: string }) => {
  const translate = useTranslate();
  const locale = useDisplayLocale();
  const notify = useNotify();
  const dataProvider = useDataProvider();
  const [iban, setIban] = useState("");
  const [touched, setTouched] = useState(false);
  const [saving, setSaving] = useState(false);
  const invalid = iban.trim() !== "" && !isValidIban(iban);

  const save = async () => {
    setSaving(true);
    try {
      await dataProvider.create("paymentDetails", { data: { keyPersonId, iban: normaliseIban(iban) } });
      notify("compensation.payment.saved", { type: "success" });
      setIban("");
      setTouched(false);
    } catch (error) {
      notify(errorText(error, { translate, locale }), { type: "error" });
    } finally {
      setSaving(false);
    }
  };

  return (
    <SectionCard title="compensation.payment.title" help="compensation.payment.help">
      {/* the card may be half a page wide: the button goes under the field when it does not fit beside it */}
      <Stack direction="row" sx={{ gap: 1, alignItems: "flex-start", flexWrap: "wrap" }}>
        <TextField
          label={translate("compensation.payment.iban")}
          value={iban}
          onChange={(event) => setIban(event.target.value)}
          onBlur={() => {
            setTouched(true);
            if (isValidIban(iban)) setIban(formatIban(iban));
          }}
          error={touched && invalid}
          helperText={touched && invalid ? translate("compensation.payment.invalid") : " "}
          autoComplete="off"
          slotProps={{ htmlInput: { name: "iban", spellCheck: false } }}
          sx={{ flex: "1 1 260px" }}
        />
        <BusyButton
          busy={saving}
          icon={<SaveIcon />}
          onClick={save}
          disabled={iban.trim() === "" || invalid}
          sx={{ mt: 1, whiteSpace: "nowrap", flexShrink: 0 }}
        >
          {translate("compensation.payment.save")}
        </BusyButton>
      </Stack>
    </SectionCard>
  );
};
