import { TextField } from "@mui/material";
import { useState, type FormEvent } from "react";
import { useTranslate } from "react-admin";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, useReasonText } from "./reasonText";

type Translate = (key: string, options?: object) => string;

export interface NewPassword {
  password: string;
  repeat: string;
}

/**
 * What the console can tell before asking the server: too short, or the two differ, worded by
 * the `tooShort` and `mismatch` texts under `texts` (the invitation page has its own).
 */
export function newPasswordProblem({ password, repeat }: NewPassword, translate: Translate, texts = "account.password"): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return translate(`${texts}.tooShort`, { min: MIN_PASSWORD_LENGTH });
  if (password !== repeat) return translate(`${texts}.mismatch`);
  return null;
}

/**
 * The state of a form that chooses a new password: on submit it says what the console can
 * tell first (`newPasswordProblem`, with the texts under `texts`), then `send`s the password;
 * a refusal is worded by its reason and frees the form again. `send` ends the page itself
 * when it succeeds (log out, reload).
 */
export function useNewPasswordForm(send: (password: string) => Promise<void>, texts?: string) {
  const translate = useTranslate();
  const reasonText = useReasonText();
  const [value, setValue] = useState<NewPassword>({ password: "", repeat: "" });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = newPasswordProblem(value, translate, texts);
    if (found) return setError(found);
    setError(null);
    setBusy(true);
    try {
      await send(value.password);
    } catch (caught) {
      setError(reasonText(caught));
      setBusy(false);
    }
  };

  return { value, setValue, error, busy, submit };
}

/** A new password, twice, with the rule under it. */
export const NewPasswordFields = ({ value, onChange, autoFocus }: { value: NewPassword; onChange: (value: NewPassword) => void; autoFocus?: boolean }) => {
  const translate = useTranslate();
  return (
    <>
      <TextField
        name="newPassword"
        type="password"
        label={translate("account.password.newPassword")}
        helperText={translate("account.password.rule", { min: MIN_PASSWORD_LENGTH })}
        value={value.password}
        onChange={(e) => onChange({ ...value, password: e.target.value })}
        autoComplete="new-password"
        slotProps={{ htmlInput: { maxLength: MAX_PASSWORD_LENGTH } }}
        required
        autoFocus={autoFocus}
      />
      <TextField
        name="repeatPassword"
        type="password"
        label={translate("account.password.repeat")}
        value={value.repeat}
        onChange={(e) => onChange({ ...value, repeat: e.target.value })}
        autoComplete="new-password"
        slotProps={{ htmlInput: { maxLength: MAX_PASSWORD_LENGTH } }}
        required
      />
    </>
  );
};
