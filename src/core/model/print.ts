/**
 * Print setup every sheet of a written workbook gets by default: A4 in the orientation its columns need, fit to
 * a readable number of pages across, the table header repeated on every page, column widths from the content
 * where a plan gave none, sane margins, and a page header naming the sheet and the period it covers, with page
 * numbers at the foot. A plan's own `setPageLayout` (e.g. `tablePrintLayout`) is kept and completed.
 */
import { translate } from "../../i18n";
import { parseRange } from "../a1";
import { isFormulaInput, pageFit, type CellInput, type Edit, type PageMargins, type PageText } from "./edit";

type PageLayout = Extract<Edit, { kind: "setPageLayout" }>;

/** Margins in inches: half an inch at the sides (Excel's default is 0.7) leaves more room for columns. */
export const PRINT_MARGINS: PageMargins = {
  left: 0.5,
  right: 0.5,
  top: 0.75,
  bottom: 0.75,
  header: 0.3,
  footer: 0.3,
};

/** The footer of every page, in the workbook's language (bokmål). */
export const PAGE_NUMBER_FOOTER: PageText = { right: translate("nb", "print.pageNumber") };

/** Widths (in characters) given to a column sized from its content. */
const MIN_WIDTH = 6;
const MAX_WIDTH = 50;

export interface PrintContext {
  /** The page header of a sheet, e.g. its title on the left and the period on the right. */
  header: (sheet: string) => PageText;
}

/** The edit list with a complete print setup for every visible sheet (see the module comment). */
export function withPrintSetup(edits: Edit[], context: PrintContext): Edit[] {
  const visible: string[] = [];
  const widths = new Map<string, number[]>();
  const layouts = new Map<string, PageLayout>();
  const titleRows = new Map<string, number>();
  for (const e of edits) {
    if (e.kind === "addSheet" && (e.visibility ?? "visible") === "visible") visible.push(e.sheet);
    else if (e.kind === "setColumnWidths") {
      const w = widths.get(e.sheet) ?? [];
      e.widths.forEach((x, i) => {
        if (x > 0) w[i] = x;
      });
      widths.set(e.sheet, w);
    } else if (e.kind === "setPageLayout") layouts.set(e.sheet, e);
    else if (e.kind === "addTable" && !titleRows.has(e.sheet)) {
      const r = parseRange(e.range);
      if (r) titleRows.set(e.sheet, r.start.row + 1);
    }
  }
  const sized = contentWidths(edits, new Set(visible), widths);

  const out: Edit[] = [];
  const completed = new Map<string, PageLayout>();
  for (const sheet of visible) {
    const given = widths.get(sheet) ?? [];
    const fromContent = sized.get(sheet) ?? [];
    const all = Array.from({ length: Math.max(given.length, fromContent.length) }, (_, i) =>
      given[i] > 0 ? given[i] : (fromContent[i] ?? 0),
    );
    const fit = pageFit(all);
    const row = titleRows.get(sheet);
    const layout: PageLayout = layouts.get(sheet) ?? {
      kind: "setPageLayout",
      sheet,
      orientation: fit.orientation,
      fitToPagesWide: fit.pagesWide,
      ...(row ? { printTitleRows: { first: row, last: row } } : {}),
      paperSize: "A4",
    };
    completed.set(sheet, {
      ...layout,
      header: layout.header ?? context.header(sheet),
      footer: layout.footer ?? PAGE_NUMBER_FOOTER,
      margins: layout.margins ?? PRINT_MARGINS,
    });
  }
  // Each sheet's layout stands where the plan put its own (the last one); what a sheet gets anew follows the
  // last edit that names it, so edits that end a plan (activating a sheet) stay last.
  const lastLayout = new Map<string, number>();
  const lastEdit = new Map<string, number>();
  edits.forEach((e, i) => {
    if (e.kind === "setPageLayout") lastLayout.set(e.sheet, i);
    if ("sheet" in e && e.kind !== "activateSheet") lastEdit.set(e.sheet, i);
  });
  const added = new Map<number, Edit[]>();
  for (const sheet of visible) {
    const more: Edit[] = [];
    const fromContent = sized.get(sheet);
    if (fromContent?.some((w) => w > 0))
      more.push({ kind: "setColumnWidths", sheet, widths: Array.from(fromContent, (w) => w ?? 0) });
    if (!lastLayout.has(sheet)) more.push(completed.get(sheet)!);
    const at = lastEdit.get(sheet)!;
    added.set(at, [...(added.get(at) ?? []), ...more]);
  }
  edits.forEach((e, i) => {
    if (e.kind !== "setPageLayout") out.push(e);
    else if (lastLayout.get(e.sheet) === i) out.push(completed.get(e.sheet) ?? e);
    out.push(...(added.get(i) ?? []));
  });
  return out;
}

