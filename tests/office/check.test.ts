import { defaultCatalogue } from "../../src/catalogue";
import { runCheck } from "../../src/workbook/office/operations";
import { templateWorkbook } from "./workbooks";

const catalogue = defaultCatalogue();
const SIZES = [10, 10_000, 100_000];

describe("runCheck", () => {
  const syncs: number[] = [];
  it.each(SIZES)(
    "checks a %i-row template in syncs that grow only with the answer's size in 4 MB steps, and marks what it found",
    async (rows) => {
      const fake = await templateWorkbook(rows);
      const usageBefore = JSON.stringify(fake.sheet("Virkemiddelbruk").rows);
      const result = await runCheck(fake.context, catalogue, { supported: fake.isSetSupported });
      if (result.kind !== "applied") throw new Error(result.kind);
      expect(result.apply.problem).toBeNull();
      expect(result.apply.outcomes.every((o) => o.status === "applied")).toBe(true);
      syncs.push(fake.syncs);
      // Constant up to 10,000 rows; at 100,000 rows the read is split into answers of at most 4 MB.
      expect(new Set(syncs.slice(0, 2)).size).toBe(1);
      const answers = fake.requests.map((r) => r.responseBytes);
      expect(Math.max(...answers)).toBeLessThanOrEqual(4_000_000);
      expect(fake.syncs).toBeLessThanOrEqual(
        syncs[0] + Math.ceil((answers.reduce((a, b) => a + b, 0) * 1.6) / 4_000_000),
      );
      expect(fake.maxRequestBytes()).toBeLessThanOrEqual(5_000_000);

      const unknown = result.findings.filter((f) => f.rule === "usage.unknown-instrument");
      expect(unknown.map((f) => f.value)).toEqual(["V999", "V999", "V999"]);
      const usage = fake.sheet("Virkemiddelbruk");
      const marked = usage.conditionalFormats.map((c) => c.range);
      for (const f of unknown) expect(marked).toContain(f.cell);
      // The check changed no value of the user's data (highlights are conditional formats).
      expect(JSON.stringify(usage.rows)).toBe(usageBefore);
      expect(fake.findSheet(result.reportSheet!)).toBeDefined();
      // The template's sheets are protected again after the highlights went in.
      expect(usage.protection.protected).toBe(true);
      expect(usage.protection.options).toMatchObject({ allowInsertRows: true });
      expect(fake.activeSheet).toBe(result.reportSheet);
    },
  );

  it("a second check clears the first one's highlights and does not overwrite its report", async () => {
    const fake = await templateWorkbook(10);
    const first = await runCheck(fake.context, catalogue, { supported: fake.isSetSupported });
    if (first.kind !== "applied") throw new Error(first.kind);
    const marks = fake.sheet("Virkemiddelbruk").conditionalFormats.length;
    expect(marks).toBeGreaterThan(0);

    const clash = await runCheck(fake.context, catalogue, { supported: fake.isSetSupported });
    expect(clash.kind).toBe("clash");
    if (clash.kind === "clash") expect(clash.message.nb).toContain("ikke overskrevet");

    const second = await runCheck(fake.context, catalogue, {
      supported: fake.isSetSupported,
      report: { onExisting: "numbered" },
    });
    if (second.kind !== "applied") throw new Error(second.kind);
    expect(second.reportSheet).toBe("Kontrollrapport (2)");
    expect(fake.sheet("Virkemiddelbruk").conditionalFormats.length).toBe(marks);
  });

  it("works on Excel on the web with 100,000 rows: every request and answer stays under 5 MB", async () => {
    const fake = await templateWorkbook(100_000, { responseLimit: 5_000_000 });
    const result = await runCheck(fake.context, catalogue, {
      supported: fake.isSetSupported,
      maxResponseBytes: 4_000_000,
    });
    if (result.kind !== "applied") throw new Error(result.kind);
    expect(result.apply.problem).toBeNull();
    expect(fake.requests.every((q) => q.ok)).toBe(true);
    for (const r of fake.requests) {
      expect(r.bytes).toBeLessThanOrEqual(5_000_000);
      expect(r.responseBytes).toBeLessThanOrEqual(5_000_000);
    }
  });
});
