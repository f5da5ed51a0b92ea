import { Alert, Button, CircularProgress, Link } from "@mui/material";
import { useState, type FormEvent } from "react";
import { useTranslate } from "react-admin";
import { useParams } from "react-router";
import { graphqlRequest, setToken } from "../dataProvider/graphqlClient";
import { loadMe } from "../authProvider";
import { graphql } from "../gql";
import { NewPasswordFields, newPasswordProblem, type NewPassword } from "./NewPasswordFields";
import { PublicCard } from "./PublicCard";
import { useReasonText } from "./reasonText";

const RESET = graphql(`
  mutation ResetPassword($token: String!, $newPassword: String!) {
    resetPassword(token: $token, newPassword: $newPassword) { token }
  }
`);

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
      const { resetPassword } = await graphqlRequest(RESET, { token, newPassword: value.password });
      setToken(resetPassword.token);
      await loadMe();
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
