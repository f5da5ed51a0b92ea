import { buildQuery } from "../../admin/src/dataProvider/buildQuery";
import { parseCountryCodes, toCreateUserInput, toKeyPersonInput, type KeyPersonFormValues } from "../../admin/src/dataProvider/inputs";
import { dayToText, textToDay } from "../../admin/src/common/dates";

// The console sends the FULL KeyPersonInput on every update, built from the record as
// the API returned it plus the form's edits: these pin that mapping down.

describe("parseCountryCodes", () => {
  it.each([
    [
      ["SY", "ER"],
      ["SY", "ER"],
    ],
    ["sy, er", ["SY", "ER"]],
    ["  nl;be  de ", ["NL", "BE", "DE"]],
    ["", []],
    [null, []],
    [undefined, []],
  ])("%p -> %p", (input, expected) => {
    expect(parseCountryCodes(input as string[] | string | null | undefined)).toEqual(expected);
  });
});

describe("toKeyPersonInput", () => {
  const record = {
    id: "7",
    displayName: " Saba T. ",
    email: "saba@example.org",
    phone: "",
    gender: "FEMALE",
    birthYear: null,
    origins: ["ER"],
    languages: [
      { language: { code: "tir", name: "Tigrinya", nameNl: "Tigrinya" }, level: "NATIVE", dialect: null },
      { language: { code: "ara", name: "Arabic", nameNl: "Arabisch" }, level: "BASIC", dialect: " Sudanese " },
    ],
    expertise: [{ code: "SGBV", name: "SGBV", nameNl: "SGGG" }],
    expertiseCodes: ["SGBV", "FGM"],
    homeMunicipality: { code: "GM0344", name: "Utrecht" },
    homeLocation: { lat: 52.09, lon: 5.12 },
    maxTravelKm: 30,
    remoteAvailable: true,
    weeklyCapacityHours: 6,
    status: "ACTIVE",
    compensationType: "VOLUNTEER",
    workload: { weeklyCapacityHours: 6, committedHours: 2, utilisation: 0.33 },
    stale: false,
  } as unknown as KeyPersonFormValues;

  it("maps a record from the API, with the form's edits, to the full input", () => {
    expect(toKeyPersonInput(record)).toEqual({
      displayName: "Saba T.",
      email: "saba@example.org",
      phone: null,
      gender: "FEMALE",
      birthYear: null,
      languages: [
        { code: "tir", level: "NATIVE", dialect: null },
        { code: "ara", level: "BASIC", dialect: "Sudanese" },
      ],
      expertiseCodes: ["SGBV", "FGM"],
      homeLocation: { lat: 52.09, lon: 5.12 },
      maxTravelKm: 30,
      remoteAvailable: true,
      weeklyCapacityHours: 6,
      compensationType: "VOLUNTEER",
      origins: ["ER"],
    });
  });

  it("takes the origins as the text the input edits", () => {
    expect(toKeyPersonInput({ ...record, origins: "er, so" }).origins).toEqual(["ER", "SO"]);
  });
});

describe("toCreateUserInput", () => {
  // A password left in the form's values (an older draft) is never sent: the server invites.
  const values = { email: " a@b.nl ", password: "pw", organisationId: "3", municipalityCodes: ["GM0363"] };

  it.each([
    ["ORGANISATION", "3", []],
    ["REGIONAL_COORDINATOR", null, ["GM0363"]],
    ["COORDINATOR", null, []],
  ] as const)("%s keeps only its own fields", (role, organisationId, municipalityCodes) => {
    expect(toCreateUserInput({ ...values, role })).toEqual({
      email: "a@b.nl",
      role,
      organisationId,
      municipalityCodes,
    });
  });
});

describe("buildQuery for key persons", () => {
  it("sends only the filters the API knows, one municipality as a list", () => {
    const { variables } = buildQuery("getList", "keyPersons", {
      pagination: { page: 2, perPage: 500 },
      sort: { field: "displayName", order: "ASC" },
      filter: { q: "saba", languageCodes: ["tir"], expertiseCodes: [], municipalityCode: "GM0344", stale: false, unknown: 1 },
    });
    expect(variables).toEqual({
      filter: { q: "saba", languageCodes: ["tir"], stale: false, municipalityCodes: ["GM0344"] },
      page: 2,
      perPage: 100,
      sort: { field: "DISPLAY_NAME", order: "ASC" },
    });
  });

  it("adds the expertise codes the form edits to a record it reads", () => {
    const { parseResponse } = buildQuery("getOne", "keyPersons", { id: "7" });
    const result = { id: "7", expertise: [{ code: "SGBV" }, { code: "FGM" }] };
    expect(parseResponse({ result }).data).toMatchObject({ expertiseCodes: ["SGBV", "FGM"] });
  });
});

describe("days typed in the console (dd-mm-jjjj whatever the browser's locale)", () => {
  it.each([
    ["24-08-2031", "2031-08-24"],
    ["4-8-2031", "2031-08-04"],
    ["4/8/2031", "2031-08-04"],
    [" 04.08.2031 ", "2031-08-04"],
    ["2031-08-24", "2031-08-24"],
    ["", ""],
    ["08/24/2031", null],
    ["31-02-2031", null],
    ["29-02-2028", "2028-02-29"],
    ["29-02-2027", null],
    ["24-08-31", null],
    ["morgen", null],
  ])("%p -> %p", (text, day) => {
    expect(textToDay(text)).toBe(day);
  });

  it("shows a day as it is typed, and back", () => {
    expect(dayToText("2031-08-04")).toBe("04-08-2031");
    expect(dayToText(null)).toBe("");
    expect(textToDay(dayToText("2028-02-29"))).toBe("2028-02-29");
  });
});
