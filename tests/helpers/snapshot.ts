/** Builds plain snapshots for tests without any file or Excel. */
import type {
  CellValue,
  SheetSnapshot,
  TableSnapshot,
  WorkbookSnapshot,
} from "../../src/core/model/snapshot";
import { rangeFrom } from "../../src/core/a1";

export function sheet(name: string, rows: CellValue[][], extra: Partial<SheetSnapshot> = {}): SheetSnapshot {
  return {
    name,
    visibility: "visible",
    rows,
    formulas: [],
    merges: [],
    validations: [],
    hiddenRows: [],
    ...extra,
  };
}

/** A table whose header row is the sheet's first row, spanning all its rows. */
export function tableOver(s: SheetSnapshot, name: string): TableSnapshot {
  const headers = (s.rows[0] ?? []).map((v) => String(v ?? ""));
  return { name, sheet: s.name, ref: rangeFrom(0, 0, Math.max(s.rows.length, 2), headers.length), headers };
}

export function workbook(
  sheets: SheetSnapshot[],
  tables: TableSnapshot[] = [],
  properties: Record<string, string> = {},
  name = "test.xlsx",
): WorkbookSnapshot {
  return { name, sheets, tables, properties: new Map(Object.entries(properties)), notes: [] };
}
