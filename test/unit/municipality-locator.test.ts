import { MunicipalityLocator } from "../../server/src/reference/municipality-locator";

const locator = MunicipalityLocator.fromDataFile();

test("indexes all 342 municipalities of 2025", () => {
  expect(locator.size).toBe(342);
});

test.each([
  ["Dam, Amsterdam", 52.3731, 4.8926, "GM0363", true],
  ["Coolsingel, Rotterdam", 51.9225, 4.4792, "GM0599", true],
  ["Binnenhof, Den Haag", 52.0799, 4.3133, "GM0518", true],
  ["Domtoren, Utrecht", 52.0907, 5.1214, "GM0344", true],
  ["Vaalserberg, Vaals", 50.7548, 6.0207, "GM0981", true],
  ["Terschelling", 53.3967, 5.347, "GM0093", true],
])("%s lies in %s", (_label, lat, lon, code, inside) => {
  expect(locator.locate(lat, lon)).toEqual({ code, inside });
});

test("a point just off the coast of Scheveningen belongs to the nearest municipality", () => {
  const located = locator.locate(52.115, 4.255);
  expect(located?.code).toBe("GM0518");
});

test.each([
  ["Brussels", 50.8503, 4.3517],
  ["Berlin", 52.52, 13.405],
  ["mid North Sea", 53.5, 3.0],
])("%s is not in the Netherlands", (_label, lat, lon) => {
  expect(locator.locate(lat, lon)).toBeNull();
});
