// Importing key persons from CSV: a dry run that says per row what would happen, and the
// import itself, all rows or none, in one transaction. Both read the file as it streams and
// check it a batch of rows at a time; the import writes each batch inside its transaction as
// it goes. What stays in memory is the report (one small entry per row) and the e-mail
// addresses seen so far, not the rows: a file at the size limit costs little more than its report.

import { coded, type Coded } from "../domain/reasons";
import type { DataSource, EntityManager, QueryRunner } from "typeorm";
import { unusableHash } from "../auth/password";
import type { Clock } from "../clock";
import { inRegion, mayLearnAddressInUse, type Actor } from "../domain/access";
import type { InvitationService } from "../invitations/invitation.service";
import { invitationUrl } from "../invitations/invitation.service";
import { isUniqueViolation } from "../shared/db-errors";
import { resolveHeader, type ColumnKey, type HeaderMap } from "./columns";
import { FileProblem, MAX_UPLOAD_BYTES, readCsv } from "./csv-stream";
import { ImportLookups, type ImportReference } from "./lookups";
import { addressesOfOtherAccounts, profilesByEmail, type StoredProfile } from "./profile-store";
import type { ImportReport, ReportRow } from "./report";
import { changedFields, mapRow, resolveRow, type Cells, type MappedRow, type Profile } from "./row-mapper";

interface PendingRow {
  line: number;
  mapped: MappedRow;
  /** The line where this row's e-mail address first occurs in the file, when that is an earlier line. */
  duplicateOf: number | undefined;
}

interface PlannedRow {
  report: ReportRow;
  profile: Profile | null;
  stored: StoredProfile | null;
}

/**
 * Rows read, checked and (for the import) written at a time. Memory holds one batch of rows
 * with their stored profiles (a few MiB); the bulk statements stay well under PostgreSQL's
 * parameter and memory limits.
 */
const BATCH = 2000;

