import SendIcon from "@mui/icons-material/Send";
import { Avatar, Box, Button, Chip, LinearProgress, List, ListItem, Stack, Tooltip, Typography } from "@mui/material";
import { useTranslate } from "react-admin";
import { SCORE_PART_MAX, type ScoreParts } from "../../../server/src/domain/matching";
import { useDisplayLocale, useLocalizedName } from "../common/useLocalizedName";
import { matchingActions } from "../dataProvider/matching";
import { rankColour } from "../map/colours";
import { formatHours } from "./common";
import { useReasonWording } from "./reasons";
import type { CandidateRecord, MatchRequestRecord } from "./types";
import { useMatchingAction } from "./useMatchingAction";

// The ranked candidates of a request, best first, with the reasons for their place and,
// for the organisation, a button to propose one of them.

/** Colours by explanation code (server/src/domain/reasons.ts); the others are outlined. */
const REASON_COLOURS: Record<string, "success" | "primary" | "default" | "secondary" | "warning"> = {
  MATCH_CONTINUITY: "success",
  MATCH_PROPOSED: "warning",
  MATCH_PREFERRED_GENDER: "secondary",
  MATCH_SAME_BACKGROUND: "secondary",
  MATCH_SPEAKS: "primary",
};

const DISTANCE_REASONS = ["MATCH_DISTANCE", "MATCH_UNDER_1_KM"];

const ScoreBar = ({ score }: { score: number }) => {
  const translate = useTranslate();
  const percent = Math.round(score * 100);
  return (
    <Tooltip title={translate("matching.candidates.scoreHelp")}>
      <Box aria-label={translate("matching.candidates.score", { score: percent })}>
        <Stack direction="row" sx={{ justifyContent: "space-between" }}>
          <Typography variant="caption" color="text.secondary">
            {translate("matching.candidates.scoreLabel")}
          </Typography>
          <Typography variant="caption" sx={{ fontWeight: 600 }}>
            {percent}
          </Typography>
        </Stack>
        <LinearProgress variant="determinate" value={percent} sx={{ height: 6, borderRadius: 3 }} />
      </Box>
    </Tooltip>
  );
};

const PART_KEYS: readonly Exclude<keyof ScoreParts, "care">[] = ["distance", "load", "language", "preferences", "continuity"];

/** A share of the score in points of 100, as the score itself is shown. */
const points = (share: number) => Math.round(share * 100);

/**
 * Why the score is what it is: the points each part gives out of the most it could, so a
 * candidate at 22 km ranked above one at 3 km reads as "more room in the week, better
 * language level". Continuity shows only for the key person who supports the case.
 */
const ScoreBreakdown = ({ candidate }: { candidate: CandidateRecord }) => {
  const translate = useTranslate();
  const locale = useDisplayLocale();
  const { workload } = candidate.keyPerson;
  const shown = PART_KEYS.filter((key) => key !== "continuity" || candidate.parts.continuity > 0);
  return (
    <Box
      component="dl"
      data-testid="score-parts"
      aria-label={translate("matching.candidates.parts.title")}
      sx={{ m: 0, mt: 1, display: "grid", gridTemplateColumns: { xs: "1fr 1fr", sm: "repeat(5, minmax(0, 1fr))" }, columnGap: 1.5, rowGap: 0.75 }}
    >
      {shown.map((key) => {
        const value = candidate.parts[key];
        const max = SCORE_PART_MAX[key];
        return (
          <Box key={key} data-testid="score-part" data-part={key} data-points={points(value)} sx={{ minWidth: 0 }}>
            <Typography component="dt" variant="caption" color="text.secondary" sx={{ display: "block", lineHeight: 1.2 }}>
              {translate(`matching.candidates.parts.${key}`)}
            </Typography>
            <Typography component="dd" variant="caption" sx={{ m: 0, fontWeight: 600, display: "block" }}>
              {key === "continuity"
                ? translate("matching.candidates.parts.bonus", { points: points(value) })
                : translate("matching.candidates.parts.of", { points: points(value), max: points(max) })}
            </Typography>
            {key !== "continuity" && (
              <LinearProgress variant="determinate" value={Math.min(100, (value / max) * 100)} sx={{ height: 3, borderRadius: 2, mt: 0.25 }} aria-hidden />
            )}
            {key === "load" && workload && (
              <Typography variant="caption" color="text.secondary" sx={{ display: "block", lineHeight: 1.2, mt: 0.25 }} data-testid="workload">
                {translate("matching.candidates.parts.hours", {
                  committed: formatHours(workload.committedHours, locale),
                  capacity: formatHours(workload.weeklyCapacityHours, locale),
                })}
              </Typography>
            )}
          </Box>
        );
      })}
    </Box>
  );
};

