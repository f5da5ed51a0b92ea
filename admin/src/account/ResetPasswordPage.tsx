import { Alert, Button, CircularProgress, Link } from "@mui/material";
import { useState, type FormEvent } from "react";
import { useTranslate } from "react-admin";
import { useParams } from "react-router";
import { graphqlRequest, setToken } from "../dataProvider/graphqlClient";
import { storeMe } from "../authProvider";
import type { Me } from "../types";
import { NewPasswordFields, newPasswordProblem, type NewPassword } from "./NewPasswordFields";
import { PublicCard } from "./PublicCard";
import { useReasonText } from "./reasonText";

const RESET = `mutation ResetPassword($token: String!, $newPassword: String!) { resetPassword(token: $token, newPassword: $newPassword) { token } }`;
const ME = `query Me { me { id email role locale keyPerson { id displayName } organisation { id name } municipalities { code name } } }`;

/** `#/reset-password/<token>`, the page the e-mailed link opens (no login): a new password, then logged in. */
export const ResetPasswordPage = () => {
  const translate = useTranslate();
  const reasonText = useReasonText();
  const { token = "" } = useParams();
  const [value, setValue] = useState<NewPassword>({ password: "", repeat: "" });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problem = newPasswordProblem(value, translate);
    if (problem) return setError(problem);
    setError(null);
    setBusy(true);
    try {
      const { resetPassword } = await graphqlRequest<{ resetPassword: { token: string } }>(RESET, { token, newPassword: value.password });
      setToken(resetPassword.token);
      const { me } = await graphqlRequest<{ me: Me }>(ME);
      storeMe(me);
      // A fresh start of the console, logged in (as after accepting an invitation).
      window.history.replaceState(null, "", "#/");
      window.location.reload();
    } catch (caught) {
      setError(reasonText(caught));
      setBusy(false);
    }
  };

  return (
    <PublicCard title={translate("account.reset.title")} intro={translate("account.reset.intro")} onSubmit={submit}>
      <NewPasswordFields value={value} onChange={setValue} autoFocus />
      {error && <Alert severity="error">{error}</Alert>}
      <Button type="submit" variant="contained" disabled={busy} startIcon={busy ? <CircularProgress size={16} /> : undefined}>
        {translate("account.reset.submit")}
      </Button>
      <Link href="#/forgot-password" align="center">{translate("account.forgot.title")}</Link>
    </PublicCard>
  );
};
