import { Card, CardContent, Typography } from "@mui/material";
import type { ReactNode } from "react";
import { useTranslate } from "react-admin";

/** A card of a page: its title, a line saying what it is for (translation keys), then its content. */
export const SectionCard = ({ title, help, children }: { title: string; help: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Card>
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {translate(title)}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {translate(help)}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
};
