/**
 * Workbooks in the 1904 date system (old Mac Excel): their date serials are 1462 days smaller. The checks,
 * the roll-up and the consolidation must read their dates as the same days.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { defaultCatalogue } from "../../src/catalogue";
import { readSubmission } from "../../src/core/model/submission";
import { DATE_1904_OFFSET, type WorkbookSnapshot } from "../../src/core/model/snapshot";
import { dateToSerial } from "../../src/core/period";
import { validateWorkbook } from "../../src/core/validation";
import { readXlsx, writeXlsx } from "../../src/workbook/xlsx";
import { craftXlsx } from "../xlsx/craft";
import { snapshotEdits } from "./files";
import { filledTemplate, sheetOf } from "./fixtures";

const cat = defaultCatalogue();
const actionsSheet = cat.template.tables.find((t) => t.key === "actions")!.name;
const DATE_RULES = new Set(["cell.date-outside-period", "cell.invalid-date"]);

/** The filled template as a Mac workbook would store it: date serials counted from 1904. */
function mac(): { bytes: (date1904: boolean) => Uint8Array; original: WorkbookSnapshot } {
  const original = filledTemplate();
  const shifted = filledTemplate();
  const actions = sheetOf(shifted, actionsSheet);
  for (const row of actions.rows.slice(1)) if (row && typeof row[0] === "number") row[0] -= DATE_1904_OFFSET;
  const file = writeXlsx(snapshotEdits(shifted));
  return {
    original,
    bytes: (date1904) => {
      if (!date1904) return file;
      const parts = unzipSync(file);
      const wb = strFromU8(parts["xl/workbook.xml"]);
      expect(wb).toContain("<workbookPr ");
      parts["xl/workbook.xml"] = strToU8(wb.replace("<workbookPr ", '<workbookPr date1904="1" '));
      return zipSync(parts);
    },
  };
}

describe("the 1904 date system", () => {
  const { bytes, original } = mac();

  it("is recorded on the snapshot, with a note", () => {
    const snap = readXlsx(bytes(true), "mac.xlsx");
    expect(snap.date1904).toBe(true);
    expect(snap.notes.map((n) => n.code)).toContain("date-system-1904");
    expect(readXlsx(bytes(false), "pc.xlsx").date1904).toBeUndefined();
  });

  it("dates in a 1904 workbook are checked against the period as the same days", () => {
    const dateFindings = (snap: WorkbookSnapshot) =>
      validateWorkbook(snap, cat).filter((f) => DATE_RULES.has(f.rule));
    expect(dateFindings(readXlsx(bytes(true), "mac.xlsx"))).toEqual([]);
    // The same serials read in the 1900 system fall four years early: the check would flag every date.
    expect(dateFindings(readXlsx(bytes(false), "pc.xlsx")).length).toBeGreaterThan(0);
  });

  it("the submission's date cells are 1900-system serials (what roll-up and consolidation copy)", () => {
    const dates = (snap: WorkbookSnapshot) =>
      readSubmission(snap, cat).tables.actions!.rows.map((r) => r.cells[0]);
    expect(dates(readXlsx(bytes(true), "mac.xlsx"))).toEqual(dates(original));
  });

  it('ISO date cells (t="d") become serials of the workbook\'s own system', () => {
    const workbook =
      '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
      '<workbookPr date1904="true"/><sheets><sheet name="Ark" sheetId="1" r:id="rId1"/></sheets></workbook>';
    const file = craftXlsx(
      [{ name: "Ark", xml: '<sheetData><row r="1"><c r="A1" t="d"><v>2026-03-11</v></c></row></sheetData>' }],
      { files: { "xl/workbook.xml": workbook } },
    );
    const snap = readXlsx(file, "iso.xlsx");
    expect(snap.date1904).toBe(true);
    expect(snap.sheets[0].rows[0]?.[0]).toBe(dateToSerial("2026-03-11") - DATE_1904_OFFSET);
  });
});
