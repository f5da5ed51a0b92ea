import { Box, Card, CardContent } from "@mui/material";
import { AccessDenied, Loading, Title, usePermissions, useTranslate } from "react-admin";
import { SectionCard } from "../common/SectionCard";
import { canAccess } from "../canAccess";
import type { Permissions } from "../types";
import { CheckInForm } from "./CheckInForm";
import { ProqolSelfCheck } from "./Proqol";
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
          <SectionCard title="oversight.proqol.title" help="oversight.proqol.help">
            <ProqolSelfCheck keyPersonId={keyPersonId} />
          </SectionCard>
          <SectionCard title="oversight.supervision.title" help="oversight.supervision.ownHelp">
            <SupervisionSessions keyPersonId={keyPersonId} />
          </SectionCard>
        </>
      )}
    </Box>
  );
};
