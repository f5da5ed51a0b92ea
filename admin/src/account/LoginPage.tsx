import KeyIcon from "@mui/icons-material/Key";
import { Box, CardContent, Link, Typography } from "@mui/material";
import { Login, LoginForm, useTranslate } from "react-admin";
import { LOCALES } from "../i18n";
import { LanguageMenu } from "../layout/LanguageMenu";

/**
 * The login page: what Sleutelkaart is, in one sentence, the form, the way to a forgotten
 * password, and the language switch (the language chosen here stays until the account's
 * own language takes over after login).
 */
export const LoginPage = () => {
  const translate = useTranslate();
  return (
    <Login avatarIcon={<KeyIcon sx={{ transform: "rotate(-45deg)" }} />}>
      <CardContent sx={{ pb: 0, maxWidth: 320 }}>
        <Typography variant="h6" component="h1" align="center">
          {translate("app.title")}
        </Typography>
        <Typography variant="body2" color="text.secondary" align="center" data-testid="login-about">
          {translate("app.login.about")}
        </Typography>
      </CardContent>
      <LoginForm />
      <Box sx={{ px: 2, pb: 1, textAlign: "center" }}>
        <Link href="#/forgot-password" variant="body2">
          {translate("account.login.forgot")}
        </Link>
      </Box>
      <Box sx={{ display: "flex", justifyContent: "center", pb: 1 }}>
        <LanguageMenu languages={LOCALES} />
      </Box>
    </Login>
  );
};
