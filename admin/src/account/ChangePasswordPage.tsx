import { Alert, Box, Button, Card, CardContent, CircularProgress, TextField, Typography } from "@mui/material";
import { useState } from "react";
import { Title, useLogout, useNotify, useTranslate } from "react-admin";
import { graphqlRequest } from "../dataProvider/graphqlClient";
import { graphql } from "../gql";
import { NewPasswordFields, useNewPasswordForm } from "./NewPasswordFields";
import { MAX_PASSWORD_LENGTH } from "./reasonText";

const CHANGE = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

/** `#/change-password`, from the user menu, for every role. Every session ends: then the login page. */
export const ChangePasswordPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const logout = useLogout();
  const [current, setCurrent] = useState("");
  const { value, setValue, error, busy, submit } = useNewPasswordForm(async (newPassword) => {
    await graphqlRequest(CHANGE, { currentPassword: current, newPassword });
    notify("account.change.done", { type: "success" });
    await logout();
  });

  return (
    <Box sx={{ mt: 2, maxWidth: 480 }}>
      <Title title={translate("account.change.title")} />
      <Card component="form" onSubmit={submit} noValidate>
        <CardContent sx={{ display: "flex", flexDirection: "column", gap: 2 }}>
          <Typography variant="body2" color="text.secondary">
            {translate("account.change.intro")}
          </Typography>
          <TextField
            name="currentPassword"
            type="password"
            label={translate("account.change.current")}
            value={current}
            onChange={(e) => setCurrent(e.target.value)}
            autoComplete="current-password"
            slotProps={{ htmlInput: { maxLength: MAX_PASSWORD_LENGTH } }}
            required
            autoFocus
          />
          <NewPasswordFields value={value} onChange={setValue} />
          {error && <Alert severity="error">{error}</Alert>}
          <Button type="submit" variant="contained" disabled={busy || !current} startIcon={busy ? <CircularProgress size={16} /> : undefined}>
            {translate("account.change.submit")}
          </Button>
        </CardContent>
      </Card>
    </Box>
  );
};
