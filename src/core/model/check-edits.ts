/**
 * The one check of an edit list before any adapter carries it out. Both adapters (Office.js and the .xlsx
 * writer) ask here and refuse a list with a problem as a whole, before writing anything, with the same code and
 * message. What only one host cannot do (a missing requirement set, a limit of Office.js) stays with its adapter.
 */
import type { LocalText } from "../../catalogue/schema";
import { bilingual, type MessageKey, type Params } from "../../i18n";
import { cellAddress, MAX_COLS, MAX_ROWS, parseCell, parseRange, type RangeRef } from "../a1";
import { nameKey, sheetNameProblem } from "../names";
import { renderBoth } from "./user-error";
import type { CellInput, Edit } from "./edit";

export type EditProblemCode =
  | "unknown-sheet"
  | "duplicate-sheet"
  | "invalid-sheet-name"
  | "invalid-address"
  | "invalid-table"
  | "invalid-value"
  | "invalid-page-layout"
  | "invalid-chart";

export interface EditProblem {
  /** Position of the edit in the list. */
  index: number;
  code: EditProblemCode;
  message: LocalText;
}

/** What the workbook holds before the edits: its sheet and table names (none for a new file). */
export interface EditTarget {
  sheets: readonly string[];
  tables: readonly string[];
}

/** Excel's limits that an edit list must keep. */
export const EDIT_LIMITS = {
  /** Characters in a cell. */
  maxStringLength: 32_767,
  /** A drop-down list written out (not a range) as Excel stores it. */
  maxListLength: 255,
  maxPropertyNameLength: 255,
  maxTableNameLength: 255,
  maxPagesWide: 32_767,
};

/** "#RRGGBB", the only colour form edits use. */
export function isColor(s: string): boolean {
  return /^#[0-9A-Fa-f]{6}$/.test(s);
}

/**
 * Every problem of an edit list, in list order; empty when the list can be carried out on `target`. Sheets an
 * edit names must exist there or be added earlier in the list; an added sheet or table must not exist yet.
 */
export function checkEdits(
  edits: readonly Edit[],
  target: EditTarget = { sheets: [], tables: [] },
): EditProblem[] {
  const problems: EditProblem[] = [];
  const sheets = new Set(target.sheets.map(nameKey));
  const tables = new Set(target.tables.map(nameKey));
  /** Tables this list adds, by sheet, to refuse overlaps. */
  const added = new Map<string, { name: string; range: RangeRef }[]>();
  edits.forEach((edit, index) => {
    const problem = checkEdit(edit, sheets, tables, added);
    if (problem) problems.push({ index, ...problem });
  });
  return problems;
}

type Found = Omit<EditProblem, "index">;

const found = (code: EditProblemCode, key: MessageKey, params: Params = {}): Found => ({
  code,
  message: bilingual(key, params),
});

const badAddress = (address: string) => found("invalid-address", "edits.badAddress", { address });

function checkEdit(
  edit: Edit,
  sheets: Set<string>,
  tables: Set<string>,
  added: Map<string, { name: string; range: RangeRef }[]>,
): Found | null {
  if (edit.kind === "addSheet") {
    const p = sheetNameProblem(edit.sheet);
    if (p) return { code: "invalid-sheet-name", message: renderBoth(p) };
    if (sheets.has(nameKey(edit.sheet)))
      return found("duplicate-sheet", "edits.sheetExists", { sheet: edit.sheet });
    if (edit.tabColor !== undefined && !isColor(edit.tabColor)) return badColor(edit.tabColor);
    sheets.add(nameKey(edit.sheet));
    return null;
  }
  if ("sheet" in edit && !sheets.has(nameKey(edit.sheet))) return unknownSheet(edit.sheet);
  switch (edit.kind) {
    case "setValues": {
      const at = parseCell(edit.address);
      if (!at) return badAddress(edit.address);
      if (at.row + edit.values.length > MAX_ROWS)
        return badAddress(`${edit.address} + ${edit.values.length} rows`);
      for (let i = 0; i < edit.values.length; i++) {
        const row = edit.values[i];
        if (at.col + row.length > MAX_COLS) return badAddress(`${edit.address} + ${row.length} columns`);
        for (let j = 0; j < row.length; j++) {
          const p = valueProblem(row[j], edit.sheet, at.row + i, at.col + j);
          if (p) return p;
        }
      }
      return null;
    }
    case "addTable": {
      const range = parseRange(edit.range);
      if (!range) return badAddress(edit.range);
      const p = tableNameProblem(edit.name, tables);
      if (p) return p;
      if (range.end.row === range.start.row)
        return found("invalid-table", "edits.tableOneRow", { table: edit.name, range: edit.range });
      const onSheet = added.get(nameKey(edit.sheet)) ?? [];
      const other = onSheet.find((t) => overlaps(t.range, range));
      if (other)
        return found("invalid-table", "edits.tablesOverlap", { table: edit.name, other: other.name });
      onSheet.push({ name: edit.name, range });
      added.set(nameKey(edit.sheet), onSheet);
      tables.add(nameKey(edit.name));
      return null;
    }
    case "setNumberFormat":
    case "highlight":
      return parseRange(edit.range) ? null : badAddress(edit.range);
    case "setStyle": {
      if (!parseRange(edit.range)) return badAddress(edit.range);
      for (const c of [edit.style.fill, edit.style.fontColor])
        if (c !== undefined && !isColor(c)) return badColor(c);
      return null;
    }
    case "setValidation": {
      if (!parseRange(edit.range)) return badAddress(edit.range);
      const rule = edit.rule;
      if (
        rule.type === "list" &&
        !rule.source.trim().startsWith("=") &&
        rule.source.length > EDIT_LIMITS.maxListLength
      )
        return found("invalid-value", "edits.listTooLong", { sheet: edit.sheet, range: edit.range });
      return null;
    }
    case "setRowHeight":
      return Number.isInteger(edit.row) && edit.row >= 1 && edit.row <= MAX_ROWS
        ? null
        : found("invalid-address", "edits.noRow", { row: edit.row });
    case "setHyperlink": {
      const at = parseCell(edit.address);
      if (!at) return badAddress(edit.address);
      if (!parseCell(edit.target.address)) return badAddress(edit.target.address);
      if (!sheets.has(nameKey(edit.target.sheet))) return unknownSheet(edit.target.sheet);
      return valueProblem(edit.text, edit.sheet, at.row, at.col);
    }
    case "setProperty":
      if (!edit.name || edit.name.length > EDIT_LIMITS.maxPropertyNameLength)
        return found("invalid-value", "edits.propertyName", { name: edit.name });
      if (typeof edit.value === "number" && !Number.isFinite(edit.value))
        return found("invalid-value", "edits.propertyNumber", { name: edit.name });
      return null;
    case "protectSheet": {
      const bad = edit.unlockedRanges.find((r) => !parseRange(r));
      return bad === undefined ? null : badAddress(bad);
    }
    case "setPageLayout":
      return pageLayoutProblem(edit);
    case "addChart": {
      const source = parseRange(edit.source);
      if (!source) return badAddress(edit.source);
      const from = parseCell(edit.anchor);
      if (!from) return badAddress(edit.anchor);
      const to = parseCell(edit.end);
      if (!to) return badAddress(edit.end);
      if (source.end.row === source.start.row || source.end.col === source.start.col)
        return found("invalid-chart", "edits.chartShape", { title: edit.title, source: edit.source });
      if (to.row < from.row || to.col < from.col)
        return found("invalid-chart", "edits.chartEnd", {
          title: edit.title,
          anchor: edit.anchor,
          end: edit.end,
        });
      return null;
    }
    case "setColumnWidths":
    case "freezeRows":
    case "clearHighlights":
    case "activateSheet":
      return null;
  }
}

