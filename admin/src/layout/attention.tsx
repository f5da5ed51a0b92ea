import { Badge } from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import type { ComponentType } from "react";
import { useTranslate } from "react-admin";
import { graphqlRequest } from "../dataProvider/graphqlClient";
import { graphql } from "../gql";

// What waits for the signed-in person, for the menu badges and the key person's home:
// one small query per role (attentionCounts). react-admin's refresh invalidates every
// query of its client, so the badges follow a change; otherwise they poll now and then.

const ATTENTION = graphql(`
  query AttentionCounts {
    attentionCounts {
      proposalsToAnswer
      hoursToReview
      claimsToReview
      lastCheckInAt
    }
  }
`);

/** How often the badges ask again when nothing on the page refreshed them. */
const POLL_MS = 60_000;

export const useAttentionCounts = () =>
  useQuery({
    queryKey: ["attentionCounts"],
    queryFn: async () => (await graphqlRequest(ATTENTION, {})).attentionCounts,
    refetchInterval: POLL_MS,
  });

/** A menu icon with the number waiting on its page; no badge at zero. */
export const withAttentionBadge = (Icon: ComponentType, count: (counts: NonNullable<ReturnType<typeof useAttentionCounts>["data"]>) => number) => {
  const BadgedIcon = () => {
    const translate = useTranslate();
    const { data } = useAttentionCounts();
    const n = data ? count(data) : 0;
    return (
      <Badge
        badgeContent={n}
        color="error"
        max={99}
        data-testid="attention-badge"
        aria-label={n > 0 ? translate("app.attention.waiting", { smart_count: n }) : undefined}
      >
        <Icon />
      </Badge>
    );
  };
  return BadgedIcon;
};
