export const normaliseIban = (iban: string) => iban.replace(/\s+/g, "").toUpperCase();

/** ISO 13616: country, check digits, then a mod-97 check over the rearranged number. */
export function ibanProblem(raw: string): { reason: "IBAN_MALFORMED" | "IBAN_CHECK_FAILED"; message: string } | null {
  const iban = normaliseIban(raw);
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(iban)) return { reason: "IBAN_MALFORMED", message: `"${raw}" is not an IBAN (e.g. NL91 ABNA 0417 1643 00)` };
  const digits = (iban.slice(4) + iban.slice(0, 4)).replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let remainder = 0;
  for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  return remainder === 1 ? null : { reason: "IBAN_CHECK_FAILED", message: `"${raw}" is not a valid IBAN: its check digits do not match` };
}
