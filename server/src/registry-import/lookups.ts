// Names → codes for the import: languages (ISO 639-3) by code or by English or Dutch name,
// expertise by code or name, municipalities by CBS code or name. Built once from the
// reference data; pure (the reference is passed in), so it is tested without a database.

import { coded, type Coded } from "../domain/reasons";

export interface NamedCode {
  code: string;
  name: string;
  nameNl: string;
}

export interface MunicipalityRef {
  code: string;
  name: string;
  insideLat: number;
  insideLon: number;
}

/** What the import needs of ReferenceData (which has exactly these). */
export interface ImportReference {
  languages: ReadonlyMap<string, NamedCode>;
  expertise: ReadonlyMap<string, NamedCode>;
  municipalities: ReadonlyMap<string, MunicipalityRef>;
  locator: { locate(lat: number, lon: number): { code: string } | null };
}

export type Found<T> = { ok: true; value: T } | { ok: false; message: string; reason: Coded };

/** Lower case, no accents, letters and digits only: "'s-Gravenhage", "’s Gravenhage" and "S-GRAVENHAGE" are one key. */
export function lookupKey(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

/** Names people use for a municipality that are not its official name. */
const MUNICIPALITY_ALIASES: Record<string, string> = {
  "Den Haag": "GM0518",
  "The Hague": "GM0518",
  "Den Bosch": "GM0796",
};

function index<T extends { code: string }>(items: Iterable<T>, names: (item: T) => string[]): Map<string, Set<string>> {
  const byKey = new Map<string, Set<string>>();
  for (const item of items) {
    for (const name of names(item)) {
      const key = lookupKey(name);
      if (!key) continue;
      const codes = byKey.get(key) ?? new Set<string>();
      codes.add(item.code);
      byKey.set(key, codes);
    }
  }
  return byKey;
}

export class ImportLookups {
  private readonly languageByName: Map<string, Set<string>>;
  private readonly expertiseByName: Map<string, Set<string>>;
  private readonly municipalityByName: Map<string, Set<string>>;

  /** The codes profileProblems checks against. */
  readonly known: { languages: ReadonlySet<string>; expertise: ReadonlySet<string> };

  constructor(readonly reference: ImportReference) {
    this.known = { languages: new Set(reference.languages.keys()), expertise: new Set(reference.expertise.keys()) };
    this.languageByName = index(reference.languages.values(), (l) => [l.name, l.nameNl]);
    this.expertiseByName = index(reference.expertise.values(), (e) => [e.name, e.nameNl]);
    this.municipalityByName = index(reference.municipalities.values(), (m) => [m.name]);
    for (const [alias, code] of Object.entries(MUNICIPALITY_ALIASES)) {
      if (reference.municipalities.has(code)) this.municipalityByName.set(lookupKey(alias), new Set([code]));
    }
  }

  /** A language by ISO 639-3 code ("tir") or by its English or Dutch name ("Tigrinya", "Arabisch"). */
  language(text: string): Found<string> {
    const trimmed = text.trim();
    const code = trimmed.toLowerCase();
    if (/^[a-z]{3}$/.test(code) && this.reference.languages.has(code)) return { ok: true, value: code };
    return this.byName(
      trimmed,
      this.languageByName,
      this.reference.languages,
      "language",
      "an ISO 639-3 code such as tir, or a name such as Tigrinya or Arabisch",
    );
  }

  /** Whether the text names a language as a whole (also names with brackets, "Tamazight (Centraal-Marokko)"). */
  isLanguage(text: string): boolean {
    const trimmed = text.trim();
    return this.reference.languages.has(trimmed.toLowerCase()) || this.languageByName.get(lookupKey(trimmed))?.size === 1;
  }

  expertise(text: string): Found<string> {
    const trimmed = text.trim();
    const code = trimmed.toUpperCase().replace(/[\s-]+/g, "_");
    if (this.reference.expertise.has(code)) return { ok: true, value: code };
    return this.byName(
      trimmed,
      this.expertiseByName,
      this.reference.expertise,
      "expertise",
      `a code (${[...this.reference.expertise.keys()].slice(0, 4).join(", ")} …) or its name`,
    );
  }

  /** A municipality by CBS code ("GM0518", "0518", "518") or name ("'s-Gravenhage", "Den Haag", "sudwest fryslan"). */
  municipality(text: string): Found<MunicipalityRef> {
    const trimmed = text.trim();
    const digits = /^(?:gm)?\s*(\d{1,4})$/i.exec(trimmed);
    if (digits) {
      const code = `GM${digits[1].padStart(4, "0")}`;
      const found = this.reference.municipalities.get(code);
      if (found) return { ok: true, value: found };
      return {
        ok: false,
        message: `Unknown municipality code "${trimmed}": use a CBS code of 2025 such as GM0363 (Amsterdam)`,
        reason: coded("UNKNOWN_CODE", { kind: "municipality", code: trimmed.slice(0, 40) }),
      };
    }
    const codes = this.municipalityByName.get(lookupKey(trimmed));
    if (codes?.size === 1) return { ok: true, value: this.reference.municipalities.get([...codes][0])! };
    return {
      ok: false,
      message: `Unknown municipality "${trimmed}": give its name as of 2025 (e.g. Amsterdam, 's-Gravenhage) or its CBS code (GM0363)`,
      reason: coded("IMPORT_UNKNOWN_NAME", { kind: "municipality", text: trimmed.slice(0, 80) }),
    };
  }

  private readonly homes = new Map<string, { lat: number; lon: number }>();

  /**
   * Where a key person given only by municipality lives: the municipality's inside point,
   * checked against the boundaries the API locates with. For the few whose inside point
   * those boundaries put in a neighbour (Rotterdam's lies in Maassluis there), the nearest
   * point on a small grid around it that does lie in the municipality, so the home and
   * the municipality always agree and an exported file imports again unchanged.
   */
  homePoint(code: string): { lat: number; lon: number } {
    const cached = this.homes.get(code);
    if (cached) return cached;
    const m = this.reference.municipalities.get(code)!;
    const inHere = (lat: number, lon: number) => this.reference.locator.locate(lat, lon)?.code === code;
    let home = { lat: m.insideLat, lon: m.insideLon };
    if (!inHere(home.lat, home.lon)) {
      const step = 0.002;
      search: for (let ring = 1; ring <= 25; ring++) {
        for (let dy = -ring; dy <= ring; dy++) {
          for (let dx = -ring; dx <= ring; dx++) {
            if (Math.max(Math.abs(dx), Math.abs(dy)) !== ring) continue;
            const lat = Math.round((m.insideLat + dy * step) * 1e5) / 1e5;
            const lon = Math.round((m.insideLon + dx * step) * 1e5) / 1e5;
            if (inHere(lat, lon)) {
              home = { lat, lon };
              break search;
            }
          }
        }
      }
    }
    this.homes.set(code, home);
    return home;
  }

  private byName(
    text: string,
    byName: Map<string, Set<string>>,
    known: ReadonlyMap<string, NamedCode>,
    what: "language" | "expertise",
    hint: string,
  ): Found<string> {
    const codes = [...(byName.get(lookupKey(text)) ?? [])].sort();
    if (codes.length === 1) return { ok: true, value: codes[0] };
    const shown = text.slice(0, 80);
    if (codes.length > 1) {
      const options = codes.map((code) => `${code} (${known.get(code)!.name})`).join(" or ");
      return {
        ok: false,
        message: `The ${what} "${text}" can mean ${options}: write the code`,
        reason: coded("IMPORT_AMBIGUOUS_NAME", { kind: what, text: shown, options: codes }),
      };
    }
    return { ok: false, message: `Unknown ${what} "${text}": give ${hint}`, reason: coded("IMPORT_UNKNOWN_NAME", { kind: what, text: shown }) };
  }
}
