import type { Page, PublicOrganisation } from "./api";
import type { Texts } from "./i18n";
import { placeLabel } from "./municipalities";

interface Props {
  t: Texts;
  organisations: Page<PublicOrganisation> | null;
  loadingMore: boolean;
  onMore: () => void;
}

/** Only web addresses are links (the server checks this too): never javascript: or data:. */
function safeWebsite(website: string | null): string | null {
  if (!website) return null;
  try {
    const url = new URL(website);
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : null;
  } catch {
    return null;
  }
}

const shortUrl = (href: string) => href.replace(/^https?:\/\/(www\.)?/, "").replace(/\/$/, "");

/** The social map: organisations that chose to be on the public map. */
export function Organisations({ t, organisations, loadingMore, onMore }: Props) {
  return (
    <section className="pk-card pk-area-organisations" aria-labelledby="organisations-title">
      <h2 id="organisations-title">{t.organisationsTitle}</h2>
      <p className="pk-hint">
        {t.organisationsIntro}
        {organisations && organisations.total > 0 ? ` ${t.organisationsFound(organisations.total)}.` : ""}
      </p>
      {organisations && !organisations.items.length && <p className="pk-empty">{t.noOrganisations}</p>}
      {organisations && organisations.items.length > 0 && (
        <ul className="pk-organisations">
          {organisations.items.map((organisation) => {
            const website = safeWebsite(organisation.website);
            return (
              <li key={organisation.id}>
                <article aria-labelledby={`organisation-${organisation.id}`}>
                  <h3 id={`organisation-${organisation.id}`}>{organisation.name}</h3>
                  <p className="pk-muted">
                    {t.kinds[organisation.kind] ?? t.kinds.OTHER}
                    {organisation.municipality ? ` · ${placeLabel(organisation.municipality.code, organisation.municipality.name)}` : ""}
                  </p>
                  <p>{organisation.offers}</p>
                  {website && (
                    <p>
                      <a href={website} target="_blank" rel="noopener noreferrer">
                        {t.website}: {shortUrl(website)}
                        <span className="pk-visually-hidden"> {t.opensNewWindow}</span>
                      </a>
                    </p>
                  )}
                </article>
              </li>
            );
          })}
        </ul>
      )}
      {organisations && organisations.items.length < organisations.total && (
        <button type="button" className="pk-button pk-more" onClick={onMore} disabled={loadingMore}>
          {loadingMore ? t.loading : t.showMore(organisations.items.length, organisations.total)}
        </button>
      )}
    </section>
  );
}
