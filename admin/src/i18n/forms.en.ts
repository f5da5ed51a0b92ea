// The forms of issue 15 (every API capability in the console): public-map consent, leave,
// an organisation on the social map, invitations, and the home chosen on the map.
export const formsEn = {
  forms: {
    saveConsent: "Save choices",
    saveEntry: "Save entry",
    consent: {
      title: "On the public map",
      help: "What anyone can see of this profile on the public map at /kaart, without logging in. Nothing is shown without consent; each box below adds one thing.",
      helpOwn:
        "What anyone can see of you on the public map at /kaart, without logging in. Nothing is shown without your consent; each box below adds one thing. You can change this at any time.",
      listed: "Show on the public map",
      listedHelp:
        "Only then does the profile appear on /kaart, and only while it is active and confirmed. Without it /kaart shows nothing, whatever is ticked below.",
      fields: {
        showName: "Name",
        showMunicipality: "Municipality",
        showLanguages: "Languages",
        showExpertise: "Expertise",
        showEmail: "E-mail address",
        showPhone: "Phone number",
        showRemote: "Helps by phone or video",
        showReach: "Municipalities I travel to",
        contact: "Messages through the map",
      },
      explain: {
        showName: 'The name above the profile. Without it: "Name not public".',
        showMunicipality:
          "The municipality of the home (never the address or the point on the map). Without it the profile is not on the map itself and is not found by searching near a place.",
        showLanguages: "The languages, their level and dialect. Without them the profile is not found by searching for a language.",
        showExpertise: "The areas of expertise. Without them the profile is not found by searching for expertise.",
        showEmail: "The e-mail address, so a visitor can write directly.",
        showPhone: "The phone number, so a visitor can call directly.",
        showRemote: "Whether you also help by phone or video (or only in person).",
        showReach: "The municipalities within your travel distance of your home municipality (by name; never your address or point on the map).",
        contact:
          "Visitors can send you a message through the map; it reaches you by e-mail from Sleutelkaart and your address stays hidden. The text is erased 7 days after delivery.",
      },
      saved: "Choices for the public map saved",
    },
    leave: {
      title: "Leave",
      help: "Periods without new work: for a request that starts during the leave, this key person is not proposed. Work already accepted continues.",
      none: "No leave planned.",
      period: "%{from} to %{to}",
      startsOn: "From",
      endsOn: "Up to and including",
      add: "Add leave",
      remove: "Remove",
      removeLabel: "Remove the leave from %{from} to %{to}",
      added: "Leave added",
      removed: "Leave removed",
      required: "Fill in both dates",
    },
    publicEntry: {
      title: "On the social map",
      help: "Whether this organisation appears on the public map at /kaart, with what it offers newcomers and key persons. Visitors see the name, the kind, the municipality, the text below and the website.",
      listed: "Show on the social map",
      offers: "What the organisation offers",
      offersHelp: "One or two sentences, e.g. consultation hours, information in one's own language, help after violence. Required to be shown.",
      website: "Website",
      websiteHelp: "Optional, starting with https://",
      notListed: "Not on the social map.",
      saved: "Social-map entry saved",
    },
    day: {
      placeholder: "dd-mm-yyyy",
      invalid: "Not a date: type day-month-year, e.g. 24-08-2031",
    },
    invitation: {
      keyPersonHelp:
        "The key person gets an e-mail with a link that works once and for 14 days, and chooses their own password with it. Without a mail server the message waits in the Outbox.",
      sent: "Invitation sent to %{email} (see Outbox)",
      createHelp:
        "The new user receives an e-mail with a link that works once for 14 days, and chooses their own password with it. Without a mail server the message waits in the Outbox.",
      pending: "Invitation not accepted yet",
      accepted: "Own password chosen",
      resend: "Send a new invitation",
      confirmResend: "Send %{email} a new invitation? Earlier links stop working; the new one works once, for 14 days.",
      resent: "New invitation sent (see the Outbox)",
      status: "Invitation",
    },
    home: {
      intro:
        "Choose the municipality of the home; its centre counts as the home. A click on the map places it more precisely (for distances); it is never shown as coordinates.",
      introOwn:
        "Choose the municipality where you live; its centre counts as your home. If you like, click on the map to place it more precisely: this only makes the distances to newcomers more accurate. Nobody else sees the point; the public map shows at most the municipality.",
      municipality: "Municipality of the home",
      municipalityHelp: "Type to search; choosing one takes its centre, a click on the map refines it.",
      pickerLabel: "Map: click to place the home more precisely",
      nothingChosen: "No municipality chosen yet.",
      chosen: "Home in %{municipality} (%{province})",
      required: "Choose the municipality of the home",
    },
  },
};
