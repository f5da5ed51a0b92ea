import { useEffect, useRef, useState } from "react";
import type { Page, PublicKeyPerson, Reference } from "./api";
import { languageName, topicName, type Lang, type Texts } from "./i18n";
import { MessageForm } from "./MessageForm";
import { distanceKm, PLACE_BY_CODE, placeLabel } from "./municipalities";

interface Props {
  t: Texts;
  lang: Lang;
  people: Page<PublicKeyPerson>;
  near: { lat: number; lon: number } | null;
  highlightLanguage: string;
  /** after "more": the index of the first new person, who gets focus */
  focusFrom: number | null;
  loadingMore: boolean;
  stale: boolean;
  onMore: () => void;
  reference: Reference | null;
  /** The language a message asks help in, to start with. */
  messageLanguage: string;
}

const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, "")}`;

function Icon({ path }: { path: string }) {
  return (
    <svg className="pk-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path fill="currentColor" d={path} />
    </svg>
  );
}

const PIN = "M12 2a7 7 0 0 0-7 7c0 5.25 7 13 7 13s7-7.75 7-13a7 7 0 0 0-7-7zm0 9.5A2.5 2.5 0 1 1 12 6.5a2.5 2.5 0 0 1 0 5z";
const MAIL = "M20 4H4a2 2 0 0 0-2 2v12a2 2 0 0 0 2 2h16a2 2 0 0 0 2-2V6a2 2 0 0 0-2-2zm0 4-8 5-8-5V6l8 5 8-5v2z";
/** Reach lists this many municipalities, then "and N more" (a button shows them all). */
const REACH_SHOWN = 6;

const MESSAGE = "M20 2H4a2 2 0 0 0-2 2v18l4-4h14a2 2 0 0 0 2-2V4a2 2 0 0 0-2-2zm-2 12H6v-2h12v2zm0-3H6V9h12v2zm0-3H6V6h12v2z";

function Reach({ t, reach }: { t: Texts; reach: { code: string; name: string }[] }) {
  const [all, setAll] = useState(false);
  const names = reach.map((m) => placeLabel(m.code, m.name));
  const shown = all ? names : names.slice(0, REACH_SHOWN);
  return (
    <>
      {shown.join(", ")}
      {names.length > shown.length && (
        <>
          {" "}
          <button type="button" className="pk-link-button" onClick={() => setAll(true)}>
            {t.reachMore(names.length - shown.length)}
          </button>
        </>
      )}
    </>
  );
}

const PHONE =
  "M6.62 10.79a15.05 15.05 0 0 0 6.59 6.59l2.2-2.2a1 1 0 0 1 1.02-.24c1.12.37 2.33.57 3.57.57a1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.45.57 3.57a1 1 0 0 1-.25 1.02l-2.2 2.2z";

function Person({
  t,
  lang,
  person,
  near,
  highlightLanguage,
  index,
  reference,
  messageLanguage,
}: {
  t: Texts;
  lang: Lang;
  person: PublicKeyPerson;
  near: Props["near"];
  highlightLanguage: string;
  index: number;
  reference: Reference | null;
  messageLanguage: string;
}) {
  const [writing, setWriting] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const headingId = `person-${person.id}`;
  const place = person.municipality ? PLACE_BY_CODE.get(person.municipality.code) : undefined;
  const km = near && place ? Math.round(distanceKm(near, place)) : null;
  return (
    <li className="pk-person" data-index={index}>
      <article aria-labelledby={headingId}>
        <h3 id={headingId} tabIndex={-1} className={person.displayName ? "" : "pk-muted"}>
          {person.displayName ?? t.nameNotPublic}
        </h3>
        <p className="pk-place">
          <Icon path={PIN} />
          {person.municipality ? (
            <span>
              {placeLabel(person.municipality.code, person.municipality.name)}
              <span className="pk-muted"> · {person.municipality.province}</span>
              {km !== null && km > 0 && <span className="pk-distance"> · {t.about(km)}</span>}
            </span>
          ) : (
            <span className="pk-muted">{t.municipalityNotPublic}</span>
          )}
        </p>
        <dl className="pk-facts">
          <div>
            <dt>{t.languages}</dt>
            <dd>
              {person.languages ? (
                <ul className="pk-inline">
                  {person.languages.map((skill) => {
                    const name = languageName(lang, skill.language);
                    const detail = [t.level[skill.level], skill.dialect ? `${t.dialect}: ${skill.dialect}` : null].filter(Boolean).join(", ");
                    return (
                      <li key={skill.language.code}>
                        {skill.language.code === highlightLanguage ? <strong>{name}</strong> : name} <span className="pk-muted">({detail})</span>
                      </li>
                    );
                  })}
                </ul>
              ) : (
                <span className="pk-muted">{t.notPublic}</span>
              )}
            </dd>
          </div>
          <div>
            <dt>{t.expertiseList}</dt>
            <dd>
              {person.expertise ? (
                person.expertise.length ? (
                  <ul className="pk-tags">
                    {person.expertise.map((area) => (
                      <li key={area.code}>{topicName(lang, area)}</li>
                    ))}
                  </ul>
                ) : (
                  <span className="pk-muted">–</span>
                )
              ) : (
                <span className="pk-muted">{t.notPublic}</span>
              )}
            </dd>
          </div>
          {person.reach && person.reach.length > 0 && (
            <div>
              <dt>{t.reach}</dt>
              <dd>
                <Reach t={t} reach={person.reach} />
              </dd>
            </div>
          )}
        </dl>
        {person.remoteAvailable != null && <p className="pk-remote">{person.remoteAvailable ? t.remoteYes : t.remoteNo}</p>}
        {person.contactable && !writing && (
          <p>
            <button ref={opener} type="button" className="pk-button pk-contact-link" onClick={() => setWriting(true)}>
              <Icon path={MESSAGE} />
              <span>{t.writeMessage}</span>
            </button>
          </p>
        )}
        {writing && (
          <MessageForm
            t={t}
            lang={lang}
            person={person}
            reference={reference}
            initialLanguage={messageLanguage}
            onClose={() => {
              setWriting(false);
              setTimeout(() => opener.current?.focus(), 0);
            }}
          />
        )}
        {person.email || person.phone ? (
          <ul className="pk-contact" aria-label={t.contact}>
            {person.email && (
              <li>
                <a className="pk-button pk-contact-link" href={`mailto:${person.email}`}>
                  <Icon path={MAIL} />
                  <span>
                    <span className="pk-visually-hidden">{t.email}: </span>
                    {person.email}
                  </span>
                </a>
              </li>
            )}
            {person.phone && (
              <li>
                <a className="pk-button pk-contact-link" href={telHref(person.phone)}>
                  <Icon path={PHONE} />
                  <span>
                    <span className="pk-visually-hidden">{t.phone}: </span>
                    {person.phone}
                  </span>
                </a>
              </li>
            )}
          </ul>
        ) : person.contactable ? null : (
          <p className="pk-note">{t.noContact}</p>
        )}
      </article>
    </li>
  );
}

export function ResultList({ t, lang, people, near, highlightLanguage, focusFrom, loadingMore, stale, onMore, reference, messageLanguage }: Props) {
  const listRef = useRef<HTMLOListElement>(null);

  useEffect(() => {
    if (focusFrom === null) return;
    listRef.current?.querySelector<HTMLElement>(`li[data-index="${focusFrom}"] h3`)?.focus();
  }, [focusFrom, people]);

  if (!people.items.length) return stale ? null : <p className="pk-empty">{t.noResults}</p>;
  return (
    <>
      <ol ref={listRef} className={`pk-people${stale ? " pk-stale" : ""}`} aria-labelledby="results-title">
        {people.items.map((person, index) => (
          <Person
            key={person.id}
            t={t}
            lang={lang}
            person={person}
            near={near}
            highlightLanguage={highlightLanguage}
            index={index}
            reference={reference}
            messageLanguage={messageLanguage}
          />
        ))}
      </ol>
      {people.items.length < people.total && (
        <button type="button" className="pk-button pk-more" onClick={onMore} disabled={loadingMore}>
          {loadingMore ? t.loading : t.showMore(people.items.length, people.total)}
        </button>
      )}
    </>
  );
}
