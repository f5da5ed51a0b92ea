import { defaultTheme, type RaThemeOptions } from "react-admin";
import { i18nProvider } from "../i18n";

// Petrol blue with a warm orange accent: calm, readable, and far from the alarm red
// that this subject does not need.
export const theme: RaThemeOptions = {
  ...defaultTheme,
  palette: {
    primary: { main: "#0b5c7a", light: "#3f89a6", dark: "#063e53", contrastText: "#ffffff" },
    secondary: { main: "#e07a2f", contrastText: "#ffffff" },
    background: { default: "#f4f6f8" },
  },
  shape: { borderRadius: 8 },
  typography: {
    fontFamily: ["Inter", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"].join(","),
  },
  sidebar: { width: 200 },
  components: {
    ...defaultTheme.components,
    // react-admin's pagination on a phone leaves MUI's English button labels ("Go to
    // previous page"); these are its own translated ones, in the current language.
    MuiTablePagination: {
      defaultProps: {
        getItemAriaLabel: (type: "first" | "last" | "next" | "previous") => i18nProvider.translate(`ra.navigation.${type}`),
      },
    },
    // A long name on a chip (an expertise such as "Seksuele oriëntatie, genderidentiteit,
    // …") wraps inside the screen instead of making a phone's page scroll sideways.
    MuiChip: {
      styleOverrides: {
        root: { maxWidth: "100%", height: "auto" },
        sizeSmall: { minHeight: 24 },
        sizeMedium: { minHeight: 32 },
        label: { whiteSpace: "normal", overflowWrap: "anywhere" },
      },
    },
    RaDatagrid: {
      styleOverrides: {
        root: {
          "& .RaDatagrid-headerCell": { fontWeight: 600, backgroundColor: "#eef3f6" },
        },
      },
    },
  },
};
