import { useId, useMemo, useState } from "react";
import type { Reference } from "./api";
import { optionsFor, type Lang, type Texts } from "./i18n";
import { inNetherlands, PLACES } from "./municipalities";
import { DISTANCES, type Filters as FilterState, type Location } from "./state";

interface Props {
  t: Texts;
  lang: Lang;
  reference: Reference | null;
  filters: FilterState;
  onChange: (filters: FilterState) => void;
  onLocation: (location: Location | null) => void;
  onClear: () => void;
}

/** About 1 km: enough to find people within 10 km, without sending where exactly someone is. */
const round = (value: number) => Math.round(value * 100) / 100;

type Locating = { state: "idle" } | { state: "busy" } | { state: "failed"; message: string };

export function Filters({ t, lang, reference, filters, onChange, onLocation, onClear }: Props) {
  const id = useId();
  const [locating, setLocating] = useState<Locating>({ state: "idle" });
  const languages = useMemo(() => optionsFor(lang, reference?.languages ?? [], "language"), [lang, reference]);
  const topics = useMemo(() => optionsFor(lang, reference?.expertiseAreas ?? [], "topic"), [lang, reference]);

  const useMyLocation = () => {
    if (!("geolocation" in navigator)) {
      setLocating({ state: "failed", message: t.locationUnsupported });
      return;
    }
    setLocating({ state: "busy" });
    navigator.geolocation.getCurrentPosition(
      (position) => {
        const point = { lat: round(position.coords.latitude), lon: round(position.coords.longitude) };
        if (!inNetherlands(point)) {
          setLocating({ state: "failed", message: t.locationOutside });
          return;
        }
        setLocating({ state: "idle" });
        onLocation({ kind: "point", ...point });
      },
      (error) => setLocating({ state: "failed", message: error.code === error.PERMISSION_DENIED ? t.locationDenied : t.locationFailed }),
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 300_000 },
    );
  };

  const municipalityValue = filters.location?.kind === "municipality" ? filters.location.code : "";
  const atMyLocation = filters.location?.kind === "point";
  const filtered = filters.language || filters.expertise || filters.location;

  return (
    <form className="pk-card pk-filters" role="search" aria-labelledby={`${id}-title`} onSubmit={(event) => event.preventDefault()}>
      <h2 id={`${id}-title`}>{t.filtersTitle}</h2>

      <div className="pk-field">
        <label htmlFor={`${id}-language`}>
          {t.language} <span className="pk-hint">{t.languageHint}</span>
        </label>
        <select id={`${id}-language`} name="language" value={filters.language} onChange={(event) => onChange({ ...filters, language: event.target.value })}>
          <option value="">{t.allLanguages}</option>
          {languages.map((option) => (
            <option key={option.code} value={option.code}>
              {option.label}
            </option>
          ))}
        </select>
      </div>

      <div className="pk-field">
        <label htmlFor={`${id}-topic`}>
          {t.expertise} <span className="pk-hint">{t.expertiseHint}</span>
        </label>
        <select id={`${id}-topic`} name="topic" value={filters.expertise} onChange={(event) => onChange({ ...filters, expertise: event.target.value })}>
          <option value="">{t.allExpertise}</option>
          {topics.map((option) => (
            <option key={option.code} value={option.code}>
              {option.label}
            </option>
          ))}
        </select>
      </div>

      <fieldset className="pk-near">
        <legend>{t.nearTitle}</legend>
        <div className="pk-near-row">
          <div className="pk-field pk-grow">
            <label htmlFor={`${id}-municipality`}>{t.municipality}</label>
            <select
              id={`${id}-municipality`}
              name="municipality"
              value={municipalityValue}
              onChange={(event) => onChange({ ...filters, location: event.target.value ? { kind: "municipality", code: event.target.value } : null })}
            >
              <option value="">{atMyLocation ? t.myLocation : t.wholeCountry}</option>
              {PLACES.map((place) => (
                <option key={place.code} value={place.code}>
                  {place.label}
                </option>
              ))}
            </select>
          </div>
          <div className="pk-field">
            <label htmlFor={`${id}-km`}>{t.distance}</label>
            <select id={`${id}-km`} name="km" value={filters.km} onChange={(event) => onChange({ ...filters, km: Number(event.target.value) })}>
              {DISTANCES.map((km) => (
                <option key={km} value={km}>
                  {t.withinKm(km)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="pk-location-row">
          {atMyLocation ? (
            <button type="button" className="pk-button pk-button-quiet" onClick={() => onLocation(null)}>
              {t.clearLocation}
            </button>
          ) : (
            <button type="button" className="pk-button pk-button-quiet" onClick={useMyLocation} disabled={locating.state === "busy"}>
              <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" className="pk-icon">
                <path
                  fill="currentColor"
                  d="M12 8a4 4 0 1 0 0 8 4 4 0 0 0 0-8zm8.94 3A8.99 8.99 0 0 0 13 3.06V1h-2v2.06A8.99 8.99 0 0 0 3.06 11H1v2h2.06A8.99 8.99 0 0 0 11 20.94V23h2v-2.06A8.99 8.99 0 0 0 20.94 13H23v-2h-2.06zM12 19a7 7 0 1 1 0-14 7 7 0 0 1 0 14z"
                />
              </svg>
              {locating.state === "busy" ? t.locating : t.useMyLocation}
            </button>
          )}
          <p className="pk-hint pk-location-note" role={locating.state === "failed" ? "alert" : undefined}>
            {locating.state === "failed" ? locating.message : t.locationPrivacy}
          </p>
        </div>
      </fieldset>

      {filtered && (
        <button type="button" className="pk-button pk-button-quiet pk-clear" onClick={onClear}>
          {t.clearFilters}
        </button>
      )}
    </form>
  );
}
