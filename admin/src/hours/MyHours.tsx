import { Box, Card, CardContent, Typography } from "@mui/material";
import { AccessDenied, Loading, Title, usePermissions, useTranslate } from "react-admin";
import { canAccess } from "../canAccess";
import type { Permissions } from "../types";
import { AllowanceOverview } from "./AllowanceOverview";
import { HourEntryList } from "./HourEntryList";
import { PaymentDetailsCard } from "./PaymentDetailsCard";
import { WeekHours } from "./WeekHours";

/** "Mijn uren": declare the week, follow the entries, see the allowance and set the IBAN. */
export const MyHours = () => {
  const { permissions, isPending } = usePermissions<Permissions | null>();
  const translate = useTranslate();
  if (isPending) return <Loading />;
  if (!canAccess(permissions?.role, "show", "myHours")) return <AccessDenied />;
  const keyPersonId = permissions?.keyPersonId;
  return (
    <Box sx={{ display: "flex", flexDirection: "column", gap: 2, mt: 2 }}>
      <Title title="compensation.myHours.title" />
      {!keyPersonId ? (
        <Card>
          <CardContent>{translate("compensation.myHours.missing")}</CardContent>
        </Card>
      ) : (
        <>
          <WeekHours />
          <Box>
            <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
              {translate("compensation.entries.title")}
            </Typography>
            <HourEntryList />
          </Box>
          <Box sx={{ display: "grid", gridTemplateColumns: { xs: "1fr", lg: "3fr 2fr" }, gap: 2, alignItems: "start" }}>
            <AllowanceOverview keyPersonId={keyPersonId} />
            <PaymentDetailsCard keyPersonId={keyPersonId} />
          </Box>
        </>
      )}
    </Box>
  );
};
