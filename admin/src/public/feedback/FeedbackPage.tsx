import { useEffect, useState, type FormEvent } from "react";
import { ApiError, graphql } from "../api";
import { graphql as gql } from "../gql";
import type { FeedbackAnswer, FeedbackLinkState } from "../gql/graphql";
import { FEEDBACK_TEXTS, feedbackLanguage, type FeedbackLanguage } from "./texts";

// The newcomer's page after support: four questions, three answers each, in their language,
// no login, nothing that identifies them. Made for a phone: the link usually arrives as a QR code.

const LINK_STATUS = gql(`
  query FeedbackLinkStatus($token: String!) {
    feedbackLinkStatus(token: $token) {
      state
    }
  }
`);

const SUBMIT = gql(`
  mutation SubmitFeedback($token: String!, $input: FeedbackInput!) {
    submitFeedback(token: $token, input: $input)
  }
`);

const QUESTIONS = ["HELPFUL", "FELT_SAFE", "UNDERSTOOD", "WOULD_RECOMMEND"] as const;
type Question = (typeof QUESTIONS)[number];
const ANSWERS: FeedbackAnswer[] = ["YES", "PARTLY", "NO"];
const FACES: Record<FeedbackAnswer, string> = { YES: "🙂", PARTLY: "😐", NO: "🙁" };

type Phase = { kind: "loading" } | { kind: "open" } | { kind: "done" } | { kind: "closed"; state: Exclude<FeedbackLinkState, "OPEN"> };

export function FeedbackPage({ token, initialLanguage }: { token: string; initialLanguage: string | null }) {
  const [language, setLanguage] = useState<FeedbackLanguage>(() => feedbackLanguage(initialLanguage));
  const [phase, setPhase] = useState<Phase>({ kind: "loading" });
  const [answers, setAnswers] = useState<Partial<Record<Question, FeedbackAnswer>>>({});
  const [problem, setProblem] = useState<"failed" | "unanswered" | null>(null);
  const [sending, setSending] = useState(false);
  const t = FEEDBACK_TEXTS[language];

  useEffect(() => {
    document.documentElement.lang = language;
    document.documentElement.dir = t.dir;
    document.title = t.title;
  }, [language, t]);

  useEffect(() => {
    graphql(LINK_STATUS, { token })
      .then(({ feedbackLinkStatus }) =>
        setPhase(
          feedbackLinkStatus.state === "OPEN" ? { kind: "open" } : { kind: "closed", state: feedbackLinkStatus.state as Exclude<FeedbackLinkState, "OPEN"> },
        ),
      )
      .catch(() => setPhase({ kind: "closed", state: "INVALID" }));
  }, [token]);

  async function send(event: FormEvent) {
    event.preventDefault();
    if (QUESTIONS.some((question) => !answers[question])) {
      setProblem("unanswered");
      return;
    }
    setSending(true);
    setProblem(null);
    try {
      await graphql(SUBMIT, {
        token,
        input: {
          helpful: answers.HELPFUL!,
          feltSafe: answers.FELT_SAFE!,
          understood: answers.UNDERSTOOD!,
          wouldRecommend: answers.WOULD_RECOMMEND!,
          language: t.iso639_3,
        },
      });
      setPhase({ kind: "done" });
    } catch (error) {
      const reason = error instanceof ApiError ? error.body.reason : undefined;
      if (reason === "FEEDBACK_ALREADY_GIVEN") setPhase({ kind: "closed", state: "ANSWERED" });
      else if (reason === "FEEDBACK_LINK_EXPIRED") setPhase({ kind: "closed", state: "EXPIRED" });
      else if (reason === "FEEDBACK_LINK_INVALID") setPhase({ kind: "closed", state: "INVALID" });
      else setProblem("failed");
    } finally {
      setSending(false);
    }
  }

  const closedText = (state: Exclude<FeedbackLinkState, "OPEN">) => (state === "ANSWERED" ? t.answered : state === "EXPIRED" ? t.expired : t.invalid);

  return (
    <main className="pk-feedback" dir={t.dir} lang={language}>
      <header className="pk-feedback-header">
        <h1>{t.title}</h1>
        <label className="pk-feedback-language">
          <span>{t.language}</span>
          <select value={language} onChange={(event) => setLanguage(event.target.value as FeedbackLanguage)} aria-label={t.language}>
            {(Object.keys(FEEDBACK_TEXTS) as FeedbackLanguage[]).map((code) => (
              <option key={code} value={code} lang={code}>
                {FEEDBACK_TEXTS[code].name}
              </option>
            ))}
          </select>
        </label>
      </header>
      {t.reviewed === null && t.unreviewed && (
        <p className="pk-feedback-unreviewed" role="note">
          {t.unreviewed}
        </p>
      )}
      {phase.kind === "loading" && <p aria-busy="true">…</p>}
      {phase.kind === "closed" && <p className="pk-feedback-closed">{closedText(phase.state)}</p>}
      {phase.kind === "done" && (
        <p className="pk-feedback-thanks" role="status">
          {t.thanks}
        </p>
      )}
      {phase.kind === "open" && (
        <form onSubmit={send} noValidate>
          <p>{t.intro}</p>
          {QUESTIONS.map((question) => (
            <fieldset key={question} className="pk-feedback-question">
              <legend>{t.questions[question]}</legend>
              <div className="pk-feedback-answers">
                {ANSWERS.map((answer) => (
                  <label key={answer} className={answers[question] === answer ? "pk-feedback-answer pk-selected" : "pk-feedback-answer"}>
                    <input
                      type="radio"
                      name={question}
                      value={answer}
                      checked={answers[question] === answer}
                      onChange={() => setAnswers((current) => ({ ...current, [question]: answer }))}
                    />
                    <span aria-hidden="true" className="pk-feedback-face">
                      {FACES[answer]}
                    </span>
                    <span>{t.answers[answer]}</span>
                  </label>
                ))}
              </div>
            </fieldset>
          ))}
          {problem && (
            <p className="pk-feedback-problem" role="alert">
              {problem === "failed" ? t.failed : t.unanswered}
            </p>
          )}
          <button type="submit" className="pk-feedback-send" disabled={sending}>
            {t.send}
          </button>
        </form>
      )}
    </main>
  );
}
