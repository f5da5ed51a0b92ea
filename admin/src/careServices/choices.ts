import { CareServiceStatus, ResidenceStatus } from "../../../server/src/domain/enums";

// Care services (issue 18): the choices of the forms and filters, worded in i18n/careServices.*.ts.

export const careServiceStatusChoices = Object.values(CareServiceStatus).map((id) => ({ id, name: `careServices.status.${id}` }));
export const residenceChoices = Object.values(ResidenceStatus).map((id) => ({ id, name: `careServices.residence.${id}` }));
export const weekdayChoices = [1, 2, 3, 4, 5, 6, 7].map((id) => ({ id, name: `careServices.weekday.${id}` }));
export const staleChoices = [
  { id: "true", name: "careServices.staleFilter.true" },
  { id: "false", name: "careServices.staleFilter.false" },
];

export const label = (name: string) => `careServices.fields.${name}`;
