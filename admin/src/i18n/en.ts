import englishMessages from "ra-language-english";
import reasonsEn, { reasonValuesEn } from "./reasons.en";
// care services (issue 18)
import { careServicesEn } from "./careServices.en";
import { transfersEn } from "./transfers.en";
import { researchEn } from "../research/research.en";
import { compensationEn } from "./compensation.en";
import { oversightEn } from "./oversight.en";
import { matchingMessagesEn } from "./matching.en";
import { notificationsEn } from "./notifications.en";
import { importEn } from "./import.en";
import { auditEn } from "./audit.en";
import { accountEn } from "./account.en";
import { formsEn } from "./forms.en";
import { voiceEn } from "./voice.en";
import { qualificationsEn } from "./qualifications.en";
import { groupsEn } from "./groups.en";
import { referralsEn } from "./referrals.en";
import { reportsEn } from "./reports.en";

// The app's own messages. nl.ts has the same shape (its type is checked against this one).
export const appMessages = {
  app: {
    title: "Sleutelkaart",
    login: {
      about: "Sleutelkaart is the national registry of key persons: it finds a newcomer a key person nearby who speaks their language.",
    },
    attention: {
      waiting: "%{smart_count} waiting |||| %{smart_count} waiting",
      proposalsTitle: "Proposals to answer",
      proposal: "%{organisation} · %{municipality}",
      answerBy: "Answer by %{date} · %{left}",
      answer: "Answer",
      lastCheckIn: "Your last check-in: %{date}. Thank you; the next one is due in a month.",
      toCheckIns: "My wellbeing",
    },
    menu: {
      myProfile: "My profile",
      myOrganisation: "My organisation",
    },
    dashboard: {
      welcome: "Welcome, %{name}",
      intro: {
        COORDINATOR: "You coordinate the national registry of key persons: profiles, organisations and accounts.",
        REGIONAL_COORDINATOR: "You coordinate the key persons in your region.",
        ORGANISATION: "Ask for a key person for a newcomer here, and follow your requests until someone supports them.",
        KEY_PERSON: "Keep your profile current: organisations can only find you when it is confirmed.",
      },
      region: "Your region: %{municipalities}",
      keyPersons: "Key persons",
      active: "Active",
      stale: "Profile out of date",
      organisations: "Organisations",
      users: "Accounts",
      openProfile: "Open my profile",
      openOrganisation: "Open my organisation",
      newRequest: "New match request",
      openRequests: "Open requests",
      matchedRequests: "Matched",
      unmetRequests: "Nobody available yet",
    },
    keyPersons: {
      sections: {
        person: "Person",
        languages: "Languages and expertise",
        home: "Home base and reach",
        availability: "Availability and compensation",
        status: "Status and wellbeing",
        account: "Account",
      },
      helper: {
        origins: "Two-letter country codes, separated by commas (e.g. SY, ER). Only used to respect a newcomer's wish for someone of a different background.",
        originMatchingConsent:
          "Only with this agreement are the countries of origin used when a newcomer asks for someone of the same or of a different background.",
        compensationType: "Only a coordinator changes this.",
        email: "Also the login of the key person.",
        dialect: "Optional, e.g. Moroccan Darija",
      },
      workload: "%{committed} of %{capacity} hours a week committed (%{percent}%)",
      hoursPerWeek: "%{hours} h/week",
      travel: "up to %{km} km",
      remote: "also remote",
      staleFlag: "Out of date",
      confirm: "Confirm profile",
      confirmed: "Profile confirmed",
      statusChanged: "Status changed",
      leaving: {
        title: "Why does this key person stop?",
        explain: "The reason is counted in the reports (never shown to organisations). It is cleared when they become active again.",
        reason: "Reason",
        note: "Note (optional)",
        confirm: "Set inactive",
        cancel: "Cancel",
        since: "Inactive since %{date}: %{reason}",
      },
      lastConfirmed: "Last confirmed on %{date}",
      neverConfirmed: "Never confirmed",
      staleWarning: "This profile is out of date: confirm it so that organisations can find you again.",
      consent: {
        notListed: "Not on the public map",
        listed: "On the public map, showing: %{fields}",
      },
    },
    myProfile: {
      title: "My profile",
      missing: "Your account is not linked to a key person profile. Please contact the coordinator.",
    },
    enums: {
      role: {
        COORDINATOR: "National coordinator",
        REGIONAL_COORDINATOR: "Regional coordinator",
        ORGANISATION: "Organisation",
        KEY_PERSON: "Key person",
      },
      gender: { FEMALE: "Female", MALE: "Male", NON_BINARY: "Non-binary" },
      level: { NATIVE: "Native", FLUENT: "Fluent", BASIC: "Basic" },
      status: { ACTIVE: "Active", PAUSED: "Paused", INACTIVE: "Inactive" },
      leavingReason: { MOVED: "Moved away", PAID_WORK: "Found paid work", OVERLOAD: "Too much of a burden", PERSONAL: "Personal reasons", OTHER: "Other" },
      compensation: { VOLUNTEER: "Volunteer", FREELANCE: "Freelance", EMPLOYED: "Employed" },
      supervision: { CURRENT: "Current", DUE_SOON: "Due soon", OVERDUE: "Overdue", NEVER: "Never" },
      wellbeing: { GREEN: "Green", AMBER: "Amber", RED: "Red", UNKNOWN: "Unknown" },
      organisationKind: {
        GGD: "GGD (public health service)",
        MUNICIPALITY: "Municipality",
        CLINIC: "Clinic or GP practice",
        RECEPTION_LOCATION: "Reception location",
        NGO: "Non-profit organisation",
        OTHER: "Other",
      },
    },
    validation: {
      countryCodes: "Use two-letter country codes separated by commas, e.g. SY, ER",
    },
  },
  resources: {
    keyPersons: {
      name: "Key person |||| Key persons",
      fields: {
        q: "Search",
        displayName: "Name",
        email: "E-mail",
        phone: "Phone",
        gender: "Gender",
        birthYear: "Year of birth",
        origins: "Countries of origin",
        originMatchingConsent: "Origins may be used in matching",
        languages: "Languages",
        languageCode: "Language",
        languageCodes: "Languages",
        level: "Level",
        dialect: "Dialect",
        expertise: "Expertise",
        expertiseCodes: "Expertise",
        homeMunicipality: "Municipality",
        municipalityCode: "Municipality",
        homeLocation: "Home location",
        maxTravelKm: "Travels up to (km)",
        remoteAvailable: "Also supports remotely",
        publicContact: "Messages through the map",
        weeklyCapacityHours: "Hours a week",
        capacity: "Capacity",
        status: "Status",
        compensationType: "Compensation",
        workload: "Workload",
        supervisionStatus: "Supervision",
        wellbeingStatus: "Wellbeing",
        profileConfirmedAt: "Profile confirmed",
        stale: "Out of date",
        publicConsent: "Public map",
        createdAt: "Created",
        updatedAt: "Updated",
      },
    },
    organisations: {
      name: "Organisation |||| Organisations",
      fields: {
        q: "Search",
        name: "Name",
        kind: "Kind",
        municipality: "Municipality",
        municipalityCode: "Municipality",
        createdAt: "Created",
      },
    },
    users: {
      name: "Account |||| Accounts",
      fields: {
        q: "Search",
        email: "E-mail",
        password: "Password",
        role: "Role",
        organisation: "Organisation",
        organisationId: "Organisation",
        municipalities: "Municipalities",
        municipalityCodes: "Municipalities of the region",
        keyPerson: "Key person",
        locale: "Language",
        createdAt: "Created",
        lastLoginAt: "Last login",
        deactivatedAt: "Deactivated",
      },
    },
  },
};

export type AppMessages = typeof appMessages;

const en = {
  ...englishMessages,
  ...appMessages,
  ...compensationEn,
  ...oversightEn,
  ...matchingMessagesEn,
  ...notificationsEn,
  ...importEn,
  ...auditEn,
  ...accountEn,
  ...formsEn,
  ...voiceEn,
  ...qualificationsEn,
  ...groupsEn,
  ...referralsEn,
  ...reportsEn,
  // care services (issue 18)
  ...careServicesEn,
  // request transfers (issue 18, transfers)
  ...transfersEn,
  ...researchEn,
  reasons: reasonsEn,
  reasonValues: reasonValuesEn,
};

export default en;
