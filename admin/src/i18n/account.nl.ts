import type { accountEn } from "./account.en";

// Inloggen, wachtwoorden en toegang.
export const accountNl: typeof accountEn = {
  account: {
    login: {
      forgot: "Wachtwoord vergeten?",
      LOGIN_FAILED: "Het e-mailadres of het wachtwoord klopt niet.",
      ACCOUNT_DEACTIVATED: "Dit account is gedeactiveerd. Vraag je coördinator als je weer toegang nodig hebt.",
      LOGIN_THROTTLED: "Te veel mislukte inlogpogingen: wacht even en probeer het opnieuw, of stel een nieuw wachtwoord in.",
    },
    password: {
      rule: "Minstens %{min} tekens, en geen gangbaar of makkelijk te raden wachtwoord: een paar losse woorden werkt goed.",
      mismatch: "De twee wachtwoorden zijn niet gelijk.",
      tooShort: "Het wachtwoord moet minstens %{min} tekens lang zijn.",
      newPassword: "Nieuw wachtwoord",
      repeat: "Nieuw wachtwoord nogmaals",
    },
    change: {
      menu: "Wachtwoord wijzigen",
      title: "Je wachtwoord wijzigen",
      intro: "Daarna ben je overal uitgelogd, ook hier: log opnieuw in met je nieuwe wachtwoord.",
      current: "Huidig wachtwoord",
      submit: "Wachtwoord wijzigen",
      done: "Je wachtwoord is gewijzigd. Log in met je nieuwe wachtwoord.",
    },
    forgot: {
      title: "Wachtwoord vergeten?",
      intro:
        "Vul het e-mailadres van je account in. Hoort er een account bij, dan sturen we er een link naartoe om een nieuw wachtwoord te kiezen; de link werkt één keer, een uur lang.",
      email: "E-mailadres",
      submit: "Link versturen",
      sent: "Hoort er een account bij dit adres, dan is de link onderweg. Kijk in je e-mail (ook bij de ongewenste berichten).",
      back: "Terug naar inloggen",
    },
    reset: {
      title: "Kies een nieuw wachtwoord",
      intro: "Daarna ben je overal elders uitgelogd en hier ingelogd.",
      submit: "Opslaan en inloggen",
    },
    profile: {
      emailByCoordinator: "Je e-mailadres is je inlognaam: vraag je coördinator om het te wijzigen.",
    },
    deactivation: {
      deactivate: "Deactiveren",
      reactivate: "Heractiveren",
      active: "Actief",
      deactivatedSince: "Gedeactiveerd sinds %{date}",
      confirmDeactivate: "%{email} deactiveren? Inloggen kan dan niet meer, en elke sessie eindigt meteen.",
      confirmReactivate: "%{email} heractiveren? Inloggen kan dan weer met het eigen wachtwoord.",
      deactivated: "Account gedeactiveerd: elke sessie is beëindigd",
      reactivated: "Account geheractiveerd",
    },
  },
};
