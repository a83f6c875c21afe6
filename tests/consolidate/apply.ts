/**
 * Carries out the value-bearing edits of a plan on an empty in-memory workbook and returns its snapshot, as a
 * reader would see the written file: sheets, values (formulas without cached values), tables, properties.
 */
import { parseCell, parseRange } from "../../src/core/a1";
import { isFormulaInput, type Edit } from "../../src/core/model/edit";
import type { SheetSnapshot, TableSnapshot, WorkbookSnapshot } from "../../src/core/model/snapshot";

export function snapshotFromEdits(edits: Edit[], name: string): WorkbookSnapshot {
  const sheets: SheetSnapshot[] = [];
  const tables: TableSnapshot[] = [];
  const properties = new Map<string, string | number | boolean>();
  const sheetOf = (n: string) => {
    const s = sheets.find((x) => x.name === n);
    if (!s) throw new Error(`edit on a sheet that was not added: ${n}`);
    return s;
  };
  for (const e of edits) {
    switch (e.kind) {
      case "addSheet":
        if (sheets.some((s) => s.name === e.sheet)) throw new Error(`sheet added twice: ${e.sheet}`);
        sheets.push({
          name: e.sheet,
          visibility: "visible",
          rows: [],
          formulas: [],
          merges: [],
          validations: [],
          hiddenRows: [],
        });
        break;
      case "setValues": {
        const s = sheetOf(e.sheet);
        const at = parseCell(e.address)!;
        e.values.forEach((row, r) =>
          row.forEach((v, c) => {
            const rr = at.row + r;
            const cc = at.col + c;
            s.rows[rr] ??= [];
            if (isFormulaInput(v)) {
              s.rows[rr]![cc] = null;
              s.formulas[rr] ??= [];
              s.formulas[rr]![cc] = v.formula.replace(/^=/, "");
            } else s.rows[rr]![cc] = v;
          }),
        );
        break;
      }
      case "addTable": {
        const s = sheetOf(e.sheet);
        const range = parseRange(e.range)!;
        const header = s.rows[range.start.row] ?? [];
        const headers: string[] = [];
        for (let c = range.start.col; c <= range.end.col; c++) headers.push(String(header[c] ?? ""));
        tables.push({ name: e.name, sheet: e.sheet, ref: e.range, headers });
        break;
      }
      case "setProperty":
        properties.set(e.name, e.value);
        break;
      default:
        break;
    }
  }
  return { name, sheets, tables, properties, notes: [] };
}
