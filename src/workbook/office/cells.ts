/**
 * Converting between Office.js cell values and the model's, in both directions, and measuring what a
 * write costs in request bytes.
 *
 * Writing text: `Range.values` parses a string as if the user typed it, so "=A1" becomes a formula,
 * "00123" the number 123, "1/2" a date and "#N/A" an error. Such a string is written with a leading
 * apostrophe, Excel's own "this is text" prefix: Excel keeps the apostrophe out of the value (it reads back
 * as "=A1", "00123"), leaves the cell's number format alone (so a number typed there later is a number),
 * and it needs no second write. The alternative, number format "@" before the values, costs a second
 * matrix in the same request and leaves the cells formatted as text for good.
 */
import type { CellError, CellValue } from "../../core/model/snapshot";
import { isFormulaInput, type CellInput } from "../../core/model/edit";

/** Error values Excel shows in cells. */
export const EXCEL_ERRORS = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
  "#PYTHON!",
]);

/** Words Excel reads as booleans in the locales our users run (en, nb). */
const BOOLEAN_WORDS = new Set(["true", "false", "sann", "usann"]);

/**
 * True when Excel would not keep `s` as the same text if it were typed into a cell: a formula, a number
 * (also "00123", "1 000", "1,5", "50 %", "1e5", "(5)", "kr 5"), a date or time ("1/2", "2026-01-05",
 * "12:30", "jan-26"), a boolean, an error literal, or a string whose own leading apostrophe Excel would
 * swallow. Errs on the side of guarding: the prefix is invisible, so guarding plain text costs nothing.
 */
export function needsTextGuard(s: string): boolean {
  if (s === "") return false;
  const first = s[0];
  if ("=+-@'#$€£(.,".includes(first)) return true;
  if (/^[\s\d]/.test(s)) return true;
  if (BOOLEAN_WORDS.has(s.trim().toLowerCase())) return true;
  // Month-name dates such as "jan-26", "mars 2026", "Dec 5".
  if (/^\p{L}{3,9}[\s\-/.]+\d/u.test(s)) return true;
  // Currency prefixes typed as letters ("kr 5", "NOK 100").
  if (/^(kr|nok|usd|eur)\.?\s*\d/i.test(s)) return true;
  return false;
}

/** The value to put in a `Range.values` matrix for one model cell input. */
export function toExcelInput(v: CellInput): string | number | boolean | null {
  if (v === null) return null;
  if (isFormulaInput(v)) return v.formula.startsWith("=") ? v.formula : `=${v.formula}`;
  if (typeof v === "string") return needsTextGuard(v) ? `'${v}` : v;
  if (typeof v === "number" && !Number.isFinite(v)) return null;
  return v;
}

/** A value Office.js read, as a model cell value. `type` is the cell's `valueTypes` entry when loaded. */
export function fromExcelValue(v: unknown, type?: Excel.RangeValueType | string): CellValue {
  if (v === null || v === undefined || v === "") return null;
  if (type === "Error") return { error: String(v) } satisfies CellError;
  if (typeof v === "string") {
    if (type === undefined && EXCEL_ERRORS.has(v)) return { error: v };
    return v;
  }
  if (typeof v === "number" || typeof v === "boolean") return v;
  return String(v);
}

/**
 * Bytes the JSON of a value matrix takes in a request, counted pessimistically: every non-ASCII
 * character as a six-byte \u escape, so that the estimate holds whichever way Office.js encodes text.
 */
export function jsonBytes(value: unknown): number {
  const json = JSON.stringify(value) ?? "null";
  let bytes = json.length;
  for (let i = 0; i < json.length; i++) if (json.charCodeAt(i) > 0x7f) bytes += 5;
  return bytes;
}

/** Request overhead Office.js adds per queued action (object path, ids, method name), generously rounded up. */
export const ACTION_OVERHEAD_BYTES = 250;
