import { Typography } from "@mui/material";
import { useTranslate } from "react-admin";
import { formatMoment } from "../common/dates";
import { useDisplayLocale } from "../common/useLocalizedName";

export interface HandoverFacts {
  handedOverOn: string;
  overlapUntil: string;
  fromAssignmentId: string;
  toAssignmentId: string;
}

/**
 * A change of key person on this assignment (issue 18): the old one handed over on day 0 and
 * both may declare hours through day 14. Shown on both assignments.
 */
export const HandoverLine = ({ assignmentId, handovers }: { assignmentId: string; handovers: readonly HandoverFacts[] | null | undefined }) => {
  const translate = useTranslate();
  const locale = useDisplayLocale();
  if (!handovers?.length) return null;
  return (
    <>
      {handovers.map((h) => (
        <Typography key={`${h.fromAssignmentId}-${h.toAssignmentId}`} variant="body2" color="info.dark" data-testid="handover">
          {translate(h.fromAssignmentId === assignmentId ? "transfers.handover.from" : "transfers.handover.to", {
            date: formatMoment(h.handedOverOn, locale, false),
            until: formatMoment(h.overlapUntil, locale, false),
          })}
        </Typography>
      ))}
    </>
  );
};
