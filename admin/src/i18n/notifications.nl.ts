import type { NotificationMessages } from "./notifications.en";

// Het postvak uit en de eigen e-mailinstellingen.

export const notificationsNl: NotificationMessages = {
  notifications: {
    menu: { outbox: "Postvak uit" },
    title: "Postvak uit: e-mails",
    fields: {
      status: "Status",
      kind: "Soort",
      bounced: "Alleen onbestelbare adressen",
      recipient: "Aan",
      subject: "Onderwerp",
      createdAt: "Geschreven",
      sentAt: "Verstuurd",
      error: "Fout",
    },
    status: { PENDING: "Wacht", SENT: "Verstuurd", FAILED: "Mislukt", HELD: "Vastgehouden (geen mailserver)" },
    kind: {
      PROPOSAL: "Nieuw voorstel",
      PROPOSAL_REMINDER: "Herinnering voorstel",
      ASSIGNMENT_CANCELLED: "Inzet geannuleerd",
      HOURS_REJECTED: "Uren afgewezen",
      CLAIM_REJECTED: "Declaratie afgewezen",
      CHECK_IN_DUE: "Uitnodiging check-in",
      PROFILE_STALE: "Profiel bevestigen",
      INTERVISION_DUE: "Intervisie nodig",
      PROPOSAL_ACCEPTED: "Voorstel geaccepteerd",
      PROPOSAL_DECLINED: "Voorstel afgewezen",
      PROPOSAL_EXPIRED: "Voorstel verlopen",
      HANDOVER: "Overdracht na verhuizing",
      WELLBEING_ATTENTION: "Sleutelpersoon heeft aandacht nodig",
      UNMET_DIGEST: "Onvervulde aanvragen (dagelijks)",
    },
    erased: "(gewist)",
    bounced: "onbestelbaar",
    bouncedHelp: "De mailserver weigerde dit adres. Verbeter het; de volgende e-mail die aankomt, haalt de markering weg.",
    attempts: "1 poging |||| %{smart_count} pogingen",
    nextAttempt: "volgende om %{at}",
    retry: "Opnieuw versturen",
    retried: "Opnieuw in de wachtrij gezet",
    digests: "Dagelijks overzicht van onvervulde aanvragen per e-mail",
    digestsHelp: "Berichten over uw eigen werk en over veiligheid komen altijd; alleen overzichten kunt u uitzetten.",
    digestsOn: "Overzichten staan aan",
    digestsOff: "Overzichten staan uit",
    myAddressBounced: "Een e-mail naar uw eigen adres werd geweigerd: vraag een coördinator het te verbeteren.",
  },
};
