import SendIcon from "@mui/icons-material/Send";
import { Avatar, Box, Button, Chip, LinearProgress, List, ListItem, Stack, Tooltip, Typography } from "@mui/material";
import { useTranslate } from "react-admin";
import { useDisplayLocale, useLocalizedName } from "../common/useLocalizedName";
import { matchingActions } from "../dataProvider/matching";
import { rankColour } from "../map/colours";
import { useReasonWording } from "./reasons";
import type { CandidateRecord, MatchRequestRecord } from "./types";
import { useMatchingAction } from "./useMatchingAction";

// The ranked candidates of a request, best first, with the reasons for their place and,
// for the organisation, a button to propose one of them.

/** Colours by explanation code (server/src/domain/reasons.ts); the others are outlined. */
const REASON_COLOURS: Record<string, "success" | "primary" | "default" | "secondary"> = {
  MATCH_CONTINUITY: "success",
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
        return (
          <ListItem
            key={candidate.id}
            divider
            data-testid="candidate"
            data-name={keyPerson.displayName}
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
                      label={wordReason(reason)}
                      data-testid="reason"
                      data-code={reason.code}
                    />
                  ))}
              </Stack>
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
