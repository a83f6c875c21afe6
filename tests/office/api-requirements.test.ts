import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import {
  API_REQUIREMENTS,
  compareVersions,
  FLOOR,
  requirementOf,
} from "../../src/workbook/office/api-requirements";
import { applyEdits } from "../../src/workbook/office/apply";
import { readSnapshot } from "../../src/workbook/office/read";
import { readIdentity } from "../../src/workbook/office/identity";
import { selectCell } from "../../src/workbook/office/navigate";
import { withExcel } from "../../src/workbook/office/errors";
import { defaultCatalogue } from "../../src/catalogue";
import type { Edit } from "../../src/core/model/edit";
import { FakeExcel } from "./fake-excel";

const EVERY_EDIT_KIND: Edit[] = [
  { kind: "addSheet", sheet: "Ny", visibility: "hidden", tabColor: "#FF0000" },
  { kind: "addSheet", sheet: "Synlig" },
  {
    kind: "setValues",
    sheet: "Ny",
    address: "A1",
    values: [
      ["a", "b"],
      [1, { formula: "=A2+1" }],
    ],
  },
  { kind: "addTable", sheet: "Ny", name: "tblNy", range: "A1:B2", style: "TableStyleLight9" },
  { kind: "setNumberFormat", sheet: "Ny", range: "A2:B2", format: "0" },
  {
    kind: "setStyle",
    sheet: "Ny",
    range: "A1:B1",
    style: {
      bold: true,
      italic: true,
      fill: "#EEEEEE",
      fontColor: "#000000",
      wrap: true,
      horizontal: "left",
    },
  },
  { kind: "setColumnWidths", sheet: "Ny", widths: [10, 20] },
  { kind: "freezeRows", sheet: "Ny", rows: 1 },
  {
    kind: "setValidation",
    sheet: "Ny",
    range: "A2",
    rule: { type: "list", source: "=Ny!$A$1:$A$2" },
    prompt: "p",
    error: "e",
  },
  {
    kind: "setValidation",
    sheet: "Ny",
    range: "B2",
    rule: { type: "date", min: "2026-01-01", max: "2026-12-31" },
  },
  { kind: "highlight", sheet: "Ny", range: "A2", severity: "info" },
  { kind: "clearHighlights", sheet: "Ark" },
  {
    kind: "setHyperlink",
    sheet: "Ny",
    address: "C1",
    target: { sheet: "Ark", address: "A1" },
    text: "lenke",
  },
  { kind: "setProperty", name: "AkrimEtat", value: "AT" },
  { kind: "protectSheet", sheet: "Ny", unlockedRanges: ["A2:B2"], allowInsertRows: false },
  { kind: "setRowHeight", sheet: "Ny", row: 1, height: 30 },
  {
    kind: "setPageLayout",
    sheet: "Ny",
    orientation: "landscape",
    fitToPagesWide: 1,
    printTitleRows: { first: 1, last: 1 },
    printTitleColumns: { first: 0, last: 0 },
    paperSize: "A4",
    header: { left: "Ny", center: "A & B", right: "Periode 2026-T1" },
    footer: { right: "Side {page} av {pages}" },
    margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
  },
  {
    kind: "addChart",
    sheet: "Ny",
    chartType: "line",
    title: "t",
    source: "A1:B2",
    anchor: "E2",
    end: "L20",
  },
  {
    kind: "addChart",
    sheet: "Ny",
    chartType: "column",
    title: "t",
    source: "A1:B2",
    anchor: "E22",
    end: "L40",
  },
  { kind: "setValues", sheet: "Ark", address: "C1", values: [["z"]] },
  { kind: "activateSheet", sheet: "Synlig" },
];

async function exerciseEverything(fake: FakeExcel) {
  // Protected, like the template's sheets: edits on it unprotect and protect it again.
  fake.addSheet("Ark", [
    ["x", "y"],
    [1, 2],
  ]).protection = { protected: true, unlocked: [] };
  fake.addTable("tblArk", "Ark", "A1:B2");
  fake.properties.set("AkrimEtat", "NAV");
  fake
    .sheet("Ark")
    .conditionalFormats.push({ id: 1, range: "A1", type: "Custom", formula: '=N("akrim-rapport:error")=0' });
  await withExcel((context) => readSnapshot(context, { formulas: true, maxResponseBytes: 4_000_000 }), {
    runner: fake.run,
  });
  const result = await applyEdits(fake.context, EVERY_EDIT_KIND, { supported: fake.isSetSupported });
  await readIdentity(fake.context, defaultCatalogue());
  await selectCell(fake.context, "Ark", "B2");
  return result;
}

