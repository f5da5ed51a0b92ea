import {
  Alert,
  Box,
  Button,
  Chip,
  FormControlLabel,
  Radio,
  RadioGroup,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from "@mui/material";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useNotify, useTranslate } from "react-admin";
import { graphql } from "../gql";
import type { ProqolLevel } from "../gql/graphql";
import { graphqlRequest } from "../dataProvider/graphqlClient";
import { useServerAction } from "../common/useServerAction";
import { useFormatDateTime } from "../matchRequests/common";

// The ProQOL 5 (Professional Quality of Life Scale, © B. Hudnall Stamm): an optional
// quarterly self-check beside the monthly check-in. Its 30 items are shown unchanged, in
// English (no official Dutch version is shipped), with the credit its owner asks for.

const FORM = graphql(`
  query ProqolFormPage {
    proqolForm {
      instruction
      answerLabels
      credit
      intervalDays
      items {
        number
        text
      }
    }
  }
`);

const RESPONSES = graphql(`
  query ProqolResponsesOf($keyPersonId: ID!) {
    proqolResponses(keyPersonId: $keyPersonId, limit: 8) {
      id
      answeredAt
      compassionSatisfaction
      compassionSatisfactionLevel
      burnout
      burnoutLevel
      secondaryTraumaticStress
      secondaryTraumaticStressLevel
    }
  }
`);

const SUBMIT = graphql(`
  mutation SubmitProqol($input: ProqolInput!) {
    submitProqol(input: $input) {
      id
    }
  }
`);

const LEVEL_COLOURS: Record<ProqolLevel, "success" | "warning" | "error" | "default"> = { LOW: "default", MODERATE: "warning", HIGH: "error" };

const Level = ({ level, good }: { level: ProqolLevel; good?: boolean }) => {
  const translate = useTranslate();
  const colour = good ? (level === "HIGH" ? "success" : level === "LOW" ? "warning" : "default") : LEVEL_COLOURS[level];
  return <Chip size="small" color={colour} label={translate(`oversight.proqol.level.${level}`)} />;
};

/** The scores of the last self-checks: for the key person and the coordinators (the server audits the read). */
export const ProqolResults = ({ keyPersonId }: { keyPersonId: string }) => {
  const translate = useTranslate();
  const formatDateTime = useFormatDateTime();
  const { data } = useQuery({ queryKey: ["proqolResponses", keyPersonId], queryFn: () => graphqlRequest(RESPONSES, { keyPersonId }) });
  const rows = data?.proqolResponses ?? [];
  if (rows.length === 0) return <Typography variant="body2">{translate("oversight.proqol.none")}</Typography>;
  return (
    <Box sx={{ overflowX: "auto" }}>
      <Table size="small" data-testid="proqol-results">
        <TableHead>
          <TableRow>
            <TableCell>{translate("oversight.proqol.answeredAt")}</TableCell>
            <TableCell>{translate("oversight.proqol.cs")}</TableCell>
            <TableCell>{translate("oversight.proqol.bo")}</TableCell>
            <TableCell>{translate("oversight.proqol.sts")}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.id}>
              <TableCell>{formatDateTime(row.answeredAt)}</TableCell>
              <TableCell>
                {row.compassionSatisfaction} <Level level={row.compassionSatisfactionLevel} good />
              </TableCell>
              <TableCell>
                {row.burnout} <Level level={row.burnoutLevel} />
              </TableCell>
              <TableCell>
                {row.secondaryTraumaticStress} <Level level={row.secondaryTraumaticStressLevel} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};

/** The key person's own self-check: the 30 items, then their scores. */
export const ProqolSelfCheck = ({ keyPersonId }: { keyPersonId: string }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const { run, busy, error } = useServerAction();
  const { data } = useQuery({ queryKey: ["proqolForm"], queryFn: () => graphqlRequest(FORM, {}) });
  const [open, setOpen] = useState(false);
  const [answers, setAnswers] = useState<Record<number, number>>({});
  const form = data?.proqolForm;
  if (!form) return null;
  const complete = form.items.every((item) => answers[item.number]);
  const submit = async () => {
    const done = await run(async () => {
      await graphqlRequest(SUBMIT, { input: { answers: form.items.map((item) => answers[item.number]) } });
    });
    if (done) {
      notify("oversight.proqol.saved", { type: "info" });
      setOpen(false);
      setAnswers({});
      await queryClient.invalidateQueries({ queryKey: ["proqolResponses", keyPersonId] });
    }
  };
  return (
    <Stack sx={{ gap: 2 }} data-testid="proqol">
      <ProqolResults keyPersonId={keyPersonId} />
      {!open ? (
        <Box>
          <Button variant="outlined" onClick={() => setOpen(true)}>
            {translate("oversight.proqol.start")}
          </Button>
        </Box>
      ) : (
        <Stack sx={{ gap: 1.5 }}>
          <Alert severity="info">{translate("oversight.proqol.englishOnly")}</Alert>
          <Typography variant="body2" lang="en">
            {form.instruction}
          </Typography>
          {form.items.map((item) => (
            <Box key={item.number} component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
              <Typography component="legend" variant="body2" lang="en" sx={{ fontWeight: 600 }}>
                {item.number}. {item.text}
              </Typography>
              <RadioGroup
                row
                name={`item-${item.number}`}
                value={answers[item.number] ?? ""}
                onChange={(event) => setAnswers((current) => ({ ...current, [item.number]: Number(event.target.value) }))}
              >
                {form.answerLabels.map((label, index) => (
                  <FormControlLabel key={label} value={index + 1} control={<Radio size="small" />} label={<span lang="en">{`${index + 1} ${label}`}</span>} />
                ))}
              </RadioGroup>
            </Box>
          ))}
          {error && <Alert severity="error">{error}</Alert>}
          <Box>
            <Button variant="contained" disabled={busy || !complete} onClick={submit}>
              {translate("oversight.proqol.submit")}
            </Button>
          </Box>
        </Stack>
      )}
      <Typography variant="caption" color="text.secondary" lang="en">
        {form.credit}
      </Typography>
    </Stack>
  );
};
