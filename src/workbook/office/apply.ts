/**
 * The edit applier: carries out an Edit[] in the open workbook in as few syncs as the limits allow, and says
 * exactly which edits were applied and which were not (and why).
 *
 * - One inspection sync reads the sheet and table names. The edit list is then checked against them (checkEdits,
 *   the same check as the file adapter's): a list with a problem, such as an edit on a missing sheet or an addSheet
 *   over an existing name, is refused whole and nothing is written. What this host lacks (a requirement set, a
 *   long document property) is skipped with a reason. Clearing highlights adds two syncs to find the product's own
 *   conditional formats.
 * - Writes are queued many to a request. Value and number-format matrices are cut into row chunks by their
 *   measured JSON size, and requests are closed before they pass `maxRequestBytes` (default 4,000,000:
 *   Excel on the web refuses requests over 5 MB).
 * - Each request suspends API calculation (ExcelApi 1.8) and screen updating (1.9) when the host has them.
 * - A protected sheet (the template protects its sheets against accidental edits) is unprotected just before
 *   the first operation on it and protected again with the same options after the last; after a failure the
 *   protection is put back.
 * - Highlights are conditional formats marked as the product's own: they never touch a value or the cell's
 *   own format, and clearing them brings back exactly what was there.
 * - Excel carries out a request's operations in order and stops at the first that fails. So after a failed
 *   sync: edits whose operations all went out in earlier requests are applied; edits in the failed request
 *   are reported as failed (operations before the failing one in that request may have taken effect, which
 *   the message says); later edits were not attempted. applyEdits never throws for an Excel error.
 */
import type { LocalText } from "../../catalogue/schema";
import { checkEdits } from "../../core/model/check-edits";
import type { CellStyle, Edit, Severity, ValidationRule } from "../../core/model/edit";
import { HIGHLIGHT_COLORS } from "../../core/model/highlight";
import { SERIES_COLOURS } from "../../core/consolidate/charts";
import { pageTextPlaces } from "../../core/model/print";
import { columnLetters, parseCell, parseRange, quoteSheet } from "../../core/a1";
import { nameKey } from "../../core/names";
import { ACTION_OVERHEAD_BYTES, jsonBytes, toExcelInput } from "./cells";
import { renderBoth } from "../../core/model/user-error";
import { bilingual } from "../../i18n";
import { Capabilities, officeSetSupported, type MissingFeature, type SetSupported } from "./capabilities";
import {
  cancelledProblem,
  describeExcelError,
  excelProblem,
  isCellEditMode,
  sleep,
  type CancelSignal,
  type ExcelProblem,
} from "./errors";

export type EditStatus = "applied" | "partial" | "failed" | "notAttempted" | "skipped";

export interface EditOutcome {
  /** Position in the edit list. */
  index: number;
  kind: Edit["kind"];
  status: EditStatus;
  reason?: LocalText;
  /** For a value write cut into chunks: rows written before a failure. */
  rowsWritten?: number;
}

export interface ApplyStats {
  syncs: number;
  /** Estimated bytes of each write request, in order. */
  requestBytes: number[];
}

export interface ApplyResult {
  /** True when Excel accepted every request (edits may still be skipped; see outcomes). */
  ok: boolean;
  outcomes: EditOutcome[];
  /** Features the host lacks and what that cost (nb + en). */
  missing: MissingFeature[];
  /** What went wrong in Excel, when something did. */
  problem: ExcelProblem | null;
  stats: ApplyStats;
}

export interface ApplyOptions {
  supported?: SetSupported;
  /** Largest request to build, in estimated bytes (default 4,000,000). */
  maxRequestBytes?: number;
  /** Times to resend a request Excel refused because a cell was being edited (default 3). */
  cellEditRetries?: number;
  retryDelayMs?: number;
  wait?: (ms: number) => Promise<void>;
  /** Looked at before each write request: once cancelled, nothing more is sent and protection is put back. */
  signal?: CancelSignal;
}

export const DEFAULT_MAX_REQUEST_BYTES = 4_000_000;

