import { Alert, Card, CardContent, Table, TableBody, TableCell, TableHead, TableRow, Typography } from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import { useTranslate } from "react-admin";
import { graphqlRequest } from "../dataProvider/graphqlClient";
import { FEEDBACK_SUMMARY } from "../dataProvider/voice";
import { useDisplayLocale } from "../common/useLocalizedName";

/** Newcomers' answers for a key person (their own without an id): counts only from the minimum number of answers up. */
export const FeedbackSummaryCard = ({ keyPersonId }: { keyPersonId?: string }) => {
  const translate = useTranslate();
  const locale = useDisplayLocale();
  const { data } = useQuery({
    queryKey: ["feedbackSummary", keyPersonId ?? "mine"],
    queryFn: () => graphqlRequest(FEEDBACK_SUMMARY, { keyPersonId: keyPersonId ?? null }),
  });
  const summary = data?.feedbackSummary;
  if (!summary) return null;
  return (
    <Card variant="outlined" data-testid="feedback-summary">
      <CardContent>
        <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
          {translate("voice.feedback.summaryTitle")}
        </Typography>
        {!summary.enough ? (
          <Alert severity="info">{translate("voice.feedback.notEnough", { minimum: summary.minimum })}</Alert>
        ) : (
          <>
            <Typography variant="body2" sx={{ mb: 1 }}>
              {translate("voice.feedback.answers", { smart_count: summary.answers ?? 0 })}
            </Typography>
            <Table size="small">
              <TableHead>
                <TableRow>
                  <TableCell />
                  <TableCell align="right">{translate("voice.feedback.yes")}</TableCell>
                  <TableCell align="right">{translate("voice.feedback.partly")}</TableCell>
                  <TableCell align="right">{translate("voice.feedback.no")}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {summary.questions.map((row) => (
                  <TableRow key={row.question}>
                    <TableCell>{translate(`voice.question.${row.question}`)}</TableCell>
                    <TableCell align="right">{row.yes}</TableCell>
                    <TableCell align="right">{row.partly}</TableCell>
                    <TableCell align="right">{row.no}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </>
        )}
        {summary.ratings !== null && summary.ratings !== undefined && summary.ratings > 0 && summary.averageRating !== null && (
          <Typography variant="body2" sx={{ mt: 1 }}>
            {translate("voice.feedback.ratings", {
              smart_count: summary.ratings,
              average: summary.averageRating?.toLocaleString(locale, { maximumFractionDigits: 1 }),
            })}
          </Typography>
        )}
      </CardContent>
    </Card>
  );
};
