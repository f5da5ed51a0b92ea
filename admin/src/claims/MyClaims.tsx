import { Box, Card, CardContent, Typography } from "@mui/material";
import { AccessDenied, Loading, Title, usePermissions, useTranslate } from "react-admin";
import { canAccess } from "../canAccess";
import type { Permissions } from "../types";
import { ClaimForm } from "./ClaimForm";
import { ClaimList } from "./ClaimList";

/** "Mijn declaraties": a new expense claim, and the claims sent before. */
export const MyClaims = () => {
  const { permissions, isPending } = usePermissions<Permissions | null>();
  const translate = useTranslate();
  if (isPending) return <Loading />;
  if (!canAccess(permissions?.role, "show", "myClaims")) return <AccessDenied />;
  const keyPersonId = permissions?.keyPersonId;
  return (
    <Box sx={{ display: "flex", flexDirection: "column", gap: 2, mt: 2 }}>
      <Title title="compensation.claims.title" />
      {!keyPersonId ? (
        <Card>
          <CardContent>{translate("compensation.myHours.missing")}</CardContent>
        </Card>
      ) : (
        <>
          <ClaimForm keyPersonId={keyPersonId} />
          <Box>
            <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
              {translate("compensation.claims.listTitle")}
            </Typography>
            <ClaimList />
          </Box>
        </>
      )}
    </Box>
  );
};