/**
 * Excel keeps at most 255 characters in a text custom document property written through Office.js ("limited to
 * 255 characters outside of Excel on the web (larger values are automatically trimmed to 255 characters on other
 * platforms)": https://learn.microsoft.com/javascript/api/excel/excel.interfaces.custompropertydata). A limit of
 * this API, not of the file: so this adapter skips such an edit rather than checkEdits refusing the list.
 */
export const MAX_PROPERTY_TEXT = 255;

/** Marks the product's conditional formats; the formula is always true. */
export const HIGHLIGHT_MARK = "akrim-rapport";
export const highlightFormula = (severity: Severity) => `=N("${HIGHLIGHT_MARK}:${severity}")=0`;

interface Op {
  edit: number;
  bytes: number;
  rows?: number;
  queue(q: Queue): void;
  /** Called once the request holding this operation was accepted. */
  sent?: () => void;
}

/** Gives the operations of one request their worksheet objects. */
class Queue {
  private sheets = new Map<string, Excel.Worksheet>();
  constructor(readonly context: Excel.RequestContext) {}
  sheet(name: string): Excel.Worksheet {
    let ws = this.sheets.get(name);
    if (!ws) {
      ws = this.context.workbook.worksheets.getItem(name);
      this.sheets.set(name, ws);
    }
    return ws;
  }
  added(name: string, ws: Excel.Worksheet) {
    this.sheets.set(name, ws);
  }
}

