import { useState } from "react";
import { useNotify, useRefresh } from "react-admin";

/**
 * Runs one of the matching actions (propose, answer, complete, relocate), then says so
 * and reloads what is on screen; the server's message is shown when it refuses.
 */
export function useMatchingAction() {
  const notify = useNotify();
  const refresh = useRefresh();
  const [running, setRunning] = useState(false);

  const run = async <T>(
    action: () => Promise<T>,
    success: string | ((result: T) => { message: string; args?: Record<string, unknown> }),
  ): Promise<T | undefined> => {
    setRunning(true);
    try {
      const result = await action();
      const { message, args } = typeof success === "string" ? { message: success, args: undefined } : success(result);
      notify(message, { type: "success", messageArgs: args });
      refresh();
      return result;
    } catch (error) {
      notify((error as Error).message, { type: "error" });
      return undefined;
    } finally {
      setRunning(false);
    }
  };

  return { run, running };
}
