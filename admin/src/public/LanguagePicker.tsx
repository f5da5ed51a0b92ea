import { useId } from "react";
import { LANGUAGE, LANGUAGES, type Lang, type Texts } from "./i18n";

const GLOBE =
  "M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm6.93 6h-2.95a15.65 15.65 0 0 0-1.38-3.56A8.03 8.03 0 0 1 18.93 8zM12 4.04c.83 1.2 1.48 2.53 1.91 3.96h-3.82c.43-1.43 1.08-2.76 1.91-3.96zM4.26 14a8.2 8.2 0 0 1 0-4h3.38a16.5 16.5 0 0 0 0 4H4.26zm.81 2h2.95c.32 1.25.78 2.45 1.38 3.56A7.99 7.99 0 0 1 5.07 16zm2.95-8H5.07a7.99 7.99 0 0 1 4.33-3.56A15.65 15.65 0 0 0 8.02 8zM12 19.96A14.1 14.1 0 0 1 10.09 16h3.82A14.1 14.1 0 0 1 12 19.96zM14.34 14H9.66a14.7 14.7 0 0 1 0-4h4.68a14.7 14.7 0 0 1 0 4zm.25 5.56c.6-1.11 1.06-2.31 1.38-3.56h2.95a8.03 8.03 0 0 1-4.33 3.56zM16.36 14a16.5 16.5 0 0 0 0-4h3.38a8.2 8.2 0 0 1 0 4h-3.38z";

/** Issue 19: the page's language, each listed by its own name (and written in its own direction). */
export function LanguagePicker({ t, lang, onChange }: { t: Texts; lang: Lang; onChange: (lang: Lang) => void }) {
  const id = useId();
  return (
    <div className="pk-lang-picker">
      <label htmlFor={id}>
        <svg className="pk-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path fill="currentColor" d={GLOBE} />
        </svg>
        <span className="pk-visually-hidden">{t.languagePickerLabel}</span>
      </label>
      <select id={id} name="lang" className="pk-lang" value={lang} onChange={(event) => onChange(event.target.value as Lang)} data-testid="language-picker">
        {LANGUAGES.map((language) => (
          <option key={language.code} value={language.code} lang={language.tag} dir={language.dir}>
            {language.name}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A translation nobody who speaks the language has checked says so, in that language. */
export function UnreviewedNotice({ t, lang }: { t: Texts; lang: Lang }) {
  if (LANGUAGE[lang].reviewed) return null;
  return (
    <div className="pk-unreviewed" role="note" data-testid="unreviewed-notice">
      <p>{t.unreviewed}</p>
    </div>
  );
}
