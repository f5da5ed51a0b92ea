import { Component, lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { errorText } from "../common/wordReason";
import { reasonTranslator } from "./reasonTranslator";
import {
  ApiError,
  loadReference,
  moreOrganisations,
  morePeople,
  moreServices,
  search,
  type Page,
  type PublicCareService,
  type PublicKeyPerson,
  type PublicOrganisation,
  type Reference,
} from "./api";
import { Filters } from "./Filters";
import { initialLang, LANGUAGE, languageName, rememberLang, startingLanguage, TEXTS, topicName, type Lang, type Texts } from "./i18n";
import { LanguagePicker, UnreviewedNotice } from "./LanguagePicker";
import { MunicipalityTable } from "./MunicipalityTable";
import { PLACE_BY_CODE } from "./municipalities";
import { Organisations } from "./Organisations";
import { ResultList } from "./ResultList";
import { Services } from "./Services";
import { EMPTY_FILTERS, filtersFromUrl, filtersToUrl, pointOf, toSearchInput, type Counts, type Filters as FilterState, type Location } from "./state";

// Leaflet and the boundaries load after the page: filters and list work before, and without, the map.
const MunicipalityMap = lazy(() => import("./MunicipalityMap"));

class MapBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

function ErrorNotice({ error, t, lang, onRetry }: { error: unknown; t: Texts; lang: Lang; onRetry?: () => void }) {
  const apiError = error instanceof ApiError ? error : null;
  let message: string;
  if (apiError?.code === "RATE_LIMITED") message = t.rateLimited(apiError.retryAfterSeconds);
  else if (apiError?.code === "NETWORK") message = t.networkError;
  else message = `${t.serverError} ${errorText(error, { translate: reasonTranslator(lang), locale: LANGUAGE[lang].tag })}`;
  return (
    <div className="pk-error" role="alert">
      <p>{message}</p>
      {onRetry && (
        <button type="button" className="pk-button" onClick={onRetry}>
          {t.retry}
        </button>
      )}
    </div>
  );
}

function summaryOf(t: Texts, lang: Lang, filters: FilterState, total: number, reference: Reference | null): string {
  const parts = [t.found(total)];
  const language = reference?.languages.find((l) => l.code === filters.language);
  if (language) parts.push(t.speaking(languageName(lang, language)));
  const topic = reference?.expertiseAreas.find((e) => e.code === filters.expertise);
  if (topic) parts.push(t.helpingWith(topicName(lang, topic).toLocaleLowerCase(LANGUAGE[lang].tag)));
  if (filters.location?.kind === "municipality") parts.push(t.near(filters.km, PLACE_BY_CODE.get(filters.location.code)?.label ?? ""));
  else if (filters.location?.kind === "point") parts.push(t.near(filters.km, t.myLocation.toLowerCase()));
  else parts.push(t.inNetherlands);
  return `${parts.join(" ")}.${filters.location && total > 1 ? ` ${t.nearestFirst}` : ""}`;
}

export function PublicMap() {
  const [lang, setLang] = useState<Lang>(initialLang);
  const t = TEXTS[lang];
  const [filters, setFilters] = useState<FilterState>(() => filtersFromUrl(window.location.search));
  /** The language filter that the page's language chose (issue 19), until the visitor chooses one themselves. */
  const autoLanguage = useRef<string | null>(new URLSearchParams(window.location.search).has("language") ? null : "");
  const [reference, setReference] = useState<Reference | null>(null);
  const [referenceError, setReferenceError] = useState<unknown>(null);
  const [referenceAttempt, setReferenceAttempt] = useState(0);
  const [people, setPeople] = useState<Page<PublicKeyPerson> | null>(null);
  const [peoplePage, setPeoplePage] = useState(1);
  const [organisations, setOrganisations] = useState<Page<PublicOrganisation> | null>(null);
  const [organisationsPage, setOrganisationsPage] = useState(1);
  const [services, setServices] = useState<Page<PublicCareService> | null>(null);
  const [servicesPage, setServicesPage] = useState(1);
  const [counts, setCounts] = useState<Counts>(new Map());
  const [loading, setLoading] = useState(true);
  const [loadingMore, setLoadingMore] = useState<"people" | "organisations" | "services" | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const [mapShown, setMapShown] = useState(true);
  /** The summary that screen readers hear: set only when a search has finished. */
  const [summary, setSummary] = useState("");
  /** the index of the first person of the page just loaded with "more", to move focus there */
  const [focusFrom, setFocusFrom] = useState<number | null>(null);

  useEffect(() => {
    rememberLang(lang);
    document.title = `${t.title} – ${t.tagline}`;
  }, [lang, t]);

  // The language filter starts with the page's language, when listed key persons speak it;
  // a new page language moves it along, unless the visitor chose a language filter themselves.
  useEffect(() => {
    if (!reference || autoLanguage.current === null) return;
    const counts = reference.publicLanguageCounts.map((c) => ({ code: c.language.code, keyPersons: c.keyPersons }));
    const start = startingLanguage(lang, counts);
    const previous = autoLanguage.current;
    autoLanguage.current = start;
    setFilters((current) => (current.language === previous && current.language !== start ? { ...current, language: start } : current));
  }, [lang, reference]);

  const changeFilters = useCallback((next: FilterState) => {
    setFilters((current) => {
      if (next.language !== current.language) autoLanguage.current = null;
      return next;
    });
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    setReferenceError(null);
    loadReference(controller.signal).then(setReference, (e) => controller.signal.aborted || setReferenceError(e));
    return () => controller.abort();
  }, [referenceAttempt]);

  // A code from an old or mistyped link that the server does not know: drop it.
  useEffect(() => {
    if (!reference) return;
    setFilters((current) => {
      const language = reference.languages.some((l) => l.code === current.language) ? current.language : "";
      const expertise = reference.expertiseAreas.some((e) => e.code === current.expertise) ? current.expertise : "";
      return language === current.language && expertise === current.expertise ? current : { ...current, language, expertise };
    });
  }, [reference]);

  useEffect(() => {
    const url = `${window.location.pathname}${filtersToUrl(filters, lang)}${window.location.hash}`;
    if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) window.history.replaceState(null, "", url);
  }, [filters, lang]);

  // Keyed by what is asked: a change that asks the same (the distance without a place) asks nothing.
  const inputKey = JSON.stringify(toSearchInput(filters));
  const input = useMemo(() => JSON.parse(inputKey) as ReturnType<typeof toSearchInput>, [inputKey]);
  const inputRef = useRef(input);
  inputRef.current = input;

  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    setError(null);
    search(input, controller.signal).then(
      (result) => {
        setPeople(result.publicKeyPersons);
        setPeoplePage(1);
        setOrganisations(result.publicOrganisations);
        setOrganisationsPage(1);
        setServices(result.publicServices);
        setServicesPage(1);
        setCounts(new Map(result.publicMunicipalityCounts.map((c) => [c.municipality.code, c])));
        setFocusFrom(null);
        setLoading(false);
      },
      (e) => {
        if (controller.signal.aborted) return;
        setError(e);
        setLoading(false);
      },
    );
    return () => controller.abort();
  }, [input, attempt]);

  useEffect(() => {
    if (people && !loading) setSummary(summaryOf(t, lang, filters, people.total, reference));
    // The summary follows a finished search (and the language), not each change of the filters:
    // screen readers hear it once, when the list has changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- filters and t are read as they are when the search finished
  }, [people, loading, lang, reference]);

  const loadMorePeople = useCallback(async () => {
    if (!people) return;
    const asked = inputRef.current;
    setLoadingMore("people");
    setError(null);
    try {
      const next = await morePeople(asked, peoplePage + 1);
      if (inputRef.current !== asked) return;
      const known = new Set(people.items.map((p) => p.id));
      setFocusFrom(people.items.length);
      setPeople({ items: [...people.items, ...next.items.filter((p) => !known.has(p.id))], total: next.total });
      setPeoplePage(peoplePage + 1);
    } catch (e) {
      setError(e);
    } finally {
      setLoadingMore(null);
    }
  }, [people, peoplePage]);

  const loadMoreOrganisations = useCallback(async () => {
    if (!organisations) return;
    const asked = inputRef.current;
    setLoadingMore("organisations");
    setError(null);
    try {
      const next = await moreOrganisations(asked, organisationsPage + 1);
      if (inputRef.current !== asked) return;
      const known = new Set(organisations.items.map((o) => o.id));
      setOrganisations({ items: [...organisations.items, ...next.items.filter((o) => !known.has(o.id))], total: next.total });
      setOrganisationsPage(organisationsPage + 1);
    } catch (e) {
      setError(e);
    } finally {
      setLoadingMore(null);
    }
  }, [organisations, organisationsPage]);

  const loadMoreServices = useCallback(async () => {
    if (!services) return;
    const asked = inputRef.current;
    setLoadingMore("services");
    setError(null);
    try {
      const next = await moreServices(asked, servicesPage + 1);
      if (inputRef.current !== asked) return;
      const known = new Set(services.items.map((s) => s.id));
      setServices({ items: [...services.items, ...next.items.filter((s) => !known.has(s.id))], total: next.total });
      setServicesPage(servicesPage + 1);
    } catch (e) {
      setError(e);
    } finally {
      setLoadingMore(null);
    }
  }, [services, servicesPage]);

  const chooseMunicipality = useCallback((code: string) => {
    setFilters((current) => ({ ...current, location: code ? { kind: "municipality", code } : null }));
  }, []);

  const setLocation = useCallback((location: Location | null) => setFilters((current) => ({ ...current, location })), []);

  const searchThere = useCallback(
    (code: string) => {
      chooseMunicipality(code);
      document.getElementById("results-title")?.focus();
    },
    [chooseMunicipality],
  );

  const near = pointOf(filters.location);
  const selectedCode = filters.location?.kind === "municipality" ? filters.location.code : null;

  return (
    <>
      <a className="pk-skip" href="#results-title">
        {t.skipToResults}
      </a>
      <header className="pk-header">
        <div className="pk-header-inner">
          <div className="pk-brand">
            <svg className="pk-logo" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              <path
                fill="currentColor"
                d="M12.65 10A5.99 5.99 0 0 0 7 6c-3.31 0-6 2.69-6 6s2.69 6 6 6a5.99 5.99 0 0 0 5.65-4H17v4h4v-4h2v-4H12.65zM7 14c-1.1 0-2-.9-2-2s.9-2 2-2 2 .9 2 2-.9 2-2 2z"
              />
            </svg>
            <div>
              <h1>{t.title}</h1>
              <p className="pk-tagline">{t.tagline}</p>
            </div>
          </div>
          <LanguagePicker t={t} lang={lang} onChange={setLang} />
        </div>
      </header>

      <UnreviewedNotice t={t} lang={lang} />
      <main id="main" className="pk-main">
        <section className="pk-intro" aria-labelledby="intro-title">
          <div>
            <h2 id="intro-title">{t.introTitle}</h2>
            <p>{t.intro}</p>
            <p>
              {t.introConsent} {t.introContact}
            </p>
          </div>
          <aside className="pk-emergency" aria-labelledby="emergency-title">
            <h2 id="emergency-title">{t.emergencyTitle}</h2>
            <ul>
              <li>
                {t.emergency112} <a href="tel:112">{t.emergency112Call}</a>
              </li>
              <li>
                {t.emergencyVeiligThuis} <a href="tel:08002000">0800-2000</a> <span className="pk-free">({t.emergencyFree})</span>
              </li>
              <li>
                {t.emergencyCsg} <a href="tel:08000188">0800-0188</a> <span className="pk-free">({t.emergencyFree})</span>
              </li>
            </ul>
          </aside>
        </section>

        <div className="pk-layout">
          <div className="pk-area-filters">
            {referenceError ? <ErrorNotice error={referenceError} t={t} lang={lang} onRetry={() => setReferenceAttempt((n) => n + 1)} /> : null}
            <Filters
              t={t}
              lang={lang}
              reference={reference}
              filters={filters}
              onChange={changeFilters}
              onLocation={setLocation}
              onClear={() => changeFilters(EMPTY_FILTERS)}
            />
          </div>

          <section className="pk-card pk-area-map" aria-labelledby="map-title">
            <div className="pk-section-head">
              <h2 id="map-title">{t.mapTitle}</h2>
              <button
                type="button"
                className="pk-button pk-button-quiet"
                aria-expanded={mapShown}
                aria-controls="map-body"
                onClick={() => setMapShown(!mapShown)}
              >
                {mapShown ? t.hideMap : t.showMap}
              </button>
            </div>
            <div id="map-body" hidden={!mapShown}>
              {mapShown && (
                <MapBoundary fallback={<p className="pk-note">{t.mapFailed}</p>}>
                  <Suspense fallback={<div className="pk-map pk-map-loading">{t.mapLoading}</div>}>
                    <MunicipalityMap
                      t={t}
                      dir={LANGUAGE[lang].dir}
                      counts={counts}
                      selectedCode={selectedCode}
                      near={near}
                      km={filters.km}
                      onSelect={chooseMunicipality}
                    />
                  </Suspense>
                </MapBoundary>
              )}
            </div>
            <MunicipalityTable t={t} counts={counts} onSearchThere={searchThere} />
          </section>

          <section className="pk-card pk-area-results" aria-labelledby="results-title" aria-busy={loading || loadingMore === "people"}>
            <h2 id="results-title" tabIndex={-1}>
              {t.resultsTitle}
            </h2>
            <p className="pk-summary" role="status" aria-live="polite">
              {summary}
            </p>
            {loading && <p className="pk-loading">{t.loading}</p>}
            {error ? <ErrorNotice error={error} t={t} lang={lang} onRetry={() => setAttempt((n) => n + 1)} /> : null}
            {people && (
              <ResultList
                t={t}
                lang={lang}
                people={people}
                near={near}
                highlightLanguage={filters.language}
                focusFrom={focusFrom}
                loadingMore={loadingMore === "people"}
                onMore={loadMorePeople}
                stale={loading}
                reference={reference}
                messageLanguage={
                  filters.language ||
                  startingLanguage(
                    lang,
                    (reference?.publicLanguageCounts ?? []).map((c) => ({ code: c.language.code, keyPersons: c.keyPersons })),
                  )
                }
              />
            )}
          </section>

          <Services
            t={t}
            lang={lang}
            services={services}
            loadingMore={loadingMore === "services"}
            onMore={loadMoreServices}
            highlightLanguage={filters.language}
          />

          <Organisations t={t} organisations={organisations} loadingMore={loadingMore === "organisations"} onMore={loadMoreOrganisations} />
        </div>
      </main>

      <footer className="pk-footer">
        <p>{t.dataSource}</p>
        <p>
          <a href="/">{t.console}</a>
        </p>
      </footer>
    </>
  );
}
