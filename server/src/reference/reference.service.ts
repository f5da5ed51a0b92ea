import { readFileSync } from "node:fs";
import path from "node:path";
import type { DataSource } from "typeorm";
import { parseCsv } from "../domain/csv";
import { projectRoot } from "../shared/paths";
import { Expertise, Language, Municipality } from "./reference.entity";
import { MunicipalityLocator } from "./municipality-locator";

function readData(file: string) {
  return parseCsv(readFileSync(path.join(projectRoot(), "data", file), "utf8"));
}

/**
 * Brings the reference tables in line with data/ (insert new rows, update changed
 * names). Idempotent and a handful of statements, so it runs at every start.
 */
export async function loadReferenceData(dataSource: DataSource): Promise<void> {
  const municipalities = readData("nl_gemeenten_2025.csv");
  const languages = readData("languages_nl_newcomers.csv");
  const expertise = readData("expertise.csv");
  await dataSource.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO municipality (code, name, province, province_code, centroid_lat, centroid_lon, inside_lat, inside_lon)
       SELECT * FROM unnest($1::varchar[], $2::varchar[], $3::varchar[], $4::varchar[],
                            $5::float8[], $6::float8[], $7::float8[], $8::float8[])
       ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, province = EXCLUDED.province,
         province_code = EXCLUDED.province_code, centroid_lat = EXCLUDED.centroid_lat,
         centroid_lon = EXCLUDED.centroid_lon, inside_lat = EXCLUDED.inside_lat, inside_lon = EXCLUDED.inside_lon`,
      [
        municipalities.map((m) => m.gemeentecode),
        municipalities.map((m) => m.gemeentenaam),
        municipalities.map((m) => m.provincienaam),
        municipalities.map((m) => m.provinciecode),
        municipalities.map((m) => Number(m.centroid_lat)),
        municipalities.map((m) => Number(m.centroid_lon)),
        municipalities.map((m) => Number(m.inside_lat)),
        municipalities.map((m) => Number(m.inside_lon)),
      ],
    );
    const upsertNamed = (table: string, rows: Record<string, string>[]) =>
      tx.query(
        `INSERT INTO ${table} (code, name, name_nl) SELECT * FROM unnest($1::varchar[], $2::varchar[], $3::varchar[])
         ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, name_nl = EXCLUDED.name_nl`,
        [rows.map((r) => r.code), rows.map((r) => r.name_en), rows.map((r) => r.name_nl || r.name_en)],
      );
    await upsertNamed("language", languages);
    await upsertNamed("expertise", expertise);
    // qualifications (issue 17): which expertise needs a verified qualification
    await tx.query(
      `UPDATE expertise e SET requires_qualification = x.requires FROM unnest($1::varchar[], $2::boolean[]) AS x(code, requires)
       WHERE e.code = x.code AND e.requires_qualification IS DISTINCT FROM x.requires`,
      [expertise.map((r) => r.code), expertise.map((r) => r.requires_qualification === "true")],
    );
  });
}

/**
 * The reference data in memory: it changes only with a new release of data/, so every
 * request reads it from here instead of from the database.
 */
export class ReferenceData {
  private constructor(
    readonly municipalities: Map<string, Municipality>,
    readonly languages: Map<string, Language>,
    readonly expertise: Map<string, Expertise>,
    readonly locator: MunicipalityLocator,
  ) {}

  static async load(dataSource: DataSource): Promise<ReferenceData> {
    const byCode = <T extends { code: string }>(rows: T[]) => new Map(rows.map((row) => [row.code, row]));
    const [municipalities, languages, expertise] = await Promise.all([
      dataSource.getRepository(Municipality).find({ order: { name: "ASC" } }),
      dataSource.getRepository(Language).find({ order: { name: "ASC" } }),
      dataSource.getRepository(Expertise).find({ order: { code: "ASC" } }),
    ]);
    return new ReferenceData(byCode(municipalities), byCode(languages), byCode(expertise), MunicipalityLocator.fromDataFile());
  }
}
