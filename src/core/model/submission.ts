/**
 * Reads a returned template out of a snapshot: its identity and its four tables, found by header text
 * (never by position), with what could not be found listed for the checks to report.
 */
import type { Catalogue } from "../../catalogue/loader";
import { templateSheetNames } from "../../catalogue/select";
import { catalogueForVersion, type CatalogueSet } from "../../catalogue/set";
import type { Column, FormField, TableSheet } from "../../catalogue/schema";
import { columnLetters, parseRange } from "../a1";
import { cleanText, columnReaders, isTotalWord } from "./reading";
import {
  cellAt,
  findSheet,
  normalizeName,
  DATE_1904_OFFSET,
  type CellValue,
  type SheetSnapshot,
  type WorkbookSnapshot,
} from "./snapshot";

export type TableKey = TableSheet["key"];
export type IdentityKey = FormField["key"];

export interface IdentityValue {
  /** Value on the cover sheet (`Forside`), as text; null when absent. */
  cover: string | null;
  /** 1-based row of the cover field, when found. */
  coverRow: number | null;
  /** Value of the custom document property, as text; null when absent. */
  property: string | null;
}

export interface LocatedColumn {
  spec: Column;
  /** 0-based sheet column. */
  index: number;
  letter: string;
  /** Header text as found in the sheet. */
  header: string;
}

export interface DataRow {
  /** 1-based sheet row. */
  row: number;
  /**
   * Values as read (`reading.ts`), aligned with `spec.columns`; null where the cell is empty or the column
   * missing. Dates are serials in the 1900 date system, also when the workbook uses the 1904 system.
   */
  cells: CellValue[];
}

/** A row inside a table that is never counted: the table's totals row, or a row someone typed as a total. */
export interface ExcludedRow {
  /** 1-based sheet row. */
  row: number;
  kind: "totals-row" | "typed-total";
  /** The word that marks it (`Sum`, `I alt`, …), for a typed total. */
  text: string | null;
}

export interface TableData {
  spec: TableSheet;
  sheet: SheetSnapshot;
  /** The Excel table found by name, or null when the data was found by scanning headers. */
  tableName: string | null;
  /** 1-based header row. */
  headerRow: number;
  /** Columns found, keyed by catalogue column key. */
  columns: Map<string, LocatedColumn>;
  /** Catalogue columns that were not found. */
  missingColumns: Column[];
  /** Headers in the sheet that the catalogue does not know (text, 0-based column). */
  extraHeaders: { header: string; index: number }[];
  /** Non-empty data rows that count, in sheet order. */
  rows: DataRow[];
  /** Rows that are never counted (totals), in sheet order. */
  excluded: ExcludedRow[];
}

export type StructureProblem =
  | { kind: "missing-sheet"; sheet: string }
  /** The sheet was not found by name, but another sheet holds the table's headers and was read instead. */
  | { kind: "renamed-sheet"; sheet: string; found: string }
  | { kind: "missing-table"; sheet: string; table: string }
  | { kind: "missing-header-row"; sheet: string }
  | { kind: "missing-cover-field"; sheet: string; field: string };

export interface Submission {
  identity: Record<IdentityKey, IdentityValue>;
  /** The cover sheet's name in the workbook (found by name, or renamed and found by its labels), or null. */
  coverSheet: string | null;
  tables: Record<TableKey, TableData | null>;
  structure: StructureProblem[];
}

/** How many rows to scan for a header row when no Excel table is found. */
const HEADER_SCAN_ROWS = 30;

export function cellText(v: CellValue | undefined): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === "object") return v.error;
  const s = cleanText(String(v));
  return s === "" ? null : s;
}

export function readSubmission(snapshot: WorkbookSnapshot, catalogue: Catalogue): Submission {
  const structure: StructureProblem[] = [];
  const coverSheet = findCover(snapshot, catalogue);
  if (coverSheet && normalizeName(coverSheet.name) !== normalizeName(catalogue.template.cover.name))
    structure.push({ kind: "renamed-sheet", sheet: catalogue.template.cover.name, found: coverSheet.name });
  const identity = readIdentity(snapshot, catalogue, structure, coverSheet);
  const tables = {} as Record<TableKey, TableData | null>;
  const reserved = new Set(templateSheetNames(catalogue).map(normalizeName));
  for (const spec of catalogue.template.tables) {
    tables[spec.key] = locateTable(snapshot, catalogue, spec, structure, reserved);
  }
  return { identity, coverSheet: coverSheet?.name ?? null, tables, structure };
}

/**
 * The cover sheet: by its name, else (renamed, e.g. "Forside 2026-T2" after a clash) the sheet whose first
 * column holds most of the cover's labels (at least three), as the live formulas still point at it.
 */
