import { APPOINTMENT_ROLES, APPOINTMENT_SETTINGS } from "../matchRequests/kinds";
import {
  AppointmentMode,
  AssignmentStatus,
  BackgroundPreference,
  CompensationType,
  Funding,
  MatchRequestStatus,
  Gender,
  KeyPersonStatus,
  LanguageLevel,
  LeavingReason,
  OrganisationKind,
  RequestKind,
  Role,
  SupervisionStatus,
  WellbeingStatus,
} from "../../../server/src/domain/enums";

// Enum values with the translation key of their label; SelectInput and SelectField
// translate the `name`. The values are the server's own (domain/enums.ts), in its order.
export const choicesOf = <T extends string>(prefix: string, ids: readonly T[]) => ids.map((id) => ({ id, name: `${prefix}.${id}` }));

const appChoices = <T extends string>(group: string, values: Record<string, T>) => choicesOf(`app.enums.${group}`, Object.values(values));

export const roleChoices = appChoices("role", Role);
/** Key person accounts are made together with their profile, not here. */
export const creatableRoleChoices = roleChoices.filter((choice) => choice.id !== Role.KEY_PERSON);
export const genderChoices = appChoices("gender", Gender);
export const levelChoices = appChoices("level", LanguageLevel);
export const statusChoices = appChoices("status", KeyPersonStatus);
export const leavingReasonChoices = appChoices("leavingReason", LeavingReason);
export const compensationChoices = appChoices("compensation", CompensationType);
export const supervisionChoices = appChoices("supervision", SupervisionStatus);
export const wellbeingChoices = appChoices("wellbeing", WellbeingStatus);
export const organisationKindChoices = appChoices("organisationKind", OrganisationKind);

const matchingChoices = <T extends string>(group: string, ids: readonly T[]) => choicesOf(`matching.enums.${group}`, ids);

export const fundingChoices = matchingChoices("funding", Object.values(Funding));
/** No preference first: the form's default. */
export const backgroundChoices = matchingChoices("background", [
  BackgroundPreference.NO_PREFERENCE,
  ...Object.values(BackgroundPreference).filter((value) => value !== BackgroundPreference.NO_PREFERENCE),
]);
export const requestStatusChoices = matchingChoices("requestStatus", Object.values(MatchRequestStatus));
export const assignmentStatusChoices = matchingChoices("assignmentStatus", Object.values(AssignmentStatus));

/** The kinds of help a request asks for (issue 16), and an appointment's mode, role and setting. */
export const kindChoices = matchingChoices("kind", Object.values(RequestKind));
export const modeChoices = matchingChoices("mode", Object.values(AppointmentMode));
export const appointmentRoleChoices = matchingChoices("role", APPOINTMENT_ROLES);
export const appointmentSettingChoices = matchingChoices("setting", APPOINTMENT_SETTINGS);
