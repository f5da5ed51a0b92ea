import ChevronLeftIcon from "@mui/icons-material/ChevronLeft";
import ChevronRightIcon from "@mui/icons-material/ChevronRight";
import {
  Alert,
  Box,
  Card,
  CardContent,
  CircularProgress,
  IconButton,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableFooter,
  TableHead,
  TableRow,
  Typography,
} from "@mui/material";
import { useState } from "react";
import { useGetOne, useTranslate } from "react-admin";
import { formatEuros, formatHours } from "../compensation/money";
import type { AllowanceOverviewRecord } from "../compensation/types";
import { useDisplayLocale } from "../common/useLocalizedName";

/** Per month of a year: hours declared and approved, the allowance, and the room left under the caps. */
export const AllowanceOverview = ({ keyPersonId }: { keyPersonId: string }) => {
  const translate = useTranslate();
  const locale = useDisplayLocale();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const { data, isPending, error } = useGetOne<AllowanceOverviewRecord>("allowanceOverviews", { id: `${keyPersonId}:${year}` });
  const money = (cents: number | null) => formatEuros(cents, locale);
  const monthName = (month: number) => new Date(year, month - 1, 1).toLocaleDateString(locale, { month: "long" });
  const volunteer = data?.roomCents !== null && data?.roomCents !== undefined;
  const months = data?.months ?? [];
  const sum = (pick: (m: (typeof months)[number]) => number) => months.reduce((total, m) => total + pick(m), 0);

  return (
    <Card>
      <CardContent>
        <Stack direction="row" sx={{ justifyContent: "space-between", alignItems: "center", mb: 1 }}>
          <Typography variant="h6" component="h2">
            {translate("compensation.allowance.title", { year })}
          </Typography>
          <Stack direction="row">
            <IconButton aria-label={translate("compensation.allowance.previousYear")} onClick={() => setYear(year - 1)}>
              <ChevronLeftIcon />
            </IconButton>
            <IconButton aria-label={translate("compensation.allowance.nextYear")} onClick={() => setYear(year + 1)} disabled={year >= thisYear}>
              <ChevronRightIcon />
            </IconButton>
          </Stack>
        </Stack>
        {isPending ? (
          <CircularProgress size={24} />
        ) : error || !data ? (
          <Alert severity="error">{(error as Error | null)?.message ?? ""}</Alert>
        ) : (
          <>
            {data.figures ? (
              <Typography variant="body2" color="text.secondary">
                {translate("compensation.allowance.figures", {
                  rate: money(data.legalHourlyRateCents),
                  month: money(data.figures.monthCapCents),
                  year: money(data.figures.yearCapCents),
                  figuresYear: data.figures.year,
                })}
              </Typography>
            ) : (
              <Alert severity="warning" sx={{ mb: 1 }}>
                {translate("compensation.allowance.noFigures", { year })}
              </Alert>
            )}
            {data.figures?.provisional && (
              <Typography variant="caption" color="text.secondary" component="p">
                {translate("compensation.allowance.provisional")}
              </Typography>
            )}
            {!volunteer && (
              <Alert severity="info" sx={{ my: 1 }}>
                {translate("compensation.allowance.notVolunteer")}
              </Alert>
            )}
            <Box sx={{ overflowX: "auto", mt: 1 }}>
              <Table size="small" aria-label={translate("compensation.allowance.title", { year })}>
                <TableHead>
                  <TableRow>
                    <TableCell>{translate("compensation.allowance.month")}</TableCell>
                    <TableCell align="right">{translate("compensation.allowance.declared")}</TableCell>
                    <TableCell align="right">{translate("compensation.allowance.approved")}</TableCell>
                    {volunteer && <TableCell align="right">{translate("compensation.allowance.allowance")}</TableCell>}
                    {volunteer && <TableCell align="right">{translate("compensation.allowance.room")}</TableCell>}
                  </TableRow>
                </TableHead>
                <TableBody>
                  {months.map((m) => (
                    <TableRow key={m.month} sx={{ opacity: m.hoursDeclared === 0 && m.allowanceCents === 0 ? 0.6 : 1 }}>
                      <TableCell sx={{ textTransform: "capitalize" }}>{monthName(m.month)}</TableCell>
                      <TableCell align="right">{formatHours(m.hoursDeclared, locale)}</TableCell>
                      <TableCell align="right">{formatHours(m.hoursApproved, locale)}</TableCell>
                      {volunteer && <TableCell align="right">{money(m.allowanceCents)}</TableCell>}
                      {volunteer && <TableCell align="right">{money(m.roomCents)}</TableCell>}
                    </TableRow>
                  ))}
                </TableBody>
                <TableFooter>
                  <TableRow>
                    <TableCell>{translate("compensation.allowance.total")}</TableCell>
                    <TableCell align="right">
                      {formatHours(
                        sum((m) => m.hoursDeclared),
                        locale,
                      )}
                    </TableCell>
                    <TableCell align="right">
                      {formatHours(
                        sum((m) => m.hoursApproved),
                        locale,
                      )}
                    </TableCell>
                    {volunteer && <TableCell align="right">{money(data.allowanceCents)}</TableCell>}
                    {volunteer && <TableCell align="right">{money(data.roomCents)}</TableCell>}
                  </TableRow>
                </TableFooter>
              </Table>
            </Box>
            {volunteer && (
              <Typography variant="subtitle2" sx={{ mt: 1 }}>
                {translate("compensation.allowance.yearRoom", { amount: money(data.roomCents) })}
              </Typography>
            )}
          </>
        )}
      </CardContent>
    </Card>
  );
};
