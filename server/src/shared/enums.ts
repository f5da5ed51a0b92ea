import { registerEnumType } from "type-graphql";
import {
  Role,
  Gender,
  LanguageLevel,
  KeyPersonStatus,
  CompensationType,
  SupervisionStatus,
  WellbeingStatus,
  Funding,
  MatchRequestStatus,
  AssignmentStatus,
  BackgroundPreference,
  ReviewStatus,
  Activity,
  ExpenseKind,
  SupervisionKind,
  OrganisationKind,
} from "../domain/enums";

// The enums of the API contract live in domain/enums.ts (the console reads them too);
// here they become GraphQL enums.
export {
  Role,
  Gender,
  LanguageLevel,
  KeyPersonStatus,
  CompensationType,
  SupervisionStatus,
  WellbeingStatus,
  Funding,
  MatchRequestStatus,
  AssignmentStatus,
  BackgroundPreference,
  ReviewStatus,
  Activity,
  ExpenseKind,
  SupervisionKind,
  OrganisationKind,
};

registerEnumType(Role, { name: "Role" });
registerEnumType(Gender, { name: "Gender" });
registerEnumType(LanguageLevel, { name: "LanguageLevel" });
registerEnumType(KeyPersonStatus, { name: "KeyPersonStatus" });
registerEnumType(CompensationType, { name: "CompensationType" });
registerEnumType(SupervisionStatus, { name: "SupervisionStatus" });
registerEnumType(WellbeingStatus, { name: "WellbeingStatus" });
registerEnumType(Funding, { name: "Funding" });
registerEnumType(MatchRequestStatus, { name: "MatchRequestStatus" });
registerEnumType(AssignmentStatus, { name: "AssignmentStatus" });
registerEnumType(BackgroundPreference, { name: "BackgroundPreference" });
registerEnumType(ReviewStatus, { name: "ReviewStatus" });
registerEnumType(Activity, { name: "Activity" });
registerEnumType(ExpenseKind, { name: "ExpenseKind" });
registerEnumType(SupervisionKind, { name: "SupervisionKind" });
registerEnumType(OrganisationKind, { name: "OrganisationKind" });
