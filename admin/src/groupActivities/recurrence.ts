import { amsterdamToIso } from "../common/dates";

// The repetition choices in plain words, and the RRULE each becomes (the server expands
// and checks it with the rrule package: at most RECURRENCE_MAX_OCCURRENCES times).

export const REPETITIONS = ["NONE", "WEEKLY", "BIWEEKLY", "MONTHLY"] as const;
export type Repetition = (typeof REPETITIONS)[number];

/** The RRULE of a repetition made `times` times in all; null: once. */
export function recurrenceRule(repetition: Repetition | null | undefined, times: number | null | undefined): string | null {
  if (!repetition || repetition === "NONE") return null;
  const count = Math.max(1, Math.floor(Number(times) || 1));
  if (repetition === "WEEKLY") return `FREQ=WEEKLY;COUNT=${count}`;
  if (repetition === "BIWEEKLY") return `FREQ=WEEKLY;INTERVAL=2;COUNT=${count}`;
  return `FREQ=MONTHLY;COUNT=${count}`;
}

export interface GroupActivityFormValues {
  kind?: string;
  title?: string;
  date?: string;
  startTime?: string;
  endTime?: string;
  capacity?: number;
  location?: { lat: number; lon: number } | null;
  onlineUrl?: string;
  repetition?: Repetition;
  times?: number;
  qualificationCode?: string;
}

/** The form's values as the API's GroupActivityInput. */
export function toGroupActivityInput(values: GroupActivityFormValues) {
  return {
    kind: values.kind,
    title: (values.title ?? "").trim(),
    startsAt: amsterdamToIso(values.date, values.startTime),
    endsAt: amsterdamToIso(values.date, values.endTime),
    capacity: Number(values.capacity),
    location: values.location ?? null,
    onlineUrl: values.onlineUrl?.trim() || null,
    recurrence: recurrenceRule(values.repetition, values.times),
    qualificationCode: values.kind === "TRAINING" ? values.qualificationCode?.trim() || null : null,
  };
}
