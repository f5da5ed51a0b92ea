import { Card, CardActionArea, CardContent, Stack, Typography } from "@mui/material";
import type { ComponentType } from "react";
import { LinkBase, useGetList, useTranslate } from "react-admin";

interface StatCardProps {
  resource: string;
  filter?: Record<string, unknown>;
  title: string;
  icon: ComponentType<{ fontSize?: "large"; color?: "primary" | "warning" }>;
  warn?: boolean;
}

/** A count of one resource (the `total` of a one-row page) that opens the filtered list. */
export const StatCard = ({ resource, filter = {}, title, icon: Icon, warn = false }: StatCardProps) => {
  const translate = useTranslate();
  const { total, isPending } = useGetList(resource, { pagination: { page: 1, perPage: 1 }, filter });
  const to = `/${resource}?filter=${encodeURIComponent(JSON.stringify(filter))}`;
  return (
    <Card variant="outlined" sx={{ flex: "1 1 160px" }}>
      <CardActionArea component={LinkBase} to={to}>
        <CardContent>
          <Stack direction="row" sx={{ alignItems: "center", justifyContent: "space-between" }}>
            <Icon fontSize="large" color={warn && total ? "warning" : "primary"} />
            <Stack sx={{ alignItems: "flex-end" }}>
              <Typography variant="body2" color="text.secondary">
                {translate(title)}
              </Typography>
              <Typography variant="h4" component="p">
                {isPending ? "…" : (total ?? "–")}
              </Typography>
            </Stack>
          </Stack>
        </CardContent>
      </CardActionArea>
    </Card>
  );
};
