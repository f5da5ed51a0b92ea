import { Box, Card, CardContent, Typography } from "@mui/material";
import { AccessDenied, Loading, Title, usePermissions, useTranslate } from "react-admin";
import { canAccess } from "../canAccess";
import type { Permissions } from "../types";
import { CheckInForm } from "./CheckInForm";
import { SupervisionSessions } from "./SupervisionSessions";

/** "Mijn welzijn": the monthly check-in, and the intervision the key person took part in. */
export const MyWellbeing = () => {
  const { permissions, isPending } = usePermissions<Permissions | null>();
  const translate = useTranslate();
  if (isPending) return <Loading />;
  if (!canAccess(permissions?.role, "show", "myWellbeing")) return <AccessDenied />;
  const keyPersonId = permissions?.keyPersonId;
  return (
    <Box sx={{ display: "flex", flexDirection: "column", gap: 2, mt: 2 }}>
      <Title title="oversight.checkIn.title" />
      {!keyPersonId ? (
        <Card>
          <CardContent>{translate("compensation.myHours.missing")}</CardContent>
        </Card>
      ) : (
        <>
          <CheckInForm />
          <Card>
            <CardContent>
              <Typography variant="h6" component="h2" gutterBottom>
                {translate("oversight.supervision.title")}
              </Typography>
              <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
                {translate("oversight.supervision.ownHelp")}
              </Typography>
              <SupervisionSessions keyPersonId={keyPersonId} />
            </CardContent>
          </Card>
        </>
      )}
    </Box>
  );
};
