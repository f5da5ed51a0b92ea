import { Alert, AlertTitle, Button } from "@mui/material";
import { LinkBase, useGetList, usePermissions, useTranslate } from "react-admin";
import { canAccess } from "../canAccess";
import type { Permissions } from "../types";

/** Coordinators: this year (and next, in December) has no final allowance figures, so approvals will be refused. */
export const CompensationRulesWarning = () => {
  const translate = useTranslate();
  const { permissions } = usePermissions<Permissions | null>();
  const { data: missing } = useGetList<{ id: number; year: number }>("compensationRulesMissing", { pagination: { page: 1, perPage: 10 } });
  if (!missing?.length) return null;
  const years = missing.map((m) => m.year);
  const mayEnter = canAccess(permissions?.role, "create", "compensationRules");
  return (
    <Alert
      severity="warning"
      role="alert"
      action={
        mayEnter ? (
          <Button color="inherit" size="small" component={LinkBase} to={`/compensationRules/create?year=${years[0]}`}>
            {translate("compensation.missing.action")}
          </Button>
        ) : undefined
      }
    >
      <AlertTitle>{translate("compensation.missing.title")}</AlertTitle>
      {translate("compensation.missing.message", { years: years.join(", ") })}
    </Alert>
  );
};
