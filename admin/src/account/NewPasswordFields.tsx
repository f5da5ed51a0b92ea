import { TextField } from "@mui/material";
import { useTranslate } from "react-admin";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "./reasonText";

export interface NewPassword {
  password: string;
  repeat: string;
}

/** What the console can tell before asking the server: too short, or the two differ. */
export function newPasswordProblem({ password, repeat }: NewPassword, translate: (key: string, options?: object) => string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return translate("account.password.tooShort", { min: MIN_PASSWORD_LENGTH });
  if (password !== repeat) return translate("account.password.mismatch");
  return null;
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
