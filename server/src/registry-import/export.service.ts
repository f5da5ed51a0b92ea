// The registry and the organisations as CSV: the import's columns (so an exported file
// imports again unchanged), ";"-separated with a byte order mark and CRLF, as Excel and
// LibreOffice open it, every cell neutralised against formula injection.

import type { Writable } from "node:stream";
import type { DataSource } from "typeorm";
import type { Actor } from "../domain/access";
import { csvLine } from "../domain/csv";
import { COLUMNS, type HeaderLanguage } from "./columns";
import { allProfiles } from "./profile-store";
import { profileCells } from "./row-mapper";

export const BOM = "\uFEFF";
export const SEPARATOR = ";";

/** The columns of the organisations export. */
export const ORGANISATION_COLUMNS = [
  { key: "name", en: "name", nl: "naam" },
  { key: "kind", en: "kind", nl: "soort" },
  { key: "municipality", en: "municipality", nl: "gemeente" },
] as const;

/** A regional coordinator's municipalities; null: the whole country. */
const regionOf = (actor: Actor): readonly string[] | null => (actor.role === "REGIONAL_COORDINATOR" ? actor.municipalityCodes : null);

/** Writes, waiting when the client reads slower than we write. */
async function write(out: Writable, text: string): Promise<void> {
  if (!out.write(text))
    await new Promise<void>((resolve, reject) => {
      const done = () => {
        out.off("drain", done);
        out.off("close", done);
        out.off("error", reject);
        resolve();
      };
      out.once("drain", done).once("close", done).once("error", reject);
    });
}

export class RegistryExportService {
  constructor(private readonly dataSource: DataSource) {}

  /** The header row and an example row: what the import reads. */
  template(language: HeaderLanguage): string {
    return (
      BOM +
      csvLine(
        COLUMNS.map((c) => c[language]),
        SEPARATOR,
      ) +
      csvLine(
        COLUMNS.map((c) => c.example),
        SEPARATOR,
      )
    );
  }

  /** Every key person the actor manages, a page at a time. Returns how many were written. */
  async keyPersons(actor: Actor, language: HeaderLanguage, out: Writable): Promise<number> {
    await write(
      out,
      BOM +
        csvLine(
          COLUMNS.map((c) => c[language]),
          SEPARATOR,
        ),
    );
    let count = 0;
    for await (const page of allProfiles(this.dataSource.manager, regionOf(actor))) {
      let chunk = "";
      for (const profile of page) {
        const cells = profileCells(profile, language);
        chunk += csvLine(
          COLUMNS.map((c) => cells[c.key]),
          SEPARATOR,
        );
      }
      count += page.length;
      await write(out, chunk);
    }
    return count;
  }

  /** The organisations: all for the coordinator, those in their municipalities for a regional one. */
  async organisations(actor: Actor, language: HeaderLanguage, out: Writable): Promise<number> {
    const region = regionOf(actor);
    const rows: { name: string; kind: string; municipality_code: string | null }[] = await this.dataSource.query(
      `SELECT name, kind, municipality_code FROM organisation WHERE $1::varchar[] IS NULL OR municipality_code = ANY($1::varchar[]) ORDER BY id`,
      [region],
    );
    let text =
      BOM +
      csvLine(
        ORGANISATION_COLUMNS.map((c) => c[language]),
        SEPARATOR,
      );
    for (const row of rows) text += csvLine([row.name, row.kind, row.municipality_code ?? ""], SEPARATOR);
    await write(out, text);
    return rows.length;
  }
}
