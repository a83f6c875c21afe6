/**
 * Print layout: a wide table printed landscape, one page across, with its header row on every page. Checked
 * with Microsoft's Open XML validator and by printing to PDF in LibreOffice.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Edit } from "../../src/core/model/edit";
import { readXlsx, writeXlsx, XlsxWriteError } from "../../src/workbook/xlsx";
import { convertWithLibreOffice } from "../template/libreoffice";
import { parts } from "./craft";

const dir = mkdtempSync(join(tmpdir(), "xlsx-print-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEADERS = Array.from({ length: 14 }, (_, i) => `Overskrift ${i + 1}`);
const wideSheet = (name: string): Edit[] => [
  { kind: "addSheet", sheet: name },
  { kind: "setValues", sheet: name, address: "A1", values: [[`Tittel på ${name}`]] },
  {
    kind: "setValues",
    sheet: name,
    address: "A3",
    values: [
      HEADERS,
      ...Array.from({ length: 120 }, (_, r) => HEADERS.map((_, c) => `rad ${r + 1} kol ${c + 1}`)),
    ],
  },
  { kind: "addTable", sheet: name, name: `tbl${name.replace(/\W/g, "")}`, range: "A3:N123" },
  { kind: "setColumnWidths", sheet: name, widths: HEADERS.map(() => 18) },
];
const layout = (sheet: string): Edit => ({
  kind: "setPageLayout",
  sheet,
  orientation: "landscape",
  fitToPagesWide: 1,
  printTitleRows: { first: 3, last: 3 },
  paperSize: "A4",
});

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

function pdfPages(pdf: string): number {
  const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
}

describe("setPageLayout in the .xlsx writer", () => {
  const plain = [...wideSheet("Data"), ...wideSheet("Andre data")];
  const laidOut: Edit[] = [
    ...plain,
    layout("Data"),
    layout("Andre data"),
    { kind: "setRowHeight", sheet: "Data", row: 3, height: 45 },
    { ...layout("Andre data"), printTitleColumns: { first: 0, last: 1 } } as Edit,
  ];

  it("writes page setup, fit-to-page and sheet-local print titles that the validator accepts", () => {
    const bytes = writeXlsx(laidOut);
    const p = parts(bytes);
    expect(p["xl/worksheets/sheet1.xml"]).toContain('<pageSetUpPr fitToPage="1"/>');
    expect(p["xl/worksheets/sheet1.xml"]).toContain(
      '<pageSetup paperSize="9" fitToWidth="1" fitToHeight="0" orientation="landscape"/>',
    );
    expect(p["xl/workbook.xml"]).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="0">'Data'!$3:$3</definedName>`,
    );
    expect(p["xl/workbook.xml"]).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="1">'Andre data'!$A:$B,'Andre data'!$3:$3</definedName>`,
    );
    expect(p["xl/worksheets/sheet1.xml"]).toContain('<row r="3" ht="45" customHeight="1">');
    const file = join(dir, "layout.xlsx");
    writeFileSync(file, bytes);
    expect(validate(file)).toMatchObject({ ok: true, errors: [] });
    // The file still reads as before.
    expect(readXlsx(bytes, "layout.xlsx").tables.map((t) => t.name)).toEqual(["tblData", "tblAndredata"]);
  });

  it("prints on fewer pages, with the header row at the top of every page (LibreOffice PDF)", () => {
    writeFileSync(join(dir, "before.xlsx"), writeXlsx(wideSheet("Data")));
    writeFileSync(join(dir, "after.xlsx"), writeXlsx([...wideSheet("Data"), layout("Data")]));
    const r = convertWithLibreOffice([join(dir, "before.xlsx"), join(dir, "after.xlsx")], "pdf", dir);
    expect(r.status).toBe(0);
    const before = pdfPages(join(dir, "before.pdf"));
    const after = pdfPages(join(dir, "after.pdf"));
    expect(after).toBeLessThan(before);
    expect(after).toBeGreaterThan(1);
    for (let page = 2; page <= after; page++) {
      const text = execFileSync(
        "pdftotext",
        ["-f", String(page), "-l", String(page), join(dir, "after.pdf"), "-"],
        {
          encoding: "utf8",
        },
      );
      expect(text).toContain("Overskrift 14"); // the last column is on the page, and the header repeats
      expect(text).not.toContain("Tittel på Data");
    }
  }, 120_000);

  it("refuses a layout it cannot write, with a message", () => {
    const bad: Edit = { ...(layout("Data") as Extract<Edit, { kind: "setPageLayout" }>), fitToPagesWide: 0 };
    expect(() => writeXlsx([...wideSheet("Data"), bad])).toThrow(XlsxWriteError);
    const rows: Edit = {
      ...(layout("Data") as Extract<Edit, { kind: "setPageLayout" }>),
      printTitleRows: { first: 4, last: 3 },
    };
    expect(() => writeXlsx([...wideSheet("Data"), rows])).toThrow(/print title rows/);
  });
});
