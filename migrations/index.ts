import { Registry1764345600000 } from "./1764345600000-registry";
import { Matching1764349200000 } from "./1764349200000-matching";
import { Compensation1764352800000 } from "./1764352800000-compensation";
import { Oversight1764356400000 } from "./1764356400000-oversight";
import { PublicMap1764360000000 } from "./1764360000000-public-map";
import { Erasure1764363600000 } from "./1764363600000-erasure";
import { MatchingTravelIndex1764365400000 } from "./1764365400000-matching-travel-index";
import { Notifications1764367800000 } from "./1764367800000-notifications";
import { Invitations1764369000000 } from "./1764369000000-invitations";
import { OversightDashboardIndexes1764370800000 } from "./1764370800000-oversight-dashboard-indexes";
import { AccountsSessions1764372600000 } from "./1764372600000-accounts-sessions";
import { PaymentFiles1764376200000 } from "./1764376200000-payment-files";
import { OriginMatchingConsent1764380000000 } from "./1764380000000-origin-matching-consent";
import { OwnActivities1764384000000 } from "./1764384000000-own-activities";
import { RequestKinds1764385200000 } from "./1764385200000-request-kinds";
import { LateCancellation1764385800000 } from "./1764385800000-late-cancellation";
import { Qualifications1764400000000 } from "./1764400000000-qualifications";
import { Groups1764400600000 } from "./1764400600000-groups";
import { CareRanking1764401200000 } from "./1764401200000-care-ranking";
import { Proqol1764401200001 } from "./1764401200001-proqol";
import { CareServices1764402000000 } from "./1764402000000-care-services";
import { Referrals1764402600000 } from "./1764402600000-referrals";
import { Transfers1764403200000 } from "./1764403200000-transfers";
import { PublicContact1764403800000 } from "./1764403800000-public-contact";
import { FeedbackComplaints1764404400000 } from "./1764404400000-feedback-complaints";
import { MatchingReachIndex1764405600000 } from "./1764405600000-matching-reach-index";
import { LeavingReason1764406800000 } from "./1764406800000-leaving-reason";
import { GroupActivityKeys1764408600000 } from "./1764408600000-group-activity-keys";
import { OversightStatus1764409200000 } from "./1764409200000-oversight-status";
import { KeyPersonNameIndex1764410400000 } from "./1764410400000-key-person-name-index";
import { HourMonth1764411000000 } from "./1764411000000-hour-month";
import { HourDay1764411600000 } from "./1764411600000-hour-day";
import { MatchingSpeakerFacts1764412200000 } from "./1764412200000-matching-speaker-facts";

// Every migration, in order. Listed here rather than globbed so the same list works
// compiled (dist/) and under the test runner (TypeScript).
export const migrations: Function[] = [Registry1764345600000, Matching1764349200000, Compensation1764352800000, Oversight1764356400000, PublicMap1764360000000, Erasure1764363600000, MatchingTravelIndex1764365400000, Notifications1764367800000, Invitations1764369000000, OversightDashboardIndexes1764370800000, AccountsSessions1764372600000, PaymentFiles1764376200000, OriginMatchingConsent1764380000000, OwnActivities1764384000000, RequestKinds1764385200000, LateCancellation1764385800000, Qualifications1764400000000, Groups1764400600000, CareRanking1764401200000, Proqol1764401200001, CareServices1764402000000, Referrals1764402600000, Transfers1764403200000, PublicContact1764403800000, FeedbackComplaints1764404400000, MatchingReachIndex1764405600000, LeavingReason1764406800000, GroupActivityKeys1764408600000, OversightStatus1764409200000, KeyPersonNameIndex1764410400000, HourMonth1764411000000, HourDay1764411600000, MatchingSpeakerFacts1764412200000];
