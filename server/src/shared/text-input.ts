import { BadUserInput } from "./errors";

/** A free text from an input: trimmed; null when empty and allowed to be; refused when required and empty or too long. */
export function textInput(value: string | null | undefined, field: string, max: number, required: boolean): string | null {
  const text = (value ?? "").trim();
  if (!text) {
    if (required) throw new BadUserInput(`Fill in ${field}`, { reason: "VALUE_REQUIRED", field });
    return null;
  }
  if (text.length > max) throw new BadUserInput(`Keep ${field} under ${max + 1} characters`, { reason: "TEXT_TOO_LONG", field, params: { max } });
  return text;
}
