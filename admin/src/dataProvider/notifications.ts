import type { UpdateParams } from "react-admin";
import { graphql } from "../gql";
import { mutation, operation, pagedList, pick, type ResourceHandlers, type Values } from "./queryKit";
import { NotificationSortField } from "../../../server/src/domain/sorting";

// The e-mail outbox (coordinators) and one's own e-mail settings.

graphql(`
  fragment NotificationFields on Notification {
    id
    kind
    status
    locale
    subject
    body
    attempts
    nextAttemptAt
    lastError
    sentAt
    createdAt
    dedupeKey
    recipient {
      id
      email
      role
      locale
      emailBouncedAt
    }
  }
`);

const NOTIFICATIONS_LIST = graphql(`
  query NotificationList($filter: NotificationFilter, $page: Int, $perPage: Int, $sort: NotificationSort) {
    result: notifications(filter: $filter, page: $page, perPage: $perPage, sort: $sort) {
      items {
        ...NotificationFields
      }
      total
    }
  }
`);

const RETRY = graphql(`
  mutation RetryNotification($id: ID!) {
    result: retryNotification(id: $id) {
      ...NotificationFields
    }
  }
`);

const SETTINGS = graphql(`
  query MyNotificationSettings {
    result: myNotificationSettings {
      digestsEnabled
      emailBouncedAt
    }
  }
`);

const SET_DIGESTS = graphql(`
  mutation SetDigestsEnabled($enabled: Boolean!) {
    result: setDigestsEnabled(enabled: $enabled) {
      digestsEnabled
      emailBouncedAt
    }
  }
`);

export const NOTIFICATIONS: Record<string, ResourceHandlers> = {
  /** getList({ filter: { status, kind, bounced } }); update(id, {}) queues a message again (retryNotification) */
  notifications: {
    ...pagedList({
      document: NOTIFICATIONS_LIST,
      sorts: {
        status: NotificationSortField.STATUS,
        subject: NotificationSortField.SUBJECT,
        createdAt: NotificationSortField.CREATED_AT,
        sentAt: NotificationSortField.SENT_AT,
      },
      toFilter: (filter) => ({
        ...pick(filter, ["ids", "status", "kind", "userId"]),
        ...(filter.bounced ? { bounced: true } : {}),
      }),
    }),
    update: (params) => mutation(RETRY, { id: String((params as UpdateParams).id) }),
  },
  /** getOne with any id: one's own settings; update({ digestsEnabled }) */
  notificationSettings: {
    getOne: (params) => operation(SETTINGS, {}, ({ result }) => ({ data: { ...result, id: (params as { id: unknown }).id } })),
    update: (params) => {
      const { id, data } = params as UpdateParams;
      return mutation(SET_DIGESTS, { enabled: Boolean((data as Values).digestsEnabled) }, (result) => ({ ...result, id }));
    },
  },
};
