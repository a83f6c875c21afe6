/** Checks on single cells that every table shares: numbers, list values, agency lists, dates. */
import { bilingual } from "../../i18n";
import type { LocatedColumn, TableData } from "../model/submission";
import { foldKey } from "../model/reading";
import { isCellError, isEmptyCell, type CellValue } from "../model/snapshot";
import { formatDate } from "../dates";
import { dateToSerial, serialToDate, type Period } from "../period";
import { closest } from "../suggest";
import { short, valueText, type Collector, type Where } from "./collector";
import { dateFromText, numberFromText } from "./parse";

export function where(table: TableData, col: LocatedColumn, row: number): Where {
  return { sheet: table.sheet.name, row, column: col.header, cell: `${col.letter}${row}` };
}

/** Reports an Excel error value; true when the cell held one (and no further check applies). */
export function checkExcelError(c: Collector, w: Where, v: CellValue): boolean {
  if (!isCellError(v)) return false;
  c.add("cell.excel-error", w, valueText(v), { error: v.error });
  return true;
}

/** Reports a formula in a cell where a value is typed. */
export function checkFormula(c: Collector, table: TableData, col: LocatedColumn, row: number, v: CellValue) {
  const f = table.sheet.formulas[row - 1]?.[col.index];
  if (f === undefined) return;
  const shown = f.length > 80 ? `${f.slice(0, 79)}…` : f;
  const empty = isEmptyCell(v);
  c.add(
    "cell.formula",
    where(table, col, row),
    valueText(v),
    { column: col.header, formula: shown },
    { message: empty ? "message.empty" : "message" },
  );
}

export interface NumberRule {
  whole: boolean;
  /** Negative numbers are an error unless this is false. */
  nonNegative?: boolean;
}

/**
 * Checks a number cell; returns the number when the cell holds a usable one (also when it broke a rule
 * such as being negative), null when empty or unusable.
 */
export function checkNumber(
  c: Collector,
  table: TableData,
  col: LocatedColumn,
  row: number,
  v: CellValue,
  rule: NumberRule,
): number | null {
  if (isEmptyCell(v)) {
    // A formula whose result the file did not store reads as empty: say so, or the count is silently lost.
    checkFormula(c, table, col, row, v);
    return null;
  }
  // The common case first, without allocating anything.
  if (typeof v === "number" && v >= 0 && (!rule.whole || Number.isInteger(v)) && v !== Infinity) {
    checkFormula(c, table, col, row, v);
    return v;
  }
  const w = where(table, col, row);
  if (checkExcelError(c, w, v)) return null;
  if (typeof v === "number") {
    if (!Number.isFinite(v)) {
      c.add("cell.not-a-number", w, null, { column: col.header }, { message: "message.invalid" });
      return null;
    }
    if (v < 0 && rule.nonNegative !== false) {
      c.add("cell.negative", w, valueText(v), { column: col.header, number: v });
    } else if (rule.whole && !Number.isInteger(v)) {
      c.add(
        "cell.not-whole",
        w,
        valueText(v),
        { column: col.header, number: v, rounded: Math.round(v) },
        { hint: "hint.example" },
      );
    }
    checkFormula(c, table, col, row, v);
    return v;
  }
  if (typeof v === "boolean") {
    c.add(
      "cell.not-a-number",
      w,
      valueText(v),
      // Excel's own names for the logical values in each language.
      { column: col.header, logical: bilingual(v ? "excel.true" : "excel.false") },
      { message: "message.logical" },
    );
    return null;
  }
  const text = v as string;
  const n = numberFromText(text);
  if (n !== null) {
    const shown = rule.whole && !Number.isInteger(n) ? null : n;
    c.add(
      "cell.text-number",
      w,
      valueText(v),
      shown === null
        ? { column: col.header, text: short(text) }
        : { column: col.header, text: short(text), number: typedNumber(shown) },
      { hint: shown === null ? "hint" : "hint.number" },
    );
    return null;
  }
  c.add("cell.not-a-number", w, valueText(v), { column: col.header, text: short(text) });
  return null;
}

/** A number as a person would type it in a cell: decimal comma in Norwegian, no thousands separator. */
export function typedNumber(n: number): { nb: string; en: string } {
  return { nb: String(n).replace(".", ","), en: String(n) };
}

/** A list of allowed values with exact and case-insensitive lookup. */
export class AllowedValues {
  private readonly exact: Set<string>;
  private readonly folded = new Map<string, string>();
  constructor(readonly values: readonly string[]) {
    this.exact = new Set(values);
    for (const v of values) this.folded.set(foldKey(v), v);
  }
  /** "ok", the canonical value when only case or spaces differ, or null when unknown. */
  match(text: string): "ok" | string | null {
    if (this.exact.has(text)) return "ok";
    return this.folded.get(foldKey(text)) ?? null;
  }
}

