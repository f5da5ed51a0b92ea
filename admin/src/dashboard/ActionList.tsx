import { Alert, Box, Card, CardContent, Chip, CircularProgress, Link, Tab, TablePagination, Tabs, Typography, type ChipProps } from "@mui/material";
import { useState } from "react";
import { LinkBase, useGetList, useTranslate } from "react-admin";
import { SimpleTable } from "../common/SimpleTable";
import { useDisplayLocale } from "../common/useLocalizedName";
import { wordReason, type ReasonLike } from "../common/wordReason";
import { firstKindWithItems, type ActionCount, type ActionItem } from "./actions";

const COLOURS: Record<string, ChipProps["color"]> = {
  RED: "error",
  CONTACT_REQUESTED: "error",
  SUPERVISION_OVERDUE: "warning",
  SUPERVISION_DUE: "info",
  STALE: "default",
};

const PER_PAGE = 10;

/**
 * Who needs a coordinator now, a kind at a time: asked for contact, red, supervision
 * overdue or due, profile out of date. The tabs show the counts per kind (from the
 * dashboard); the list is paged by the server (oversightActions), ten at a time.
 */
export const ActionList = ({ counts }: { counts: ActionCount[] }) => {
  const translate = useTranslate();
  const locale = useDisplayLocale();
  const [chosen, setChosen] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const kind = chosen ?? firstKindWithItems(counts);
  const { data, total, meta, isPending, error } = useGetList<ActionItem & { id: string }>(
    "oversightActions",
    { filter: { kind }, pagination: { page, perPage: PER_PAGE }, sort: { field: "id", order: "ASC" } },
    { enabled: kind !== null },
  );
  // The counts that came with the page are the freshest; the dashboard's until then.
  const shownCounts = (meta as { counts?: ActionCount[] } | undefined)?.counts ?? counts;
  const reason = (reasons: ReasonLike[]) => reasons.map((r) => wordReason(r, { translate, locale }) ?? r.code).join("; ");
  const label = (k: string) => translate(`oversight.enums.action.${k}`, { _: k });
  return (
    <Card>
      <CardContent>
        <Typography variant="h6" component="h2">
          {translate("oversight.dashboard.actionsTitle")}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate("oversight.dashboard.actionsHelp")}
        </Typography>
        {kind === null ? (
          <Typography variant="body2">{translate("oversight.dashboard.actionsEmpty")}</Typography>
        ) : (
          <>
            <Tabs
              value={kind}
              onChange={(_event, next: string) => {
                setChosen(next);
                setPage(1);
              }}
              variant="scrollable"
              scrollButtons="auto"
              aria-label={translate("oversight.dashboard.actionKinds")}
              data-testid="action-kinds"
            >
              {shownCounts.map((c) => (
                <Tab
                  key={c.kind}
                  value={c.kind}
                  data-kind={c.kind}
                  label={
                    <Box sx={{ display: "flex", alignItems: "center", gap: 0.75 }}>
                      {label(c.kind)}
                      <Chip
                        size="small"
                        color={c.count > 0 ? (COLOURS[c.kind] ?? "default") : "default"}
                        variant={c.kind === "STALE" || c.count === 0 ? "outlined" : "filled"}
                        label={c.count.toLocaleString(locale)}
                      />
                    </Box>
                  }
                />
              ))}
            </Tabs>
            {error ? (
              <Alert severity="error">{(error as Error).message}</Alert>
            ) : isPending ? (
              <CircularProgress size={24} sx={{ m: 2 }} />
            ) : (data ?? []).length === 0 ? (
              <Typography variant="body2" sx={{ mt: 1 }}>
                {translate("oversight.dashboard.actionsNoneOfKind", { kind: label(kind) })}
              </Typography>
            ) : (
              <SimpleTable
                scroll
                aria-label={translate("oversight.dashboard.actionsTitle")}
                data-testid="action-list"
                rows={data ?? []}
                rowKey={(row) => row.id}
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
                    label: "oversight.dashboard.detail",
                    cell: (row) => <Typography variant="body2">{reason(row.reasons)}</Typography>,
                  },
                ]}
              />
            )}
            {(total ?? 0) > PER_PAGE && (
              <TablePagination
                component="div"
                count={total ?? 0}
                page={page - 1}
                rowsPerPage={PER_PAGE}
                rowsPerPageOptions={[PER_PAGE]}
                onPageChange={(_event, next) => setPage(next + 1)}
                labelDisplayedRows={({ from, to, count }) =>
                  translate("ra.navigation.page_range_info", {
                    offsetBegin: from.toLocaleString(locale),
                    offsetEnd: to.toLocaleString(locale),
                    total: count.toLocaleString(locale),
                  })
                }
                getItemAriaLabel={(type) => translate(`ra.navigation.${type}`, { _: type })}
                data-testid="action-pages"
              />
            )}
          </>
        )}
      </CardContent>
    </Card>
  );
};
