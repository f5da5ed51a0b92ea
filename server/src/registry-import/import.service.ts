// Importing key persons from CSV: a dry run that says per row what would happen, and the
// import itself, all rows or none, in one transaction with a few bulk statements.

import type { DataSource, EntityManager } from "typeorm";
import { unusableHash } from "../auth/password";
import type { Clock } from "../clock";
import { inRegion, type Actor } from "../domain/access";
import type { InvitationService } from "../invitations/invitation.service";
import { invitationUrl } from "../invitations/invitation.service";
import { isUniqueViolation } from "../shared/db-errors";
import { resolveHeader, type ColumnKey, type HeaderMap } from "./columns";
import { FileProblem, MAX_UPLOAD_BYTES, readCsv } from "./csv-stream";
import { ImportLookups, type ImportReference } from "./lookups";
import { addressesOfOtherAccounts, profilesByEmail, type StoredProfile } from "./profile-store";
import { changedFields, mapRow, resolveRow, type Cells, type MappedRow, type Profile, type RowProblem } from "./row-mapper";

export type RowAction = "create" | "update" | "unchanged" | "refuse";

export interface ReportRow {
  /** The line of the file (the header is line 1). */
  line: number;
  action: RowAction;
  email: string;
  name: string;
  problems: RowProblem[];
  /** For an update: the fields that change. */
  changes?: string[];
  /** After the import: the key person's id. */
  keyPersonId?: number;
  /** After the import, for a created key person: the one-time link to set a password and confirm the profile. */
  invitationUrl?: string;
}

export interface ImportReport {
  dryRun: boolean;
  /** True when the rows were written. */
  imported: boolean;
  delimiter: string;
  /** Header cells that are no column of ours: ignored. */
  ignoredColumns: string[];
  rows: ReportRow[];
  summary: { rows: number; create: number; update: number; unchanged: number; refuse: number; invitations: number };
}

interface PendingRow {
  line: number;
  mapped: MappedRow;
}

interface PlannedRow {
  report: ReportRow;
  profile: Profile | null;
  stored: StoredProfile | null;
}

/** Key persons per bulk statement: well under PostgreSQL's parameter and memory limits. */
const CHUNK = 5000;

export class RegistryImportService {
  private readonly lookups: ImportLookups;

  constructor(
    private readonly dataSource: DataSource,
    reference: ImportReference,
    private readonly invitations: InvitationService,
    private readonly clock: Clock,
  ) {
    this.lookups = new ImportLookups(reference);
  }

