import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { auditEn } from "../../admin/src/i18n/audit.en";
import { auditNl } from "../../admin/src/i18n/audit.nl";
import { AUDIT_ACTION_AREAS, AUDIT_ACTIONS, auditAreaOf, refusedMutation } from "../../server/src/domain/audit-actions";

// Every action the server writes to the audit log has a Dutch and an English text, so the
// console never shows a bare code. The list lives in server/src/domain/audit-actions.ts (the
// audit writer's type); this test also reads the server source for actions written past it
// (raw INSERTs, literals), so a new one cannot slip by.

const root = path.resolve(__dirname, "../..");
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : full.endsWith(".ts") ? [full] : [];
  });

/** The registry import's report rows also have an `action` (create/update/unchanged/refuse): not audit actions. */
const IMPORT_ROW_ACTIONS = new Set(["create", "update", "unchanged", "refuse"]);

function actionsInSource(): Set<string> {
  const found = new Set<string>();
  for (const file of files(path.join(root, "server/src"))) {
    const source = readFileSync(file, "utf8");
    for (const m of source.matchAll(/\baction: (?:[^,\n{}]*\? )?"(\w+)"(?: : "(\w+)")?/g)) [m[1], m[2]].filter(Boolean).forEach((a) => found.add(a!));
    for (const m of source.matchAll(/INSERT INTO audit_log[^`]*?VALUES \([^)]*?'(\w+)'/g)) found.add(m[1]);
  }
  return new Set([...found].filter((a) => !IMPORT_ROW_ACTIONS.has(a)));
}

describe("audit actions", () => {
  it("lists every action the server source writes", () => {
    const written = [...actionsInSource()];
    expect(written.length).toBeGreaterThan(40);
    expect(written).toContain("importKeyPersons");
    expect(written).toContain("approveHours");
    expect(written.filter((a) => !(AUDIT_ACTIONS as readonly string[]).includes(a))).toEqual([]);
  });

  it("lists each action once, in one area", () => {
    expect(new Set(AUDIT_ACTIONS).size).toBe(AUDIT_ACTIONS.length);
    expect(auditAreaOf("readWellbeing")).toBe("oversight");
    expect(auditAreaOf("noSuchAction")).toBeNull();
  });

  it("words refusals by the mutation they refused (audit.refused)", () => {
    expect(refusedMutation("refusedSetKeyPersonStatus")).toBe("setKeyPersonStatus");
    expect(refusedMutation("readWellbeing")).toBeNull();
    expect(auditEn.audit.refused).toContain("%{mutation}");
    expect(auditNl.audit.refused).toContain("%{mutation}");
  });

  it.each([
    ["nl", auditNl],
    ["en", auditEn],
  ])("has a %s text for every action and every area", (_, messages) => {
    const texts = messages.audit.action as Record<string, string>;
    expect(AUDIT_ACTIONS.filter((a) => typeof texts[a] !== "string" || !texts[a].trim())).toEqual([]);
    const areas = (messages.audit as unknown as { area: Record<string, string> }).area;
    expect(Object.keys(AUDIT_ACTION_AREAS).filter((area) => !areas?.[area]?.trim())).toEqual([]);
  });

  it("words actions differently in Dutch and English", () => {
    expect(auditNl.audit.action.readWellbeing).not.toBe(auditEn.audit.action.readWellbeing);
  });
});
