// Logging in, passwords and access: the login page's link, change and reset of a
// password, and deactivating accounts.
export const accountEn = {
  account: {
    login: {
      forgot: "Forgot your password?",
      LOGIN_FAILED: "The e-mail address or password is wrong.",
      ACCOUNT_DEACTIVATED: "This account has been deactivated. Ask your coordinator if you need access again.",
      LOGIN_THROTTLED: "Too many failed logins: wait a moment and try again, or reset your password.",
    },
    password: {
      rule: "At least %{min} characters, and not a common or easy-to-guess password: a few unrelated words work well.",
      mismatch: "The two passwords are not the same.",
      tooShort: "The password must be at least %{min} characters.",
      newPassword: "New password",
      repeat: "New password again",
    },
    change: {
      menu: "Change password",
      title: "Change your password",
      intro: "Afterwards you are logged out everywhere, here too: log in again with your new password.",
      current: "Current password",
      submit: "Change password",
      done: "Your password has been changed. Log in with your new password.",
    },
    forgot: {
      title: "Forgot your password?",
      intro: "Give the e-mail address of your account. If it has an account, a link to choose a new password is sent to it; the link works once, for an hour.",
      email: "E-mail address",
      submit: "Send link",
      sent: "If this address has an account, a link is on its way. Check your e-mail (and the spam folder).",
      back: "Back to log in",
    },
    reset: {
      title: "Choose a new password",
      intro: "Afterwards you are logged out everywhere else and logged in here.",
      submit: "Save and log in",
    },
    profile: {
      emailByCoordinator: "Your e-mail address is your login: ask your coordinator to change it.",
    },
    deactivation: {
      deactivate: "Deactivate",
      reactivate: "Reactivate",
      active: "Active",
      deactivatedSince: "Deactivated since %{date}",
      confirmDeactivate: "Deactivate %{email}? They can no longer log in, and every session of theirs ends at once.",
      confirmReactivate: "Reactivate %{email}? They can log in again with their password.",
      deactivated: "Account deactivated: every session ended",
      reactivated: "Account reactivated",
    },
  },
};
