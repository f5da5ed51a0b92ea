import { AUDIT } from "./audit";
import { COMPENSATION } from "./compensation";
import { GROUPS } from "./groups";
import { MATCHING } from "./matching";
import { NOTIFICATIONS } from "./notifications";
import { OVERSIGHT } from "./oversight";
import { buildFrom, type AnyParams, type BuiltQuery, type Method, type ResourceHandlers } from "./queryKit";
import { QUALIFICATIONS } from "./qualifications";
import { REGISTRY } from "./registry";
import { VOICE } from "./voice";
import { REFERRALS_RESOURCES } from "./referrals";
// care services (issue 18)
import { CARE_SERVICE_RESOURCES } from "./careServices";

// Maps react-admin's calls to the operations of our schema: every resource of the console
// is one table of methods in queryKit's style, gathered here.

export type { BuiltQuery, Method };

export const RESOURCES: Record<string, ResourceHandlers> = {
  ...REGISTRY,
  ...MATCHING,
  ...COMPENSATION,
  ...OVERSIGHT,
  ...NOTIFICATIONS,
  ...AUDIT,
  ...VOICE,
  // qualifications (issue 17)
  ...QUALIFICATIONS,
  // issue 17, groups
  ...GROUPS,
  // referrals (issue 18)
  ...REFERRALS_RESOURCES,
  // care services (issue 18)
  ...CARE_SERVICE_RESOURCES,
};

export const isResource = (resource: string): boolean => Object.hasOwn(RESOURCES, resource);

export function buildQuery(method: Method, resource: string, params: AnyParams): BuiltQuery {
  return buildFrom(RESOURCES, method, resource, params);
}
