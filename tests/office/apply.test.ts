import { applyEdits, HIGHLIGHT_MARK, type ApplyResult } from "../../src/workbook/office/apply";
import type { Edit } from "../../src/core/model/edit";
import { readSnapshot } from "../../src/workbook/office/read";
import { findSheet } from "../../src/core/model/snapshot";
import { FakeExcel } from "./fake-excel";
import { renderBoth } from "../../src/core/model/user-error";

const statuses = (r: ApplyResult) => r.outcomes.map((o) => o.status);

function templateEdits(): Edit[] {
  return [
    { kind: "addSheet", sheet: "Katalog", visibility: "hidden" },
    { kind: "setValues", sheet: "Katalog", address: "A1", values: [["Virkemiddel-ID"], ["V101"], ["V102"]] },
    { kind: "addSheet", sheet: "Virkemiddelbruk", tabColor: "#1F4E78" },
    {
      kind: "setValues",
      sheet: "Virkemiddelbruk",
      address: "A1",
      values: [
        ["Virkemiddel-ID", "Antall", "Kommentar"],
        ["V101", null, null],
        ["V102", 3, { formula: "=B3*2" }],
      ],
    },
    {
      kind: "addTable",
      sheet: "Virkemiddelbruk",
      name: "tblVirkemiddelbruk",
      range: "A1:C3",
      style: "TableStyleMedium2",
    },
    { kind: "setNumberFormat", sheet: "Virkemiddelbruk", range: "B2:B3", format: "# ##0" },
    {
      kind: "setStyle",
      sheet: "Virkemiddelbruk",
      range: "A1:C1",
      style: { bold: true, fill: "#DDEBF7", horizontal: "center" },
    },
    { kind: "setColumnWidths", sheet: "Virkemiddelbruk", widths: [14, 10, 40] },
    { kind: "freezeRows", sheet: "Virkemiddelbruk", rows: 1 },
    {
      kind: "setPageLayout",
      sheet: "Virkemiddelbruk",
      orientation: "landscape",
      fitToPagesWide: 1,
      printTitleRows: { first: 1, last: 1 },
      paperSize: "A4",
    },
    {
      kind: "setValidation",
      sheet: "Virkemiddelbruk",
      range: "A2:A3",
      rule: { type: "list", source: "=Katalog!$A$2:$A$3" },
      prompt: "Velg virkemiddel",
      error: "Ukjent virkemiddel",
    },
    {
      kind: "setValidation",
      sheet: "Virkemiddelbruk",
      range: "B2:B3",
      rule: { type: "wholeNumber", min: 0 },
    },
    {
      kind: "setHyperlink",
      sheet: "Virkemiddelbruk",
      address: "E1",
      target: { sheet: "Katalog", address: "A1" },
      text: "Til katalogen",
    },
    { kind: "setProperty", name: "AkrimEtat", value: "NAV" },
    { kind: "protectSheet", sheet: "Virkemiddelbruk", unlockedRanges: ["A2:C3"], allowInsertRows: true },
    { kind: "activateSheet", sheet: "Virkemiddelbruk" },
    {
      kind: "addChart",
      sheet: "Virkemiddelbruk",
      chartType: "column",
      title: "Antall",
      source: "A1:B3",
      anchor: "G2",
      end: "O20",
    },
  ];
}

