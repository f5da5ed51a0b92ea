import AccessTimeIcon from "@mui/icons-material/AccessTime";
import FavoriteIcon from "@mui/icons-material/Favorite";
import ReceiptLongIcon from "@mui/icons-material/ReceiptLong";
import { Alert, Button, Card, CardActions, CardContent, Stack, Typography } from "@mui/material";
import { LinkBase, RecordContextProvider, useGetOne, useTranslate } from "react-admin";
import { ConfirmProfileButton } from "../keyPersons/ConfirmProfileButton";
import type { KeyPersonRecord } from "../types";

/**
 * A key person's home: confirm a stale profile, the monthly check-in, and the way to
 * hours and claims. Reads the profile (status fields only, no wellbeing answers).
 */
export const KeyPersonPrompts = ({ keyPersonId }: { keyPersonId: string }) => {
  const translate = useTranslate();
  const { data: record } = useGetOne<KeyPersonRecord>("keyPersons", { id: keyPersonId });
  return (
    <Stack sx={{ gap: 2 }}>
      {record?.stale && (
        <RecordContextProvider value={record}>
          <Alert severity="warning" action={<ConfirmProfileButton />} sx={{ alignItems: "center" }}>
            {translate("app.keyPersons.staleWarning")}
          </Alert>
        </RecordContextProvider>
      )}
      <Card variant="outlined">
        <CardContent>
          <Stack direction="row" sx={{ alignItems: "center", gap: 1 }}>
            <FavoriteIcon color={record?.wellbeingStatus === "UNKNOWN" ? "warning" : "primary"} />
            <Typography variant="body1">{translate("oversight.checkIn.prompt")}</Typography>
          </Stack>
        </CardContent>
        <CardActions sx={{ px: 2, pb: 2, gap: 1, flexWrap: "wrap" }}>
          <Button component={LinkBase} to="/my-wellbeing" variant="contained">
            {translate("oversight.checkIn.open")}
          </Button>
          <Button component={LinkBase} to="/my-hours" startIcon={<AccessTimeIcon />}>
            {translate("compensation.menu.myHours")}
          </Button>
          <Button component={LinkBase} to="/my-claims" startIcon={<ReceiptLongIcon />}>
            {translate("compensation.menu.myClaims")}
          </Button>
        </CardActions>
      </Card>
    </Stack>
  );
};