/** One upload being checked, and for a confirmed import, written. */
interface ImportRun {
  actor: Actor;
  dryRun: boolean;
  origin: string;
  header: HeaderMap | null;
  report: ImportReport;
  /** The line where each e-mail address first occurs: a later row with it is a duplicate. */
  firstLine: Map<string, number>;
  /** The confirmed import's one transaction, open while every row so far is accepted. */
  transaction: QueryRunner | null;
  /** Whether the transaction holds written rows. */
  written: boolean;
  created: number;
}

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
    const run: ImportRun = {
      actor,
      dryRun: options.dryRun,
      origin: options.origin,
      header: null,
      report: {
        dryRun: options.dryRun,
        imported: false,
        delimiter: "",
        ignoredColumns: [],
        rows: [],
        summary: { rows: 0, create: 0, update: 0, unchanged: 0, refuse: 0, invitations: 0 },
      },
      firstLine: new Map(),
      transaction: null,
      written: false,
      created: 0,
    };
    try {
      if (!options.dryRun) run.transaction = await this.begin();
      let batch: PendingRow[] = [];
      const { delimiter } = await readCsv(
        body,
        async ({ line, cells }) => {
          if (!run.header) {
            run.header = this.header(cells);
            run.report.ignoredColumns = run.header.ignored;
            return;
          }
          batch.push(this.read(run, line, cells));
          if (batch.length < BATCH) return;
          const full = batch;
          batch = [];
          // Awaited by the reader: the file is read no faster than its rows are checked and written.
          await this.settle(run, full);
        },
        options.limit ?? MAX_UPLOAD_BYTES,
      );
      if (!run.header)
        throw new FileProblem(
          400,
          "EMPTY_FILE",
          "The file has no header row: fill in the template (one key person per row under the header row)",
          coded("IMPORT_NO_HEADER"),
        );
      if (batch.length > 0) await this.settle(run, batch);
      if (run.report.summary.rows === 0)
        throw new FileProblem(400, "NO_ROWS", "The file has a header row but no key persons under it", coded("IMPORT_NO_ROWS"));
      run.report.delimiter = delimiter;
      if (run.transaction) await this.finish(run, run.transaction);
      return run.report;
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new FileProblem(
          409,
          "CONFLICT",
          "Someone else registered one of these e-mail addresses while the import ran: nothing was imported. Run the dry run again to see which.",
          coded("IMPORT_EMAIL_TAKEN_MEANWHILE"),
        );
      }
      throw error;
    } finally {
      // Still open here: the import failed (a bad file, a broken upload, the database): nothing
      // stays. A rollback that fails too (the connection is gone) must not hide why.
      if (run.transaction) await this.rollback(run).catch(() => {});
    }
  }

  private async begin(): Promise<QueryRunner> {
    const transaction = this.dataSource.createQueryRunner();
    await transaction.connect();
    try {
      await transaction.startTransaction();
    } catch (error) {
      await transaction.release();
      throw error;
    }
    return transaction;
  }

  /** Undoes everything the import wrote and gives the connection back. */
  private async rollback(run: ImportRun): Promise<void> {
    const transaction = run.transaction!;
    run.transaction = null;
    try {
      if (transaction.isTransactionActive) await transaction.rollbackTransaction();
    } finally {
      await transaction.release();
    }
  }

  /** The header row's columns; a header without the required columns refuses the file. */
  private header(cells: string[]): HeaderMap {
    const header = resolveHeader(cells);
    if (header.problems.length > 0) throw new FileProblem(400, "MISSING_COLUMNS", header.problems.map((p) => p.message).join(" "), header.problems[0].reason);
    return header;
  }

  /** One row read into the fields it gives, and whether its e-mail address came earlier in the file. */
  private read(run: ImportRun, line: number, cells: string[]): PendingRow {
    const row: Cells = {};
    for (const [key, i] of Object.entries(run.header!.index) as [ColumnKey, number][]) row[key] = cells[i] ?? "";
    const mapped = mapRow(row, this.lookups);
    let duplicateOf: number | undefined;
    if (mapped.email) {
      duplicateOf = run.firstLine.get(mapped.email);
      if (duplicateOf === undefined) run.firstLine.set(mapped.email, line);
    }
    return { line, mapped, duplicateOf };
  }

  /**
   * Checks a batch of rows and adds them to the report; for a confirmed import with every row
   * so far accepted, writes them. At the first refused row the import cannot succeed: what it
   * wrote is rolled back at once, and this batch and the rest are checked against the registry
   * as it was before the import, just as the dry run checks them.
   */
  private async settle(run: ImportRun, batch: PendingRow[]): Promise<void> {
    let planned = await this.plan(run.transaction?.manager ?? this.dataSource.manager, run.actor, batch, run.transaction !== null);
    if (run.transaction && planned.some((p) => p.report.action === "refuse")) {
      const wrote = run.written;
      await this.rollback(run);
      this.forgetWrites(run.report.rows);
      // Only a row that repeats an address of an earlier batch can have seen the undone writes.
      if (wrote) planned = await this.plan(this.dataSource.manager, run.actor, batch, false);
    }
    if (run.transaction) await this.write(run, run.transaction.manager, planned);
    const { report } = run;
    for (const { report: row } of planned) {
      report.rows.push(row);
      report.summary.rows++;
      report.summary[row.action]++;
    }
  }

  /** After a rollback: the created rows' ids and invitation links no longer exist. */
  private forgetWrites(rows: ReportRow[]): void {
    for (const row of rows) {
      if (row.action !== "create") continue;
      delete row.keyPersonId;
      delete row.invitationUrl;
    }
  }

  /** What each row would do, against the registry as `db` sees it. */
  private async plan(db: EntityManager, actor: Actor, pending: PendingRow[], keepProfiles: boolean): Promise<PlannedRow[]> {
    const emails = [...new Set(pending.map((p) => p.mapped.email).filter(Boolean))];
    // One after the other: inside the import's transaction `db` is a single connection, and
    // pg refuses (deprecated, an error in pg 9) a query sent while another one runs on it.
    const stored = await profilesByEmail(db, emails);
    const taken = await addressesOfOtherAccounts(db, emails);
    const year = this.clock.now().getUTCFullYear();
    const municipalityName = (code: string) => this.lookups.reference.municipalities.get(code)?.name ?? code;
    const regional = actor.role === "REGIONAL_COORDINATOR";

    return pending.map(({ line, mapped, duplicateOf }) => {
      const existing = stored.get(mapped.email) ?? null;
      const { profile, problems } = resolveRow(mapped, existing, this.lookups, year);
      const refuse = (field: ColumnKey | null, message: string, reason: Coded) => problems.push({ field, message, ...reason });
      const email = mapped.email;
      if (duplicateOf !== undefined) {
        refuse(
          "email",
          `The e-mail address ${email} is also on line ${duplicateOf}: each key person once`,
          coded("IMPORT_EMAIL_TWICE", { email, line: duplicateOf }),
        );
      }
      // Whether an address has another account, or a key person outside the region, is told
      // plainly to the national coordinator only (who sees every account anyway); a regional
      // coordinator gets one neutral answer for both, naming no account and no place.
      const elsewhere = regional && existing !== null && !inRegion(actor, existing.homeMunicipalityCode);
      const hidden = (taken.has(email) || elsewhere) && !mayLearnAddressInUse(actor);
      if (hidden) {
        refuse("email", "This e-mail address cannot be used in your import: ask the national coordinator", coded("IMPORT_EMAIL_NOT_AVAILABLE"));
      } else if (taken.has(email)) {
        refuse(
          "email",
          `The e-mail address ${email} belongs to another account (not this key person): each account needs its own address`,
          coded("IMPORT_EMAIL_OTHER_ACCOUNT", { email }),
        );
      }
      if (!elsewhere && regional && profile && !inRegion(actor, profile.homeMunicipalityCode)) {
        const municipality = profile.homeMunicipalityCode;
        refuse(
          "municipality",
          `${municipalityName(municipality)} lies outside your region: ask the national coordinator to register this key person`,
          coded("IMPORT_OUTSIDE_REGION", { municipality }),
        );
      }
      // Nothing of a profile the importer may not see: only the name they gave.
      const name = (hidden ? mapped.given.displayName : (profile?.displayName ?? mapped.given.displayName ?? existing?.displayName)) ?? "";
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

  /** One batch's creates and updates in bulk, with invitations for the new key persons and their audit entries. */
  private async write(run: ImportRun, tx: EntityManager, planned: PlannedRow[]): Promise<void> {
    const creates = planned.filter((p) => p.report.action === "create");
    const updates = planned.filter((p) => p.report.action === "update");
    if (creates.length === 0 && updates.length === 0) return;
    if (creates.length > 0) await this.insertChunk(tx, creates, run.origin);
    if (updates.length > 0) await this.updateChunk(tx, updates);
    const entries = [
      ...creates.map((p) => ({ action: "createKeyPerson", id: p.report.keyPersonId!, detail: { via: "import" } })),
      ...updates.map((p) => ({ action: "updateKeyPerson", id: p.report.keyPersonId!, detail: { via: "import", changed: p.report.changes } })),
    ];
    await tx.query(
      `INSERT INTO audit_log (actor_user_id, actor_role, action, entity_type, entity_id, detail)
       SELECT $1, $2, a, 'KeyPerson', e, d FROM unnest($3::varchar[], $4::varchar[], $5::jsonb[]) AS t(a, e, d)`,
      [run.actor.userId, run.actor.role, entries.map((e) => e.action), entries.map((e) => String(e.id)), entries.map((e) => JSON.stringify(e.detail))],
    );
    run.written = true;
    run.created += creates.length;
  }

  /** Every row accepted and written: the import's own audit entry, then commit. */
  private async finish(run: ImportRun, transaction: QueryRunner): Promise<void> {
    const { summary } = run.report;
    await transaction.manager.query(
      `INSERT INTO audit_log (actor_user_id, actor_role, action, entity_type, detail) VALUES ($1, $2, 'importKeyPersons', 'KeyPerson', $3)`,
      [
        run.actor.userId,
        run.actor.role,
        JSON.stringify({ rows: summary.rows, created: summary.create, updated: summary.update, unchanged: summary.unchanged }),
      ],
    );
    await transaction.commitTransaction();
    run.transaction = null;
    await transaction.release();
    run.report.imported = true;
    summary.invitations = run.created;
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
        col((p) => p.displayName.trim()),
        col((p) => p.email),
        col((p) => p.phone),
        col((p) => p.gender),
        col((p) => p.birthYear),
        col((p) => p.homeLat),
        col((p) => p.homeLon),
        col((p) => p.homeMunicipalityCode),
        col((p) => p.maxTravelKm),
        col((p) => p.remoteAvailable),
        col((p) => p.weeklyCapacityHours),
        col((p) => p.status),
        col((p) => p.compensationType),
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
    const tokens = await this.invitations.createMany(
      tx,
      ids.map((id) => userByKeyPerson.get(id)!),
    );
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
        ids,
        col((p) => p.displayName.trim()),
        col((p) => p.phone),
        col((p) => p.gender),
        col((p) => p.birthYear),
        col((p) => p.homeLat),
        col((p) => p.homeLon),
        col((p) => p.homeMunicipalityCode),
        col((p) => p.maxTravelKm),
        col((p) => p.remoteAvailable),
        col((p) => p.weeklyCapacityHours),
        col((p) => p.status),
        col((p) => p.compensationType),
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
