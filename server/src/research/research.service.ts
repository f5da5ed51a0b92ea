// The research extract (issue 20): one row per match request made in a period, anonymised by
// domain/research-extract.ts. The facts are read in two queries; the key persons' database ids
// are replaced by pseudonyms drawn afresh for every extract and kept only in this call's memory.
import { randomBytes } from "node:crypto";
import type { DataSource } from "typeorm";
import { audit } from "../audit/audit.service";
import type { Clock } from "../clock";
import type { Actor } from "../domain/access";
import { csvFields } from "../domain/csv";
import { STRAIN_AMBER, STRAIN_RED, SUPPORT_LOW, supervisionStatus } from "../domain/oversight";
import {
  CAPACITY_BANDS,
  DAYS_TO_ACCEPTANCE_BANDS,
  DURATION_WEEKS_BANDS,
  EXPERIENCE_YEARS_BANDS,
  HOURS_BANDS,
  LANGUAGE_COUNT_BANDS,
  QUALIFICATION_BANDS,
  afterMove,
  band,
  checkInLevel,
  isoWeek,
  placeRows,
  pseudonymKept,
  suppressCount,
  wholeDays,
  type ExtractSubject,
} from "../domain/research-extract";

/** The columns, in order (docs/research-extract.md describes each). */
export const RESEARCH_COLUMNS = [
  "request_week",
  "region",
  "municipality",
  "place_level",
  "request_kind",
  "languages_requested",
  "expertise_required",
  "matched",
  "days_to_first_acceptance",
  "declined_count",
  "expired_count",
  "support_weeks",
  "hours_declared",
  "moved",
  "after_move",
  "key_person",
  "kp_experience_years",
  "kp_languages",
  "kp_qualifications",
  "kp_capacity_hours",
  "kp_check_ins_green",
  "kp_check_ins_amber",
  "kp_check_ins_red",
  "kp_supervision",
] as const;

interface RequestFacts {
  request_id: number;
  day: string;
  municipality_code: string;
  province_code: string;
  kind: string;
  language_codes: string[];
  expertise_codes: string[];
  created_at: Date;
  key_person_id: number | null;
  first_accepted_at: Date | null;
  support_until: Date | null;
  declined: number;
  expired: number;
  hours: number;
  moves_after_match: number;
  moves_lost: number;
  handovers: number;
  kp_created_at: Date | null;
  kp_languages: number | null;
  kp_qualifications: number | null;
  kp_capacity: number | null;
  kp_last_session: string | null;
}

export interface ResearchExtract {
  csv: string;
  /** Requests in the period, rows published, by municipality, by province, left out. */
  counts: { requests: number; rows: number; municipality: number; province: number; suppressed: number; pseudonymsBlanked: number };
}

