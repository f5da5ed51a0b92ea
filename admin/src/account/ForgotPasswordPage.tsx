import { Alert, Button, CircularProgress, Link, TextField } from "@mui/material";
import { useState, type FormEvent } from "react";
import { useTranslate } from "react-admin";
import { graphqlRequest } from "../dataProvider/graphqlClient";
import { graphql } from "../gql";
import { PublicCard } from "./PublicCard";
import { useReasonText } from "./reasonText";

const REQUEST = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

/** `#/forgot-password`, linked from the login page: asks for a reset link. The answer is the same for every address. */
export const ForgotPasswordPage = () => {
  const translate = useTranslate();
  const reasonText = useReasonText();
  const [email, setEmail] = useState("");
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setBusy(true);
    try {
      await graphqlRequest(REQUEST, { email: email.trim() });
      setSent(true);
    } catch (caught) {
      setError(reasonText(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <PublicCard title={translate("account.forgot.title")} intro={translate("account.forgot.intro")} onSubmit={submit}>
      {sent ? (
        <Alert severity="success" role="status">
          {translate("account.forgot.sent")}
        </Alert>
      ) : (
        <>
          <TextField
            name="email"
            type="email"
            label={translate("account.forgot.email")}
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            autoComplete="email"
            required
            autoFocus
          />
          {error && <Alert severity="error">{error}</Alert>}
          <Button type="submit" variant="contained" disabled={busy || !email.trim()} startIcon={busy ? <CircularProgress size={16} /> : undefined}>
            {translate("account.forgot.submit")}
          </Button>
        </>
      )}
      <Link href="#/login" align="center">
        {translate("account.forgot.back")}
      </Link>
    </PublicCard>
  );
};