/**
 * Checks a value against a list (case differences and extra spaces are accepted with a warning, since the
 * workbook's formulas count case-insensitively); returns the canonical value or null.
 */
export function checkListValue(
  c: Collector,
  w: Where,
  v: CellValue,
  allowed: AllowedValues,
  label: string,
): string | null {
  if (isEmptyCell(v) || checkExcelError(c, w, v)) return null;
  const text = String(v);
  const m = allowed.match(text);
  if (m === "ok") return text;
  if (m !== null) {
    c.add(
      "cell.wrong-case",
      w,
      valueText(v),
      { column: label, typed: short(text), canonical: short(m) },
      { hint: "hint.write" },
    );
    return m;
  }
  const suggestion = closest(text, allowed.values);
  const list = allowed.values.join(", ");
  c.add(
    "cell.invalid-value",
    w,
    valueText(v),
    suggestion
      ? { column: label, typed: short(text), allowed: list, suggestion: short(suggestion) }
      : { column: label, typed: short(text), allowed: list },
    { hint: suggestion ? "hint.suggestion" : "hint" },
  );
  return null;
}

const AGENCY_SEPARATOR_RE = /[,;]/;

/** Checks a list of agency codes separated by comma or semicolon. */
export function checkAgencyList(
  c: Collector,
  w: Where,
  v: CellValue,
  agencies: AllowedValues,
  suggestAgency: (text: string) => string | null,
): void {
  if (isEmptyCell(v) || checkExcelError(c, w, v)) return;
  const text = String(v);
  const unknown: string[] = [];
  const wrongCase: [string, string][] = [];
  for (const raw of text.slice(0, 2000).split(AGENCY_SEPARATOR_RE)) {
    const code = raw.trim();
    if (code === "") continue;
    const m = agencies.match(code);
    if (m === "ok") continue;
    if (m !== null) wrongCase.push([code, m]);
    else unknown.push(code);
  }
  if (wrongCase.length) {
    c.add(
      "cell.wrong-case",
      w,
      valueText(v),
      { corrections: wrongCase.map(([a, b]) => `«${short(a)}» → ${b}`).join(", ") },
      { message: "message.agencies" },
    );
  }
  if (unknown.length) {
    const suggestions = unknown
      .map((u) => [u, suggestAgency(u)] as const)
      .filter(([, s]) => s !== null && s !== undefined);
    const codes = unknown.map((u) => `«${short(u, 30)}»`).join(", ");
    c.add(
      "cell.unknown-agency",
      w,
      valueText(v),
      suggestions.length
        ? {
            codes,
            // "X for «y»" reads the same in both languages.
            suggestions: suggestions.map(([u, s]) => `${s} for «${short(u, 30)}»`).join(", "),
            agencies: agencies.values.join(", "),
          }
        : { codes },
      { hint: suggestions.length ? "hint.suggestion" : "hint" },
    );
  }
}

/** Plausible dates in a report: a serial number outside this range is not a date someone meant. */
const MIN_DATE_SERIAL = dateToSerial("1990-01-01");
const MAX_DATE_SERIAL = dateToSerial("2100-12-31");

/** Checks a date cell (an Excel serial number, or a date typed as text) against the period. */
export function checkDate(c: Collector, w: Where, v: CellValue, period: Period | null, label: string): void {
  if (isEmptyCell(v) || checkExcelError(c, w, v)) return;
  let iso: string | null = null;
  if (typeof v === "number") {
    iso = v >= MIN_DATE_SERIAL && v <= MAX_DATE_SERIAL ? serialToDate(v) : null;
  } else if (typeof v === "string") {
    iso = dateFromText(v);
    if (iso) {
      c.add("cell.text-date", w, valueText(v), { column: label, typed: short(v), date: { date: iso } });
    }
  }
  if (!iso) {
    c.add("cell.invalid-date", w, valueText(v), { column: label, typed: short(valueText(v) ?? "") });
    return;
  }
  if (period && (iso < period.start || iso > period.end)) {
    // A date cell holds a serial day number; the finding shows the date, as Excel does.
    c.add("cell.date-outside-period", w, typeof v === "number" ? formatDate(iso) : valueText(v), {
      column: label,
      date: { date: iso },
      period: period.id,
      start: { date: period.start },
      end: { date: period.end },
    });
  }
}
