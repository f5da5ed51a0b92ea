import { Box, Typography } from "@mui/material";
import type { ReactNode } from "react";
import { useTranslate } from "react-admin";

/** A titled part of a long form (the title a translation key), with `mb` below it. */
export const FormSection = ({ title, mb = 1, children }: { title: string; mb?: number; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ width: "100%", mb }}>
      <Typography variant="subtitle1" gutterBottom sx={{ fontWeight: 600, color: "primary.main" }}>
        {translate(title)}
      </Typography>
      {children}
    </Box>
  );
};
