import DataLoader from "dataloader";
import type { Clock } from "../clock";
import type { Actor } from "../domain/access";
import type { DataSource } from "typeorm";
import { oversightStatuses, type OversightStatus } from "./oversight.facts";

export function createOversightLoaders(dataSource: DataSource, clock: Clock) {
  return {
    oversightByKeyPerson: new DataLoader<number, OversightStatus | null>(async (ids) => {
      const statuses = await oversightStatuses(dataSource.manager, ids, clock.now());
      return ids.map((id) => statuses.get(id) ?? null);
    }),
  };
}

/** One audit statement for all the wellbeing details a request reads. */
export function createWellbeingReadAudit(record: (actor: Actor, ids: readonly number[], what: string) => Promise<void>, actor: Actor | null) {
  return new DataLoader<number, true>(async (ids) => {
    if (actor) await record(actor, ids, "profile");
    return ids.map(() => true as const);
  });
}
