import { Typography, useMediaQuery, type Theme } from "@mui/material";
import type { ReactNode } from "react";
import { Datagrid, List, SimpleList, useTranslate, type RaRecord } from "react-admin";

/** "Rejected: the reason" (or just the status): a reviewed record's line on a phone. */
function useReviewLine() {
  const translate = useTranslate();
  return (record: { status: string; reviewReason?: string | null }) =>
    [translate(`compensation.enums.reviewStatus.${record.status}`), record.reviewReason].filter(Boolean).join(": ");
}

/**
 * A key person's own hour entries or claims, ten at a time, with their review status: on a
 * phone a simple list (`primaryText`, `secondaryText`, then the review line), otherwise a
 * table of the `children` columns. Used inside a page, so no title, actions or URL state
 * of its own.
 */
export function OwnReviewedList<T extends RaRecord & { status: string; reviewReason?: string | null }>(props: {
  resource: string;
  storeKey: string;
  empty: string;
  primaryText: (record: T) => string;
  secondaryText: (record: T) => string;
  children: ReactNode;
}) {
  const translate = useTranslate();
  const reviewLine = useReviewLine();
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down("md"));
  return (
    <List
      resource={props.resource}
      title={false}
      disableSyncWithLocation
      storeKey={props.storeKey}
      perPage={10}
      exporter={false}
      actions={false}
      empty={
        <Typography variant="body2" color="text.secondary" sx={{ p: 2 }}>
          {translate(props.empty)}
        </Typography>
      }
      sx={{ "& .RaList-content": { overflowX: "auto" } }}
    >
      {isSmall ? (
        <SimpleList<T> linkType={false} primaryText={props.primaryText} secondaryText={props.secondaryText} tertiaryText={reviewLine} />
      ) : (
        <Datagrid bulkActionButtons={false} rowClick={false}>
          {props.children}
        </Datagrid>
      )}
    </List>
  );
}
