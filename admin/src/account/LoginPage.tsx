import { Box, Link } from "@mui/material";
import { Login, LoginForm, useTranslate } from "react-admin";

/** react-admin's login page, with the way to a forgotten password under the form. */
export const LoginPage = () => {
  const translate = useTranslate();
  return (
    <Login>
      <LoginForm />
      <Box sx={{ px: 2, pb: 2, textAlign: "center" }}>
        <Link href="#/forgot-password" variant="body2">
          {translate("account.login.forgot")}
        </Link>
      </Box>
    </Login>
  );
};
