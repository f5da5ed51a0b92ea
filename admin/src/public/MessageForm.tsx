import { useEffect, useId, useRef, useState } from "react";
import { errorText } from "../common/wordReason";
import { KEEP_SENT_DAYS, MESSAGE_MAX } from "../../../server/src/domain/public-message";
import { ApiError, openMessageForm, sendMessage, type MessageForm as Form, type PublicKeyPerson, type Reference } from "./api";
import { LANGUAGE, optionsFor, type Lang, type Texts } from "./i18n";
import { reasonTranslator } from "./reasonTranslator";

interface Props {
  t: Texts;
  lang: Lang;
  person: PublicKeyPerson;
  reference: Reference | null;
  /** The language to ask help in, to start with: the filter's, or the page's newcomer language. */
  initialLanguage: string;
  onClose: () => void;
}

type State = { step: "opening" } | { step: "open"; form: Form } | { step: "sending"; form: Form } | { step: "sent" } | { step: "failed"; error: unknown };

/**
 * Issue 19: a message to a key person through Sleutelkaart. Neither side's address is
 * shown by the map: the server sends it to the key person's account, with the reply
 * address the visitor gives here. The hidden field (a honeypot) and the signed form token
 * (a minimum fill time) keep programs out without any outside service.
 */
export function MessageForm({ t, lang, person, reference, initialLanguage, onClose }: Props) {
  const id = useId();
  const [state, setState] = useState<State>({ step: "opening" });
  const [message, setMessage] = useState("");
  const [language, setLanguage] = useState(initialLanguage);
  const [channel, setChannel] = useState<"EMAIL" | "PHONE">("PHONE");
  const [reply, setReply] = useState("");
  const [trap, setTrap] = useState("");
  const [error, setError] = useState<unknown>(null);
  const firstField = useRef<HTMLTextAreaElement>(null);
  const result = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    let live = true;
    openMessageForm().then(
      (form) => live && setState({ step: "open", form }),
      (e) => live && setState({ step: "failed", error: e }),
    );
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    if (state.step === "open") firstField.current?.focus();
    if (state.step === "sent") result.current?.focus();
  }, [state.step]);

  const languages = optionsFor(lang, reference?.languages ?? [], "language");
  const wording = { translate: reasonTranslator(lang), locale: LANGUAGE[lang].tag };
  const describe = (e: unknown) =>
    e instanceof ApiError && e.code === "NETWORK"
      ? t.networkError
      : e instanceof ApiError && !e.body.reason && e.code === "RATE_LIMITED"
        ? t.rateLimited(e.retryAfterSeconds)
        : errorText(e, wording);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (state.step !== "open") return;
    setError(null);
    setState({ step: "sending", form: state.form });
    try {
      await sendMessage({
        keyPersonId: person.id,
        message,
        languageCode: language || null,
        replyChannel: channel,
        reply,
        formToken: state.form.token,
        website: trap,
      });
      setState({ step: "sent" });
    } catch (e) {
      setError(e);
      // An expired form gets a fresh token; everything typed stays.
      const expired = e instanceof ApiError && e.body.reason === "MESSAGE_FORM_EXPIRED";
      setState({ step: "open", form: expired ? await openMessageForm().catch(() => state.form) : state.form });
    }
  };

  const title = t.messageTitle(person.displayName ?? null);
  return (
    <section className="pk-message" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{title}</h4>
      {state.step === "opening" && <p className="pk-loading">{t.formLoading}</p>}
      {state.step === "failed" && (
        <div className="pk-error" role="alert">
          <p>{describe(state.error)}</p>
        </div>
      )}
      {state.step === "sent" && (
        <div className="pk-sent" role="status">
          <p ref={result} tabIndex={-1}>
            {t.sent}
          </p>
          <p className="pk-hint">{t.sentKept(KEEP_SENT_DAYS)}</p>
          <button type="button" className="pk-button pk-button-quiet" onClick={onClose}>
            {t.cancel}
          </button>
        </div>
      )}
      {(state.step === "open" || state.step === "sending") && (
        <form onSubmit={submit} noValidate data-testid="message-form">
          <p className="pk-hint">{t.messageIntro}</p>
          <div className="pk-field">
            <label htmlFor={`${id}-message`}>{t.messageLabel}</label>
            <textarea
              ref={firstField}
              id={`${id}-message`}
              name="message"
              rows={5}
              maxLength={MESSAGE_MAX}
              required
              dir="auto"
              value={message}
              onChange={(event) => setMessage(event.target.value)}
              aria-describedby={`${id}-count`}
            />
            <span id={`${id}-count`} className="pk-hint">
              {t.messageCount(message.length, MESSAGE_MAX)}
            </span>
          </div>
          <div className="pk-field">
            <label htmlFor={`${id}-language`}>{t.messageLanguage}</label>
            <select id={`${id}-language`} name="messageLanguage" value={language} onChange={(event) => setLanguage(event.target.value)}>
              <option value="">{t.messageNoLanguage}</option>
              {languages.map((option) => (
                <option key={option.code} value={option.code}>
                  {option.label}
                </option>
              ))}
            </select>
          </div>
          <fieldset className="pk-reply">
            <legend>{t.replyBy}</legend>
            <div className="pk-radios">
              <label>
                <input type="radio" name={`${id}-channel`} value="PHONE" checked={channel === "PHONE"} onChange={() => setChannel("PHONE")} /> {t.replyPhone}
              </label>
              <label>
                <input type="radio" name={`${id}-channel`} value="EMAIL" checked={channel === "EMAIL"} onChange={() => setChannel("EMAIL")} /> {t.replyEmail}
              </label>
            </div>
            <div className="pk-field">
              <label htmlFor={`${id}-reply`}>{channel === "EMAIL" ? t.replyEmailLabel : t.replyPhoneLabel}</label>
              <input
                id={`${id}-reply`}
                name="reply"
                type={channel === "EMAIL" ? "email" : "tel"}
                autoComplete={channel === "EMAIL" ? "email" : "tel"}
                dir="ltr"
                required
                maxLength={120}
                value={reply}
                onChange={(event) => setReply(event.target.value)}
              />
            </div>
          </fieldset>
          {/* The honeypot: hidden from people and from screen readers; a program that fills it in is refused. */}
          <div className="pk-trap" aria-hidden="true">
            <label htmlFor={`${id}-website`}>{t.trapLabel}</label>
            <input
              id={`${id}-website`}
              name="website"
              type="text"
              tabIndex={-1}
              autoComplete="off"
              value={trap}
              onChange={(event) => setTrap(event.target.value)}
            />
          </div>
          {error ? (
            <div className="pk-error" role="alert">
              <p>{describe(error)}</p>
            </div>
          ) : null}
          <div className="pk-actions">
            <button type="submit" className="pk-button" disabled={state.step === "sending"}>
              {state.step === "sending" ? t.sending : t.send}
            </button>
            <button type="button" className="pk-button pk-button-quiet" onClick={onClose}>
              {t.cancel}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
