/** Writing test snapshots as real .xlsx files (through the product's writer) and reading them back. */
import type { CellInput, Edit } from "../../src/core/model/edit";
import { isCellError, type WorkbookSnapshot } from "../../src/core/model/snapshot";
import { readXlsx, writeXlsx } from "../../src/workbook/xlsx";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";

/**
 * The edit list that writes a snapshot's sheets, values, formulas, tables and document properties.
 * Excel error values cannot be typed into a file as values; they are written as text and so only tested at
 * snapshot level.
 */
export function snapshotEdits(wb: WorkbookSnapshot): Edit[] {
  const edits: Edit[] = [];
  for (const s of wb.sheets) {
    edits.push({ kind: "addSheet", sheet: s.name, visibility: s.visibility });
    const values: CellInput[][] = [];
    for (let r = 0; r < s.rows.length; r++) {
      const row = s.rows[r] ?? [];
      const out: CellInput[] = [];
      const width = Math.max(row.length, s.formulas[r]?.length ?? 0);
      for (let c = 0; c < width; c++) {
        const f = s.formulas[r]?.[c];
        const v = row[c];
        out.push(f !== undefined ? { formula: `=${f}` } : isCellError(v) ? v.error : (v ?? null));
      }
      values.push(out);
    }
    if (values.length) edits.push({ kind: "setValues", sheet: s.name, address: "A1", values });
  }
  for (const t of wb.tables) edits.push({ kind: "addTable", sheet: t.sheet, name: t.name, range: t.ref });
  for (const [name, value] of wb.properties) edits.push({ kind: "setProperty", name, value });
  return edits;
}

export function roundTrip(wb: WorkbookSnapshot): WorkbookSnapshot {
  return readXlsx(withTotalsRows(writeXlsx(snapshotEdits(wb)), wb), wb.name);
}

/**
 * The writer makes tables without a totals row; a table the snapshot marks as showing one gets
 * totalsRowCount="1" in its part (ECMA-376 §18.5.1.2), as Excel writes it when Total Row is ticked.
 */
function withTotalsRows(bytes: Uint8Array, wb: WorkbookSnapshot): Uint8Array {
  const names = new Set(wb.tables.filter((t) => t.totalsRow).map((t) => t.name));
  if (!names.size) return bytes;
  const files = unzipSync(bytes);
  for (const [path, data] of Object.entries(files)) {
    if (!/^xl\/tables\/table\d+\.xml$/.test(path)) continue;
    const xml = strFromU8(data);
    const name = /displayName="([^"]*)"/.exec(xml)?.[1];
    if (name && names.has(name))
      files[path] = strToU8(xml.replace('totalsRowShown="0"', 'totalsRowCount="1"'));
  }
  return zipSync(files);
}