export async function applyEdits(
  context: Excel.RequestContext,
  edits: Edit[],
  options: ApplyOptions = {},
): Promise<ApplyResult> {
  const caps = new Capabilities(options.supported ?? officeSetSupported());
  const budget = options.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES;
  const retries = options.cellEditRetries ?? 3;
  const wait = options.wait ?? sleep;
  const retryDelay = options.retryDelayMs ?? 1000;
  const outcomes: EditOutcome[] = edits.map((e, index) => ({ index, kind: e.kind, status: "notAttempted" }));
  const stats: ApplyStats = { syncs: 0, requestBytes: [] };
  const missing: MissingFeature[] = [];
  const result = (problem: ExcelProblem | null): ApplyResult => ({
    ok: problem === null,
    outcomes,
    missing,
    problem,
    stats,
  });

  if (!caps.meetsFloor()) {
    return result(excelProblem("ApiNotFound", "excel.floor", {}, "ExcelApi 1.7 not supported"));
  }
  const suspendCalc = caps.has("calculationSuspend");
  const suspendScreen = caps.has("screenUpdatingSuspend");
  if (!suspendCalc) missing.push(caps.missing("calculationSuspend"));
  if (!suspendScreen) missing.push(caps.missing("screenUpdatingSuspend"));
  const dropDowns = caps.has("dropDowns");
  const pageLayout = caps.has("pageLayout");

  const sync = async () => {
    stats.syncs++;
    await context.sync();
  };
  /** Queues and syncs; while Excel refuses because a cell is being edited (it then runs nothing), waits and
   * queues the same again. */
  const send = async <T>(queue: () => T): Promise<T> => {
    for (let attempt = 0; ; attempt++) {
      const queued = queue();
      try {
        await sync();
        return queued;
      } catch (e) {
        if (!isCellEditMode(e) || attempt >= retries) throw e;
        await wait(retryDelay);
      }
    }
  };

  try {
    // Inspection: which sheets exist, and which conditional formats are the product's own.
    const [worksheets, tables] = await send(() => [
      context.workbook.worksheets.load("items/name,items/protection/protected,items/protection/options"),
      context.workbook.tables.load("items/name"),
    ]);
    const present = new Map(worksheets.items.map((ws) => [nameKey(ws.name), ws]));
    const problems = checkEdits(edits, {
      sheets: worksheets.items.map((ws) => ws.name),
      tables: tables.items.map((t) => t.name),
    });
    if (problems.length) {
      for (const p of problems) {
        outcomes[p.index].status = "failed";
        outcomes[p.index].reason = p.message;
      }
      const [first] = problems;
      return result(
        excelProblem(
          "InvalidEdit",
          "edits.refused",
          { problem: first.message },
          problems.map((p) => `edit ${p.index} (${edits[p.index].kind}): ${p.code}`).join("; "),
        ),
      );
    }
    const marked = await findMarkedHighlights(edits, present, send);

    // Plan the operations.
    const ops: Op[] = [];
    let needsDropDowns = false;
    let needsPageLayout = false;
    // Sheet protection goes on last, so that no later edit in the list meets a sheet it has just protected
    // (Excel refuses row heights, formats and values there). Outcomes keep each edit's own position.
    const isProtect = (i: number) => Number(edits[i].kind === "protectSheet");
    const order = [...edits.keys()].sort((a, b) => isProtect(a) - isProtect(b) || a - b);
    order.forEach((i) => {
      const edit = edits[i];
      const skip = (reason: LocalText) => {
        outcomes[i].status = "skipped";
        outcomes[i].reason = reason;
      };
      if (edit.kind === "setValidation" && !dropDowns) {
        needsDropDowns = true;
        return skip(caps.missing("dropDowns").message);
      }
      if (edit.kind === "setPageLayout" && !pageLayout) {
        needsPageLayout = true;
        return skip(caps.missing("pageLayout").message);
      }
      if (
        edit.kind === "setProperty" &&
        typeof edit.value === "string" &&
        edit.value.length > MAX_PROPERTY_TEXT
      )
        return skip(bilingual("excel.propertyTooLong", { name: edit.name, max: MAX_PROPERTY_TEXT }));
      const sheetNow = "sheet" in edit ? present.get(nameKey(edit.sheet)) : undefined;
      ops.push(...planEdit(edit, i, budget, marked.get(i) ?? [], sheetNow?.protection.protected === true));
    });
    if (needsDropDowns) missing.push(caps.missing("dropDowns"));
    if (needsPageLayout) missing.push(caps.missing("pageLayout"));

    // Sheets that are protected (the template protects its sheets against accidental edits) are unprotected
    // just before their first operation and protected again with the same options after their last one.
    const guarded = guardProtectedSheets(ops, edits, present);

    // Pack into requests and send them.
    const opsLeft = new Map<number, number>();
    for (const op of ops) opsLeft.set(op.edit, (opsLeft.get(op.edit) ?? 0) + 1);
    const rowsDone = new Map<number, number>();
    const sentSome = new Set<number>();
    const batches: Op[][] = [];
    let batch: Op[] = [];
    let bytes = 0;
    for (const op of ops) {
      if (batch.length && bytes + op.bytes > budget) {
        batches.push(batch);
        batch = [];
        bytes = 0;
      }
      batch.push(op);
      bytes += op.bytes;
    }
    if (batch.length) batches.push(batch);

    for (const b of batches) {
      if (options.signal?.cancelled) {
        // Stopped between requests, in the same Excel.run: every accepted request stays, sheets unprotected for
        // the work are protected again, and the rest is reported as not attempted.
        markApplied(outcomes, opsLeft);
        for (const o of outcomes)
          if (o.status === "notAttempted" && (rowsDone.get(o.index) || sentSome.has(o.index))) {
            o.status = "partial";
            const rows = rowsDone.get(o.index);
            if (rows) o.rowsWritten = rows;
          }
        const problem = cancelledProblem();
        await restoreProtection(context, guarded, send, problem);
        return result(problem);
      }
      const requestBytes = b.reduce((n, op) => n + op.bytes, 0);
      try {
        await send(() => {
          const q = new Queue(context);
          if (suspendCalc) context.application.suspendApiCalculationUntilNextSync();
          if (suspendScreen) context.application.suspendScreenUpdatingUntilNextSync();
          for (const op of b) op.queue(q);
        });
        stats.requestBytes.push(requestBytes);
      } catch (e) {
        const problem = describeExcelError(e);
        const inBatch = new Set(b.map((op) => op.edit));
        for (const i of inBatch) {
          const o = outcomes[i];
          const rows = rowsDone.get(i);
          o.status = rows ? "partial" : "failed";
          if (rows) o.rowsWritten = rows;
          o.reason = renderBoth({ key: "excel.stoppedInRequest", params: { problem: renderBoth(problem) } });
        }
        markApplied(outcomes, opsLeft, Math.min(...inBatch));
        await restoreProtection(context, guarded, send, problem);
        return result(problem);
      }
      for (const op of b) {
        sentSome.add(op.edit);
        op.sent?.();
        opsLeft.set(op.edit, opsLeft.get(op.edit)! - 1);
        if (op.rows) rowsDone.set(op.edit, (rowsDone.get(op.edit) ?? 0) + op.rows);
      }
    }
    markApplied(outcomes, opsLeft);
    return result(null);
  } catch (e) {
    // The inspection itself failed: nothing was written.
    return result(describeExcelError(e));
  }
}

