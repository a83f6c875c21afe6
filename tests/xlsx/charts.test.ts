/**
 * Charts in the .xlsx writer: DrawingML parts that resolve from the sheet, series that refer to the cells they
 * plot and carry their values, accepted by Microsoft's Open XML validator and drawn by LibreOffice.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Edit } from "../../src/core/model/edit";
import { writeXlsx, XlsxWriteError } from "../../src/workbook/xlsx";
import { convertWithLibreOffice } from "../template/libreoffice";
import { readCharts, zipParts } from "./chart-parts";

const dir = mkdtempSync(join(tmpdir(), "xlsx-charts-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const hasLibreOffice = existsSync("/usr/bin/soffice");

function validate(file: string): { ok: boolean; errors: unknown[] } {
  try {
    return JSON.parse(
      execFileSync("npx", ["ooxml-validator", file, "--officeVersion", "Microsoft365"], { encoding: "utf8" }),
    );
  } catch (e) {
    const out = (e as { stdout?: string }).stdout ?? "";
    return JSON.parse(out || '{"ok":false,"errors":[{"description":"validator did not run"}]}');
  }
}

const SHEET = "Tall 'Q' & co";
/** Two charts on a sheet that also has a table and a note (its relationships come first), one on another. */
const edits: Edit[] = [
  { kind: "addSheet", sheet: "Forside" },
  {
    kind: "setValues",
    sheet: "Forside",
    address: "A1",
    values: [
      ["Etat", "Antall"],
      ["AT", 3],
      ["NAV", 4],
    ],
  },
  { kind: "addSheet", sheet: SHEET },
  {
    kind: "setValues",
    sheet: SHEET,
    address: "A1",
    values: [
      ["Periode", "Kontroller", "Veiledning <&>"],
      ["2026-T1", 12, 7],
      ["2026-T2", 15, null],
      ["2026-T3", 9.5, 11],
    ],
  },
  { kind: "addTable", sheet: SHEET, name: "tblTall", range: "A1:C4" },
  { kind: "highlight", sheet: SHEET, range: "B3", severity: "warning", note: "Sjekk tallet" },
  {
    kind: "addChart",
    sheet: SHEET,
    chartType: "line",
    title: "Utvikling over tertialer",
    source: "A1:C4",
    anchor: "E2",
    end: "L17",
  },
  {
    kind: "addChart",
    sheet: SHEET,
    chartType: "column",
    title: "Søyler per periode",
    source: "A1:B4",
    anchor: "E19",
    end: "L34",
  },
  // One page across, so that no chart is cut by a page break on paper.
  { kind: "setPageLayout", sheet: SHEET, orientation: "landscape", fitToPagesWide: 1, paperSize: "A4" },
  {
    kind: "addChart",
    sheet: "Forside",
    chartType: "bar",
    title: "Liggende stolper per etat",
    source: "A1:B3",
    anchor: "D1",
    end: "J12",
  },
];

describe("charts in the .xlsx writer", () => {
  const bytes = writeXlsx(edits);
  const file = join(dir, "diagrammer.xlsx");
  writeFileSync(file, bytes);

  it("writes each chart as a chart part behind a drawing of its sheet, with every relationship resolving", () => {
    const charts = readCharts(bytes);
    expect(charts.map((c) => [c.sheet, c.type, c.title, c.descr])).toEqual([
      ["Forside", "bar", "Liggende stolper per etat", "Liggende stolper per etat"],
      [SHEET, "line", "Utvikling over tertialer", "Utvikling over tertialer"],
      [SHEET, "col", "Søyler per periode", "Søyler per periode"],
    ]);
    // The anchor covers E2:L17: from column 4, row 1 to the corner after column 11, row 16.
    expect(charts[1]).toMatchObject({ from: { col: 4, row: 1 }, to: { col: 12, row: 17 } });
    const p = zipParts(bytes);
    // Sheet 2's relationships: its table (rId1), its note's comments and VML (rId2, rId3), then the drawing.
    expect(p["xl/worksheets/sheet2.xml"]).toMatch(/<drawing r:id="rId4"\/><legacyDrawing r:id="rId3"\/>/);
    expect(p["xl/worksheets/_rels/sheet2.xml.rels"]).toContain(
      'Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing2.xml"',
    );
  });

  it("refers each series to its cells, with the cells' values cached", () => {
    const [, line, column] = readCharts(bytes);
    const q = "'Tall ''Q'' & co'";
    expect(line.series).toEqual([
      {
        name: `${q}!$B$1`,
        categories: `${q}!$A$2:$A$4`,
        values: `${q}!$B$2:$B$4`,
        nameCache: ["Kontroller"],
        categoryCache: ["2026-T1", "2026-T2", "2026-T3"],
        valueCache: [12, 15, 9.5],
        colour: "#0072b2",
      },
      {
        name: `${q}!$C$1`,
        categories: `${q}!$A$2:$A$4`,
        values: `${q}!$C$2:$C$4`,
        nameCache: ["Veiledning <&>"],
        categoryCache: ["2026-T1", "2026-T2", "2026-T3"],
        // The empty cell is a gap, not a zero.
        valueCache: [7, undefined, 11],
        colour: "#d55e00",
      },
    ]);
    expect(column.series.map((s) => s.values)).toEqual([`${q}!$B$2:$B$4`]);
  });

  it("passes Microsoft's Open XML validator with zero errors", () => {
    expect(validate(file)).toMatchObject({ ok: true, errors: [] });
  });

  (hasLibreOffice ? it : it.skip)(
    "is drawn by LibreOffice: the titles, found in no cell, are on the printed page",
    () => {
      const r = convertWithLibreOffice([file], "pdf", dir);
      expect(r.status).toBe(0);
      const text = execFileSync("pdftotext", [join(dir, "diagrammer.pdf"), "-"], { encoding: "utf8" });
      expect(text).toContain("Liggende stolper per etat");
      expect(text).toContain("Utvikling over tertialer");
      expect(text).toContain("Søyler per periode");
    },
    120_000,
  );

  it("refuses a chart without a value or with its end before its start, with a message", () => {
    const base = edits.slice(0, 2);
    const chart = (over: Partial<Extract<Edit, { kind: "addChart" }>>): Edit => ({
      kind: "addChart",
      sheet: "Forside",
      chartType: "column",
      title: "Antall",
      source: "A1:B3",
      anchor: "D1",
      end: "J12",
      ...over,
    });
    expect(() => writeXlsx([...base, chart({ source: "A1:A3" })])).toThrow(XlsxWriteError);
    expect(() => writeXlsx([...base, chart({ source: "A1:B1" })])).toThrow(/series names/);
    expect(() => writeXlsx([...base, chart({ end: "C20" })])).toThrow(/below and to the right/);
    expect(() => writeXlsx([...base, chart({ sheet: "Ingen" })])).toThrow(XlsxWriteError);
  });
});
