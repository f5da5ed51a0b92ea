// The browser's check of an IBAN before it is sent (the server checks again): the
// ISO 13616 form and the mod-97 check digits. Pure, so unit-tested.

export const normaliseIban = (iban: string): string => iban.replace(/\s+/g, "").toUpperCase();

export function isValidIban(raw: string): boolean {
  const iban = normaliseIban(raw);
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(iban)) return false;
  const digits = (iban.slice(4) + iban.slice(0, 4)).replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let remainder = 0;
  for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  return remainder === 1;
}

/** NL91ABNA0417164300 -> "NL91 ABNA 0417 1643 00" */
export const formatIban = (iban: string): string => normaliseIban(iban).replace(/(.{4})(?=.)/g, "$1 ");
