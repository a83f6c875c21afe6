/** A1 address arithmetic. Rows and columns are 0-based in code, 1-based and lettered in addresses. */

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

export function columnLetters(col: number): string {
  let s = "";
  let n = col + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export interface CellRef {
  row: number;
  col: number;
}

export interface RangeRef {
  start: CellRef;
  end: CellRef;
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

const CELL_RE = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

export function parseCell(a1: string): CellRef | null {
  const m = CELL_RE.exec(a1.trim());
  if (!m) return null;
  const col = columnIndex(m[1]);
  const row = Number(m[2]) - 1;
  if (col < 0 || col >= MAX_COLS || row < 0 || row >= MAX_ROWS) return null;
  return { row, col };
}

/** Parses "A1:C9", "A1", and whole columns/rows ("A:C", "2:5"). */
export function parseRange(a1: string): RangeRef | null {
  const [a, b = a] = a1.trim().split(":");
  const wholeCol = /^\$?([A-Za-z]{1,3})$/;
  const wholeRow = /^\$?(\d{1,7})$/;
  const ca = wholeCol.exec(a);
  const cb = wholeCol.exec(b);
  if (ca && cb) {
    return {
      start: { row: 0, col: columnIndex(ca[1]) },
      end: { row: MAX_ROWS - 1, col: columnIndex(cb[1]) },
    };
  }
  const ra = wholeRow.exec(a);
  const rb = wholeRow.exec(b);
  if (ra && rb) {
    return { start: { row: Number(ra[1]) - 1, col: 0 }, end: { row: Number(rb[1]) - 1, col: MAX_COLS - 1 } };
  }
  const s = parseCell(a);
  const e = parseCell(b);
  if (!s || !e) return null;
  return {
    start: { row: Math.min(s.row, e.row), col: Math.min(s.col, e.col) },
    end: { row: Math.max(s.row, e.row), col: Math.max(s.col, e.col) },
  };
}

export function rangeAddress(r: RangeRef): string {
  const a = cellAddress(r.start.row, r.start.col);
  const b = cellAddress(r.end.row, r.end.col);
  return a === b ? a : `${a}:${b}`;
}

export function rangeFrom(row: number, col: number, rows: number, cols: number): string {
  return rangeAddress({
    start: { row, col },
    end: { row: row + Math.max(rows, 1) - 1, col: col + Math.max(cols, 1) - 1 },
  });
}

export function rangeCellCount(r: RangeRef): number {
  return (r.end.row - r.start.row + 1) * (r.end.col - r.start.col + 1);
}

/** Quotes a sheet name for use in a formula or link: 'Aktører'!A1. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function absolute(a1: string): string {
  return a1.replace(/([A-Za-z]{1,3})(\d{1,7})/g, "$$$1$$$2");
}
