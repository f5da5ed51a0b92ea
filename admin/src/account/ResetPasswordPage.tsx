import { Alert, Button, CircularProgress, Link } from "@mui/material";
import { useTranslate } from "react-admin";
import { useParams } from "react-router";
import { graphqlRequest, setToken } from "../dataProvider/graphqlClient";
import { loadMe } from "../authProvider";
import { graphql } from "../gql";
import { NewPasswordFields, useNewPasswordForm } from "./NewPasswordFields";
import { PublicCard } from "./PublicCard";

const RESET = graphql(`
  mutation ResetPassword($token: String!, $newPassword: String!) {
    resetPassword(token: $token, newPassword: $newPassword) {
      token
    }
  }
`);

/** `#/reset-password/<token>`, the page the e-mailed link opens (no login): a new password, then logged in. */
export const ResetPasswordPage = () => {
  const translate = useTranslate();
  const { token = "" } = useParams();
  const { value, setValue, error, busy, submit } = useNewPasswordForm(async (newPassword) => {
    const { resetPassword } = await graphqlRequest(RESET, { token, newPassword });
    setToken(resetPassword.token);
    await loadMe();
    // A fresh start of the console, logged in (as after accepting an invitation).
    window.history.replaceState(null, "", "#/");
    window.location.reload();
  });

  return (
    <PublicCard title={translate("account.reset.title")} intro={translate("account.reset.intro")} onSubmit={submit}>
      <NewPasswordFields value={value} onChange={setValue} autoFocus />
      {error && <Alert severity="error">{error}</Alert>}
      <Button type="submit" variant="contained" disabled={busy} startIcon={busy ? <CircularProgress size={16} /> : undefined}>
        {translate("account.reset.submit")}
      </Button>
      <Link href="#/forgot-password" align="center">
        {translate("account.forgot.title")}
      </Link>
    </PublicCard>
  );
};
