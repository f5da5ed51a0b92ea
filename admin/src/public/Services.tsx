import type { Page, PublicCareService } from "./api";
import { languageName, topicName, type Lang, type Texts } from "./i18n";

interface Props {
  t: Texts;
  lang: Lang;
  services: Page<PublicCareService> | null;
  loadingMore: boolean;
  onMore: () => void;
  highlightLanguage: string;
}

/** Only web addresses are links (never javascript: or data:). */
function safeUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.href : null;
  } catch {
    return null;
  }
}

const telHref = (number: string) => `tel:${number.replace(/[^\d+]/g, "")}`;

/** Care services (issue 18): public, active services of organisations, beside the key persons. */
export function Services({ t, lang, services, loadingMore, onMore, highlightLanguage }: Props) {
  return (
    <section className="pk-card pk-area-services" aria-labelledby="services-title" data-testid="public-services">
      <h2 id="services-title">{t.servicesTitle}</h2>
      <p className="pk-hint">
        {t.servicesIntro}
        {services && services.total > 0 ? ` ${t.servicesFound(services.total)}.` : ""}
      </p>
      {services && !services.items.length && <p className="pk-empty">{t.noServices}</p>}
      {services && services.items.length > 0 && (
        <ul className="pk-services">
          {services.items.map((service) => {
            const url = safeUrl(service.url);
            const speaks = service.languages.some((l) => l.code === highlightLanguage);
            return (
              <li key={service.id}>
                <article aria-labelledby={`service-${service.id}`} className="pk-service">
                  <h3 id={`service-${service.id}`}>{service.name}</h3>
                  <p className="pk-muted">
                    {service.organisationName}
                    {" · "}
                    {service.nationwide ? t.serviceNationwide : service.municipalities.map((m) => m.name).join(", ") || t.serviceNationwide}
                  </p>
                  {(service.anonymousLine || service.interpretersAvailable) && (
                    <ul className="pk-tags">
                      {service.anonymousLine && <li>{t.serviceAnonymous}</li>}
                      {service.interpretersAvailable && (
                        <li>{highlightLanguage && !speaks ? <strong>{t.serviceInterpreters}</strong> : t.serviceInterpreters}</li>
                      )}
                    </ul>
                  )}
                  {service.description && <p>{service.description}</p>}
                  <dl className="pk-facts">
                    {service.languages.length > 0 && (
                      <>
                        <dt>{t.languages}</dt>
                        <dd>
                          {service.languages.map((l, i) => (
                            <span key={l.code}>
                              {i > 0 ? ", " : ""}
                              {l.code === highlightLanguage ? <strong>{languageName(lang, l)}</strong> : languageName(lang, l)}
                            </span>
                          ))}
                        </dd>
                      </>
                    )}
                    {service.topics.length > 0 && (
                      <>
                        <dt>{t.expertiseList}</dt>
                        <dd>{service.topics.map((topic) => topicName(lang, topic)).join(", ")}</dd>
                      </>
                    )}
                    {service.applicationProcess && (
                      <>
                        <dt>{t.serviceAfterContact}</dt>
                        <dd>{service.applicationProcess}</dd>
                      </>
                    )}
                    {service.feesDescription && (
                      <>
                        <dt>{t.serviceCosts}</dt>
                        <dd>{service.feesDescription}</dd>
                      </>
                    )}
                  </dl>
                  <p className="pk-contact">
                    {service.phones.map((phone) => (
                      <a key={phone.number} className="pk-button pk-contact-link" href={telHref(phone.number)}>
                        {t.phone}: {phone.number}
                        {phone.description ? ` (${phone.description})` : ""}
                      </a>
                    ))}
                    {service.email && (
                      <a className="pk-button pk-contact-link" href={`mailto:${service.email}`}>
                        {t.email}: {service.email}
                      </a>
                    )}
                    {url && (
                      <a href={url} target="_blank" rel="noopener noreferrer">
                        {t.website}
                        <span className="pk-visually-hidden"> {t.opensNewWindow}</span>
                      </a>
                    )}
                  </p>
                </article>
              </li>
            );
          })}
        </ul>
      )}
      {services && services.items.length < services.total && (
        <button type="button" className="pk-button pk-more" onClick={onMore} disabled={loadingMore}>
          {loadingMore ? t.loading : t.showMore(services.items.length, services.total)}
        </button>
      )}
      <p className="pk-note">
        {t.servicesOpenData} <a href="/hsds/services">/hsds</a>
      </p>
    </section>
  );
}
