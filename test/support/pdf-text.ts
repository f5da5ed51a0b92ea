// Reads the text of a PDF that pdfkit wrote, for tests: inflates the content streams,
// maps an embedded font's glyph codes back to Unicode through its ToUnicode CMap, and
// decodes a standard font's WinAnsi bytes. Enough for pdfkit's output, not for any PDF.
import { inflateSync } from "node:zlib";

function streams(pdf: Buffer): string[] {
  const text = pdf.toString("latin1");
  const found: string[] = [];
  const pattern = /<<([^]*?)>>\s*stream\r?\n/g;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text))) {
    const start = match.index + match[0].length;
    const end = text.indexOf("endstream", start);
    const raw = pdf.subarray(start, end);
    try {
      found.push(/FlateDecode/.test(match[1]) ? inflateSync(raw).toString("latin1") : raw.toString("latin1"));
    } catch {
      found.push("");
    }
  }
  return found;
}

/** The glyph code → text maps of every ToUnicode CMap in the file. */
function cmaps(all: string[]): Map<string, string>[] {
  const hexToText = (hex: string) => String.fromCodePoint(...(hex.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)));
  return all
    .filter((s) => s.includes("begincmap"))
    .map((s) => {
      const map = new Map<string, string>();
      for (const [, block] of s.matchAll(/beginbfrange([^]*?)endbfrange/g)) {
        for (const [, from, to, dest] of block.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(\[[^\]]*\]|<[0-9a-fA-F]+>)/g)) {
          const first = parseInt(from, 16);
          const last = parseInt(to, 16);
          const targets = dest.startsWith("[") ? [...dest.matchAll(/<([0-9a-fA-F ]+)>/g)].map((m) => m[1].replace(/ /g, "")) : null;
          for (let code = first; code <= last; code++) {
            const key = code.toString(16).padStart(4, "0");
            if (targets) {
              if (targets[code - first] !== undefined) map.set(key, hexToText(targets[code - first]));
            } else map.set(key, String.fromCodePoint(parseInt(dest.slice(1, -1), 16) + (code - first)));
          }
        }
      }
      for (const [, block] of s.matchAll(/beginbfchar([^]*?)endbfchar/g)) {
        for (const [, code, dest] of block.matchAll(/<([0-9a-fA-F]{4})>\s*<([0-9a-fA-F]+)>/g)) map.set(code.toLowerCase(), hexToText(dest));
      }
      return map;
    });
}

/** The text of each text-showing operator, in order, one line each (an approximation of lines). */
export function pdfText(pdf: Buffer): string {
  const all = streams(pdf);
  const maps = cmaps(all);
  const lines: string[] = [];
  for (const content of all.filter((s) => /\bBT\b/.test(s))) {
    let font = "";
    for (const [, fontName, array] of content.matchAll(/\/(F\d+)\s+[\d.]+\s+Tf|\[((?:<[0-9a-fA-F]*>|[^\]])*)\]\s*TJ/g)) {
      if (fontName) {
        font = fontName;
        continue;
      }
      const parts = [...array.matchAll(/<([0-9a-fA-F]*)>/g)].map((m) => m[1]);
      const decoded = parts
        .map((hex) => {
          const map = maps.find((m) => (hex.match(/.{4}/g) ?? []).every((code) => m.has(code.toLowerCase())));
          if (map && hex.length % 4 === 0 && maps.length > 0) return (hex.match(/.{4}/g) ?? []).map((code) => map.get(code.toLowerCase())).join("");
          return Buffer.from(hex, "hex").toString("latin1");
        })
        .join("");
      lines.push(decoded);
      void font;
    }
  }
  return lines.join("\n");
}
