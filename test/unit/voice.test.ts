import { ComplaintDecision, ComplaintState, FeedbackAnswer, FeedbackQuestion } from "../../server/src/domain/enums";
import {
  decidedState,
  decisionRefusal,
  feedbackLinkOpen,
  responseRefusal,
  signalMonthRefusal,
  summariseFeedback,
  withinComplaintWindow,
  type FeedbackAnswers,
} from "../../server/src/domain/voice";

const DAY = 86_400_000;
const NOW = new Date("2026-12-07T12:00:00Z");
const ago = (days: number) => new Date(NOW.getTime() - days * DAY);
const answer = (helpful: FeedbackAnswer): FeedbackAnswers => ({
  [FeedbackQuestion.HELPFUL]: helpful,
  [FeedbackQuestion.FELT_SAFE]: FeedbackAnswer.YES,
  [FeedbackQuestion.UNDERSTOOD]: FeedbackAnswer.PARTLY,
  [FeedbackQuestion.WOULD_RECOMMEND]: FeedbackAnswer.NO,
});

describe("summariseFeedback: nothing below the threshold", () => {
  test.each([
    [0, null],
    [4, null],
    [5, 5],
    [12, 12],
  ])("%i answers → %p", (count, expected) => {
    const summary = summariseFeedback(Array.from({ length: count }, () => answer(FeedbackAnswer.YES)));
    expect(summary?.answers ?? null).toBe(expected);
  });

  test("counts per question and answer", () => {
    const summary = summariseFeedback([FeedbackAnswer.YES, FeedbackAnswer.YES, FeedbackAnswer.NO, FeedbackAnswer.PARTLY, FeedbackAnswer.YES].map(answer));
    expect(summary?.questions).toEqual([
      { question: "HELPFUL", yes: 3, partly: 1, no: 1 },
      { question: "FELT_SAFE", yes: 5, partly: 0, no: 0 },
      { question: "UNDERSTOOD", yes: 0, partly: 5, no: 0 },
      { question: "WOULD_RECOMMEND", yes: 0, partly: 0, no: 5 },
    ]);
  });
});

test.each([
  [0, true],
  [90, true],
  [90.01, false],
  [200, false],
])("a feedback link %p days after the end is open: %p", (days, open) => {
  expect(feedbackLinkOpen(ago(days), NOW)).toBe(open);
});

describe("complaints", () => {
  test.each([
    [ComplaintState.OPEN, null],
    [ComplaintState.RESPONDED, "COMPLAINT_ALREADY_ANSWERED"],
    [ComplaintState.UPHELD, "COMPLAINT_ALREADY_DECIDED"],
    [ComplaintState.DISMISSED, "COMPLAINT_ALREADY_DECIDED"],
  ])("the key person responds to a %s complaint: %p", (state, refusal) => {
    expect(responseRefusal(state)).toBe(refusal);
  });

  test.each([
    [ComplaintState.OPEN, 1, "COMPLAINT_AWAITS_RESPONSE"],
    [ComplaintState.OPEN, 13.9, "COMPLAINT_AWAITS_RESPONSE"],
    [ComplaintState.OPEN, 14, null],
    [ComplaintState.RESPONDED, 1, null],
    [ComplaintState.UPHELD, 30, "COMPLAINT_ALREADY_DECIDED"],
    [ComplaintState.DISMISSED, 1, "COMPLAINT_ALREADY_DECIDED"],
  ])("a coordinator decides a %s complaint filed %p days ago: %p", (state, days, refusal) => {
    expect(decisionRefusal(state, ago(days), NOW)).toBe(refusal);
  });

  test.each([
    [ComplaintDecision.UPHELD, ComplaintState.UPHELD],
    [ComplaintDecision.DISMISSED, ComplaintState.DISMISSED],
  ])("%s → %s", (decision, state) => expect(decidedState(decision)).toBe(state));

  test.each([
    [null, true],
    [ago(180), true],
    [ago(181), false],
  ])("an assignment that ended %p is within the window: %p", (endedAt, within) => {
    expect(withinComplaintWindow(endedAt, NOW)).toBe(within);
  });
});

test.each([
  ["2026-12", null],
  ["2025-12", null],
  ["2025-11", "MONTH_TOO_OLD"],
  ["2027-01", "MONTH_IN_FUTURE"],
  ["2026-13", "NOT_A_MONTH"],
  ["2026-1", "NOT_A_MONTH"],
  ["december", "NOT_A_MONTH"],
])("a signal about %p: %p", (month, refusal) => {
  expect(signalMonthRefusal(month, NOW)).toBe(refusal);
});
