import { useState } from "react";
import { useDataProvider, useNotify, useRefresh } from "react-admin";
import type { SleutelkaartDataProvider } from "../dataProvider";

/** Runs one of the key person mutations beside the form, then says so and reloads the record. */
export function useKeyPersonAction() {
  const dataProvider = useDataProvider<SleutelkaartDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [saving, setSaving] = useState(false);

  const run = async (action: (provider: SleutelkaartDataProvider) => Promise<unknown>, successMessage: string) => {
    setSaving(true);
    try {
      await action(dataProvider);
      notify(successMessage, { type: "success" });
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: "error" });
    } finally {
      setSaving(false);
    }
  };

  return { run, saving };
}