interface GuardedSheet {
  sheet: Excel.Worksheet;
  name: string;
  options: Excel.WorksheetProtectionOptions;
  /** Set once the request holding the unprotect operation was sent; cleared when protection is back. */
  open: boolean;
}

/** Edits that change a sheet's cells or formats (and so need it unprotected). */
function changesSheet(edit: Edit): string | null {
  if (edit.kind === "addSheet" || edit.kind === "activateSheet" || edit.kind === "protectSheet") return null;
  return "sheet" in edit ? nameKey(edit.sheet) : null;
}

const SELECTION_MODES = new Set(["Normal", "Unlocked", "None"]);

/**
 * The options to protect a sheet with again, as they were loaded: the boolean `allow*` options and
 * `selectionMode` (ExcelApi 1.7: https://learn.microsoft.com/javascript/api/excel/excel.worksheetprotectionoptions).
 * Loaded options can hold nulls that `protect` refuses (OfficeDev/office-js#1931), so only real values are kept.
 */
export function protectionOptionsToRestore(
  loaded: Excel.WorksheetProtectionOptions | undefined | null,
): Excel.WorksheetProtectionOptions {
  const kept: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(loaded ?? {})) {
    if (typeof v === "boolean") kept[k] = v;
    else if (k === "selectionMode" && typeof v === "string" && SELECTION_MODES.has(v)) kept[k] = v;
  }
  return kept as Excel.WorksheetProtectionOptions;
}

/** Inserts unprotect/protect operations around the operations on each protected sheet. */
function guardProtectedSheets(
  ops: Op[],
  edits: Edit[],
  present: Map<string, Excel.Worksheet>,
): GuardedSheet[] {
  const guarded: GuardedSheet[] = [];
  for (const [name, ws] of present) {
    if (!ws.protection.protected) continue;
    const first = ops.findIndex((op) => changesSheet(edits[op.edit]) === name);
    if (first < 0) continue;
    let last = first;
    ops.forEach((op, i) => {
      if (changesSheet(edits[op.edit]) === name) last = i;
    });
    const options = protectionOptionsToRestore(ws.protection.options);
    const g: GuardedSheet = { sheet: ws, name: ws.name, options, open: false };
    guarded.push(g);
    ops.splice(last + 1, 0, {
      edit: ops[last].edit,
      bytes: 2 * ACTION_OVERHEAD_BYTES + jsonBytes(options),
      queue: (q) => q.sheet(g.name).protection.protect(options),
      sent: () => (g.open = false),
    });
    ops.splice(first, 0, {
      edit: ops[first].edit,
      bytes: 2 * ACTION_OVERHEAD_BYTES,
      queue: (q) => {
        g.open = true;
        q.sheet(g.name).protection.unprotect();
      },
    });
  }
  return guarded;
}

/**
 * After a failed request: protects again every sheet that was unprotected for the work and may still be
 * (two syncs: which are unprotected now, then protect those). A failure here is added to the problem's detail.
 */
