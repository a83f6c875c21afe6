import { readSnapshot, readSnapshotWithStats } from "../../src/workbook/office/read";
import { cellAt, formulaAt, findSheet, isCellError } from "../../src/core/model/snapshot";
import { FakeExcel } from "./fake-excel";

const HEADERS = ["Virkemiddel-ID", "Virkemiddel", "Antall", "Kommentar"];

function usageSheet(fake: FakeExcel, rows: number) {
  const data: unknown[][] = [HEADERS];
  for (let i = 0; i < rows; i++)
    data.push([`V${100 + (i % 200)}`, `Kontroll ${i}`, i % 17, i % 5 === 0 ? "merknad" : null]);
  fake.addSheet("Virkemiddelbruk", data);
  fake.addTable("tblVirkemiddelbruk", "Virkemiddelbruk", `A1:D${rows + 1}`);
}

describe("readSnapshot", () => {
  it("reads sheets, visibility, tables with headers, custom properties and values", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Forside", [
      ["Felt", "Verdi"],
      ["Etat", "NAV"],
      ["Periode", "2026-T1"],
    ]);
    usageSheet(fake, 3);
    fake.addSheet("Katalog", [["V101"]], "VeryHidden");
    fake.properties.set("AkrimEtat", "NAV");
    fake.properties.set("Antall", 3);

    const snap = await readSnapshot(fake.context, {});
    expect(snap.name).toBe("Rapport.xlsx");
    expect(snap.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["Forside", "visible"],
      ["Virkemiddelbruk", "visible"],
      ["Katalog", "veryHidden"],
    ]);
    expect(snap.tables).toEqual([
      { name: "tblVirkemiddelbruk", sheet: "Virkemiddelbruk", ref: "A1:D4", headers: HEADERS, totalsRow: false },
    ]);
    expect(snap.properties.get("AkrimEtat")).toBe("NAV");
    expect(snap.properties.get("Antall")).toBe(3);
    const usage = findSheet(snap, "Virkemiddelbruk")!;
    expect(cellAt(usage, 1, 0)).toBe("V100");
    expect(cellAt(usage, 2, 2)).toBe(1);
    expect(cellAt(usage, 2, 3)).toBeNull();
    expect(cellAt(findSheet(snap, "Forside")!, 2, 1)).toBe("2026-T1");
  });

  it("tells error values from text that looks like an error, using valueTypes", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Ark", [["a", "b"]]);
    fake.setCell("Ark", "A2", { value: "#N/A", type: "Error", formula: "=NA()" });
    fake.setCell("Ark", "B2", { value: "#N/A", type: "String", quotePrefix: true });
    const sheet = (await readSnapshot(fake.context, { formulas: true })).sheets[0];
    expect(cellAt(sheet, 1, 0)).toEqual({ error: "#N/A" });
    expect(isCellError(cellAt(sheet, 1, 1))).toBe(false);
    expect(cellAt(sheet, 1, 1)).toBe("#N/A");
    expect(formulaAt(sheet, 1, 0)).toBe("NA()");
  });

  it("reports formulas only where a cell holds one, not for text that starts with =", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Ark", [["=SUM(B1:B2)", "'=ikke formel", 3]]);
    const sheet = (await readSnapshot(fake.context, { formulas: true })).sheets[0];
    expect(formulaAt(sheet, 0, 0)).toBe("SUM(B1:B2)");
    expect(formulaAt(sheet, 0, 1)).toBeUndefined();
    expect(cellAt(sheet, 0, 1)).toBe("=ikke formel");
    expect(formulaAt(sheet, 0, 2)).toBeUndefined();
  });

  it("keeps cells at their sheet positions when the used range does not start at A1", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Ark", [[], [], [null, null, "x", 5]]);
    const sheet = (await readSnapshot(fake.context)).sheets[0];
    expect(cellAt(sheet, 2, 2)).toBe("x");
    expect(cellAt(sheet, 2, 3)).toBe(5);
    expect(sheet.rows[0]).toBeUndefined();
  });

  it("reads only the requested sheets' cells and notes a requested sheet that is missing", async () => {
    const fake = new FakeExcel();
    fake.addSheet("A", [["a"]]);
    fake.addSheet("B", [["b"]]);
    const snap = await readSnapshot(fake.context, { sheets: ["b", "Mangler"], properties: false });
    expect(snap.sheets.map((s) => s.rows.length)).toEqual([0, 1]);
    expect(snap.notes).toEqual([expect.objectContaining({ code: "sheet-skipped", sheet: "Mangler" })]);
    expect(fake.calls).not.toContain("DocumentProperties.custom");
  });

  it.each([10, 10_000, 100_000])(
    "uses three syncs for %i rows (desktop, no response limit)",
    async (rows) => {
      const fake = new FakeExcel({ responseLimit: null });
      fake.addSheet("Forside", [["Felt", "Verdi"]]);
      usageSheet(fake, rows);
      const { snapshot, stats } = await readSnapshotWithStats(fake.context, { formulas: true });
      expect(fake.syncs).toBe(3);
      expect(stats.syncs).toBe(3);
      expect(findSheet(snapshot, "Virkemiddelbruk")!.rows.length).toBe(rows + 1);
    },
  );

  it("reads above the cell limit in row blocks, each request within the limit", async () => {
    const fake = new FakeExcel({ responseLimit: null, readCellLimit: 1000 });
    usageSheet(fake, 999); // 1000 rows × 4 columns = 4000 cells
    const { snapshot, stats } = await readSnapshotWithStats(fake.context, { maxCells: 1000 });
    expect(stats.valueRequests).toBe(4);
    expect(fake.syncs).toBe(2 + 4);
    const usage = findSheet(snapshot, "Virkemiddelbruk")!;
    expect(usage.rows.length).toBe(1000);
    expect(cellAt(usage, 999, 1)).toBe("Kontroll 998");
  });

  it("on Excel on the web, sizes the blocks from a sample so that no answer passes the budget", async () => {
    const fake = new FakeExcel({ responseLimit: 5_000_000 });
    usageSheet(fake, 100_000);
    const { snapshot, stats } = await readSnapshotWithStats(fake.context, {
      formulas: true,
      maxResponseBytes: 4_000_000,
    });
    expect(stats.splits).toBe(0);
    const answers = fake.requests.map((r) => r.responseBytes);
    expect(Math.max(...answers)).toBeLessThanOrEqual(4_000_000);
    const total = answers.reduce((a, b) => a + b, 0);
    // Not many more requests than the data needs at 4 MB each (the sample's margin costs a little).
    expect(stats.valueRequests).toBeLessThanOrEqual(Math.ceil((total * 1.6) / 4_000_000) + 1);
    expect(stats.syncs).toBe(2 + stats.valueRequests);
    const usage = findSheet(snapshot, "Virkemiddelbruk")!;
    expect(usage.rows.length).toBe(100_001);
    expect(cellAt(usage, 100_000, 1)).toBe("Kontroll 99999");
  });

  it("when Excel still refuses an answer as too large, splits that request and still returns every row", async () => {
    const fake = new FakeExcel({ responseLimit: 5_000_000 });
    usageSheet(fake, 100_000);
    const { snapshot, stats } = await readSnapshotWithStats(fake.context, {
      formulas: true,
      maxResponseBytes: null,
    });
    expect(stats.splits).toBeGreaterThan(0);
    expect(fake.requests.filter((r) => r.ok).every((r) => r.responseBytes <= 5_000_000)).toBe(true);
    const usage = findSheet(snapshot, "Virkemiddelbruk")!;
    expect(usage.rows.length).toBe(100_001);
    expect(cellAt(usage, 100_000, 1)).toBe("Kontroll 99999");
  });

  it("reads data in the sheet's last rows on the web, where the sample would reach past the sheet", async () => {
    const fake = new FakeExcel();
    const ws = fake.addSheet("Bunn");
    ws.rows[1_048_570] = [{ value: "nederst", type: "String" }];
    const { snapshot, stats } = await readSnapshotWithStats(fake.context, { maxResponseBytes: 4_000_000 });
    expect(cellAt(snapshot.sheets[0], 1_048_570, 0)).toBe("nederst");
    expect(stats.syncs).toBe(4);
  });

  it("an empty sheet reads as no rows", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Tom");
    const snap = await readSnapshot(fake.context);
    expect(snap.sheets[0].rows).toEqual([]);
  });
});
