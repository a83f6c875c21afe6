/** Dates are shown dd.mm.åååå wherever the product writes one for people: one function, both languages. */
import { defaultCatalogue } from "../../src/catalogue";
import { formatDate, formatSerialDate } from "../../src/core/dates";
import { validateWorkbook } from "../../src/core/validation";
import { renderFinding } from "../../src/core/validation/render";
import { filledTemplate, setCell } from "../validation/fixtures";

test("an ISO date is shown dd.mm.åååå; other text is left as it is", () => {
  expect(formatDate("2026-04-15")).toBe("15.04.2026");
  expect(formatDate("2026-01-05T00:00:00Z")).toBe("05.01.2026");
  expect(formatDate("våren 2026")).toBe("våren 2026");
  expect(formatDate("15.04.2026")).toBe("15.04.2026");
});

test("an Excel serial day number is shown as its date", () => {
  // Worked out by hand: serial 45292 is 1 January 2024 (Excel's own); 2024 has 366 days, 2025 has 365, so
  // 1 January 2026 is 45292 + 366 + 365 = 46023, and 15 April 2026 is 31 + 28 + 31 + 14 = 104 days later.
  expect(formatSerialDate(45292)).toBe("01.01.2024");
  expect(formatSerialDate(46023)).toBe("01.01.2026");
  expect(formatSerialDate(46127)).toBe("15.04.2026");
  expect(formatSerialDate(46127.75)).toBe("15.04.2026"); // a time of day does not change the date
  expect(formatSerialDate(0)).toBeNull();
  expect(formatSerialDate(Number.NaN)).toBeNull();
});

test("a date cell outside the period shows its date, not its serial, as the finding's value and message", () => {
  const wb = filledTemplate({ period: "2026" });
  setCell(wb, "Aksjoner", "A2", 46022); // 31.12.2025: the day before 46023, 1 January 2026
  const f = validateWorkbook(wb, defaultCatalogue()).find((x) => x.rule === "cell.date-outside-period")!;
  expect(f.value).toBe("31.12.2025");
  expect(renderFinding(f, "nb").message).toContain("31.12.2025");
  expect(renderFinding(f, "nb").message).toContain("01.01.2026");
  expect(renderFinding(f, "en").message).toContain("31.12.2025");
  expect(renderFinding(f, "en").message).not.toMatch(/\d{4}-\d{2}-\d{2}/);
});
