/**
 * Formula text between what users and Office.js see and what a file stores:
 * - functions added after Excel 2007 carry the `_xlfn.` prefix in files;
 * - the `[@Col]` this-row shorthand of structured references is stored as `[[#This Row],[Col]]`;
 * - shared formulas store the text once, for the top-left cell; other cells shift its relative references.
 */
import { columnIndex, columnLetters, MAX_COLS, MAX_ROWS } from "../../core/a1";

/** Functions that need `_xlfn.` in a file (those a workbook of this kind may use; extend as needed). */
const XLFN = [
  "IFNA",
  "IFS",
  "MAXIFS",
  "MINIFS",
  "SWITCH",
  "TEXTJOIN",
  "CONCAT",
  "XLOOKUP",
  "XMATCH",
  "DAYS",
  "ISOWEEKNUM",
  "NUMBERVALUE",
  "FORMULATEXT",
  "STDEV.S",
  "STDEV.P",
  "VAR.S",
  "VAR.P",
  "PERCENTILE.INC",
  "PERCENTILE.EXC",
  "QUARTILE.INC",
  "QUARTILE.EXC",
  "MODE.SNGL",
  "RANK.EQ",
  "RANK.AVG",
  "CEILING.MATH",
  "FLOOR.MATH",
  "AGGREGATE",
];
// No look-behind anywhere in this adapter: older Safari (Office on older macOS) cannot parse it.
const XLFN_RE = new RegExp(
  `(^|[^A-Za-z0-9_.])(${XLFN.map((f) => f.replace(".", "\\.")).join("|")})(?=\\s*\\()`,
  "gi",
);

/** Applies `fn` to the parts of a formula outside string literals ("..."). */
function outsideStrings(formula: string, fn: (part: string) => string): string {
  const parts = formula.split(/("(?:[^"]|"")*")/);
  return parts.map((p, i) => (i % 2 === 1 ? p : fn(p))).join("");
}

/** A formula as typed ("=SUM(...)" or "SUM(...)") → the text stored in a file's <f> element. */
export function toFileFormula(formula: string): string {
  const f = formula.startsWith("=") ? formula.slice(1) : formula;
  return outsideStrings(f, (p) =>
    p
      .replace(XLFN_RE, (_all, before: string, name: string) => `${before}_xlfn.${name.toUpperCase()}`)
      .replace(/\[@\[/g, "[[#This Row],[")
      .replace(/\[@([^\][]+)\]/g, "[[#This Row],[$1]]")
      .replace(/\[@\]/g, "[#This Row]"),
  );
}

/** The stored text → the formula as Excel shows it (without the leading "="). */
export function fromFileFormula(f: string): string {
  if (f.indexOf("_xl") < 0 && f.indexOf("#This Row") < 0) return f;
  return outsideStrings(f, (p) =>
    p
      .replace(/_xlfn\._xlws\.|_xlfn\.|_xlws\./g, "")
      .replace(/\[\[#This Row\],\[([A-Za-z_\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*)\]\]/g, "[@$1]")
      .replace(/\[\[#This Row\],\[/g, "[@[")
      .replace(/\[#This Row\]/g, "[@]"),
  );
}

/**
 * Shifts the relative references of a shared formula's text by (dRow, dCol). Absolute parts ($) stay.
 * Sheet-qualified references shift as well; text in quotes, structured references and function names do not.
 */
export function shiftFormula(f: string, dRow: number, dCol: number): string {
  if (dRow === 0 && dCol === 0) return f;
  return outsideStrings(f, (part) => {
    // Leave structured references ([...]) and quoted sheet names ('...') untouched.
    const pieces = part.split(/(\[(?:[^\][]|\[[^\]]*\])*\]|'(?:[^']|'')*')/);
    return pieces
      .map((p, i) =>
        i % 2 === 1
          ? p
          : p.replace(
              /(^|[^A-Za-z0-9_.$])(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_(!])/g,
              (all, before: string, cAbs: string, col: string, rAbs: string, row: string) => {
                const c = columnIndex(col);
                const r = Number(row) - 1;
                if (c >= MAX_COLS || r >= MAX_ROWS) return all;
                const nc = cAbs ? c : c + dCol;
                const nr = rAbs ? r : r + dRow;
                if (nc < 0 || nr < 0 || nc >= MAX_COLS || nr >= MAX_ROWS) return `${before}#REF!`;
                return `${before}${cAbs}${columnLetters(nc)}${rAbs}${nr + 1}`;
              },
            ),
      )
      .join("");
  });
}