describe("the Office.js API table", () => {
  it("covers every member the adapter touched, and the adapter touched every Excel member listed", async () => {
    const fake = new FakeExcel();
    const result = await exerciseEverything(fake);
    expect(result.problem).toBeNull();
    expect(result.outcomes.every((o) => o.status === "applied")).toBe(true);
    const touched = new Set(fake.calls);
    const unlisted = [...touched].filter((c) => requirementOf(c) === undefined);
    expect(unlisted).toEqual([]);
    const outsideFake = (k: string) => k.startsWith("Office.") || k === "Excel.createWorkbook";
    const unused = Object.keys(API_REQUIREMENTS).filter((k) => !outsideFake(k) && !touched.has(k));
    expect(unused).toEqual([]);
  });

  it("on a host at the floor, nothing above the floor reaches Excel (no ApiNotFound) and the rest is applied", async () => {
    const fake = new FakeExcel({ excelApi: FLOOR.version });
    const result = await exerciseEverything(fake);
    expect(result.problem).toBeNull();
    const above = fake.calls.filter((c) => {
      const r = requirementOf(c);
      return r?.set === "ExcelApi" && compareVersions(r.version, FLOOR.version) > 0;
    });
    expect(above).toEqual([]);
    expect(result.outcomes.filter((o) => o.status !== "applied").map((o) => o.kind)).toEqual([
      "setValidation",
      "setValidation",
      "setPageLayout",
    ]);
  });

  it("lists every Office and Excel namespace call in the adapter and command sources", () => {
    const files = [
      ...readdirSync("src/workbook/office").map((f) => join("src/workbook/office", f)),
      ...readdirSync("src/commands").map((f) => join("src/commands", f)),
    ].filter((f) => f.endsWith(".ts"));
    const used = new Set<string>();
    for (const f of files) {
      const src = readFileSync(f, "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
      for (const m of src.matchAll(/\b(Office|Excel)((?:\??\.[a-z]\w*)+)/g))
        used.add(`${m[1]}${m[2].replace(/\?/g, "")}`);
    }
    const unlisted = [...used].filter((u) => requirementOf(u) === undefined);
    expect(unlisted).toEqual([]);
    expect(used).toContain("Excel.run");
    expect(used).toContain("Office.actions.associate");
  });
});

/**
 * Requirement sets as Microsoft's reference gives them, checked against the table (read on
 * learn.microsoft.com/javascript/api/excel and OfficeDev/office-js-docs-reference, docs-ref-autogen/excel).
 */
const DOCUMENTED: [member: string, version: string, page: string][] = [
  ["Application.suspendApiCalculationUntilNextSync", "1.6", "excel.application"],
  ["Application.suspendScreenUpdatingUntilNextSync", "1.9", "excel.application"],
  // add(address, hasHeaders) is 1.1; a Range as address (how the adapter calls it) is 1.3.
  ["TableCollection.add", "1.3", "excel.tablecollection"],
  ["Table.showTotals", "1.1", "excel.table"],
  ["CustomPropertyCollection.add", "1.7", "excel.custompropertycollection"],
  ["Workbook.properties", "1.7", "excel.workbook"],
  ["Worksheet.getRangeByIndexes", "1.7", "excel.worksheet"],
  ["Worksheet.getUsedRangeOrNullObject", "1.4", "excel.worksheet"],
  ["Worksheet.freezePanes", "1.7", "excel.worksheet"],
  ["Worksheet.protection", "1.2", "excel.worksheet"],
  ["Worksheet.pageLayout", "1.9", "excel.worksheet"],
  ["Range.dataValidation", "1.8", "excel.range"],
  ["Range.conditionalFormats", "1.6", "excel.range"],
  ["Range.hyperlink", "1.7", "excel.range"],
  ["Range.getResizedRange", "1.2", "excel.range"],
  ["WorksheetProtection.protect", "1.2", "excel.worksheetprotection"],
  ["WorksheetProtection.unprotect", "1.2", "excel.worksheetprotection"],
  ["Excel.createWorkbook", "1.8", "excel"],
];

describe("the Office.js API table against Microsoft's reference", () => {
  it.each(DOCUMENTED)(
    "%s is ExcelApi %s (learn.microsoft.com/javascript/api/excel/%s)",
    (member, version) => {
      expect(requirementOf(member)).toEqual({ set: "ExcelApi", version });
    },
  );
});
