// Importing key persons from CSV, the CSV exports and the invitation page. import.nl.ts
// has the same shape (its type is checked against this one).

export const importEn = {
  import: {
    menu: { import: "Import" },
    title: "Import key persons",
    help:
      "An Excel workbook (.xlsx) or a CSV file as a spreadsheet program saves it (UTF-8 or Windows characters, separated by commas or semicolons), with Dutch or English headers (download the template). Required columns: name, e-mail, languages, and the municipality (name or CBS code) or latitude and longitude.\n" +
      'Languages by ISO 639-3 code or by name, with the level in brackets or after a colon: "Tigrinya (moedertaal)", "tir:NATIVE", separated by "|". A known e-mail address updates that key person.\n' +
      "First you see per row what will happen; nothing is written until you confirm, and then every row or none.",
    template: "Download the template",
    choose: "Choose a CSV or Excel file",
    chosen: "File: %{name}",
    checking: "Checking the file …",
    importing: "Importing …",
    reportTitle: "What the import will do",
    summary: {
      create: "%{smart_count} new",
      update: "%{smart_count} updated",
      unchanged: "%{smart_count} unchanged",
      refuse: "%{smart_count} refused",
    },
    onlyRefused: "Only refused rows",
    refusedHint:
      "1 row is refused: correct it in the file and choose the file again. Nothing is imported while a row is refused. |||| %{smart_count} rows are refused: correct them in the file and choose the file again. Nothing is imported while a row is refused.",
    nothingToDo: "Nothing to import: every row is already in the registry as it is.",
    confirm: "Import 1 key person |||| Import %{smart_count} key persons",
    done: "Imported: %{create} new, %{update} updated, %{unchanged} unchanged.",
    another: "Import another file",
    ignored: "These columns are not ours and were ignored: %{columns}",
    notAllowed: "Only coordinators import key persons.",
    columns: { line: "Line", action: "Action", name: "Name", email: "E-mail", details: "Problems / changes" },
    actionLabels: { create: "New", update: "Update", unchanged: "Unchanged", refuse: "Refused" },
    fields: {
      name: "Name",
      email: "E-mail",
      phone: "Phone",
      gender: "Gender",
      birthYear: "Birth year",
      languages: "Languages",
      expertise: "Expertise",
      municipality: "Municipality",
      lat: "Latitude",
      lon: "Longitude",
      maxTravelKm: "Max. travel (km)",
      remote: "Remote",
      weeklyHours: "Hours per week",
      compensation: "Compensation",
      origins: "Origins",
      status: "Status",
      displayName: "Name",
      expertiseCodes: "Expertise",
      homeLat: "Home (latitude)",
      homeLon: "Home (longitude)",
      homeMunicipalityCode: "Municipality",
      remoteAvailable: "Remote",
      weeklyCapacityHours: "Hours per week",
      compensationType: "Compensation",
    },
    invitations: {
      title: "Invitation links",
      help: "Send each new key person their link (no e-mail is sent yet): with it they choose a password and confirm their profile. A link works once, for 14 days.",
      link: "Link",
      copy: "Copy the link",
      copyAll: "Copy all (name, e-mail, link)",
      copied: "Copied",
      copyFailed: "Copying did not work: select the link and copy it by hand",
      more: "… and %{smart_count} more: copy all to get every link",
    },
    actions: { import: "Import CSV", exportCsv: "Export CSV" },
    invitation: {
      title: "Welcome to Sleutelkaart",
      intro:
        "Choose a password of at least %{min} characters. With it you log in. Are you a key person? Then your profile as the coordinator registered it is confirmed too; check it right after.",
      password: "Password",
      repeat: "Password again",
      submit: "Set password and log in",
      tooShort: "The password must be at least %{min} characters",
      mismatch: "The two passwords differ",
    },
  },
};

export type ImportMessages = typeof importEn;
