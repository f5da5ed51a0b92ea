import type { ImportMessages } from "./import.en";

// Sleutelpersonen importeren uit CSV, de CSV-exports en de uitnodigingspagina.

export const importNl: ImportMessages = {
  import: {
    menu: { import: "Importeren" },
    title: "Sleutelpersonen importeren",
    help:
      "Een Excel-werkmap (.xlsx) of een CSV-bestand zoals een spreadsheetprogramma het opslaat (UTF-8 of Windows-tekens, gescheiden door komma's of puntkomma's), met Nederlandse of Engelse kolomnamen (download het sjabloon). Verplichte kolommen: naam, e-mail, talen, en de gemeente (naam of CBS-code) of breedte- en lengtegraad.\n" +
      'Talen met ISO 639-3-code of naam, met het niveau tussen haakjes of na een dubbele punt: "Tigrinya (moedertaal)", "tir:NATIVE", gescheiden door "|". Een bekend e-mailadres werkt die sleutelpersoon bij.\n' +
      "Eerst ziet u per rij wat er gebeurt; er wordt niets opgeslagen tot u bevestigt, en dan alle rijen of geen.",
    template: "Sjabloon downloaden",
    choose: "Kies een CSV- of Excel-bestand",
    chosen: "Bestand: %{name}",
    checking: "Bestand controleren …",
    importing: "Importeren …",
    reportTitle: "Wat de import zal doen",
    summary: {
      create: "%{smart_count} nieuw",
      update: "%{smart_count} bijgewerkt",
      unchanged: "%{smart_count} ongewijzigd",
      refuse: "%{smart_count} geweigerd",
    },
    onlyRefused: "Alleen geweigerde rijen",
    refusedHint:
      "1 rij is geweigerd: verbeter die in het bestand en kies het bestand opnieuw. Er wordt niets geïmporteerd zolang een rij geweigerd is. |||| %{smart_count} rijen zijn geweigerd: verbeter ze in het bestand en kies het bestand opnieuw. Er wordt niets geïmporteerd zolang een rij geweigerd is.",
    nothingToDo: "Niets te importeren: elke rij staat al zo in het register.",
    confirm: "1 sleutelpersoon importeren |||| %{smart_count} sleutelpersonen importeren",
    done: "Geïmporteerd: %{create} nieuw, %{update} bijgewerkt, %{unchanged} ongewijzigd.",
    another: "Nog een bestand importeren",
    ignored: "Deze kolommen kennen we niet; ze zijn overgeslagen: %{columns}",
    notAllowed: "Alleen coördinatoren importeren sleutelpersonen.",
    columns: { line: "Regel", action: "Actie", name: "Naam", email: "E-mail", details: "Problemen / wijzigingen" },
    actionLabels: { create: "Nieuw", update: "Bijwerken", unchanged: "Ongewijzigd", refuse: "Geweigerd" },
    fields: {
      name: "Naam",
      email: "E-mail",
      phone: "Telefoon",
      gender: "Gender",
      birthYear: "Geboortejaar",
      languages: "Talen",
      expertise: "Expertise",
      municipality: "Gemeente",
      lat: "Breedtegraad",
      lon: "Lengtegraad",
      maxTravelKm: "Max. reisafstand (km)",
      remote: "Op afstand",
      weeklyHours: "Uren per week",
      compensation: "Vergoeding",
      origins: "Herkomst",
      status: "Status",
      displayName: "Naam",
      expertiseCodes: "Expertise",
      homeLat: "Woonplek (breedtegraad)",
      homeLon: "Woonplek (lengtegraad)",
      homeMunicipalityCode: "Gemeente",
      remoteAvailable: "Op afstand",
      weeklyCapacityHours: "Uren per week",
      compensationType: "Vergoeding",
    },
    invitations: {
      title: "Uitnodigingslinks",
      help: "Stuur elke nieuwe sleutelpersoon de eigen link (er gaat nog geen e-mail uit): daarmee kiest die een wachtwoord en bevestigt het profiel. Een link werkt één keer, 14 dagen lang.",
      link: "Link",
      copy: "Link kopiëren",
      copyAll: "Alles kopiëren (naam, e-mail, link)",
      copied: "Gekopieerd",
      copyFailed: "Kopiëren lukte niet: selecteer de link en kopieer hem zelf",
      more: "… en nog %{smart_count}: kopieer alles om elke link te krijgen",
    },
    actions: { import: "CSV importeren", exportCsv: "CSV exporteren" },
    invitation: {
      title: "Welkom bij Sleutelkaart",
      intro:
        "Kies een wachtwoord van minstens %{min} tekens. Daarmee logt u in. Bent u sleutelpersoon, dan bevestigt u ook uw profiel zoals de coördinator het invoerde; controleer het meteen daarna.",
      password: "Wachtwoord",
      repeat: "Wachtwoord nogmaals",
      submit: "Wachtwoord instellen en inloggen",
      tooShort: "Het wachtwoord moet minstens %{min} tekens lang zijn",
      mismatch: "De twee wachtwoorden verschillen",
    },
  },
};