/**
 * Widths for the columns of visible sheets that have content but no width from the plan: the longest value
 * in characters plus room for the cell padding, within 6–50. A text alone in its row (a title or a note) runs
 * on into the empty cells beside it, so it does not size its column.
 */
function contentWidths(edits: Edit[], visible: Set<string>, given: Map<string, number[]>) {
  const sized = new Map<string, number[]>();
  for (const e of edits) {
    if (e.kind !== "setValues" || !visible.has(e.sheet)) continue;
    const at = parseRange(e.address)?.start;
    if (!at) continue;
    const has = given.get(e.sheet) ?? [];
    const w = sized.get(e.sheet) ?? [];
    for (const row of e.values) {
      if (row.filter((v) => v !== null && v !== "").length < 2) continue;
      row.forEach((v, j) => {
        const col = at.col + j;
        if (has[col] > 0) return;
        const len = displayLength(v);
        if (len > 0) w[col] = Math.max(w[col] ?? 0, Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, len + 2)));
      });
    }
    sized.set(e.sheet, w);
  }
  return sized;
}

/** About how many characters a value shows as (numbers with thousands separators or decimals). */
function displayLength(v: CellInput): number {
  if (v === null) return 0;
  if (typeof v === "string") return Math.max(...v.split("\n").map((line) => line.length));
  if (typeof v === "number") return String(Math.round(Math.abs(v))).length + 3;
  if (typeof v === "boolean") return 5;
  return isFormulaInput(v) ? 10 : 0;
}

/** Excel's limit on the length of a header or footer, codes included. */
const MAX_PAGE_TEXT = 255;
/** Room for each of the three places, with their `&L`/`&C`/`&R` codes. */
const PLACE_ROOM = Math.floor(MAX_PAGE_TEXT / 3) - 2;

/**
 * The three places of a header or footer in SpreadsheetML's codes, which Office.js takes too: `&` doubled,
 * `{page}` → `&P`, `{pages}` → `&N`; each place cut so that the whole stays within Excel's 255 characters.
 * Codes: https://learn.microsoft.com/office/vba/excel/concepts/workbooks-and-worksheets/formatting-and-vba-codes-for-headers-and-footers
 */
export function pageTextPlaces(t: PageText): { left: string; center: string; right: string } {
  const code = (text: string | undefined) => {
    if (!text) return "";
    let c = text
      .slice(0, PLACE_ROOM)
      .replace(/&/g, "&&")
      .replace(/\{page\}/g, "&P")
      .replace(/\{pages\}/g, "&N");
    // A cut must not leave half a code (a lone & at the end).
    while (c.length > PLACE_ROOM || /(^|[^&])(&&)*&$/.test(c)) c = c.slice(0, -1);
    return c;
  };
  return { left: code(t.left), center: code(t.center), right: code(t.right) };
}

/** A whole header or footer as one text of codes (`&L…&C…&R…`), as SpreadsheetML stores it. */
export function pageTextCodes(t: PageText): string {
  const p = pageTextPlaces(t);
  return (p.left && `&L${p.left}`) + (p.center && `&C${p.center}`) + (p.right && `&R${p.right}`);
}