function unknownSheet(name: string): Found {
  return found("unknown-sheet", "edits.noSheet", { sheet: name });
}

function badColor(c: string): Found {
  return found("invalid-value", "edits.badColour", { colour: c });
}

/** A value Excel cannot hold: a number that is not finite, or text over 32,767 characters. */
function valueProblem(v: CellInput, sheet: string, row: number, col: number): Found | null {
  if (typeof v === "number") {
    if (Number.isFinite(v)) return null;
    const at = cellAddress(row, col);
    return found("invalid-value", "edits.badNumber", { sheet, cell: at });
  }
  if (typeof v !== "string" || v.length <= EDIT_LIMITS.maxStringLength) return null;
  const at = cellAddress(row, col);
  return found("invalid-value", "edits.textTooLong", { sheet, cell: at });
}

/**
 * Excel's rules for a table name: letters, digits, underscores, full stops and backslashes, starting with a
 * letter, underscore or backslash; not like a cell address (A1 or R1C1); unique in the workbook.
 */
function tableNameProblem(name: string, taken: Set<string>): Found | null {
  const valid =
    name.length <= EDIT_LIMITS.maxTableNameLength &&
    /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name) &&
    !/^[A-Za-z]{1,3}\d+$/.test(name) &&
    !/^[RrCc]\d*$|^[Rr]\d*[Cc]\d*$/.test(name);
  if (!valid) return found("invalid-table", "edits.tableName", { table: name });
  if (taken.has(nameKey(name))) return found("invalid-table", "edits.tableNameTaken", { table: name });
  return null;
}

function pageLayoutProblem(e: Extract<Edit, { kind: "setPageLayout" }>): Found | null {
  const wide = e.fitToPagesWide;
  if (wide !== undefined && !(Number.isInteger(wide) && wide >= 1 && wide <= EDIT_LIMITS.maxPagesWide))
    return found("invalid-page-layout", "edits.pagesWide", { wide: String(wide) });
  const t = e.printTitleRows;
  if (
    t &&
    !(
      Number.isInteger(t.first) &&
      Number.isInteger(t.last) &&
      1 <= t.first &&
      t.first <= t.last &&
      t.last <= MAX_ROWS
    )
  )
    return found("invalid-page-layout", "edits.titleRows", { last: MAX_ROWS, first: t.first, end: t.last });
  const c = e.printTitleColumns;
  if (
    c &&
    !(
      Number.isInteger(c.first) &&
      Number.isInteger(c.last) &&
      0 <= c.first &&
      c.first <= c.last &&
      c.last < MAX_COLS
    )
  )
    return found("invalid-page-layout", "edits.titleColumns");
  const m = e.margins;
  if (m && !Object.values(m).every((x) => Number.isFinite(x) && x >= 0 && x < 20))
    return found("invalid-page-layout", "edits.margins");
  return null;
}

function overlaps(a: RangeRef, b: RangeRef): boolean {
  return !(
    a.end.row < b.start.row ||
    b.end.row < a.start.row ||
    a.end.col < b.start.col ||
    b.end.col < a.start.col
  );
}
