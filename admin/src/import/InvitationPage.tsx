import LockOpenIcon from "@mui/icons-material/LockOpen";
import { Alert, Avatar, Box, Button, Card, CardContent, CircularProgress, TextField, Typography } from "@mui/material";
import { useTranslate } from "react-admin";
import { useParams } from "react-router";
import { authProvider } from "../authProvider";
import { graphqlRequest } from "../dataProvider/graphqlClient";
import { graphql } from "../gql";
import { useNewPasswordForm } from "../account/NewPasswordFields";
import { MIN_PASSWORD_LENGTH } from "../account/reasonText";

const ACCEPT = graphql(`
  mutation AcceptInvitation($token: String!, $password: String!) {
    acceptInvitation(token: $token, password: $password) {
      user {
        email
        role
      }
    }
  }
`);

/**
 * The page an invitation link opens (`#/invitation/<token>`, no login): the invited user
 * chooses a password (a key person's also confirms their profile) and is logged in.
 */
export const InvitationPage = () => {
  const translate = useTranslate();
  const { token = "" } = useParams();
  const { value, setValue, error, busy, submit } = useNewPasswordForm(async (password) => {
    const { acceptInvitation } = await graphqlRequest(ACCEPT, { token, password });
    // The console's own login stores who is logged in. Then a fresh start on "Mijn profiel"
    // (a key person) or the dashboard (an account invited by a coordinator):
    // the console checked, on this page, that nobody was logged in, and would act on that
    // cached answer (log out) if it only navigated. replaceState changes the address
    // without the router noticing; the reload starts the console anew.
    await authProvider.login({ username: acceptInvitation.user.email, password });
    window.history.replaceState(null, "", acceptInvitation.user.role === "KEY_PERSON" ? "#/my-profile" : "#/");
    window.location.reload();
  }, "import.invitation");

  return (
    <Box sx={{ minHeight: "100vh", display: "flex", alignItems: "center", justifyContent: "center", bgcolor: "background.default", p: 2 }}>
      <Card sx={{ maxWidth: 420, width: "100%" }} component="form" onSubmit={submit}>
        <CardContent sx={{ display: "flex", flexDirection: "column", gap: 2 }}>
          <Avatar sx={{ bgcolor: "secondary.main", alignSelf: "center" }}>
            <LockOpenIcon />
          </Avatar>
          <Typography variant="h5" component="h1" align="center">
            {translate("import.invitation.title")}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {translate("import.invitation.intro", { min: MIN_PASSWORD_LENGTH })}
          </Typography>
          <TextField
            name="password"
            type="password"
            label={translate("import.invitation.password")}
            value={value.password}
            onChange={(e) => setValue({ ...value, password: e.target.value })}
            autoComplete="new-password"
            required
            autoFocus
          />
          <TextField
            name="repeat"
            type="password"
            label={translate("import.invitation.repeat")}
            value={value.repeat}
            onChange={(e) => setValue({ ...value, repeat: e.target.value })}
            autoComplete="new-password"
            required
          />
          {error && <Alert severity="error">{error}</Alert>}
          <Button type="submit" variant="contained" disabled={busy} startIcon={busy ? <CircularProgress size={16} /> : undefined}>
            {translate("import.invitation.submit")}
          </Button>
        </CardContent>
      </Card>
    </Box>
  );
};