  /**
   * Reads the CSV body and reports per row what would happen. With `dryRun: false` and no
   * refused row, writes everything in one transaction; with a refused row, writes nothing.
   */
  async run(actor: Actor, body: AsyncIterable<Buffer | string>, options: { dryRun: boolean; origin: string; limit?: number }): Promise<ImportReport> {
    const { pending, header, delimiter } = await this.read(body, options.limit ?? MAX_UPLOAD_BYTES);
    const work = async (tx: EntityManager) => {
      const planned = await this.plan(tx, actor, pending, !options.dryRun);
      pending.length = 0; // read rows are planned now: let them go
      const report = this.report(planned, header, delimiter, options.dryRun);
      if (options.dryRun || report.summary.refuse > 0) return report;
      await this.write(tx, actor, planned, options.origin, report);
      return report;
    };
    if (options.dryRun) return work(this.dataSource.manager);
    try {
      return await this.dataSource.transaction(work);
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new FileProblem(409, "CONFLICT", "Someone else registered one of these e-mail addresses while the import ran: nothing was imported. Run the dry run again to see which.");
      }
      throw error;
    }
  }

  /** The rows of the file, each read into the fields it gives; file-level problems are thrown. */
  private async read(body: AsyncIterable<Buffer | string>, limit: number) {
    let header: HeaderMap | null = null;
    const pending: PendingRow[] = [];
    const { delimiter } = await readCsv(
      body,
      ({ line, cells }) => {
        if (!header) {
          header = resolveHeader(cells);
          if (header.problems.length > 0) throw new FileProblem(400, "MISSING_COLUMNS", header.problems.join(" "));
          return;
        }
        const row: Cells = {};
        for (const [key, i] of Object.entries(header.index) as [ColumnKey, number][]) row[key] = cells[i] ?? "";
        pending.push({ line, mapped: mapRow(row, this.lookups) });
      },
      limit,
    );
    if (!header) throw new FileProblem(400, "EMPTY_FILE", "The file has no header row: fill in the template (one key person per row under the header row)");
    if (pending.length === 0) throw new FileProblem(400, "NO_ROWS", "The file has a header row but no key persons under it");
    return { pending, header: header as HeaderMap, delimiter };
  }

  /** What each row would do, against the registry as it is now. */
  private async plan(db: EntityManager, actor: Actor, pending: PendingRow[], keepProfiles: boolean): Promise<PlannedRow[]> {
    const emails = [...new Set(pending.map((p) => p.mapped.email).filter(Boolean))];
    const [stored, taken] = await Promise.all([profilesByEmail(db, emails), addressesOfOtherAccounts(db, emails)]);
    const firstLine = new Map<string, number>();
    const year = this.clock.now().getUTCFullYear();
    const municipalityName = (code: string) => this.lookups.reference.municipalities.get(code)?.name ?? code;
    const regional = actor.role === "REGIONAL_COORDINATOR";

    return pending.map(({ line, mapped }) => {
      const existing = stored.get(mapped.email) ?? null;
      const { profile, problems } = resolveRow(mapped, existing, this.lookups, year);
      const refuse = (field: ColumnKey | null, message: string) => problems.push({ field, message });
      if (mapped.email) {
        const first = firstLine.get(mapped.email);
        if (first !== undefined) refuse("email", `The e-mail address ${mapped.email} is also on line ${first}: each key person once`);
        else firstLine.set(mapped.email, line);
      }
      if (taken.has(mapped.email)) refuse("email", `The e-mail address ${mapped.email} belongs to another account (not this key person): each account needs its own address`);
      if (regional && existing && !inRegion(actor, existing.homeMunicipalityCode)) {
        refuse(null, `The key person with this e-mail address lives outside your region (${municipalityName(existing.homeMunicipalityCode)}): ask the national coordinator`);
      } else if (regional && profile && !inRegion(actor, profile.homeMunicipalityCode)) {
        refuse("municipality", `${municipalityName(profile.homeMunicipalityCode)} lies outside your region: ask the national coordinator to register this key person`);
      }
      const name = profile?.displayName ?? mapped.given.displayName ?? existing?.displayName ?? "";
      const report: ReportRow = { line, action: "refuse", email: mapped.email, name, problems };
      if (problems.length > 0 || !profile) return { report, profile: null, stored: existing };
      if (!existing) report.action = "create";
      else {
        report.changes = changedFields(existing, profile);
        report.action = report.changes.length > 0 ? "update" : "unchanged";
        report.keyPersonId = existing.id;
      }
      // A dry run reports only: it keeps no profile.
      return keepProfiles ? { report, profile, stored: existing } : { report, profile: null, stored: null };
    });
  }

  private report(planned: PlannedRow[], header: HeaderMap, delimiter: string, dryRun: boolean): ImportReport {
    const count = (action: RowAction) => planned.filter((p) => p.report.action === action).length;
    return {
      dryRun,
      imported: false,
      delimiter,
      ignoredColumns: header.ignored,
      rows: planned.map((p) => p.report),
      summary: { rows: planned.length, create: count("create"), update: count("update"), unchanged: count("unchanged"), refuse: count("refuse"), invitations: 0 },
    };
  }

  /** Creates and updates in bulk; invitations for the new key persons; the audit log. */
  private async write(tx: EntityManager, actor: Actor, planned: PlannedRow[], origin: string, report: ImportReport): Promise<void> {
    const creates = planned.filter((p) => p.report.action === "create");
    const updates = planned.filter((p) => p.report.action === "update");
    for (let start = 0; start < creates.length; start += CHUNK) await this.insertChunk(tx, creates.slice(start, start + CHUNK), origin);
    for (let start = 0; start < updates.length; start += CHUNK) await this.updateChunk(tx, updates.slice(start, start + CHUNK));

    const entries = [
      ...creates.map((p) => ({ action: "createKeyPerson", id: p.report.keyPersonId!, detail: { via: "import" } })),
      ...updates.map((p) => ({ action: "updateKeyPerson", id: p.report.keyPersonId!, detail: { via: "import", changed: p.report.changes } })),
    ];
    await tx.query(
      `INSERT INTO audit_log (actor_user_id, actor_role, action, entity_type, entity_id, detail)
       SELECT $1, $2, a, 'KeyPerson', e, d FROM unnest($3::varchar[], $4::varchar[], $5::jsonb[]) AS t(a, e, d)`,
      [actor.userId, actor.role, entries.map((e) => e.action), entries.map((e) => String(e.id)), entries.map((e) => JSON.stringify(e.detail))],
    );
    const { summary } = report;
    await tx.query(
      `INSERT INTO audit_log (actor_user_id, actor_role, action, entity_type, detail) VALUES ($1, $2, 'importKeyPersons', 'KeyPerson', $3)`,
      [actor.userId, actor.role, JSON.stringify({ rows: summary.rows, created: summary.create, updated: summary.update, unchanged: summary.unchanged })],
    );
    report.imported = true;
    report.summary.invitations = creates.length;
    for (const p of planned) if (p.report.action === "unchanged" && p.stored) p.report.keyPersonId = p.stored.id;
  }

  private async insertChunk(tx: EntityManager, rows: PlannedRow[], origin: string): Promise<void> {
    const people = rows.map((r) => r.profile!);
    const col = <T>(pick: (p: Profile) => T) => people.map(pick);
    const inserted: { id: number; email: string }[] = await tx.query(
      `INSERT INTO key_person (display_name, email, phone, gender, birth_year, home_lat, home_lon, home_municipality_code,
         max_travel_km, remote_available, weekly_capacity_hours, status, compensation_type, origins, profile_confirmed_at)
       SELECT d.display_name, d.email, d.phone, d.gender::gender, d.birth_year, d.lat, d.lon, d.municipality,
         d.travel, d.remote, d.capacity, d.status::key_person_status, d.compensation::compensation_type,
         CASE WHEN d.origins = '' THEN '{}'::varchar[] ELSE string_to_array(d.origins, ',')::varchar[] END, NULL
       FROM unnest($1::varchar[], $2::varchar[], $3::varchar[], $4::varchar[], $5::int[], $6::float8[], $7::float8[],
         $8::varchar[], $9::real[], $10::bool[], $11::real[], $12::varchar[], $13::varchar[], $14::text[])
         AS d(display_name, email, phone, gender, birth_year, lat, lon, municipality, travel, remote, capacity, status, compensation, origins)
       RETURNING id, email`,
      [
        col((p) => p.displayName.trim()), col((p) => p.email), col((p) => p.phone), col((p) => p.gender), col((p) => p.birthYear),
        col((p) => p.homeLat), col((p) => p.homeLon), col((p) => p.homeMunicipalityCode), col((p) => p.maxTravelKm),
        col((p) => p.remoteAvailable), col((p) => p.weeklyCapacityHours), col((p) => p.status), col((p) => p.compensationType),
        col((p) => p.origins.join(",")),
      ],
    );
    const idByEmail = new Map(inserted.map((r) => [r.email, r.id]));
    for (const row of rows) row.report.keyPersonId = idByEmail.get(row.profile!.email)!;
    const ids = rows.map((r) => r.report.keyPersonId!);
    await this.insertSkills(tx, ids, people);
    // Accounts without a usable password: the invitation sets it.
    const users: { id: number; key_person_id: number }[] = await tx.query(
      `INSERT INTO app_user (email, password_hash, role, key_person_id)
       SELECT e, h, 'KEY_PERSON'::role, k FROM unnest($1::varchar[], $2::varchar[], $3::int[]) AS t(e, h, k)
       RETURNING id, key_person_id`,
      [people.map((p) => p.email), people.map(() => unusableHash()), ids],
    );
    const userByKeyPerson = new Map(users.map((u) => [u.key_person_id, u.id]));
    const tokens = await this.invitations.createMany(tx, ids.map((id) => userByKeyPerson.get(id)!));
    rows.forEach((row, i) => (row.report.invitationUrl = invitationUrl(origin, tokens[i])));
  }

  private async updateChunk(tx: EntityManager, rows: PlannedRow[]): Promise<void> {
    const people = rows.map((r) => r.profile!);
    const ids = rows.map((r) => r.stored!.id);
    const col = <T>(pick: (p: Profile) => T) => people.map(pick);
    await tx.query(
      `UPDATE key_person kp SET display_name = d.display_name, phone = d.phone, gender = d.gender::gender, birth_year = d.birth_year,
         home_lat = d.lat, home_lon = d.lon, home_municipality_code = d.municipality, max_travel_km = d.travel,
         remote_available = d.remote, weekly_capacity_hours = d.capacity, status = d.status::key_person_status,
         compensation_type = d.compensation::compensation_type,
         origins = CASE WHEN d.origins = '' THEN '{}'::varchar[] ELSE string_to_array(d.origins, ',')::varchar[] END, updated_at = now()
       FROM unnest($1::int[], $2::varchar[], $3::varchar[], $4::varchar[], $5::int[], $6::float8[], $7::float8[], $8::varchar[],
         $9::real[], $10::bool[], $11::real[], $12::varchar[], $13::varchar[], $14::text[])
         AS d(id, display_name, phone, gender, birth_year, lat, lon, municipality, travel, remote, capacity, status, compensation, origins)
       WHERE kp.id = d.id`,
      [
        ids, col((p) => p.displayName.trim()), col((p) => p.phone), col((p) => p.gender), col((p) => p.birthYear),
        col((p) => p.homeLat), col((p) => p.homeLon), col((p) => p.homeMunicipalityCode), col((p) => p.maxTravelKm),
        col((p) => p.remoteAvailable), col((p) => p.weeklyCapacityHours), col((p) => p.status), col((p) => p.compensationType),
        col((p) => p.origins.join(",")),
      ],
    );
    await tx.query(`DELETE FROM key_person_language WHERE key_person_id = ANY($1::int[])`, [ids]);
    await tx.query(`DELETE FROM key_person_expertise WHERE key_person_id = ANY($1::int[])`, [ids]);
    await this.insertSkills(tx, ids, people);
  }

  private async insertSkills(tx: EntityManager, ids: number[], people: Profile[]): Promise<void> {
    const languages = people.flatMap((p, i) => p.languages.map((l) => [ids[i], l.code, l.level, l.dialect?.trim() || null] as const));
    await tx.query(
      `INSERT INTO key_person_language (key_person_id, language_code, level, dialect)
       SELECT k, c, l::language_level, d FROM unnest($1::int[], $2::varchar[], $3::varchar[], $4::varchar[]) AS t(k, c, l, d)`,
      [languages.map((r) => r[0]), languages.map((r) => r[1]), languages.map((r) => r[2]), languages.map((r) => r[3])],
    );
    const expertise = people.flatMap((p, i) => p.expertiseCodes.map((code) => [ids[i], code] as const));
    if (expertise.length > 0) {
      await tx.query(`INSERT INTO key_person_expertise (key_person_id, expertise_code) SELECT * FROM unnest($1::int[], $2::varchar[])`, [
        expertise.map((r) => r[0]),
        expertise.map((r) => r[1]),
      ]);
    }
  }
}
