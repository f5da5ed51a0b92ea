import { useEffect, useRef } from "react";
import { useDataProvider, useLocaleState } from "react-admin";
import { getStoredMe, storeMe } from "../authProvider";
import type { SleutelkaartDataProvider } from "../dataProvider";
import { isLocale } from "../i18n";

/**
 * The user's language lives on the server (User.locale), so it follows them to another
 * browser: adopt it after login, and save it (setMyLocale) when they switch.
 */
export const LocaleSync = () => {
  const [locale, setLocale] = useLocaleState();
  const dataProvider = useDataProvider<SleutelkaartDataProvider>();
  // the locale already handled: StrictMode runs an effect twice with the same values
  const handled = useRef<string | null>(null);

  useEffect(() => {
    if (handled.current === locale) return;
    const firstRun = handled.current === null;
    handled.current = locale;
    const me = getStoredMe();
    if (!me) return;
    if (firstRun) {
      if (isLocale(me.locale) && me.locale !== locale) setLocale(me.locale);
      return;
    }
    if (me.locale === locale) return;
    storeMe({ ...me, locale });
    dataProvider.setMyLocale(locale).catch(() => {
      // the switch already happened on screen; the server copy is a convenience
      storeMe(me);
    });
  }, [locale, setLocale, dataProvider]);

  return null;
};
