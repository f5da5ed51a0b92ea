import type { TransferMessages } from "./transfers.en";

// Overdrachten van aanvragen en begeleidingen (issue 18).

export const transfersNl: TransferMessages = {
  transfers: {
    menu: "Overdrachten",
    page: {
      title: "Overdrachten",
      explain:
        "Een aanvraag waarvan de nieuwkomer is verhuisd, gaat naar een organisatie bij de nieuwe woonplaats. Na het aannemen is de aanvraag van die organisatie, met de financiering en de beoordeling van uren vanaf die dag; uren van daarvoor blijven bij de oude organisatie.",
      incoming: "Aan ons aangeboden",
      outgoing: "Door ons voorgesteld",
      all: "Alle overdrachten",
      none: "Geen.",
    },
    fields: {
      caseReference: "Aanvraag",
      from: "Van",
      to: "Naar",
      what: "Wat",
      state: "Stand",
      whatLine: "%{kind} in %{municipality}, %{hours} uur per week",
      proposedLine: "Voorgesteld %{date}; instemming vastgelegd %{consent}",
      effectiveLine: "Vanaf %{date}",
    },
    states: { PENDING: "Wacht op antwoord", ACCEPTED: "Aangenomen", DECLINED: "Geweigerd", WITHDRAWN: "Ingetrokken" },
    reasons: {
      NO_CAPACITY: "Geen ruimte om het op te pakken",
      OUTSIDE_OUR_AREA: "De nieuwe woonplaats valt buiten ons werkgebied",
      NOT_OUR_EXPERTISE: "Deze ondersteuning bieden wij niet",
      NEWCOMER_NOT_ARRIVED: "De nieuwkomer is nog niet aangekomen",
      OTHER: "Een andere reden",
    },
    propose: {
      button: "Overdragen",
      title: "Aanvraag %{reference} overdragen",
      explain:
        "De nieuwkomer woont nu in %{municipality}. Kies een organisatie in de buurt om de aanvraag aan over te dragen. Na het aannemen is de aanvraag van die organisatie; de uren van daarvoor beoordeelt u nog.",
      organisation: "Organisatie bij de nieuwe woonplaats",
      targetLine: "%{name} (%{km} km)",
      noTargets: "Er is nog geen organisatie bij de nieuwe woonplaats in Sleutelkaart.",
      consent: "De nieuwkomer stemt in met de overdracht",
      save: "Overdracht voorstellen",
      done: "Overdracht voorgesteld aan %{organisation}",
    },
    accept: { button: "Aannemen", done: "Aanvraag %{reference} is vanaf vandaag van u" },
    decline: {
      button: "Weigeren",
      title: "Aanvraag %{reference} weigeren",
      reason: "Reden",
      note: "Toelichting (niet verplicht)",
      noteHelp: "Nooit wie de nieuwkomer is.",
      save: "Weigeren",
      done: "Overdracht van %{reference} geweigerd",
    },
    panel: { line: "Van %{from} naar %{to}, voorgesteld %{date}" },
    withdraw: { button: "Intrekken", done: "Overdracht van %{reference} ingetrokken" },
    handover: {
      from: "Overgedragen op %{date}; mag nog uren schrijven tot en met %{until}",
      to: "Overgenomen op %{date}; de vorige sleutelpersoon mag uren schrijven tot en met %{until}",
    },
  },
};
