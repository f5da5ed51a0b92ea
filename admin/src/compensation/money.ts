// Money is integer euro cents everywhere the API is concerned; people type and read euros.
// Pure, so unit-tested (test/unit/console-compensation.test.ts).

/** "12,50" or "12.50" or 12.5 -> 1250; null for an empty or unreadable value. */
export function eurosToCents(value: number | string | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  const text = typeof value === "number" ? String(value) : value.trim().replace(/\s|€/g, "").replace(",", ".");
  if (text === "") return null;
  const euros = Number(text);
  return Number.isFinite(euros) ? Math.round(euros * 100) : null;
}

export const centsToEuros = (cents: number): number => cents / 100;

/** € 1.234,50 (nl-NL) or €1,234.50 (en-GB). */
export function formatEuros(cents: number | null | undefined, locale: string): string {
  if (cents === null || cents === undefined) return "–";
  return (cents / 100).toLocaleString(locale, { style: "currency", currency: "EUR" });
}

export function formatHours(hours: number, locale: string): string {
  return hours.toLocaleString(locale, { maximumFractionDigits: 2 });
}

/** What a number input holds: "2,5" (Dutch keyboards) or "2.5"; null when not a number. */
export function parseDecimal(value: string): number | null {
  const text = value.trim().replace(",", ".");
  if (text === "") return null;
  const number = Number(text);
  return Number.isFinite(number) ? number : null;
}
