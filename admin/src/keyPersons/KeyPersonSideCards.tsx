import { RecognitionCard } from "../recognition/RecognitionCard";
import { Box } from "@mui/material";
import { useRecordContext } from "react-admin";
import type { KeyPersonRecord } from "../types";
import { LeavePeriodsCard } from "./LeavePeriodsCard";
import { AffiliationsCard } from "../groupActivities/AffiliationsCard";
import { PublicConsentCard } from "./PublicConsentCard";
import { FeedbackSummaryCard } from "../feedback/FeedbackSummaryCard";
import { QualificationsCard } from "../qualifications/QualificationsCard";

/**
 * Beside a key person's profile (their own, or a coordinator's view of it): the public-map
 * consent and the leave. Only for those who manage the profile: the server gives the
 * leave periods to them alone, and to anyone else null.
 */
export const KeyPersonSideCards = ({ ownProfile = false }: { ownProfile?: boolean }) => {
  const record = useRecordContext<KeyPersonRecord>();
  if (!record || record.unavailablePeriods === null || record.unavailablePeriods === undefined) return null;
  return (
    <Box sx={{ display: "grid", gridTemplateColumns: { xs: "1fr", md: "1fr 1fr" }, gap: 2, p: 2, alignItems: "start" }}>
      <PublicConsentCard ownProfile={ownProfile} />
      <LeavePeriodsCard />
      {/* newcomers' feedback: counts only from five answers up (issue 19) */}
      {!ownProfile && <FeedbackSummaryCard keyPersonId={String(record.id)} />}
      {/* qualifications (issue 17) */}
      <QualificationsCard ownProfile={ownProfile} />
      {!ownProfile && <AffiliationsCard />}
      {/* the yearly statement of recognition (issue 17) */}
      <RecognitionCard keyPersonId={String(record.id)} />
    </Box>
  );
};