async function restoreProtection(
  context: Excel.RequestContext,
  guarded: GuardedSheet[],
  send: <T>(queue: () => T) => Promise<T>,
  problem: ExcelProblem,
) {
  const open = guarded.filter((g) => g.open);
  if (!open.length) return;
  try {
    const states = await send(() =>
      open.map((g) => ({
        g,
        protection: context.workbook.worksheets.getItem(g.name).protection.load("protected"),
      })),
    );
    const unprotected = states.filter((s) => !s.protection.protected);
    if (unprotected.length)
      await send(() =>
        unprotected.forEach(({ g }) =>
          context.workbook.worksheets.getItem(g.name).protection.protect(g.options),
        ),
      );
  } catch (e) {
    problem.detail += ` | protection not restored on ${open.map((g) => g.name).join(", ")}: ${describeExcelError(e).detail}`;
  }
}

/** Edits before `failedFrom` whose operations all went out in accepted requests are applied. */
function markApplied(outcomes: EditOutcome[], opsLeft: Map<number, number>, failedFrom = Infinity) {
  for (const o of outcomes) {
    if (o.status === "notAttempted" && o.index < failedFrom && (opsLeft.get(o.index) ?? 0) === 0)
      o.status = "applied";
  }
}

/** The product's highlight conditional formats on sheets that an edit asks to clear, by edit index. */
async function findMarkedHighlights(
  edits: Edit[],
  present: Map<string, Excel.Worksheet>,
  send: <T>(queue: () => T) => Promise<T>,
): Promise<Map<number, Excel.ConditionalFormat[]>> {
  const found = new Map<number, Excel.ConditionalFormat[]>();
  const wanted = edits
    .map((e, i) => ({ e, i }))
    .filter(({ e }) => e.kind === "clearHighlights" && present.has(nameKey(e.sheet)));
  if (!wanted.length) return found;
  const collections = await send(() =>
    wanted.map(({ e, i }) => {
      const cfs = present.get(nameKey((e as { sheet: string }).sheet))!.getRange().conditionalFormats;
      cfs.load("items/type");
      return { i, cfs };
    }),
  );
  const customs = collections.flatMap(({ i, cfs }) =>
    cfs.items.filter((cf) => cf.type === "Custom").map((cf) => ({ i, cf })),
  );
  if (!customs.length) return found;
  const rules = await send(() =>
    customs.map(({ i, cf }) => {
      const rule = cf.custom.rule;
      rule.load("formula");
      return { i, cf, rule };
    }),
  );
  for (const { i, cf, rule } of rules) {
    if (rule.formula.includes(`"${HIGHLIGHT_MARK}:`)) found.set(i, [...(found.get(i) ?? []), cf]);
  }
  return found;
}

