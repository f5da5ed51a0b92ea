import type { formsEn } from "./forms.en";

// De formulieren van issue 15: toestemming voor de openbare kaart, afwezigheid, een
// organisatie op de sociale kaart, uitnodigingen en de woonplaats gekozen op de kaart.
export const formsNl: typeof formsEn = {
  forms: {
    saveConsent: "Keuzes opslaan",
    saveEntry: "Vermelding opslaan",
    consent: {
      title: "Op de openbare kaart",
      help: "Wat iedereen zonder in te loggen van dit profiel ziet op de openbare kaart, /kaart. Zonder toestemming staat er niets; elk vinkje hieronder voegt één gegeven toe.",
      helpOwn:
        "Wat iedereen zonder in te loggen van u ziet op de openbare kaart, /kaart. Zonder uw toestemming staat er niets; elk vinkje hieronder voegt één gegeven toe. U kunt dit altijd weer wijzigen.",
      listed: "Op de openbare kaart tonen",
      listedHelp:
        "Alleen dan staat het profiel op /kaart, en alleen zolang het actief en bevestigd is. Zonder dit vinkje toont /kaart niets, wat hieronder ook is aangevinkt.",
      fields: {
        showName: "Naam",
        showMunicipality: "Gemeente",
        showLanguages: "Talen",
        showExpertise: "Expertise",
        showEmail: "E-mailadres",
        showPhone: "Telefoonnummer",
        showRemote: "Helpt telefonisch of via video",
        showReach: "Gemeenten waar ik naartoe reis",
        contact: "Berichten via de kaart",
      },
      explain: {
        showName: "De naam boven het profiel. Zonder staat er: ‘Naam niet openbaar’.",
        showMunicipality:
          "De gemeente van de woonplaats (nooit het adres of het punt op de kaart). Zonder staat het profiel niet op de kaart zelf en wordt het niet gevonden bij zoeken in de buurt van een plaats.",
        showLanguages: "De talen, met niveau en dialect. Zonder wordt het profiel niet gevonden bij zoeken op een taal.",
        showExpertise: "De expertisegebieden. Zonder wordt het profiel niet gevonden bij zoeken op expertise.",
        showEmail: "Het e-mailadres, zodat een bezoeker direct kan mailen.",
        showPhone: "Het telefoonnummer, zodat een bezoeker direct kan bellen.",
        showRemote: "Of u ook telefonisch of via video helpt (of alleen ter plaatse).",
        showReach: "De gemeenten binnen uw reisafstand vanaf uw woongemeente (met naam; nooit uw adres of punt op de kaart).",
        contact:
          "Bezoekers kunnen u via de kaart een bericht sturen; het komt per e-mail van Sleutelkaart bij u aan en uw adres blijft verborgen. De tekst wordt 7 dagen na bezorging gewist.",
      },
      saved: "Keuzes voor de openbare kaart opgeslagen",
    },
    leave: {
      title: "Afwezigheid",
      help: "Perioden zonder nieuw werk: voor een verzoek dat in de afwezigheid begint, wordt deze sleutelpersoon niet voorgesteld. Werk dat al is aangenomen loopt door.",
      none: "Geen afwezigheid gepland.",
      period: "%{from} t/m %{to}",
      startsOn: "Van",
      endsOn: "Tot en met",
      add: "Afwezigheid toevoegen",
      remove: "Verwijderen",
      removeLabel: "De afwezigheid van %{from} t/m %{to} verwijderen",
      added: "Afwezigheid toegevoegd",
      removed: "Afwezigheid verwijderd",
      required: "Vul beide datums in",
    },
    publicEntry: {
      title: "Op de sociale kaart",
      help: "Of deze organisatie op de openbare kaart (/kaart) staat, met wat ze nieuwkomers en sleutelpersonen biedt. Bezoekers zien de naam, de soort, de gemeente, de tekst hieronder en de website.",
      listed: "Op de sociale kaart tonen",
      offers: "Wat de organisatie biedt",
      offersHelp: "Een of twee zinnen, bv. spreekuren, voorlichting in de eigen taal, hulp na geweld. Nodig om getoond te worden.",
      website: "Website",
      websiteHelp: "Optioneel, beginnend met https://",
      notListed: "Niet op de sociale kaart.",
      saved: "Vermelding op de sociale kaart opgeslagen",
    },
    day: {
      placeholder: "dd-mm-jjjj",
      invalid: "Geen bestaande datum: typ dag-maand-jaar, bv. 24-08-2031",
    },
    invitation: {
      keyPersonHelp:
        "De sleutelpersoon krijgt een e-mail met een link die één keer en 14 dagen lang werkt, en kiest daarmee zelf een wachtwoord. Zonder mailserver wacht het bericht in het Postvak uit.",
      sent: "Uitnodiging verstuurd naar %{email} (zie Postvak uit)",
      createHelp:
        "De nieuwe gebruiker krijgt een e-mail met een link die één keer en 14 dagen lang werkt, en kiest daarmee zelf een wachtwoord. Zonder mailserver wacht het bericht in het Postvak uit.",
      pending: "Uitnodiging nog niet aangenomen",
      accepted: "Eigen wachtwoord gekozen",
      resend: "Nieuwe uitnodiging sturen",
      confirmResend: "%{email} een nieuwe uitnodiging sturen? Eerdere links werken dan niet meer; de nieuwe werkt één keer en 14 dagen lang.",
      resent: "Nieuwe uitnodiging verstuurd (zie Postvak uit)",
      status: "Uitnodiging",
    },
    home: {
      intro:
        "Kies de gemeente van de woonplaats; het midden daarvan geldt als woonadres. Een klik op de kaart legt het preciezer vast (voor afstanden); het wordt nooit als coördinaten getoond.",
      introOwn:
        "Kies de gemeente waar u woont; het midden daarvan geldt als uw woonplaats. Wilt u, klik dan op de kaart om die preciezer aan te geven: dat maakt alleen de afstanden tot nieuwkomers nauwkeuriger. Niemand anders ziet dat punt; de openbare kaart toont hooguit de gemeente.",
      municipality: "Gemeente van de woonplaats",
      municipalityHelp: "Typ om te zoeken; kiezen neemt het midden van de gemeente, een klik op de kaart verfijnt het.",
      pickerLabel: "Kaart: klik om de woonplaats preciezer aan te geven",
      nothingChosen: "Nog geen gemeente gekozen.",
      chosen: "Woonplaats in %{municipality} (%{province})",
      required: "Kies de gemeente van de woonplaats",
    },
  },
};
