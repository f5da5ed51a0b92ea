// Matching records as the GraphQL API returns them (schema/schema.graphql): match
// requests, their assignments and ranked candidates.

import type { HardRule } from "../../../server/src/domain/matching";
import type { Gender, GeoPoint, LanguageLevel, MunicipalityRef, Named } from "../types";

export type MatchRequestStatus = "OPEN" | "MATCHED" | "CLOSED" | "CANCELLED";
export type AssignmentStatus = "PROPOSED" | "ACTIVE" | "DECLINED" | "EXPIRED" | "COMPLETED" | "CANCELLED";
export type BackgroundPreference = "NO_PREFERENCE" | "SAME" | "DIFFERENT";
export type Funding = "ORGANISATION" | "NATIONAL_SCHEME";
/** Why a proposal was made by the server rather than by the organisation; null: proposed by hand. */
export type ProposedBecause = "ESCALATION" | "HANDOVER" | "RELOCATION";

export interface RuleCount {
  /** One of the hard rules of domain.md: the server's own list. */
  rule: HardRule;
  count: number;
}

export interface AssignmentOnRequest {
  id: string;
  status: AssignmentStatus;
  hoursPerWeek: number;
  proposedAt: string;
  respondBy: string;
  respondedAt: string | null;
  declineReason: string | null;
  endedAt: string | null;
  proposedBecause: ProposedBecause | string | null;
  keyPerson: { id: string; displayName: string; homeMunicipality: MunicipalityRef; email: string | null; phone: string | null };
}

export interface MatchRequestRecord {
  id: string;
  caseReference: string;
  status: MatchRequestStatus;
  createdAt: string;
  startsOn: string;
  hoursPerWeek: number;
  remoteAcceptable: boolean;
  funding: Funding;
  autoEscalate: boolean;
  preferredGender: Gender | null;
  backgroundPreference: BackgroundPreference;
  newcomerOrigin: string | null;
  location: GeoPoint;
  municipality: MunicipalityRef;
  languages: Named[];
  expertise: Named[];
  organisation: { id: string; name: string };
  unmetSince: string | null;
  unmetExclusions: RuleCount[] | null;
  /** only on getOne */
  assignments?: AssignmentOnRequest[];
}

/**
 * An assignment as a key person sees it: what the work is, never who the newcomer is
 * (no case reference, no location, no origin).
 */
export interface AssignmentRecord {
  id: string;
  status: AssignmentStatus;
  hoursPerWeek: number;
  proposedAt: string;
  respondBy: string;
  respondedAt: string | null;
  declineReason: string | null;
  endedAt: string | null;
  proposedBecause: string | null;
  request: {
    id: string;
    municipality: MunicipalityRef;
    languages: Named[];
    expertise: Named[];
    hoursPerWeek: number;
    startsOn: string;
    remoteAcceptable: boolean;
    organisation: { id: string; name: string };
  };
}

export interface CandidateRecord {
  /** the key person's id */
  id: string;
  /** 1 = best */
  rank: number;
  score: number;
  distanceKm: number;
  /** English, from the server, for API users; the console words `explanation` (reasons.ts). */
  reasons: string[];
  /** Why this candidate ranks here: codes with params (server/src/domain/reasons.ts). */
  explanation: { code: string; params?: Record<string, unknown> | null }[];
  keyPerson: {
    id: string;
    displayName: string;
    gender: Gender | null;
    homeMunicipality: MunicipalityRef;
    languages: { language: Named; level: LanguageLevel }[];
    workload: { weeklyCapacityHours: number; committedHours: number; utilisation: number };
  };
}
