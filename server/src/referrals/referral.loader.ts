import type { DataSource } from "typeorm";
import { CareService } from "../care-services/care-service.entity";
import { anyOf, byIdLoader, groupedLoader } from "../shared/loader";
import { In } from "typeorm";
import { ReferralEvent } from "./referral.entity";
import { referralContexts } from "./referral.service";

export function createReferralLoaders(dataSource: DataSource) {
  return {
    /** Who refers and who answers, where the newcomer was and is: what decides access and the sides. */
    referralContextByReferral: byIdLoader(
      (ids: readonly number[]) => referralContexts(dataSource, ids),
      (context) => context.referralId,
    ),
    referralEventsByReferral: groupedLoader(
      (ids: readonly number[]) => dataSource.getRepository(ReferralEvent).find({ where: { referralId: anyOf(ids) }, order: { id: "ASC" } }),
      (event) => event.referralId,
    ),
    careServiceOfReferral: byIdLoader(
      (ids: readonly string[]) => dataSource.getRepository(CareService).findBy({ id: In([...ids]) }),
      (service) => service.id,
    ),
  };
}