/** The operations for one edit (its addresses are checked: checkEdits). */
function planEdit(
  edit: Edit,
  index: number,
  budget: number,
  marked: Excel.ConditionalFormat[],
  /** The edit's sheet was protected when inspected (and is protected again when protectSheet runs: it goes last). */
  protectedNow = false,
): Op[] {
  const op = (queue: (q: Queue) => void, payload: unknown = null, actions = 2): Op => ({
    edit: index,
    bytes: actions * ACTION_OVERHEAD_BYTES + jsonBytes(payload),
    queue,
  });
  switch (edit.kind) {
    case "addSheet":
      return [
        op((q) => {
          const ws = q.context.workbook.worksheets.add(edit.sheet);
          if (edit.visibility && edit.visibility !== "visible")
            ws.visibility = edit.visibility === "hidden" ? "Hidden" : "VeryHidden";
          if (edit.tabColor) ws.tabColor = edit.tabColor;
          q.added(edit.sheet, ws);
        }, edit),
      ];
    case "setValues": {
      const start = parseCell(edit.address)!;
      const rows = edit.values.map((r) => r.map(toExcelInput));
      return matrixOps(index, rows, budget, (q, r0, chunk, width) => {
        q.sheet(edit.sheet).getRangeByIndexes(start.row + r0, start.col, chunk.length, width).values = chunk;
      });
    }
    case "setNumberFormat": {
      const r = parseRange(edit.range)!;
      const width = r.end.col - r.start.col + 1;
      const height = r.end.row - r.start.row + 1;
      const rows = Array.from({ length: height }, () => new Array<string>(width).fill(edit.format));
      return matrixOps(index, rows, budget, (q, r0, chunk) => {
        q
          .sheet(edit.sheet)
          .getRangeByIndexes(r.start.row + r0, r.start.col, chunk.length, width).numberFormat = chunk;
      });
    }
    case "addTable": {
      return [
        op(
          (q) => {
            // The sheet's Range, not a bare address: "If the address does not contain a sheet name, the
            // currently-active sheet is used", also on a worksheet's own collection; a Range names its sheet
            // (ExcelApi 1.3). The user's selection and active sheet stay as they were.
            // https://learn.microsoft.com/javascript/api/excel/excel.tablecollection#excel-excel-tablecollection-add-member(1)
            const ws = q.sheet(edit.sheet);
            const table = ws.tables.add(ws.getRange(edit.range), true);
            table.name = edit.name;
            if (edit.style) table.style = edit.style;
          },
          edit,
          3,
        ),
      ];
    }
    case "setStyle":
      return [op((q) => applyStyle(q.sheet(edit.sheet).getRange(edit.range).format, edit.style), edit, 4)];
    case "setColumnWidths":
      return [
        op(
          (q) => {
            const ws = q.sheet(edit.sheet);
            edit.widths.forEach((w, col) => {
              if (!(w > 0)) return;
              const letter = columnLetters(col);
              ws.getRange(`${letter}:${letter}`).format.columnWidth = columnWidthPoints(w);
            });
          },
          edit.widths,
          1 + edit.widths.length,
        ),
      ];
    case "freezeRows":
      return [op((q) => q.sheet(edit.sheet).freezePanes.freezeRows(edit.rows), edit)];
    case "setRowHeight":
      return [
        op((q) => {
          q.sheet(edit.sheet).getRange(`${edit.row}:${edit.row}`).format.rowHeight = edit.height;
        }, edit),
      ];
    case "setPageLayout":
      return [
        op(
          (q) => {
            const pl = q.sheet(edit.sheet).pageLayout;
            pl.orientation = edit.orientation === "landscape" ? "Landscape" : "Portrait";
            if (edit.paperSize === "A4") pl.paperSize = "A4";
            // verticalFitToPages 0: as many pages down as the rows need.
            if (edit.fitToPagesWide !== undefined)
              pl.zoom = { horizontalFitToPages: edit.fitToPagesWide, verticalFitToPages: 0 };
            const t = edit.printTitleRows;
            if (t) pl.setPrintTitleRows(`$${t.first}:$${t.last}`);
            const c = edit.printTitleColumns;
            if (c) pl.setPrintTitleColumns(`$${columnLetters(c.first)}:$${columnLetters(c.last)}`);
            // Margins in points (72 to the inch):
            // https://learn.microsoft.com/javascript/api/excel/excel.pagelayout#excel-excel-pagelayout-leftmargin-member
            const m = edit.margins;
            if (m) {
              const points = (inches: number) => Math.round(inches * 7200) / 100;
              pl.leftMargin = points(m.left);
              pl.rightMargin = points(m.right);
              pl.topMargin = points(m.top);
              pl.bottomMargin = points(m.bottom);
              pl.headerMargin = points(m.header);
              pl.footerMargin = points(m.footer);
            }
            // The same header/footer codes as the file's <headerFooter>, on every page:
            // https://learn.microsoft.com/javascript/api/excel/excel.headerfootergroup#excel-excel-headerfootergroup-defaultforallpages-member
            // https://learn.microsoft.com/javascript/api/excel/excel.headerfooter
            if (edit.header || edit.footer) {
              const all = pl.headersFooters.defaultForAllPages;
              if (edit.header) {
                const h = pageTextPlaces(edit.header);
                all.leftHeader = h.left;
                all.centerHeader = h.center;
                all.rightHeader = h.right;
              }
              if (edit.footer) {
                const f = pageTextPlaces(edit.footer);
                all.leftFooter = f.left;
                all.centerFooter = f.center;
                all.rightFooter = f.right;
              }
            }
          },
          edit,
          5 + (edit.margins ? 6 : 0) + (edit.header ? 3 : 0) + (edit.footer ? 3 : 0),
        ),
      ];
    case "setValidation":
      return [
        op(
          (q) => {
            const dv = q.sheet(edit.sheet).getRange(edit.range).dataValidation;
            dv.clear();
            dv.rule = validationRule(edit.rule);
            dv.ignoreBlanks = edit.allowBlank ?? true;
            if (edit.prompt) dv.prompt = { showPrompt: true, message: edit.prompt, title: "" };
            if (edit.error)
              dv.errorAlert = { showAlert: true, message: edit.error, style: "Stop", title: "" };
          },
          edit,
          6,
        ),
      ];
    case "highlight":
      return [
        op(
          (q) => {
            const cf = q.sheet(edit.sheet).getRange(edit.range).conditionalFormats.add("Custom");
            cf.custom.rule.formula = highlightFormula(edit.severity);
            cf.custom.format.fill.color = HIGHLIGHT_COLORS[edit.severity].fill;
            cf.custom.format.font.color = HIGHLIGHT_COLORS[edit.severity].font;
          },
          edit,
          4,
        ),
      ];
    case "clearHighlights":
      return marked.length ? [op(() => marked.forEach((cf) => cf.delete()), null, marked.length)] : [];
    case "setHyperlink":
      return [
        op((q) => {
          q.sheet(edit.sheet).getRange(edit.address).hyperlink = {
            documentReference: `${quoteSheet(edit.target.sheet)}!${edit.target.address}`,
            textToDisplay: edit.text,
          };
        }, edit),
      ];
    case "setProperty":
      return [op((q) => void q.context.workbook.properties.custom.add(edit.name, edit.value), edit)];
    case "protectSheet":
      return [
        op(
          (q) => {
            const ws = q.sheet(edit.sheet);
            // protect() on a protected sheet is refused with AccessDenied (OfficeDev/office-js#6784): protecting
            // a sheet that already is means unprotecting it first, for the new options to apply.
            if (protectedNow) ws.protection.unprotect();
            for (const r of edit.unlockedRanges) ws.getRange(r).format.protection.locked = false;
            const allow = edit.allowInsertRows === true;
            ws.protection.protect({
              allowInsertRows: allow,
              allowSort: allow,
              allowAutoFilter: allow,
              allowFormatColumns: true,
            });
          },
          edit,
          2 + edit.unlockedRanges.length + (protectedNow ? 1 : 0),
        ),
      ];
    case "activateSheet":
      return [op((q) => q.sheet(edit.sheet).activate(), edit)];
    case "addChart": {
      // checkEdits has refused a source that is not a range of names, categories and values.
      const source = parseRange(edit.source)!;
      const seriesCount = source.end.col - source.start.col;
      return [
        op(
          (q) => {
            const ws = q.sheet(edit.sheet);
            // ChartCollection.add(type, sourceData, seriesBy): "Columns" makes every column after the first a
            // series, whatever the range's shape ("Auto" would take rows when there are more columns than
            // rows). The first row's text names the series and the first column's text gives the categories,
            // as in Microsoft's "Create a chart" sample; the .xlsx writer refers to the same cells.
            // https://learn.microsoft.com/javascript/api/excel/excel.chartcollection#excel-excel-chartcollection-add-member(1)
            // https://learn.microsoft.com/javascript/api/excel/excel.chartseriesby
            // https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-charts#create-a-chart
            const chart = ws.charts.add(CHART_TYPES[edit.chartType], ws.getRange(edit.source), "Columns");
            chart.title.text = edit.title;
            // setPosition(startCell, endCell): the chart is sized to cover the end cell too, like the file's anchor.
            // https://learn.microsoft.com/javascript/api/excel/excel.chart#excel-excel-chart-setposition-member(1)
            chart.setPosition(edit.anchor, edit.end);
            // The series colours (and for lines the dash patterns) of the .xlsx writer and the task pane: one
            // series per column after the first. ChartFill.setSolidColor and ChartLineFormat.color (ExcelApi
            // 1.1), ChartLineFormat.lineStyle (1.7).
            // https://learn.microsoft.com/javascript/api/excel/excel.chartfill#excel-excel-chartfill-setsolidcolor-member(1)
            // https://learn.microsoft.com/javascript/api/excel/excel.chartlineformat
            for (let i = 0; i < seriesCount; i++) {
              const format = chart.series.getItemAt(i).format;
              const colour = SERIES_COLOURS[i % SERIES_COLOURS.length];
              if (edit.chartType === "line") {
                format.line.color = colour;
                format.line.lineStyle = LINE_STYLES[i % LINE_STYLES.length];
              } else format.fill.setSolidColor(colour);
            }
          },
          edit,
          4 + 3 * seriesCount,
        ),
      ];
    }
  }
}