export class ResearchExtractService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Builds the extract for [start, end] (Europe/Amsterdam days, inclusive) and audits it with the purpose. Input already checked. */
  async create(actor: Actor, input: { start: string; end: string; purpose: string }): Promise<ResearchExtract> {
    return this.dataSource.transaction("REPEATABLE READ", async (tx) => {
      const now = this.clock.now();
      const facts: RequestFacts[] = await tx.query(
        `WITH r AS (
           SELECT mr.*, (mr.created_at AT TIME ZONE 'Europe/Amsterdam')::date AS day
             FROM match_request mr
            WHERE (mr.created_at AT TIME ZONE 'Europe/Amsterdam')::date BETWEEN $1::date AND $2::date
         )
         SELECT r.id AS request_id, to_char(r.day, 'YYYY-MM-DD') AS day, r.municipality_code, m.province_code, r.kind::text AS kind,
                r.language_codes, r.expertise_codes, r.created_at,
                first.key_person_id, first.responded_at AS first_accepted_at, accepted.support_until,
                outcome.declined, outcome.expired, coalesce(hours.total, 0)::float AS hours,
                coalesce(moves.after_match, 0)::int AS moves_after_match, coalesce(moves.lost, 0)::int AS moves_lost,
                (SELECT count(*)::int FROM assignment_handover h WHERE h.match_request_id = r.id) AS handovers,
                kp.created_at AS kp_created_at,
                (SELECT count(*)::int FROM key_person_language l WHERE l.key_person_id = kp.id) AS kp_languages,
                (SELECT count(*)::int FROM qualification q WHERE q.key_person_id = kp.id AND q.status = 'VERIFIED'
                    AND q.obtained_on <= $2::date AND (q.valid_until IS NULL OR q.valid_until >= $2::date)) AS kp_qualifications,
                kp.weekly_capacity_hours::float AS kp_capacity,
                (SELECT to_char(max(s.date), 'YYYY-MM-DD') FROM supervision_session s
                  WHERE s.key_person_id = kp.id AND s.kind <> 'TRAINING' AND s.date <= $2::date) AS kp_last_session
           FROM r
           JOIN municipality m ON m.code = r.municipality_code
           LEFT JOIN LATERAL (
             SELECT a.key_person_id, a.responded_at FROM assignment a
              WHERE a.request_id = r.id AND a.responded_at IS NOT NULL AND a.status NOT IN ('DECLINED', 'EXPIRED')
              ORDER BY a.responded_at, a.id LIMIT 1
           ) first ON true
           LEFT JOIN LATERAL (
             SELECT max(coalesce(a.ended_at, $3::timestamptz)) AS support_until FROM assignment a
              WHERE a.request_id = r.id AND a.responded_at IS NOT NULL AND a.status NOT IN ('DECLINED', 'EXPIRED')
           ) accepted ON true
           CROSS JOIN LATERAL (
             SELECT count(*) FILTER (WHERE a.status = 'DECLINED')::int AS declined, count(*) FILTER (WHERE a.status = 'EXPIRED')::int AS expired
               FROM assignment a WHERE a.request_id = r.id
           ) outcome
           LEFT JOIN LATERAL (
             SELECT sum(e.hours) AS total FROM hour_entry e JOIN assignment a ON a.id = e.assignment_id
              WHERE a.request_id = r.id AND e.status <> 'REJECTED'
           ) hours ON true
           LEFT JOIN LATERAL (
             SELECT count(*) AS after_match, count(*) FILTER (WHERE (l.detail->>'kept')::boolean IS NOT TRUE) AS lost
               FROM audit_log l
              WHERE l.action = 'relocateNewcomer' AND l.entity_type = 'MatchRequest' AND l.entity_id = r.id::text
                AND first.responded_at IS NOT NULL AND l.at > first.responded_at
           ) moves ON true
           LEFT JOIN key_person kp ON kp.id = first.key_person_id
          ORDER BY r.id`,
        [input.start, input.end, now.toISOString()],
      );
      // The levels of the check-ins in the period, per key person; the answers go no further.
      const keyPersonIds = [...new Set(facts.map((f) => f.key_person_id).filter((id): id is number => id !== null))];
      const checkIns: { key_person_id: number; strain: number; emotional_impact: number; support: number; contact_requested: boolean }[] =
        keyPersonIds.length === 0
          ? []
          : await tx.query(
              `SELECT key_person_id, strain, emotional_impact, support, contact_requested FROM wellbeing_check_in
                WHERE key_person_id = ANY($1::int[]) AND (at AT TIME ZONE 'Europe/Amsterdam')::date BETWEEN $2::date AND $3::date`,
              [keyPersonIds, input.start, input.end],
            );
      const levels = new Map<number, { GREEN: number; AMBER: number; RED: number }>();
      for (const c of checkIns) {
        const count = levels.get(c.key_person_id) ?? { GREEN: 0, AMBER: 0, RED: 0 };
        count[
          checkInLevel(
            { strain: c.strain, emotionalImpact: c.emotional_impact, support: c.support, contactRequested: c.contact_requested },
            { strainAmber: STRAIN_AMBER, strainRed: STRAIN_RED, supportLow: SUPPORT_LOW },
          )
        ]++;
        levels.set(c.key_person_id, count);
      }
      const periodEnd = new Date(`${input.end}T23:59:59Z`);

      const subjects: ExtractSubject[] = facts.map((f) => {
        const matched = f.key_person_id !== null;
        const wellbeing = matched ? (levels.get(f.key_person_id!) ?? { GREEN: 0, AMBER: 0, RED: 0 }) : null;
        const values: (string | number | null)[] = [
          isoWeek(f.day),
          f.kind,
          [...f.language_codes].sort().join("|"),
          [...f.expertise_codes].sort().join("|"),
          matched ? "yes" : "no",
          matched ? band(wholeDays(f.created_at, f.first_accepted_at!), DAYS_TO_ACCEPTANCE_BANDS) : null,
          suppressCount(f.declined),
          suppressCount(f.expired),
          matched ? band(Math.floor(wholeDays(f.first_accepted_at!, f.support_until!) / 7), DURATION_WEEKS_BANDS) : null,
          band(f.hours, HOURS_BANDS),
          f.moves_after_match > 0 ? "yes" : "no",
          afterMove({ matched, movesAfterMatch: f.moves_after_match, movesThatLostTheKeyPerson: f.moves_lost, handovers: f.handovers }),
          matched ? band(Math.floor(wholeDays(f.kp_created_at!, f.created_at) / 365.25), EXPERIENCE_YEARS_BANDS) : null,
          matched ? band(f.kp_languages, LANGUAGE_COUNT_BANDS) : null,
          matched ? band(f.kp_qualifications, QUALIFICATION_BANDS) : null,
          matched ? band(f.kp_capacity, CAPACITY_BANDS) : null,
          wellbeing ? suppressCount(wellbeing.GREEN) : null,
          wellbeing ? suppressCount(wellbeing.AMBER) : null,
          wellbeing ? suppressCount(wellbeing.RED) : null,
          matched ? supervisionStatus(f.kp_last_session ? new Date(`${f.kp_last_session}T00:00:00Z`) : null, periodEnd) : null,
        ];
        return {
          person: matched ? `kp:${f.key_person_id}` : `request:${f.request_id}`,
          municipalityCode: f.municipality_code,
          provinceCode: f.province_code,
          values,
        };
      });
      const placements = placeRows(subjects);
      const kept = pseudonymKept(subjects, placements);

      // Pseudonyms: random for this extract, unique within it; the map lives until this call returns.
      const pseudonyms = new Map<string, string>();
      const used = new Set<string>();
      const pseudonymOf = (person: string) => {
        let pseudonym = pseudonyms.get(person);
        if (pseudonym) return pseudonym;
        do pseudonym = `KP-${randomBytes(5).toString("hex")}`;
        while (used.has(pseudonym));
        pseudonyms.set(person, pseudonym);
        used.add(pseudonym);
        return pseudonym;
      };

      const lines = [csvFields(RESEARCH_COLUMNS, ",")];
      const counts = { requests: facts.length, rows: 0, municipality: 0, province: 0, suppressed: 0, pseudonymsBlanked: 0 };
      const blanked = new Set<string>();
      // Published in a random order, so the order of the rows says nothing about the order of the ids.
      const order = subjects.map((_, i) => i);
      for (let i = order.length - 1; i > 0; i--) {
        const j = randomBytes(4).readUInt32BE() % (i + 1);
        [order[i], order[j]] = [order[j], order[i]];
      }
      for (const i of order) {
        const subject = subjects[i];
        const placement = placements[i];
        if (placement.level === "SUPPRESSED") {
          counts.suppressed++;
          continue;
        }
        counts.rows++;
        counts[placement.level === "MUNICIPALITY" ? "municipality" : "province"]++;
        const isKeyPerson = subject.person.startsWith("kp:");
        if (isKeyPerson && !kept.has(subject.person)) blanked.add(subject.person);
        const [week, kind, languages, expertise, ...outcome] = subject.values;
        const afterKeyPerson = outcome.slice(8);
        lines.push(
          csvFields(
            [
              week,
              subject.provinceCode,
              placement.level === "MUNICIPALITY" ? subject.municipalityCode : null,
              placement.level,
              kind,
              languages,
              expertise,
              ...outcome.slice(0, 8),
              isKeyPerson && kept.has(subject.person) ? pseudonymOf(subject.person) : null,
              ...afterKeyPerson,
            ],
            ",",
          ),
        );
      }
      counts.pseudonymsBlanked = blanked.size;
      pseudonyms.clear();

      // Who took which period out, why, and how much: the purpose is the coordinator's own words.
      await audit(tx, actor, {
        action: "createResearchExtract",
        entityType: "ResearchExtract",
        detail: { start: input.start, end: input.end, purpose: input.purpose, ...counts },
      });
      return { csv: lines.join("\r\n") + "\r\n", counts };
    });
  }
}