function findCover(snapshot: WorkbookSnapshot, catalogue: Catalogue): SheetSnapshot | undefined {
  const cover = catalogue.template.cover;
  const byName = findSheet(snapshot, cover.name);
  if (byName) return byName;
  const labels = new Set(cover.fields.map((f) => normalizeName(f.label)));
  let best: SheetSnapshot | undefined;
  let bestCount = 2;
  for (const s of snapshot.sheets) {
    let n = 0;
    for (let r = 0; r < Math.min(s.rows.length, 40); r++) {
      const label = cellText(cellAt(s, r, 0));
      if (label && labels.has(normalizeName(label))) n++;
    }
    if (n > bestCount) {
      bestCount = n;
      best = s;
    }
  }
  return best;
}

function readIdentity(
  snapshot: WorkbookSnapshot,
  catalogue: Catalogue,
  structure: StructureProblem[],
  sheet: SheetSnapshot | undefined,
): Record<IdentityKey, IdentityValue> {
  const cover = catalogue.template.cover;
  if (!sheet) structure.push({ kind: "missing-sheet", sheet: cover.name });
  const byLabel = new Map<string, { value: string | null; row: number }>();
  if (sheet) {
    const last = Math.min(sheet.rows.length, 200);
    for (let r = 0; r < last; r++) {
      const label = cellText(cellAt(sheet, r, 0));
      if (label && !byLabel.has(normalizeName(label))) {
        byLabel.set(normalizeName(label), { value: cellText(cellAt(sheet, r, 1)), row: r + 1 });
      }
    }
  }
  const identity = {} as Record<IdentityKey, IdentityValue>;
  for (const field of cover.fields) {
    const found = byLabel.get(normalizeName(field.label));
    if (sheet && !found && !field.optional)
      structure.push({ kind: "missing-cover-field", sheet: sheet.name, field: field.label });
    const prop = field.property !== null ? snapshot.properties.get(field.property) : undefined;
    identity[field.key] = {
      cover: found?.value ?? null,
      coverRow: found?.row ?? null,
      property: prop === undefined ? null : cleanText(String(prop)) || null,
    };
  }
  return identity;
}

/**
 * The catalogue a workbook is checked and counted against: the version its cover (or property) names, when
 * that version is known; else the one in use (the check then reports the unknown version).
 */
export function namedCatalogue(snapshot: WorkbookSnapshot, set: CatalogueSet): Catalogue {
  const cover = findCover(snapshot, set.current);
  const version = identityValue(readIdentity(snapshot, set.current, [], cover).catalogueVersion);
  return catalogueForVersion(set, version) ?? set.current;
}

/** The identity value to use: the cover sheet first (what the user sees), else the property. */
export function identityValue(v: IdentityValue): string | null {
  return v.cover ?? v.property;
}

