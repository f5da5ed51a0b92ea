import ExpandMoreIcon from "@mui/icons-material/ExpandMore";
import TranslateIcon from "@mui/icons-material/Translate";
import { Button, Menu, MenuItem } from "@mui/material";
import { useState } from "react";
import { useLocaleState } from "react-admin";

/**
 * The language switcher. react-admin's LocalesMenuButton gives its button aria-label="",
 * which hides what it is from screen readers; this one is named in both languages, so
 * someone who cannot read the current one still finds it.
 */
export const LanguageMenu = ({ languages }: { languages: { locale: string; name: string }[] }) => {
  const [locale, setLocale] = useLocaleState();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const current = languages.find((language) => language.locale === locale)?.name ?? locale;
  return (
    <>
      <Button
        color="inherit"
        variant="text"
        aria-label={`Taal / Language: ${current}`}
        aria-controls="language-menu"
        aria-haspopup="true"
        aria-expanded={anchor ? "true" : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
        startIcon={<TranslateIcon />}
        endIcon={<ExpandMoreIcon fontSize="small" />}
      >
        {current}
      </Button>
      <Menu id="language-menu" anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {languages.map((language) => (
          <MenuItem
            key={language.locale}
            lang={language.locale}
            selected={language.locale === locale}
            onClick={() => {
              setLocale(language.locale);
              setAnchor(null);
            }}
          >
            {language.name}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
};
