import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { defaultCatalogue } from "../../src/catalogue";
import type { ConsolidationInput } from "../../src/core/consolidate";
import { consolidateInto } from "../../src/workbook/office/operations";
import { readSnapshot } from "../../src/workbook/office/read";
import { readXlsx, writeXlsx } from "../../src/workbook/xlsx";
import { FakeExcel } from "./fake-excel";
import { IDENTITY, templateWorkbook } from "./workbooks";

const catalogue = defaultCatalogue();
const SIZES = [10, 10_000, 100_000];

describe("consolidateInto", () => {
  /** Three returned templates (AT, NAV, POL) of about `total / 3` usage rows each, read by the Office reader. */
  async function inputs(total: number): Promise<ConsolidationInput[]> {
    const out: ConsolidationInput[] = [];
    for (const agency of ["AT", "NAV", "POL"]) {
      const fake = await templateWorkbook(
        Math.ceil(total / 3),
        { responseLimit: null },
        { ...IDENTITY, agency },
      );
      const snapshot = await readSnapshot(fake.context, { formulas: true });
      out.push({ file: `OSL-${agency}-2026-T1.xlsx`, hash: agency, snapshot });
    }
    return out;
  }

  it.each(SIZES)(
    "adds a consolidation of %i rows to the open workbook in requests under 5 MB",
    async (total) => {
      const sources = await inputs(total);
      const fake = new FakeExcel();
      fake.addSheet("Ark1");
      fake.addSheet("Samlet");
      const result = await consolidateInto(fake.context, sources, catalogue, {
        target: "open",
        supported: fake.isSetSupported,
      });
      if (result.kind !== "applied") throw new Error(result.kind);
      expect(result.apply.problem).toBeNull();
      expect(result.apply.outcomes.filter((o) => o.status !== "applied")).toEqual([]);
      expect(result.consolidation.agencies).toEqual(["AT", "NAV", "POL"]);
      // The existing "Samlet" is left alone; the rows go to a free name.
      expect(fake.sheet("Samlet").rows).toEqual([]);
      const rowsSheet = fake.sheet("Samlet (2)");
      expect(rowsSheet.rows.filter(Boolean).length).toBeGreaterThan(total);
      expect(fake.maxRequestBytes()).toBeLessThanOrEqual(5_000_000);
      // Syncs: two to read sheet names, one inspection, then the writes: one per 4 MB of data at most,
      // never fewer than the 5 MB limit needs.
      const bytes = result.apply.stats.requestBytes.reduce((a, b) => a + b, 0);
      const w = result.apply.stats.requestBytes.length;
      expect(fake.syncs).toBe(2 + 1 + w);
      expect(w).toBeGreaterThanOrEqual(Math.ceil(bytes / 5_000_000));
      expect(w).toBeLessThanOrEqual(Math.ceil(bytes / 4_000_000) + 1);
    },
    120_000,
  );

  it("opens the result as a new workbook where Excel can, written as an .xlsx file", async () => {
    const fake = new FakeExcel();
    const opened: string[] = [];
    const result = await consolidateInto(fake.context, await inputs(30), catalogue, {
      target: "new",
      supported: fake.isSetSupported,
      writeWorkbook: writeXlsx,
      createWorkbook: async (b64) => void opened.push(b64),
    });
    expect(result.kind).toBe("opened");
    expect(fake.syncs).toBe(0);
    expect(opened).toHaveLength(1);
    const back = readXlsx(new Uint8Array(Buffer.from(opened[0], "base64")), "samlet.xlsx");
    expect(back.sheets.map((s) => s.name)).toContain("Samlet");
    expect(back.tables.map((t) => t.name)).toContain("tblSamlet");
  });

  it("without ExcelApi 1.8 puts the result in the open workbook and says why", async () => {
    const fake = new FakeExcel({ excelApi: "1.7" });
    fake.addSheet("Ark1");
    const result = await consolidateInto(fake.context, await inputs(30), catalogue, {
      target: "new",
      supported: fake.isSetSupported,
      writeWorkbook: writeXlsx,
      createWorkbook: async () => {
        throw new Error("must not be called");
      },
    });
    if (result.kind !== "applied") throw new Error(result.kind);
    expect(result.missing.map((m) => m.feature)).toContain("newWorkbook");
    expect(result.missing.find((m) => m.feature === "newWorkbook")?.message.nb).toContain(
      "den åpne arbeidsboken",
    );
    expect(fake.findSheet("Samlet")).toBeDefined();
  });
});

describe("the Office adapter stands on its own", () => {
  it("imports nothing from the file adapter (src/workbook/xlsx)", () => {
    for (const f of readdirSync("src/workbook/office")) {
      const src = readFileSync(join("src/workbook/office", f), "utf8");
      expect([f, /from\s+["']\.\.\/xlsx/.test(src)]).toEqual([f, false]);
    }
  });
});