/** Line styles in series order, as near as Excel's styles come to the .xlsx writer's dash patterns. */
const LINE_STYLES: `${Excel.ChartLineStyle}`[] = [
  "Continuous",
  "Dash",
  "RoundDot",
  "DashDot",
  "DashDotDot",
  "Dot",
];

/** Excel's chart types for the edit's; lines with markers, as the .xlsx writer draws them. */
const CHART_TYPES: Record<"bar" | "column" | "line", "BarClustered" | "ColumnClustered" | "LineMarkers"> = {
  bar: "BarClustered",
  column: "ColumnClustered",
  line: "LineMarkers",
};

/** Cuts a matrix into row chunks whose JSON stays under the request budget. */
function matrixOps(
  index: number,
  rows: unknown[][],
  budget: number,
  write: (q: Queue, r0: number, chunk: unknown[][], width: number) => void,
): Op[] {
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  if (!rows.length || !width) return [];
  const padded = rows.map((r) =>
    r.length === width ? r : [...r, ...new Array(width - r.length).fill(null)],
  );
  const limit = budget - 2 * ACTION_OVERHEAD_BYTES;
  const ops: Op[] = [];
  let start = 0;
  let bytes = 2;
  for (let r = 0; r <= padded.length; r++) {
    const rowBytes = r < padded.length ? jsonBytes(padded[r]) + 1 : 0;
    if (r === padded.length || (r > start && bytes + rowBytes > limit)) {
      const r0 = start;
      const chunk = padded.slice(start, r);
      ops.push({
        edit: index,
        bytes: 2 * ACTION_OVERHEAD_BYTES + bytes,
        rows: chunk.length,
        queue: (q) => write(q, r0, chunk, width),
      });
      start = r;
      bytes = 2;
    }
    bytes += rowBytes;
  }
  return ops;
}

