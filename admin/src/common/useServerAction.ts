import { useState } from "react";
import { useTranslate } from "react-admin";
import { errorText } from "./wordReason";
import { useDisplayLocale } from "./useLocalizedName";

/**
 * One request of a form or dialog: `busy` while it runs, and when the server refuses,
 * its message (in the reader's language where the console knows it) as `error`.
 * `run` answers whether the work succeeded.
 */
export function useServerAction() {
  const translate = useTranslate();
  const locale = useDisplayLocale();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (work: () => Promise<void>): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      await work();
      return true;
    } catch (caught) {
      setError(errorText(caught, { translate, locale }));
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { run, busy, error, setError };
}
