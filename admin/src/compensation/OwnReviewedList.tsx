import { Typography, useMediaQuery, type Theme } from "@mui/material";
import type { ReactElement } from "react";
import { List, useTranslate } from "react-admin";

/** "Rejected: the reason" (or just the status): a reviewed record's line on a phone. */
export function useReviewLine() {
  const translate = useTranslate();
  return (record: { status: string; reviewReason: string | null }) =>
    [translate(`compensation.enums.reviewStatus.${record.status}`), record.reviewReason].filter(Boolean).join(": ");
}

/**
 * A key person's own hour entries or claims, ten at a time, with their review status: a
 * simple list on a phone, a table otherwise. Used inside a page, so no title, actions or
 * URL state of its own.
 */
export const OwnReviewedList = (props: { resource: string; storeKey: string; empty: string; small: ReactElement; wide: ReactElement }) => {
  const translate = useTranslate();
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
      {isSmall ? props.small : props.wide}
    </List>
  );
};
