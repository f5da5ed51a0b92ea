import FactCheckIcon from "@mui/icons-material/FactCheck";
import { Button, Card, CardActions, CardContent, Stack, Typography } from "@mui/material";
import { LinkBase, useGetList, useTranslate } from "react-admin";

const TO_REVIEW = { toReview: true, status: "SUBMITTED" };

/** A funder's home: how many hours and claims wait for their review. */
export const ReviewSummary = () => {
  const translate = useTranslate();
  const hours = useGetList("hourEntries", { pagination: { page: 1, perPage: 1 }, filter: TO_REVIEW }).total ?? 0;
  const claims = useGetList("expenseClaims", { pagination: { page: 1, perPage: 1 }, filter: TO_REVIEW }).total ?? 0;
  return (
    <Card variant="outlined">
      <CardContent>
        <Stack direction="row" sx={{ alignItems: "center", gap: 1, mb: 1 }}>
          <FactCheckIcon color={hours + claims > 0 ? "warning" : "primary"} />
          <Typography variant="h6" component="h2">
            {translate("compensation.summary.title")}
          </Typography>
        </Stack>
        <Typography variant="body1">
          {translate("compensation.summary.hours", { smart_count: hours })} · {translate("compensation.summary.claims", { smart_count: claims })}
        </Typography>
      </CardContent>
      <CardActions sx={{ px: 2, pb: 2 }}>
        <Button component={LinkBase} to="/review" variant="contained">
          {translate("compensation.summary.open")}
        </Button>
      </CardActions>
    </Card>
  );
};
