import DownloadIcon from "@mui/icons-material/Download";
import { Alert, Button, Card, CardContent, MenuItem, Stack, TextField, Typography } from "@mui/material";
import { useState } from "react";
import { useLocaleState, useTranslate } from "react-admin";
import { graphql } from "../gql";
import { graphqlRequest } from "../dataProvider/graphqlClient";
import { saveFile } from "../common/download";
import { useServerAction } from "../common/useServerAction";

// The yearly statement of recognition: qualifications, group activities attended and hours,
// as a PDF in the console's language. The key person's own; coordinators' for anyone in scope.

const STATEMENT = graphql(`
  query RecognitionStatementOf($keyPersonId: ID!, $year: Int!, $locale: String!) {
    recognitionStatement(keyPersonId: $keyPersonId, year: $year, locale: $locale) {
      base64
      contentType
      fileName
    }
  }
`);

const decode = (base64: string): Uint8Array<ArrayBuffer> => {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
};

export const RecognitionCard = ({ keyPersonId }: { keyPersonId: string }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { run, busy, error } = useServerAction();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const download = () =>
    run(async () => {
      const { recognitionStatement } = await graphqlRequest(STATEMENT, { keyPersonId, year, locale: locale === "en" ? "en" : "nl" });
      saveFile([decode(recognitionStatement.base64)], recognitionStatement.contentType, recognitionStatement.fileName);
    });
  return (
    <Card variant="outlined" data-testid="recognition">
      <CardContent>
        <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
          {translate("oversight.recognition.title")}
        </Typography>
        <Typography variant="body2" sx={{ mb: 2 }}>
          {translate("oversight.recognition.explain")}
        </Typography>
        <Stack direction="row" sx={{ gap: 1, alignItems: "center", flexWrap: "wrap" }}>
          <TextField
            select
            size="small"
            name="year"
            label={translate("oversight.recognition.year")}
            value={year}
            onChange={(e) => setYear(Number(e.target.value))}
          >
            {[thisYear, thisYear - 1, thisYear - 2].map((y) => (
              <MenuItem key={y} value={y}>
                {y}
              </MenuItem>
            ))}
          </TextField>
          <Button variant="contained" startIcon={<DownloadIcon />} disabled={busy} onClick={download}>
            {translate("oversight.recognition.download")}
          </Button>
        </Stack>
        {error && (
          <Alert severity="error" sx={{ mt: 1 }}>
            {error}
          </Alert>
        )}
      </CardContent>
    </Card>
  );
};