function applyStyle(format: Excel.RangeFormat, style: CellStyle) {
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.fontColor) format.font.color = style.fontColor;
  if (style.fill) format.fill.color = style.fill;
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.horizontal)
    format.horizontalAlignment = ({ left: "Left", center: "Center", right: "Right" } as const)[
      style.horizontal
    ];
}

function validationRule(rule: ValidationRule): Excel.DataValidationRule {
  switch (rule.type) {
    case "list":
      return { list: { inCellDropDown: true, source: rule.source } };
    case "wholeNumber":
    case "decimal": {
      const basic: Excel.BasicDataValidation =
        rule.max === undefined
          ? { formula1: rule.min, operator: "GreaterThanOrEqualTo" }
          : { formula1: rule.min, formula2: rule.max, operator: "Between" };
      return rule.type === "wholeNumber" ? { wholeNumber: basic } : { decimal: basic };
    }
    case "date":
      return {
        date: { formula1: dateFormula(rule.min), formula2: dateFormula(rule.max), operator: "Between" },
      };
  }
}

/** "2026-01-31" → "=DATE(2026,1,31)", which Excel reads the same in every locale. */
function dateFormula(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `=DATE(${Number(m[1])},${Number(m[2])},${Number(m[3])})` : iso;
}

/**
 * Excel column width in points for a width in characters of the default font (Calibri 11: 7-pixel digits,
 * 5 pixels of padding, 0.75 points per pixel at 96 dpi).
 */
export function columnWidthPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}
