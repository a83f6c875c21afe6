/**
 * The edit list: what a plan asks an adapter to do to a workbook. Adapters (Office.js, .xlsx writer)
 * carry it out in order. Plans never overwrite: they check the snapshot for clashes first.
 */

/** A formula cell; `formula` starts with "=". */
export interface FormulaInput {
  formula: string;
}

/**
 * A value to write. A plain string is always text, even when it starts with "=", "+", "-" or "@":
 * adapters must make sure Excel does not read it as a formula.
 */
export type CellInput = string | number | boolean | null | FormulaInput;

export function isFormulaInput(v: CellInput): v is FormulaInput {
  return typeof v === "object" && v !== null && typeof (v as FormulaInput).formula === "string";
}

export type ValidationRule =
  | { type: "list"; /** a formula such as =Katalog!$A$2:$A$77 */ source: string }
  | { type: "wholeNumber"; min: number; max?: number }
  | { type: "decimal"; min: number; max?: number }
  | { type: "date"; min: string; max: string };

export type Severity = "error" | "warning" | "info";

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  /** #RRGGBB */
  fill?: string;
  fontColor?: string;
  wrap?: boolean;
  horizontal?: "left" | "center" | "right";
}

/** Printed text in the three places of a page header or footer. Plain text; `{page}` and `{pages}` print the
 * page number and the number of pages. */
export interface PageText {
  left?: string;
  center?: string;
  right?: string;
}

/** Page margins in inches (the unit of SpreadsheetML's pageMargins). */
export interface PageMargins {
  left: number;
  right: number;
  top: number;
  bottom: number;
  header: number;
  footer: number;
}

export type Edit =
  | { kind: "addSheet"; sheet: string; visibility?: "visible" | "hidden" | "veryHidden"; tabColor?: string }
  | { kind: "setValues"; sheet: string; /** top-left A1 */ address: string; values: CellInput[][] }
  | {
      kind: "addTable";
      sheet: string;
      name: string;
      /** A1 range including header row */ range: string;
      style?: string;
    }
  | { kind: "setNumberFormat"; sheet: string; range: string; format: string }
  | { kind: "setStyle"; sheet: string; range: string; style: CellStyle }
  | { kind: "setColumnWidths"; sheet: string; /** 0-based column → width in characters */ widths: number[] }
  | { kind: "freezeRows"; sheet: string; rows: number }
  | { kind: "setRowHeight"; sheet: string; /** 1-based */ row: number; /** points */ height: number }
  | {
      kind: "setValidation";
      sheet: string;
      range: string;
      rule: ValidationRule;
      allowBlank?: boolean;
      prompt?: string;
      error?: string;
    }
  | { kind: "highlight"; sheet: string; range: string; severity: Severity; note?: string }
  | { kind: "clearHighlights"; sheet: string }
  | {
      kind: "setHyperlink";
      sheet: string;
      address: string;
      target: { sheet: string; address: string };
      text: string;
    }
  | { kind: "setProperty"; name: string; value: string | number | boolean }
  | {
      kind: "protectSheet";
      sheet: string;
      /** Ranges the user may still edit while the sheet is protected. */
      unlockedRanges: string[];
      /** Let users add table rows, sort and filter (Excel's protection options). */
      allowInsertRows?: boolean;
    }
  | { kind: "activateSheet"; sheet: string }
  | {
      /** How a sheet prints. */
      kind: "setPageLayout";
      sheet: string;
      orientation: "portrait" | "landscape";
      /** Scale the print so the used columns fit this many pages across (any number of pages down). */
      fitToPagesWide?: number;
      /** 1-based rows printed at the top of every page, e.g. a table's header row. */
      printTitleRows?: { first: number; last: number };
      /** 0-based columns printed at the left of every page, e.g. the id column of a table wider than a page. */
      printTitleColumns?: { first: number; last: number };
      paperSize?: "A4";
      /** Text at the top of every page (see src/core/model/print.ts for the page-number placeholders). */
      header?: PageText;
      /** Text at the bottom of every page. */
      footer?: PageText;
      /** Margins in inches. */
      margins?: PageMargins;
    }
  | {
      /**
       * A chart over a range of the same sheet: Excel draws it through Office.js, the .xlsx writer writes it
       * as a DrawingML chart. Series are the source's columns.
       */
      kind: "addChart";
      sheet: string;
      chartType: "bar" | "column" | "line";
      title: string;
      /** A1 range with series names in the first row and categories in the first column. */
      source: string;
      /** Top-left cell of the chart. */
      anchor: string;
      /** Bottom-right cell the chart covers. */
      end: string;
    };

/** Characters of column width that still print readably on one landscape A4 page (at about 70 % scale). */
const CHARS_PER_LANDSCAPE_PAGE = 200;
/** Characters of column width that fit a portrait A4 page (about 18.5 cm between 0.5" margins) at 90 % or more. */
const CHARS_PER_PORTRAIT_PAGE = 110;

/**
 * How columns of these widths (in characters) print: portrait on one page when they fit at nearly full size, else
 * landscape, scaled to as few pages across as stay readable.
 */
export function pageFit(widths: number[]): { orientation: "portrait" | "landscape"; pagesWide: number } {
  const total = widths.reduce((n, w) => n + (w > 0 ? w : 0), 0);
  if (total <= CHARS_PER_PORTRAIT_PAGE) return { orientation: "portrait", pagesWide: 1 };
  return { orientation: "landscape", pagesWide: Math.ceil(total / CHARS_PER_LANDSCAPE_PAGE) };
}

/**
 * The print layout of a table sheet: A4, scaled to as few pages across as stay readable (one for most tables),
 * with the table's header row (1-based) repeated at the top of every page and, when the table spans pages
 * across, its first column (the id) at the left of every page.
 */
export function tablePrintLayout(sheet: string, headerRow: number, widths: number[]): Edit {
  const fit = pageFit(widths);
  return {
    kind: "setPageLayout",
    sheet,
    orientation: fit.orientation,
    fitToPagesWide: fit.pagesWide,
    printTitleRows: { first: headerRow, last: headerRow },
    ...(fit.pagesWide > 1 ? { printTitleColumns: { first: 0, last: 0 } } : {}),
    paperSize: "A4",
  };
}

/** Points per line of 11-point text in a row. */
const LINE_HEIGHT = 15;

/**
 * The height of a header row whose cells wrap: enough lines for the longest header in its column width
 * (words are not split), so that no header is cut off on screen or on paper. Null when one line is enough.
 */
export function headerRowHeight(headers: string[], widths: number[]): number | null {
  let lines = 1;
  headers.forEach((h, i) => {
    const width = Math.max(1, (widths[i] ?? 8.43) - 1);
    let n = 1;
    let used = 0;
    for (const word of h.split(/\s+/).filter(Boolean)) {
      const len = word.length;
      if (used > 0 && used + 1 + len > width) {
        n++;
        used = len;
      } else used += (used > 0 ? 1 : 0) + len;
      n += Math.max(0, Math.ceil(len / width) - 1);
    }
    lines = Math.max(lines, n);
  });
  return lines > 1 ? lines * LINE_HEIGHT : null;
}
