import type { UpdateParams } from "react-admin";
import type { BuiltQuery, Method } from "./buildQuery";
import { buildFrom, mutation, pagedList, pick, type AnyParams, type ResourceHandlers, type Values } from "./queryKit";

// The e-mail outbox (coordinators) and one's own e-mail settings: the resources
// buildQuery hands to this module.

export const NOTIFICATION_FIELDS = `
  id kind status locale subject body attempts nextAttemptAt lastError sentAt createdAt dedupeKey
  recipient { id email role locale emailBouncedAt }`;

const SETTINGS_FIELDS = `digestsEnabled emailBouncedAt`;

const NOTIFICATIONS: Record<string, ResourceHandlers> = {
  /** getList({ filter: { status, kind, bounced } }); update(id, {}) queues a message again (retryNotification) */
  notifications: {
    ...pagedList({
      field: "notifications",
      filterType: "NotificationFilter",
      fields: NOTIFICATION_FIELDS,
      toFilter: (filter) => ({
        ...pick(filter, ["ids", "status", "kind", "userId"]),
        ...(filter.bounced ? { bounced: true } : {}),
      }),
    }),
    update: (params) =>
      mutation(
        `mutation Retry($id: ID!) { result: retryNotification(id: $id) { ${NOTIFICATION_FIELDS} } }`,
        { id: (params as UpdateParams).id },
        (result) => result as Values,
      ),
  },
  /** getOne with any id: one's own settings; update({ digestsEnabled }) */
  notificationSettings: {
    getOne: (params) => ({
      query: `query Settings { result: myNotificationSettings { ${SETTINGS_FIELDS} } }`,
      variables: {},
      parseResponse: ({ result }) => ({ data: { ...(result as Values), id: (params as { id: unknown }).id } }),
    }),
    update: (params) => {
      const { id, data } = params as UpdateParams;
      return mutation(
        `mutation SetDigests($enabled: Boolean!) { result: setDigestsEnabled(enabled: $enabled) { ${SETTINGS_FIELDS} } }`,
        { enabled: Boolean((data as Values).digestsEnabled) },
        (result) => ({ ...(result as Values), id }),
      );
    },
  },
};

export const isNotificationResource = (resource: string): boolean => resource in NOTIFICATIONS;

export function buildNotificationQuery(method: Method, resource: string, params: AnyParams): BuiltQuery {
  return buildFrom(NOTIFICATIONS, method, resource, params);
}
