import { Alert, AlertTitle, Button, Stack } from "@mui/material";
import { LinkBase, useGetList, usePermissions, useTranslate } from "react-admin";
import { canAccess } from "../canAccess";
import type { Permissions } from "../types";

/**
 * What approving a volunteer's allowance will do in a year whose figures are not final,
 * said exactly (issue 15, point 11):
 * - no figures at all: approving those hours is refused (NO_YEAR_FIGURES) until the
 *   national coordinator enters them;
 * - provisional figures (copied from an earlier year): approving works and uses them.
 * A year with final figures says nothing. `years`: the years this page is about (the
 * review page: the years of the hours waiting there); without it, this year (and next, in
 * December) as the server counts them (compensationRulesMissing, coordinators).
 */
export const CompensationRulesWarning = ({ years }: { years?: number[] }) => {
  const translate = useTranslate();
  const { permissions } = usePermissions<Permissions | null>();
  const { data: missing } = useGetList<{ id: number; year: number }>(
    "compensationRulesMissing",
    { pagination: { page: 1, perPage: 10 } },
    { enabled: years === undefined },
  );
  const { data: rules } = useGetList<{ id: number; year: number; provisional: boolean }>("compensationRules", { pagination: { page: 1, perPage: 100 } });
  const considered = [...new Set(years ?? missing?.map((m) => m.year) ?? [])].sort();
  if (!rules || considered.length === 0) return null;
  const absent = considered.filter((year) => !rules.some((r) => r.year === year));
  const provisional = considered.filter((year) => rules.some((r) => r.year === year && r.provisional));
  if (absent.length === 0 && provisional.length === 0) return null;
  const mayEnter = canAccess(permissions?.role, "create", "compensationRules");
  const enter = (year: number, edit: boolean) =>
    mayEnter ? (
      <Button color="inherit" size="small" component={LinkBase} to={edit ? `/compensationRules/${year}` : `/compensationRules/create?year=${year}`}>
        {translate("compensation.missing.action")}
      </Button>
    ) : undefined;
  const list = (items: number[]) => items.join(", ");
  return (
    <Stack sx={{ gap: 1 }}>
      {absent.length > 0 && (
        <Alert severity="warning" role="alert" data-testid="rules-absent" action={enter(absent[0], false)}>
          <AlertTitle>{translate("compensation.missing.title", { years: list(absent) })}</AlertTitle>
          {translate("compensation.missing.message", { years: list(absent) })}
        </Alert>
      )}
      {provisional.length > 0 && (
        <Alert severity="info" data-testid="rules-provisional" action={enter(provisional[0], true)}>
          <AlertTitle>{translate("compensation.missing.provisionalTitle", { years: list(provisional) })}</AlertTitle>
          {translate("compensation.missing.provisionalMessage", { years: list(provisional) })}
        </Alert>
      )}
    </Stack>
  );
};
