// Newcomers' voice (issue 19): when feedback may be shown, how long a link lives, how a
// complaint moves, which months a signal may be about. Pure and table-tested
// (test/unit/voice.test.ts).
import { ComplaintDecision, ComplaintState, FeedbackAnswer, FeedbackQuestion } from "./enums";

/** Results per key person or region are shown from this many answers up: fewer could point at one newcomer. */
export const FEEDBACK_MIN_ANSWERS = 5;
/** A feedback link works this long after the assignment ended. */
export const FEEDBACK_LINK_DAYS = 90;
/** A complaint waits this long for the key person's response before a coordinator may decide without it. */
export const COMPLAINT_RESPONSE_DAYS = 14;
/** Complaints and organisation ratings are about assignments that ended at most this long ago. */
export const COMPLAINT_WINDOW_DAYS = 180;
/** Signals about a reception location: at most this many per key person per month (abuse), about the last 12 months. */
export const SIGNALS_PER_MONTH = 10;
export const SIGNAL_MONTHS_BACK = 12;

const DAY_MS = 86_400_000;

export type FeedbackAnswers = Record<FeedbackQuestion, FeedbackAnswer>;

export interface QuestionCounts {
  question: FeedbackQuestion;
  yes: number;
  partly: number;
  no: number;
}

/** The counts per question, or null below the threshold: then not even the number of answers is told. */
export function summariseFeedback(
  answers: readonly FeedbackAnswers[],
  minimum = FEEDBACK_MIN_ANSWERS,
): { answers: number; questions: QuestionCounts[] } | null {
  if (answers.length < minimum) return null;
  const questions = Object.values(FeedbackQuestion).map((question) => {
    const counts: QuestionCounts = { question, yes: 0, partly: 0, no: 0 };
    for (const answer of answers) {
      if (answer[question] === FeedbackAnswer.YES) counts.yes++;
      else if (answer[question] === FeedbackAnswer.PARTLY) counts.partly++;
      else counts.no++;
    }
    return counts;
  });
  return { answers: answers.length, questions };
}

/** Whether a link of an assignment that ended at `endedAt` still takes an answer at `now`. */
export function feedbackLinkOpen(endedAt: Date, now: Date): boolean {
  return now.getTime() - endedAt.getTime() <= FEEDBACK_LINK_DAYS * DAY_MS;
}

export function feedbackLinkExpiresOn(endedAt: Date): Date {
  return new Date(endedAt.getTime() + FEEDBACK_LINK_DAYS * DAY_MS);
}

export type ComplaintRefusal = "COMPLAINT_ALREADY_ANSWERED" | "COMPLAINT_ALREADY_DECIDED" | "COMPLAINT_AWAITS_RESPONSE";

/** The key person responds once, before a decision. */
export function responseRefusal(state: ComplaintState): "COMPLAINT_ALREADY_ANSWERED" | "COMPLAINT_ALREADY_DECIDED" | null {
  if (state === ComplaintState.UPHELD || state === ComplaintState.DISMISSED) return "COMPLAINT_ALREADY_DECIDED";
  if (state === ComplaintState.RESPONDED) return "COMPLAINT_ALREADY_ANSWERED";
  return null;
}

/** A coordinator decides once, after the key person responded or had COMPLAINT_RESPONSE_DAYS to. */
export function decisionRefusal(state: ComplaintState, filedAt: Date, now: Date): ComplaintRefusal | null {
  if (state === ComplaintState.UPHELD || state === ComplaintState.DISMISSED) return "COMPLAINT_ALREADY_DECIDED";
  if (state === ComplaintState.OPEN && now.getTime() - filedAt.getTime() < COMPLAINT_RESPONSE_DAYS * DAY_MS) return "COMPLAINT_AWAITS_RESPONSE";
  return null;
}

export function decidedState(decision: ComplaintDecision): ComplaintState {
  return decision === ComplaintDecision.UPHELD ? ComplaintState.UPHELD : ComplaintState.DISMISSED;
}

/** An assignment a complaint or a rating may be about: ended (completed) or running, and not longer ago than the window. */
export function withinComplaintWindow(endedAt: Date | null, now: Date): boolean {
  return endedAt === null || now.getTime() - endedAt.getTime() <= COMPLAINT_WINDOW_DAYS * DAY_MS;
}

/** YYYY-MM of a moment in Amsterdam's calendar is close enough to UTC's for a month: the 1st at 00:30 may count to the month before. */
export function monthOf(moment: Date): string {
  return moment.toISOString().slice(0, 7);
}

export type SignalMonthRefusal = "NOT_A_MONTH" | "MONTH_IN_FUTURE" | "MONTH_TOO_OLD";

/** The month a signal is about: YYYY-MM, not after this month, not more than SIGNAL_MONTHS_BACK months ago. */
export function signalMonthRefusal(month: string, now: Date): SignalMonthRefusal | null {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month);
  if (!match) return "NOT_A_MONTH";
  const index = Number(match[1]) * 12 + Number(match[2]) - 1;
  const current = now.getUTCFullYear() * 12 + now.getUTCMonth();
  if (index > current) return "MONTH_IN_FUTURE";
  if (current - index > SIGNAL_MONTHS_BACK) return "MONTH_TOO_OLD";
  return null;
}
