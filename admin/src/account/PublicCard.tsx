import LockResetIcon from "@mui/icons-material/LockReset";
import { Avatar, Box, Card, CardContent, Typography } from "@mui/material";
import type { FormEvent, ReactNode } from "react";

/** A page without login (forgotten password, reset link): one card in the middle, like the login page. */
export const PublicCard = ({
  title,
  intro,
  onSubmit,
  children,
}: {
  title: string;
  intro: string;
  onSubmit: (event: FormEvent) => void;
  children: ReactNode;
}) => (
  <Box sx={{ minHeight: "100vh", display: "flex", alignItems: "center", justifyContent: "center", bgcolor: "background.default", p: 2 }}>
    <Card sx={{ maxWidth: 420, width: "100%" }} component="form" onSubmit={onSubmit} noValidate>
      <CardContent sx={{ display: "flex", flexDirection: "column", gap: 2 }}>
        <Avatar sx={{ bgcolor: "secondary.main", alignSelf: "center" }}>
          <LockResetIcon />
        </Avatar>
        <Typography variant="h5" component="h1" align="center">
          {title}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {intro}
        </Typography>
        {children}
      </CardContent>
    </Card>
  </Box>
);
