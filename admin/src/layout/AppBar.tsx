import KeyIcon from "@mui/icons-material/Key";
import { Box, Typography, useMediaQuery, type Theme } from "@mui/material";
import { LoadingIndicator, AppBar as RaAppBar, TitlePortal, useTranslate } from "react-admin";
import { AccountMenu } from "../account/AccountMenu";
import { LOCALES } from "../i18n";
import { LanguageMenu } from "./LanguageMenu";

const Brand = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ display: "flex", alignItems: "center", gap: 1, mr: 3 }}>
      <KeyIcon sx={{ transform: "rotate(-45deg)" }} />
      <Typography variant="h6" component="span" sx={{ fontWeight: 700, letterSpacing: 0.3 }}>
        {translate("app.title")}
      </Typography>
    </Box>
  );
};

// On a phone the page title needs the room: "NL"/"EN" instead of the language names.
const SHORT_LOCALES = LOCALES.map(({ locale }) => ({ locale, name: locale.toUpperCase() }));

const Toolbar = ({ isSmall }: { isSmall: boolean }) => (
  <>
    <LanguageMenu languages={isSmall ? SHORT_LOCALES : LOCALES} />
    <LoadingIndicator />
  </>
);

export const AppBar = () => {
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down("sm"));
  return (
    <RaAppBar color="primary" toolbar={<Toolbar isSmall={isSmall} />} userMenu={<AccountMenu />}>
      {!isSmall && <Brand />}
      <TitlePortal variant="body1" sx={{ opacity: 0.9 }} />
    </RaAppBar>
  );
};
