import { describe, expect, it } from "vitest";
import { addDays, addMonths, formatDate, isRealIsoDate, todayIso } from "./dates.js";

describe("isRealIsoDate", () => {
  it.each(["2027-03-01", "2028-02-29", "2000-02-29", "2027-12-31"])("accepts %s", (value) => {
    expect(isRealIsoDate(value)).toBe(true);
  });

  it.each([
    ["a day that does not exist", "2027-02-30"],
    ["29 February outside a leap year", "2027-02-29"],
    ["29 February in a century that is no leap year", "2100-02-29"],
    ["month 13", "2027-13-01"],
    ["day 0", "2027-03-00"],
    ["missing zeros", "2027-3-1"],
    ["German order", "01.03.2027"],
    ["a time", "2027-03-01T08:00"],
    ["surrounding spaces", " 2027-03-01"],
  ])("refuses %s", (_name, value) => {
    expect(isRealIsoDate(value)).toBe(false);
  });

  it("refuses values that are not strings", () => {
    expect(isRealIsoDate(20270301)).toBe(false);
    expect(isRealIsoDate(new Date("2027-03-01"))).toBe(false);
    expect(isRealIsoDate(undefined)).toBe(false);
  });
});

describe("addMonths", () => {
  it("clamps to the last day of a shorter month", () => {
    expect(addMonths("2027-01-31", 1)).toBe("2027-02-28");
    expect(addMonths("2028-01-31", 1)).toBe("2028-02-29");
    expect(addMonths("2027-05-31", -1)).toBe("2027-04-30");
  });

  it("crosses year boundaries in both directions", () => {
    expect(addMonths("2026-11-27", 6)).toBe("2027-05-27");
    expect(addMonths("2027-02-15", -3)).toBe("2026-11-15");
  });
});

describe("addDays", () => {
  it("crosses month ends and the change to summer time without losing a day", () => {
    expect(addDays("2027-01-30", 3)).toBe("2027-02-02");
    expect(addDays("2027-03-27", 2)).toBe("2027-03-29");
    expect(addDays("2027-03-01", -1)).toBe("2027-02-28");
  });
});

describe("formatDate", () => {
  it("writes German dates", () => {
    expect(formatDate("2027-03-01")).toBe("1. März 2027");
    expect(formatDate("2027-03-01", "short")).toBe("01.03.2027");
    expect(formatDate("2027-03-01", "month")).toBe("März 2027");
  });

  it("keeps the day whatever the time zone of the machine", () => {
    expect(formatDate("2027-12-31")).toBe("31. Dezember 2027");
  });
});

describe("todayIso", () => {
  it("gives the date in Germany, not in UTC", () => {
    expect(todayIso(new Date("2026-11-26T23:30:00Z"))).toBe("2026-11-27");
    expect(todayIso(new Date("2027-06-30T22:30:00Z"))).toBe("2027-07-01");
    expect(todayIso(new Date("2027-06-30T21:30:00Z"))).toBe("2027-06-30");
  });
});