describe("applyEdits", () => {
  it("carries out a template's edits in one inspection and one write request", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Ark1");
    const result = await applyEdits(fake.context, templateEdits(), { supported: fake.isSetSupported });
    expect(result.problem).toBeNull();
    expect(statuses(result).every((s) => s === "applied")).toBe(true);
    expect(result.missing).toEqual([]);
    expect(fake.syncs).toBe(2);

    expect(fake.sheet("Katalog").visibility).toBe("Hidden");
    expect(fake.sheet("Virkemiddelbruk").tabColor).toBe("#1F4E78");
    expect(fake.cell("Virkemiddelbruk", "B3")).toMatchObject({ value: 3, numberFormat: "# ##0" });
    expect(fake.cell("Virkemiddelbruk", "C3")?.formula).toBe("=B3*2");
    expect(fake.cell("Virkemiddelbruk", "B2")).toBeUndefined();
    expect(fake.tables).toEqual([
      { name: "tblVirkemiddelbruk", sheet: "Virkemiddelbruk", address: "A1:C3", style: "TableStyleMedium2" },
    ]);
    const ws = fake.sheet("Virkemiddelbruk");
    expect(ws.frozenRows).toBe(1);
    expect(ws.columnWidths.get(2)).toBeCloseTo((40 * 7 + 5) * 0.75);
    expect(ws.validations.map((v) => v.range)).toEqual(["A2:A3", "B2:B3"]);
    expect(ws.validations[0].rule).toEqual({ list: { inCellDropDown: true, source: "=Katalog!$A$2:$A$3" } });
    expect(ws.validations[1].rule).toEqual({
      wholeNumber: { formula1: 0, operator: "GreaterThanOrEqualTo" },
    });
    expect(ws.hyperlinks.get("E1")).toEqual({
      documentReference: "Katalog!A1",
      textToDisplay: "Til katalogen",
    });
    expect(ws.protection).toMatchObject({ protected: true, unlocked: ["A2:C3"] });
    expect(ws.protection.options).toMatchObject({ allowInsertRows: true });
    expect(ws.charts).toEqual([
      {
        type: "ColumnClustered",
        source: "A1:B3",
        seriesBy: "Columns",
        title: "Antall",
        position: "G2:O20",
        series: [{ colour: "#0072b2" }],
      },
    ]);
    expect(fake.properties.get("AkrimEtat")).toBe("NAV");
    expect(fake.activeSheet).toBe("Virkemiddelbruk");
    // API calculation and screen updating were suspended for the write request.
    expect(fake.calls.filter((c) => c === "Application.suspendApiCalculationUntilNextSync")).toHaveLength(1);
    expect(fake.calls.filter((c) => c === "Application.suspendScreenUpdatingUntilNextSync")).toHaveLength(1);
  });

  it("puts sheet protection on last, whatever the edit list's order", async () => {
    const fake = new FakeExcel();
    const edits: Edit[] = [
      { kind: "addSheet", sheet: "Ny" },
      { kind: "protectSheet", sheet: "Ny", unlockedRanges: ["A2:B2"] },
      { kind: "setValues", sheet: "Ny", address: "A1", values: [["Overskrift"]] },
      { kind: "setRowHeight", sheet: "Ny", row: 1, height: 30 },
    ];
    const result = await applyEdits(fake.context, edits, { supported: fake.isSetSupported });
    expect(result.problem).toBeNull();
    expect(result.outcomes.map((o) => [o.index, o.kind, o.status])).toEqual([
      [0, "addSheet", "applied"],
      [1, "protectSheet", "applied"],
      [2, "setValues", "applied"],
      [3, "setRowHeight", "applied"],
    ]);
    expect(fake.cell("Ny", "A1")?.value).toBe("Overskrift");
    expect(fake.sheet("Ny").protection).toMatchObject({ protected: true, unlocked: ["A2:B2"] });
  });

  it("writes strings that Excel would turn into formulas, numbers, dates or errors as the same text", async () => {
    const tricky = [
      "=SUM(A1:A2)",
      "+47 22 00 00 00",
      "-",
      "-tiltak",
      "@bruker",
      "00123",
      "1/2",
      "2026-01-05",
      "12:30",
      "TRUE",
      "#N/A",
      "'sitat",
      "50 %",
      "jan-26",
      "1e5",
      "kr 100",
      "vanlig tekst",
    ];
    const fake = new FakeExcel();
    fake.addSheet("Ark");
    const result = await applyEdits(
      fake.context,
      [{ kind: "setValues", sheet: "Ark", address: "A1", values: tricky.map((t) => [t]) }],
      { supported: fake.isSetSupported },
    );
    expect(result.problem).toBeNull();
    tricky.forEach((t, i) => {
      const cell = fake.cell("Ark", `A${i + 1}`)!;
      expect({ t, value: cell.value, type: cell.type, formula: cell.formula }).toEqual({
        t,
        value: t,
        type: "String",
        formula: undefined,
      });
    });
    // ...and they read back as that text.
    const sheet = findSheet(await readSnapshot(fake.context, { formulas: true }), "Ark")!;
    expect(sheet.rows.map((r) => r?.[0])).toEqual(tricky);
    expect(sheet.formulas.filter(Boolean)).toEqual([]);
  });

  it("without the guard the fake really does turn such strings into formulas and numbers", async () => {
    // The guard test above can only fail if the fake parses typed input as Excel does.
    const fake = new FakeExcel();
    fake.addSheet("Ark");
    const ws = fake.context.workbook.worksheets.getItem("Ark");
    ws.getRange("A1:A3").values = [["=SUM(B1)"], ["00123"], ["#N/A"]];
    await fake.context.sync();
    expect(fake.cell("Ark", "A1")?.formula).toBe("=SUM(B1)");
    expect(fake.cell("Ark", "A2")?.value).toBe(123);
    expect(fake.cell("Ark", "A3")?.type).toBe("Error");
  });

  it("refuses an edit list with a problem as a whole: nothing is written, and it says which edits and why", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Finnes", [["x"]]);
    fake.addSheet("Annen");
    const result = await applyEdits(
      fake.context,
      [
        { kind: "setValues", sheet: "Annen", address: "A1", values: [["ok"]] },
        { kind: "addSheet", sheet: "finnes" },
        { kind: "setValues", sheet: "Mangler", address: "A1", values: [["a"]] },
        { kind: "setValues", sheet: "Annen", address: "ZZZZ1", values: [["a"]] },
        { kind: "setValues", sheet: "Annen", address: "B1", values: [["ok"]] },
      ],
      { supported: fake.isSetSupported },
    );
    expect(result.ok).toBe(false);
    expect(result.problem?.code).toBe("InvalidEdit");
    expect(renderBoth(result.problem!).nb).toBe("Arket «finnes» finnes allerede. Ingenting ble skrevet.");
    expect(statuses(result)).toEqual(["notAttempted", "failed", "failed", "failed", "notAttempted"]);
    expect(result.outcomes[2].reason?.en).toBe("The sheet “Mangler” does not exist.");
    expect(result.outcomes[3].reason?.nb).toBe("Ugyldig celleadresse «ZZZZ1».");
    // Only the inspection went to Excel: no value was written, not even the good ones.
    expect(fake.syncs).toBe(1);
    expect(fake.cell("Annen", "A1")).toBeUndefined();
    expect(fake.cell("Finnes", "A1")?.value).toBe("x");
  });

  describe("request size", () => {
    it.each([10, 10_000, 100_000])("keeps every request under 5 MB for %i rows of values", async (rows) => {
      const fake = new FakeExcel();
      fake.addSheet("Data");
      const values = Array.from({ length: rows }, (_, i) => [
        `Aktør ${i} – «æøå»`,
        i,
        i % 3 === 0 ? "=ikke formel" : "Virksomhet",
        "x".repeat(40),
      ]);
      const result = await applyEdits(
        fake.context,
        [{ kind: "setValues", sheet: "Data", address: "A2", values }],
        {
          supported: fake.isSetSupported,
        },
      );
      expect(result.problem).toBeNull();
      expect(fake.maxRequestBytes()).toBeLessThanOrEqual(5_000_000);
      // Our estimate is never below what the fake measured for the same request.
      const writes = fake.requests.slice(1);
      expect(result.stats.requestBytes).toHaveLength(writes.length);
      writes.forEach((r, i) => expect(result.stats.requestBytes[i]).toBeGreaterThanOrEqual(r.bytes));
      expect(fake.cell("Data", `A${rows + 1}`)?.value).toBe(`Aktør ${rows - 1} – «æøå»`);
      expect(fake.cell("Data", "C2")?.value).toBe("=ikke formel");
      // Syncs: one inspection, then one per 4 MB of data (the least the 5 MB limit allows).
      const totalBytes = result.stats.requestBytes.reduce((a, b) => a + b, 0);
      expect(fake.syncs).toBeLessThanOrEqual(1 + Math.ceil(totalBytes / 4_000_000) + 1);
      if (rows <= 10_000) expect(fake.syncs).toBe(2);
    });

    it("a request Excel refuses as too large is reported, not retried forever", async () => {
      const fake = new FakeExcel({ requestLimit: 2_000 });
      fake.addSheet("Data");
      const values = Array.from({ length: 400 }, (_, i) => [`rad ${i}`]);
      const result = await applyEdits(
        fake.context,
        [{ kind: "setValues", sheet: "Data", address: "A1", values }],
        {
          supported: fake.isSetSupported,
        },
      );
      expect(result.problem?.code).toBe("RequestPayloadSizeLimitExceeded");
      expect(renderBoth(result.problem!).nb).toContain("5 MB");
      expect(statuses(result)).toEqual(["failed"]);
    });
  });

  describe("failure part-way", () => {
    const edits = (): Edit[] => [
      {
        kind: "setValues",
        sheet: "Ark",
        address: "A1",
        values: Array.from({ length: 30 }, (_, i) => [`a${i}`]),
      },
      { kind: "setProperty", name: "P1", value: "1" },
      {
        kind: "setValues",
        sheet: "Ark",
        address: "B1",
        values: Array.from({ length: 30 }, (_, i) => [`b${i}`]),
      },
      { kind: "setProperty", name: "P2", value: "2" },
      { kind: "setValues", sheet: "Ark", address: "C1", values: [["c"]] },
    ];

    it("reports what was applied, what failed and what was not attempted", async () => {
      const fake = new FakeExcel();
      fake.addSheet("Ark");
      // Small requests so that the edits spread over several syncs; Excel refuses the second property.
      fake.failAt = { location: "CustomPropertyCollection.add", occurrence: 2, code: "InvalidArgument" };
      const result = await applyEdits(fake.context, edits(), {
        supported: fake.isSetSupported,
        maxRequestBytes: 900,
      });
      expect(result.stats.syncs).toBeGreaterThan(3);
      expect(result.ok).toBe(false);
      expect(result.problem?.code).toBe("InvalidArgument");
      const byIndex = result.outcomes.map((o) => [o.index, o.status]);
      const failed = result.outcomes.filter((o) => o.status === "failed" || o.status === "partial");
      expect(failed.length).toBeGreaterThan(0);
      const firstFailed = failed[0].index;
      // Everything before the failing request is applied and really is in the workbook...
      for (const [i, s] of byIndex) if ((i as number) < firstFailed) expect(s).toBe("applied");
      expect(fake.cell("Ark", "A30")?.value).toBe("a29");
      // ...and nothing after it was attempted.
      for (const [i, s] of byIndex)
        if ((i as number) > failed[failed.length - 1].index) expect(s).toBe("notAttempted");
      expect(fake.cell("Ark", "C1")).toBeUndefined();
      expect(fake.properties.has("P2")).toBe(false);
      expect(failed[0].reason?.en).toContain("may have taken effect");
    });

    it("counts the rows of a chunked write that went in before the failure", async () => {
      const fake = new FakeExcel();
      fake.addSheet("Ark");
      const values = Array.from({ length: 200 }, (_, i) => [`rad ${i}`]);
      // The third chunk of the write fails.
      fake.failAt = { location: "Range.values", occurrence: 3, code: "GeneralException" };
      const result = await applyEdits(
        fake.context,
        [{ kind: "setValues", sheet: "Ark", address: "A1", values }],
        {
          supported: fake.isSetSupported,
          maxRequestBytes: 1000,
        },
      );
      expect(result.stats.syncs).toBeGreaterThan(3);
      const o = result.outcomes[0];
      expect(o.status).toBe("partial");
      const written = o.rowsWritten!;
      expect(written).toBeGreaterThan(0);
      expect(fake.cell("Ark", `A${written}`)?.value).toBe(`rad ${written - 1}`);
      expect(fake.cell("Ark", `A${written + 1}`)).toBeUndefined();
      expect(result.problem?.retry).toBe(true);
    });

    it("an inspection that fails leaves everything not attempted", async () => {
      const fake = new FakeExcel();
      fake.addSheet("Ark");
      fake.failAt = { operation: 1, code: "AccessDenied" };
      const result = await applyEdits(fake.context, edits(), { supported: fake.isSetSupported });
      expect(statuses(result).every((s) => s === "notAttempted")).toBe(true);
      expect(renderBoth(result.problem!).nb).toContain("nektet");
    });
  });

  describe("cell-edit mode", () => {
    it("waits and sends the same request again", async () => {
      const fake = new FakeExcel();
      fake.addSheet("Ark");
      const waits: number[] = [];
      fake.cellEditSyncs = 2;
      const result = await applyEdits(
        fake.context,
        [{ kind: "setValues", sheet: "Ark", address: "A1", values: [["x"]] }],
        {
          supported: fake.isSetSupported,
          wait: async (ms) => {
            waits.push(ms);
          },
        },
      );
      expect(statuses(result)).toEqual(["applied"]);
      expect(waits.length).toBe(2);
      expect(fake.cell("Ark", "A1")?.value).toBe("x");
    });

    it("gives up after the retries with a message that says to leave the cell", async () => {
      const fake = new FakeExcel();
      fake.addSheet("Ark");
      fake.cellEditSyncs = 100;
      const result = await applyEdits(
        fake.context,
        [{ kind: "setValues", sheet: "Ark", address: "A1", values: [["x"]] }],
        { supported: fake.isSetSupported, wait: async () => undefined },
      );
      expect(result.problem?.code).toBe("InvalidOperationInCellEditMode");
      expect(result.problem?.retry).toBe(true);
      expect(renderBoth(result.problem!).nb).toContain("Enter eller Esc");
    });
  });

  describe("requirement sets", () => {
    it("on ExcelApi 1.7 still applies everything else and names what was missing", async () => {
      const fake = new FakeExcel({ excelApi: "1.7" });
      fake.addSheet("Ark1");
      const result = await applyEdits(fake.context, templateEdits(), { supported: fake.isSetSupported });
      expect(result.problem).toBeNull();
      const skipped = result.outcomes.filter((o) => o.status === "skipped");
      expect(skipped.map((o) => o.kind)).toEqual(["setPageLayout", "setValidation", "setValidation"]);
      expect(skipped[0].reason?.nb).toContain("ExcelApi 1.9");
      expect(skipped[1].reason?.nb).toContain("ExcelApi 1.8");
      expect(result.missing.map((m) => m.feature).sort()).toEqual([
        "dropDowns",
        "pageLayout",
        "screenUpdatingSuspend",
      ]);
      expect(fake.calls).not.toContain("Worksheet.pageLayout");
      expect(fake.sheet("Virkemiddelbruk").pageLayout).toEqual({});
      for (const m of result.missing) expect(m.message.nb.length).toBeGreaterThan(10);
      // suspendApiCalculationUntilNextSync is ExcelApi 1.6 (behaviour: the fake refuses members above its version).
      expect(fake.calls).toContain("Application.suspendApiCalculationUntilNextSync");
      expect(fake.calls).not.toContain("Range.dataValidation");
      expect(fake.tables).toHaveLength(1);
    });

    it("on ExcelApi 1.8 suspends calculation but not screen updating", async () => {
      const fake = new FakeExcel({ excelApi: "1.8" });
      fake.addSheet("Ark1");
      const result = await applyEdits(fake.context, templateEdits(), { supported: fake.isSetSupported });
      expect(result.problem).toBeNull();
      expect(result.missing.map((m) => m.feature)).toEqual(["screenUpdatingSuspend", "pageLayout"]);
      expect(fake.calls).toContain("Application.suspendApiCalculationUntilNextSync");
      expect(fake.calls).not.toContain("Application.suspendScreenUpdatingUntilNextSync");
    });

    it("on ExcelApi 1.9 sets the print layout: landscape A4, one page across, header row on every page", async () => {
      const fake = new FakeExcel({ excelApi: "1.9" });
      fake.addSheet("Ark1");
      const result = await applyEdits(fake.context, templateEdits(), { supported: fake.isSetSupported });
      expect(result.problem).toBeNull();
      expect(result.missing).toEqual([]);
      expect(statuses(result).every((s) => s === "applied")).toBe(true);
      expect(fake.sheet("Virkemiddelbruk").pageLayout).toEqual({
        orientation: "Landscape",
        paperSize: "A4",
        zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
        printTitleRows: "$1:$1",
      });
    });

    it("on ExcelApi 1.9 sets margins in points and the page header and footer in Excel's codes (call shapes)", async () => {
      // The fake records what is set; whether Excel prints it so is checked on the file path with LibreOffice.
      const fake = new FakeExcel({ excelApi: "1.9" });
      fake.addSheet("Ark1");
      const layout: Edit = {
        kind: "setPageLayout",
        sheet: "Ark1",
        orientation: "portrait",
        header: { left: "Styringsparametre", center: "FoU & analyse", right: "Periode 2026-T1" },
        footer: { right: "Side {page} av {pages}" },
        margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 1, header: 0.3, footer: 0.25 },
      };
      const result = await applyEdits(fake.context, [layout], { supported: fake.isSetSupported });
      expect(result.problem).toBeNull();
      expect(statuses(result)).toEqual(["applied"]);
      const pl = fake.sheet("Ark1").pageLayout;
      expect(pl.margins).toEqual({
        leftMargin: 36,
        rightMargin: 36,
        topMargin: 54,
        bottomMargin: 72,
        headerMargin: 21.6,
        footerMargin: 18,
      });
      expect(pl.headerFooter).toEqual({
        leftHeader: "Styringsparametre",
        centerHeader: "FoU && analyse",
        rightHeader: "Periode 2026-T1",
        leftFooter: "",
        centerFooter: "",
        rightFooter: "Side &P av &N",
      });
    });

    it("below the floor does nothing and says which Excel is needed", async () => {
      const fake = new FakeExcel({ excelApi: "1.6" });
      fake.addSheet("Ark1");
      const result = await applyEdits(fake.context, templateEdits(), { supported: fake.isSetSupported });
      expect(renderBoth(result.problem!).nb).toContain("Excel 2019 eller nyere");
      // The requirement set is the technical reason: for the developer, not in the words.
      expect(result.problem!.detail).toContain("ExcelApi 1.7");
      expect(renderBoth(result.problem!).nb).not.toContain("ExcelApi");
      expect(fake.syncs).toBe(0);
      expect(statuses(result).every((s) => s === "notAttempted")).toBe(true);
    });
  });

  describe("protected sheets", () => {
    function protectedSheet() {
      const fake = new FakeExcel();
      const ws = fake.addSheet("Data", [["Antall"], [1], [2]]);
      ws.protection = {
        protected: true,
        options: { allowInsertRows: true, allowSort: true },
        unlocked: ["A2:A3"],
      };
      return fake;
    }

    it("unprotects for the work and protects again with the same options", async () => {
      const fake = protectedSheet();
      const result = await applyEdits(
        fake.context,
        [
          { kind: "highlight", sheet: "Data", range: "A2", severity: "error" },
          { kind: "setStyle", sheet: "Data", range: "A1", style: { bold: true } },
        ],
        { supported: fake.isSetSupported },
      );
      expect(result.problem).toBeNull();
      expect(statuses(result)).toEqual(["applied", "applied"]);
      expect(fake.sheet("Data").conditionalFormats).toHaveLength(1);
      expect(fake.sheet("Data").protection.protected).toBe(true);
      expect(fake.sheet("Data").protection.options).toMatchObject({ allowInsertRows: true, allowSort: true });
      expect(fake.sheet("Data").protection.options).not.toHaveProperty("selectionMode");
    });

    it("the fake refuses such changes while the sheet is protected, as Excel does", async () => {
      const fake = protectedSheet();
      fake.context.workbook.worksheets.getItem("Data").getRange("A2").conditionalFormats.add("Custom");
      await expect(fake.context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
      fake.context.workbook.worksheets.getItem("Data").getRange("A2").values = [[5]];
      await fake.context.sync(); // typing into an unlocked cell is allowed
      expect(fake.cell("Data", "A2")?.value).toBe(5);
    });

    it("after a failure while unprotected, puts the protection back", async () => {
      const fake = protectedSheet();
      fake.failAt = { location: "RangeFont.bold", code: "GeneralException" };
      const result = await applyEdits(
        fake.context,
        [
          { kind: "highlight", sheet: "Data", range: "A2", severity: "error" },
          { kind: "setStyle", sheet: "Data", range: "A1", style: { bold: true } },
        ],
        { supported: fake.isSetSupported },
      );
      expect(result.ok).toBe(false);
      expect(fake.sheet("Data").protection.protected).toBe(true);
      expect(fake.sheet("Data").protection.options).toMatchObject({ allowInsertRows: true });
    });
  });

  describe("protected sheets, as Microsoft documents them", () => {
    it("keeps the selection mode when it protects a sheet again (it used to be dropped)", async () => {
      const fake = new FakeExcel();
      fake.addSheet("Data", [["Antall"], [1]]).protection = {
        protected: true,
        options: { allowInsertRows: true, selectionMode: "Unlocked" },
        unlocked: [],
      };
      const result = await applyEdits(
        fake.context,
        [{ kind: "setStyle", sheet: "Data", range: "A1", style: { bold: true } }],
        { supported: fake.isSetSupported },
      );
      expect(result.problem).toBeNull();
      expect(fake.sheet("Data").protection.options).toMatchObject({
        allowInsertRows: true,
        selectionMode: "Unlocked",
      });
    });

    it("protecting an already protected sheet unprotects it first (Excel refuses protect() there: office-js#6784)", async () => {
      const fake = new FakeExcel();
      fake.addSheet("Data", [["Antall"], [1]]).protection = { protected: true, options: {}, unlocked: [] };
      // Behaviour of the fake, as reported in OfficeDev/office-js#6784:
      fake.context.workbook.worksheets.getItem("Data").protection.protect({});
      await expect(fake.context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
      const result = await applyEdits(
        fake.context,
        [{ kind: "protectSheet", sheet: "Data", unlockedRanges: ["A2"], allowInsertRows: true }],
        { supported: fake.isSetSupported },
      );
      expect(result.problem).toBeNull();
      expect(fake.sheet("Data").protection).toMatchObject({ protected: true, unlocked: ["A2"] });
      expect(fake.sheet("Data").protection.options).toMatchObject({ allowInsertRows: true });
    });
  });

  describe("tables, as Microsoft documents TableCollection.add", () => {
    it("puts the table on its own sheet when another sheet is active (a bare address means the active sheet)", async () => {
      const fake = new FakeExcel();
      fake.addSheet("Forside");
      fake.addSheet("Data", [
        ["a", "b"],
        [1, 2],
      ]);
      fake.activeSheet = "Forside";
      const result = await applyEdits(
        fake.context,
        [{ kind: "addTable", sheet: "Data", name: "tblData", range: "A1:B2" }],
        { supported: fake.isSetSupported },
      );
      expect(result.problem).toBeNull();
      expect(fake.tables).toEqual([{ name: "tblData", sheet: "Data", address: "A1:B2" }]);
      // The user's place is kept: no sheet was activated, nothing selected.
      expect(fake.activeSheet).toBe("Forside");
      expect(fake.selection).toBeNull();
      expect(fake.calls).not.toContain("Worksheet.activate");
    });

    it("the fake, like Excel, gives a header-only table one empty row (behaviour of the fake)", async () => {
      const fake = new FakeExcel();
      fake.addSheet("Data", [["a", "b"]]);
      const ws = fake.context.workbook.worksheets.getItem("Data");
      ws.tables.add(ws.getRange("A1:B1"), true);
      await fake.context.sync();
      expect(fake.tables[0].address).toBe("A1:B2");
    });
  });

  describe("custom document properties", () => {
    it("a text over 255 characters is not written (Excel would trim it outside the web) and the reason is given", async () => {
      const fake = new FakeExcel({ responseLimit: null });
      fake.addSheet("Data");
      const long = "x".repeat(300);
      const result = await applyEdits(
        fake.context,
        [{ kind: "setProperty", name: "AkrimMerknad", value: long }],
        {
          supported: fake.isSetSupported,
        },
      );
      expect(result.outcomes[0].status).toBe("skipped");
      expect(result.outcomes[0].reason?.nb).toContain("255 tegn");
      expect(fake.properties.has("AkrimMerknad")).toBe(false);
      // Behaviour of the fake (docs: trimmed to 255 characters outside Excel on the web):
      fake.context.workbook.properties.custom.add("AkrimMerknad", long);
      await fake.context.sync();
      expect(fake.properties.get("AkrimMerknad")).toBe("x".repeat(255));
    });
  });

  describe("highlights", () => {
    it("marks cells without touching values or their own format, and clearing removes only the product's marks", async () => {
      const fake = new FakeExcel();
      fake.addSheet("Data", [["Antall"], ["abc"], [5]]);
      fake.sheet("Data").conditionalFormats.push({
        id: 999,
        range: "A1:A3",
        type: "Custom",
        formula: "=A1>100",
        fill: "#00FF00",
      });
      const before = JSON.stringify(fake.sheet("Data").rows);
      const marked = await applyEdits(
        fake.context,
        [
          { kind: "highlight", sheet: "Data", range: "A2", severity: "error", note: "ikke et tall" },
          { kind: "highlight", sheet: "Data", range: "A3", severity: "warning" },
        ],
        { supported: fake.isSetSupported },
      );
      expect(marked.problem).toBeNull();
      const cfs = fake.sheet("Data").conditionalFormats;
      expect(cfs).toHaveLength(3);
      expect(cfs[1]).toMatchObject({ range: "A2", type: "Custom", fill: "#FFC7CE" });
      expect(cfs[1].formula).toContain(HIGHLIGHT_MARK);
      expect(JSON.stringify(fake.sheet("Data").rows)).toBe(before);
      expect(fake.sheet("Data").formats).toEqual([]);

      const syncsBefore = fake.syncs;
      const cleared = await applyEdits(fake.context, [{ kind: "clearHighlights", sheet: "Data" }], {
        supported: fake.isSetSupported,
      });
      expect(statuses(cleared)).toEqual(["applied"]);
      expect(fake.sheet("Data").conditionalFormats.map((c) => c.id)).toEqual([999]);
      expect(JSON.stringify(fake.sheet("Data").rows)).toBe(before);
      expect(fake.syncs - syncsBefore).toBe(4);
    });

    it("the highlight formula is always true in Excel's grammar", () => {
      // N("text") is 0 in Excel, so the rule =N("...")=0 holds for every cell it covers.
      expect(`=N("${HIGHLIGHT_MARK}:error")=0`).toMatch(/^=N\("[^"]+"\)=0$/);
    });
  });
});
