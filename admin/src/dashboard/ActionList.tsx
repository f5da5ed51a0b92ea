import { Button, Card, CardContent, Chip, Link, Stack, Typography, type ChipProps } from "@mui/material";
import { useState } from "react";
import { LinkBase, useTranslate } from "react-admin";
import { SimpleTable } from "../common/SimpleTable";
import { useDisplayLocale } from "../common/useLocalizedName";
import { wordReason, type ReasonLike } from "../common/wordReason";
import { distinctReasons, groupActions, type ActionItem } from "./actions";

const COLOURS: Record<string, ChipProps["color"]> = {
  RED: "error",
  CONTACT_REQUESTED: "error",
  SUPERVISION_OVERDUE: "warning",
  SUPERVISION_DUE: "info",
  STALE: "default",
};

const FIRST = 10;

/** Who needs a coordinator now: red, asked for contact, supervision overdue or due, profile out of date. */
export const ActionList = ({ actions }: { actions: ActionItem[] }) => {
  const translate = useTranslate();
  const locale = useDisplayLocale();
  const [all, setAll] = useState(false);
  const rows = groupActions(actions);
  const shown = all ? rows : rows.slice(0, FIRST);
  const reason = (reasons: ReasonLike[]) => reasons.map((r) => wordReason(r, { translate, locale }) ?? r.code).join("; ");
  return (
    <Card>
      <CardContent>
        <Typography variant="h6" component="h2">
          {translate("oversight.dashboard.actionsTitle")}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate("oversight.dashboard.actionsHelp")}
        </Typography>
        {rows.length === 0 ? (
          <Typography variant="body2">{translate("oversight.dashboard.actionsEmpty")}</Typography>
        ) : (
          <SimpleTable
            scroll
            aria-label={translate("oversight.dashboard.actionsTitle")}
            data-testid="action-list"
            rows={shown}
            rowKey={(row) => row.keyPerson.id}
            columns={[
              {
                label: "oversight.dashboard.person",
                sx: () => ({ whiteSpace: "nowrap" }),
                cell: (row) => (
                  <>
                    <Link component={LinkBase} to={`/keyPersons/${row.keyPerson.id}/show`} sx={{ fontWeight: 600 }}>
                      {row.keyPerson.displayName}
                    </Link>
                    {row.keyPerson.homeMunicipality && (
                      <Typography variant="caption" color="text.secondary" component="div">
                        {row.keyPerson.homeMunicipality.name}
                      </Typography>
                    )}
                  </>
                ),
              },
              {
                label: "oversight.dashboard.kind",
                cell: (row) => (
                  <Stack direction="row" sx={{ gap: 0.5, flexWrap: "wrap" }}>
                    {row.items.map((item) => (
                      <Chip
                        key={item.kind}
                        size="small"
                        color={COLOURS[item.kind] ?? "default"}
                        variant={item.kind === "STALE" ? "outlined" : "filled"}
                        label={translate(`oversight.enums.action.${item.kind}`, { _: item.kind })}
                      />
                    ))}
                  </Stack>
                ),
              },
              {
                label: "oversight.dashboard.detail",
                cell: (row) =>
                  distinctReasons(row.items).map((item) => (
                    <Typography key={item.kind} variant="body2">
                      {reason(item.reasons)}
                    </Typography>
                  )),
              },
            ]}
          />
        )}
        {rows.length > FIRST && (
          <Button size="small" onClick={() => setAll(!all)} sx={{ mt: 1 }}>
            {all ? translate("oversight.dashboard.showFewer") : translate("oversight.dashboard.showAll", { smart_count: rows.length })}
          </Button>
        )}
      </CardContent>
    </Card>
  );
};