function locateTable(
  snapshot: WorkbookSnapshot,
  catalogue: Catalogue,
  spec: TableSheet,
  structure: StructureProblem[],
  reserved: ReadonlySet<string>,
): TableData | null {
  const wantedTable = normalizeName(spec.table);
  const table = snapshot.tables.find((t) => normalizeName(t.name) === wantedTable);
  let sheet = table ? findSheet(snapshot, table.sheet) : findSheet(snapshot, spec.name);
  if (!sheet) {
    sheet = findRenamedSheet(snapshot, spec, reserved);
    if (!sheet) {
      structure.push({ kind: "missing-sheet", sheet: spec.name });
      return null;
    }
    structure.push({ kind: "renamed-sheet", sheet: spec.name, found: sheet.name });
  }
  let headerRow: number;
  let firstCol = 0;
  let lastCol: number;
  let lastRow: number;
  let totalsRow = -1;
  const range = table ? parseRange(table.ref) : null;
  if (table && range) {
    headerRow = range.start.row;
    firstCol = range.start.col;
    lastCol = range.end.col;
    lastRow = range.end.row;
    if (table.totalsRow && lastRow > headerRow) totalsRow = lastRow;
  } else {
    structure.push({ kind: "missing-table", sheet: sheet.name, table: spec.table });
    const found = scanHeaderRow(sheet, spec).row;
    if (found < 0) {
      structure.push({ kind: "missing-header-row", sheet: sheet.name });
      return null;
    }
    headerRow = found;
    lastCol = Math.max(0, (sheet.rows[found]?.length ?? 1) - 1);
    lastRow = sheet.rows.length - 1;
  }

  const wanted = new Map(spec.columns.map((c) => [normalizeName(c.header), c]));
  const columns = new Map<string, LocatedColumn>();
  const extraHeaders: { header: string; index: number }[] = [];
  for (let c = firstCol; c <= lastCol; c++) {
    const header = cellText(cellAt(sheet, headerRow, c));
    if (!header) continue;
    const col = wanted.get(normalizeName(header));
    if (col && !columns.has(col.key))
      columns.set(col.key, { spec: col, index: c, letter: columnLetters(c), header });
    else extraHeaders.push({ header, index: c });
  }
  const missingColumns = spec.columns.filter((c) => !columns.has(c.key));

  const located = spec.columns.map((c) => columns.get(c.key)?.index ?? -1);
  const dateShift = snapshot.date1904
    ? spec.columns.map((c) => (c.type === "date" ? DATE_1904_OFFSET : 0))
    : null;
  const read = columnReaders(catalogue, spec);
  const rows: DataRow[] = [];
  const excluded: ExcludedRow[] = [];
  const end = Math.min(lastRow, sheet.rows.length - 1);
  for (let r = headerRow + 1; r <= end; r++) {
    const sheetRow = sheet.rows[r];
    if (!sheetRow) continue;
    // A plain loop: this runs once per cell of every table (a million cells in a large workbook).
    let empty = true;
    const cells = new Array<CellValue>(located.length);
    for (let i = 0; i < located.length; i++) {
      const c = located[i];
      let v = c < 0 ? null : (sheetRow[c] ?? null);
      if (v !== null) {
        if (dateShift && typeof v === "number") v += dateShift[i];
        v = read[i](v);
        if (empty && v !== null) empty = false;
      }
      cells[i] = v;
    }
    if (empty) continue;
    if (r === totalsRow) {
      excluded.push({ row: r + 1, kind: "totals-row", text: null });
      continue;
    }
    const word = typedTotal(sheetRow, firstCol, lastCol);
    if (word !== null) {
      excluded.push({ row: r + 1, kind: "typed-total", text: word });
      continue;
    }
    rows.push({ row: r + 1, cells });
  }
  return {
    spec,
    sheet,
    tableName: table?.name ?? null,
    headerRow: headerRow + 1,
    columns,
    missingColumns,
    extraHeaders,
    rows,
    excluded,
  };
}

/** The first filled cell of a sheet row within the table's columns, when it reads Sum, I alt, …; else null. */
function typedTotal(sheetRow: CellValue[], firstCol: number, lastCol: number): string | null {
  const last = Math.min(lastCol, sheetRow.length - 1);
  for (let c = firstCol; c <= last; c++) {
    const v = sheetRow[c];
    if (v === null || v === undefined || (typeof v === "string" && cleanText(v) === "")) continue;
    return isTotalWord(v) ? cleanText(v as string) : null;
  }
  return null;
}

/** The cell as typed in the sheet (before the reading), for messages that show what the user wrote. */
export function typedCell(table: TableData, column: LocatedColumn, row: number): CellValue {
  return table.sheet.rows[row - 1]?.[column.index] ?? null;
}

/**
 * A sheet with another name whose header row holds at least half of the table's headers (at least two),
 * skipping sheets named as other template sheets.
 */
function findRenamedSheet(
  snapshot: WorkbookSnapshot,
  spec: TableSheet,
  reserved: ReadonlySet<string>,
): SheetSnapshot | undefined {
  const needed = Math.max(2, Math.ceil(spec.columns.length / 2));
  let best: SheetSnapshot | undefined;
  let bestCount = needed - 1;
  for (const s of snapshot.sheets) {
    if (reserved.has(normalizeName(s.name))) continue;
    const { count } = scanHeaderRow(s, spec);
    if (count > bestCount) {
      best = s;
      bestCount = count;
    }
  }
  return best;
}

/** The row among the first few with the most of the expected headers (at least two), or -1. */
function scanHeaderRow(sheet: SheetSnapshot, spec: TableSheet): { row: number; count: number } {
  const wanted = new Set(spec.columns.map((c) => normalizeName(c.header)));
  let best = -1;
  let bestCount = 1;
  const last = Math.min(sheet.rows.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < last; r++) {
    const row = sheet.rows[r];
    if (!row) continue;
    let count = 0;
    for (const v of row) {
      const t = cellText(v);
      if (t && wanted.has(normalizeName(t))) count++;
    }
    if (count > bestCount) {
      best = r;
      bestCount = count;
    }
  }
  return { row: best, count: best < 0 ? 0 : bestCount };
}

/** Index of a column key within `spec.columns` (the position in `DataRow.cells`). */
export function columnPosition(spec: TableSheet, key: string): number {
  return spec.columns.findIndex((c) => c.key === key);
}

/** A cell's number as Excel's SUMIFS sees it: numbers count, everything else (text, booleans, errors) does not. */
export function numericValue(v: CellValue | undefined): number | null {
  return typeof v === "number" && Number.isFinite(v) ? v : null;
}
