/**
 * A plain-data picture of the part of a workbook an operation needs. Adapters (Office.js, .xlsx files)
 * fill it in one batched read; everything else works on it without touching Excel.
 */
import { memoText } from "../memo";
import { nameKey } from "../names";

/** An Excel error value such as #N/A or #REF!. */
export interface CellError {
  error: string;
}

export type CellValue = string | number | boolean | CellError | null;

export function isCellError(v: unknown): v is CellError {
  return typeof v === "object" && v !== null && typeof (v as CellError).error === "string";
}

export type SheetVisibility = "visible" | "hidden" | "veryHidden";

export interface DataValidationInfo {
  /** A1 range (or several separated by spaces) the rule covers. */
  ref: string;
  type: string;
  formula1?: string;
}

export interface SheetSnapshot {
  name: string;
  visibility: SheetVisibility;
  /** 0-based rows of 0-based cells; `undefined` or `null` is an empty cell. Sparse arrays are fine. */
  rows: (CellValue[] | undefined)[];
  /** Formulas (without the leading "=") at the same indices, only where a cell holds one. */
  formulas: ((string | undefined)[] | undefined)[];
  /** Merged ranges, A1. */
  merges: string[];
  /** Data validation rules as read (the reader never expands them per cell). */
  validations: DataValidationInfo[];
  /** Rows (0-based) that are hidden. */
  hiddenRows: number[];
}

export interface TableSnapshot {
  name: string;
  sheet: string;
  /** A1 range including the header row, e.g. "A1:I77". */
  ref: string;
  headers: string[];
  /** The table shows a totals row (the last row of `ref`), which is never counted. */
  totalsRow?: boolean;
}

/** Something the reader noticed that a user should hear about (the read itself went on). */
export interface ReadNote {
  code:
    | "whole-column-validation"
    | "string-truncated"
    | "sheet-skipped"
    | "formula-without-value"
    | "too-many-rows"
    | "date-system-1904";
  sheet?: string;
  ref?: string;
  detail: string;
}

export interface WorkbookSnapshot {
  /** File name or workbook name, for messages. */
  name: string;
  sheets: SheetSnapshot[];
  tables: TableSnapshot[];
  /** Custom document properties. A Map so that no key can reach an object prototype. */
  properties: Map<string, string | number | boolean>;
  notes: ReadNote[];
  /**
   * The workbook counts dates from 1904 (old Mac workbooks: workbookPr date1904): its date serials are
   * `DATE_1904_OFFSET` days smaller than the same dates in the 1900 system. Absent means the 1900 system.
   */
  date1904?: boolean;
}

/** Days between the 1900 and the 1904 date systems: serial1900 = serial1904 + DATE_1904_OFFSET. */
export const DATE_1904_OFFSET = 1462;

export function findSheet(snapshot: WorkbookSnapshot, name: string): SheetSnapshot | undefined {
  const wanted = normalizeName(name);
  return snapshot.sheets.find((s) => normalizeName(s.name) === wanted);
}

export function cellAt(sheet: SheetSnapshot, row: number, col: number): CellValue {
  return sheet.rows[row]?.[col] ?? null;
}

export function formulaAt(sheet: SheetSnapshot, row: number, col: number): string | undefined {
  return sheet.formulas[row]?.[col];
}

/**
 * The form a header or sheet name that a person typed is looked up by: the way Excel compares names (`nameKey`:
 * without case), and besides without surrounding or repeated white space and in one Unicode form.
 */
export const normalizeName: (s: string) => string = memoText((s) =>
  nameKey(s.normalize("NFC").trim().replace(/\s+/g, " ")),
);

export function isEmptyCell(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}