/** Why the organisation cannot propose this candidate now, or null when it can. */
function blockedBecause(request: MatchRequestRecord, candidate: CandidateRecord): string | null {
  const assignments = request.assignments ?? [];
  if (request.status === "CLOSED" || request.status === "CANCELLED") return "matching.candidates.blocked.closed";
  if (assignments.some((a) => a.status === "ACTIVE" && a.keyPerson.id === candidate.id)) return "matching.candidates.blocked.supports";
  if (assignments.some((a) => a.status === "PROPOSED")) return "matching.candidates.blocked.waiting";
  return null;
}

export interface CandidateListProps {
  request: MatchRequestRecord;
  candidates: CandidateRecord[];
  canPropose: boolean;
  highlighted?: string | null;
  onHighlight?: (id: string | null) => void;
}

export const CandidateList = ({ request, candidates, canPropose, highlighted, onHighlight }: CandidateListProps) => {
  const translate = useTranslate();
  const wordReason = useReasonWording();
  const { nameOf } = useLocalizedName();
  const locale = useDisplayLocale();
  const { run, running } = useMatchingAction();

  const propose = (candidate: CandidateRecord) =>
    run(
      () => matchingActions.propose(request.id, candidate.id),
      () => ({
        message: "matching.candidates.proposed",
        args: { name: candidate.keyPerson.displayName },
      }),
    );

  return (
    <List disablePadding data-testid="candidates">
      {candidates.map((candidate) => {
        const blocked = blockedBecause(request, candidate);
        const { keyPerson } = candidate;
        const proposed = candidate.explanation.some((reason) => reason.code === "MATCH_PROPOSED");
        return (
          <ListItem
            key={candidate.id}
            divider
            data-testid="candidate"
            data-name={keyPerson.displayName}
            data-proposed={proposed || undefined}
            onMouseEnter={() => onHighlight?.(candidate.id)}
            onMouseLeave={() => onHighlight?.(null)}
            sx={{
              alignItems: "flex-start",
              gap: 2,
              px: 1.5,
              py: 1.5,
              bgcolor: highlighted === candidate.id ? "action.hover" : undefined,
              flexWrap: { xs: "wrap", sm: "nowrap" },
            }}
          >
            <Avatar
              sx={{ bgcolor: rankColour(candidate.rank), width: 30, height: 30, fontSize: 14, fontWeight: 700, mt: 0.25 }}
              aria-label={translate("matching.candidates.rank", { rank: candidate.rank })}
            >
              {candidate.rank}
            </Avatar>
            <Box sx={{ flex: 1, minWidth: 0 }}>
              <Typography variant="subtitle1" sx={{ fontWeight: 600, lineHeight: 1.3 }} data-testid="candidate-name">
                {keyPerson.displayName}
              </Typography>
              <Typography variant="body2" color="text.secondary" sx={{ mb: 0.75 }}>
                {keyPerson.homeMunicipality.name} ·{" "}
                {candidate.distanceKm < 1
                  ? translate("matching.candidates.kmUnder1")
                  : translate("matching.candidates.km", { km: candidate.distanceKm.toLocaleString(locale, { maximumFractionDigits: 1 }) })}
                {" · "}
                {keyPerson.languages.map((skill) => nameOf(skill.language)).join(", ")}
              </Typography>
              <Stack direction="row" sx={{ flexWrap: "wrap", gap: 0.5 }} data-testid="reasons">
                {/* the distance is on the line above; "remote support" stays a chip */}
                {candidate.explanation
                  .filter((reason) => !DISTANCE_REASONS.includes(reason.code))
                  .map((reason) => (
                    <Chip
                      key={reason.code}
                      size="small"
                      variant={REASON_COLOURS[reason.code] ? "filled" : "outlined"}
                      color={REASON_COLOURS[reason.code] ?? "default"}
                      label={
                        // once proposed, this request's hours are booked: the load is no longer "after this", it is now
                        reason.code === "MATCH_LOAD" && proposed
                          ? translate("matching.candidates.loadWithProposal", { percent: (reason.params as { afterPercent: number }).afterPercent })
                          : wordReason(reason)
                      }
                      data-testid="reason"
                      data-code={reason.code}
                    />
                  ))}
              </Stack>
              <ScoreBreakdown candidate={candidate} />
            </Box>
            <Stack sx={{ gap: 1, alignItems: "stretch", width: { xs: "100%", sm: 132 }, flexShrink: 0 }}>
              <ScoreBar score={candidate.score} />
              {canPropose && (
                <Tooltip title={blocked ? translate(blocked) : ""}>
                  <span>
                    <Button
                      fullWidth
                      size="small"
                      variant="contained"
                      startIcon={<SendIcon />}
                      disabled={running || blocked !== null}
                      onClick={() => propose(candidate)}
                    >
                      {translate("matching.candidates.propose")}
                    </Button>
                  </span>
                </Tooltip>
              )}
            </Stack>
          </ListItem>
        );
      })}
    </List>
  );
};
