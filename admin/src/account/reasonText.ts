import { useTranslate } from "react-admin";
import { errorText } from "../common/wordReason";
import { useDisplayLocale } from "../common/useLocalizedName";

/** The server's refusal in the reader's language, worded by its reason code (common/wordReason.ts). */
export function useReasonText() {
  const translate = useTranslate();
  const locale = useDisplayLocale();
  return (error: unknown): string => errorText(error, { translate, locale });
}

/** The password lengths the server applies (server/src/domain/password-rules.ts); the server checks the rest. */
export { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "../../../server/src/domain/password-rules";
