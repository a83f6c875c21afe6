import { comparePeriods, dateToSerial, parsePeriod, serialToDate } from "../../src/core/period";

test("periods: years and tertials with their first and last days", () => {
  expect(parsePeriod("2026-T1")).toEqual({
    id: "2026-T1",
    year: 2026,
    tertial: 1,
    start: "2026-01-01",
    end: "2026-04-30",
  });
  expect(parsePeriod("2024-t3")?.end).toBe("2024-12-31");
  expect(parsePeriod(" 2026 ")).toMatchObject({ id: "2026", start: "2026-01-01", end: "2026-12-31" });
  expect(parsePeriod("2026-T2")?.end).toBe("2026-08-31");
  for (const bad of ["2026-T4", "26-T1", "2026T1", "", "1899", "=2026"]) expect(parsePeriod(bad)).toBeNull();
  const sorted = ["2026", "2026-T2", "2025-T3", "2026-T1"].map((p) => parsePeriod(p)!).sort(comparePeriods);
  expect(sorted.map((p) => p.id)).toEqual(["2025-T3", "2026-T1", "2026-T2", "2026"]);
});

test("Excel serial dates", () => {
  expect(dateToSerial("1900-03-01")).toBe(61);
  expect(dateToSerial("2026-01-01")).toBe(46023);
  expect(serialToDate(46023)).toBe("2026-01-01");
  expect(serialToDate(46023.75)).toBe("2026-01-01");
  expect(serialToDate(-5)).toBeNull();
});
