/**
 * The snapshot reader: one batched read of what an operation needs into a plain WorkbookSnapshot.
 *
 * Syncs: (1) sheet names and visibility, table names, custom document properties, workbook name, the date
 * system; (2) each wanted sheet's used-range geometry and its first rows as a sample, each table's address,
 * sheet and header row; (3) the used ranges' values and value types (and formulas when asked), in requests
 * whose answers stay under a budget. Two limits split step 3:
 * - Excel reads at most 5,000,000 cells per range on every platform (`maxCells`): larger used ranges are
 *   read in row blocks, and blocks are grouped so that no request asks for more than `maxCells` cells.
 * - Answers are kept under `maxResponseBytes` (4,000,000 by default on every platform: Excel on the web
 *   refuses answers over 5 MB, desktop Excel runs out of memory on very large ones). The sample read in step 2
 *   gives the bytes per row, and blocks are sized to stay under the budget: the syncs grow with the data's size
 *   in bytes (about one per 4 MB), the least the limit allows. Should Excel still refuse a request as too large
 *   (ResponsePayloadSizeLimitExceeded, RangeExceedsLimit or MemoryLimitReached), it is split in two and read
 *   again, down to single rows.
 */
import {
  DATE_1904_OFFSET,
  normalizeName,
  type ReadNote,
  type SheetSnapshot,
  type SheetVisibility,
  type TableSnapshot,
  type WorkbookSnapshot,
} from "../../core/model/snapshot";
import { fromExcelValue, jsonBytes } from "./cells";
import { describeExcelError, throwIfCancelled, type CancelSignal } from "./errors";

export interface SnapshotRequest {
  /** Sheets whose cells to read (default "all"); sheet names, tables and properties are always read. */
  sheets?: string[] | "all";
  /** Also read formulas (default false). */
  formulas?: boolean;
  /** Read custom document properties (default true). */
  properties?: boolean;
  /** Most cells per read request (default and maximum: Excel's 5,000,000). */
  maxCells?: number;
  /** Largest answer to aim for, in bytes (default 4,000,000 everywhere; null: no limit). */
  maxResponseBytes?: number | null;
  /** Looked at between read requests: once cancelled, the read stops (an ExcelFailure "Cancelled"). */
  signal?: CancelSignal;
}

export interface ReadStats {
  syncs: number;
  /** Value requests made, including ones Excel refused as too large. */
  valueRequests: number;
  /** Times a refused request was split and read again. */
  splits: number;
  cells: number;
}

export const EXCEL_MAX_READ_CELLS = 5_000_000;
/** Rows read in step 2 to learn how many bytes a row of each sheet takes. */
export const SAMPLE_ROWS = 200;
/** The estimate from the sample is multiplied by this before blocks are sized. */
const SAMPLE_MARGIN = 1.25;

/**
 * 4,000,000 bytes on every platform. Excel on the web refuses answers over 5 MB
 * (ResponsePayloadSizeLimitExceeded); Windows and Mac have no fixed limit but run out of memory on very large
 * reads (MemoryLimitReached), and Microsoft advises "separate read or write operations for smaller subsets of a
 * large range" (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-large,
 * https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins).
 */
export function defaultResponseBudget(): number | null {
  return DEFAULT_RESPONSE_BUDGET;
}

export const DEFAULT_RESPONSE_BUDGET = 4_000_000;

/** Refusals that a smaller read gets past: split the request in two and read again. */
const TOO_LARGE = new Set(["ResponsePayloadSizeLimitExceeded", "RangeExceedsLimit", "MemoryLimitReached"]);

const VISIBILITY: Record<string, SheetVisibility> = {
  Visible: "visible",
  Hidden: "hidden",
  VeryHidden: "veryHidden",
};

interface Block {
  sheet: number;
  worksheet: Excel.Worksheet;
  row: number;
  col: number;
  rows: number;
  cols: number;
  /** Estimated answer bytes per row, from the sample (0 when not sampled). */
  bytesPerRow: number;
}

export async function readSnapshot(
  context: Excel.RequestContext,
  request: SnapshotRequest = {},
): Promise<WorkbookSnapshot> {
  return (await readSnapshotWithStats(context, request)).snapshot;
}

export async function readSnapshotWithStats(
  context: Excel.RequestContext,
  request: SnapshotRequest = {},
): Promise<{ snapshot: WorkbookSnapshot; stats: ReadStats }> {
  const stats: ReadStats = { syncs: 0, valueRequests: 0, splits: 0, cells: 0 };
  const sync = async () => {
    stats.syncs++;
    await context.sync();
  };
  const maxCells = Math.max(1, Math.min(request.maxCells ?? EXCEL_MAX_READ_CELLS, EXCEL_MAX_READ_CELLS));
  const workbook = context.workbook;

  // 1: structure
  workbook.load("name");
  const worksheets = workbook.worksheets;
  worksheets.load("items/name,items/visibility");
  const tables = workbook.tables;
  // showTotals: ExcelApi 1.1 (https://learn.microsoft.com/javascript/api/excel/excel.table#excel-excel-table-showtotals-member)
  tables.load("items/name,items/showTotals");
  const custom = request.properties === false ? null : workbook.properties.custom;
  custom?.load("items/key,items/value");
  // The date system: DATE(1904,1,1) is 0 in a 1904 workbook and 1462 in a 1900 one. Workbook.use1904DateSystem
  // is preview only (https://learn.microsoft.com/javascript/api/excel/excel.workbook?view=excel-js-preview);
  // worksheet functions are ExcelApi 1.2 and are computed by the workbook itself
  // (https://learn.microsoft.com/javascript/api/excel/excel.functions#excel-excel-functions-date-member(1)).
  const dateProbe = workbook.functions.date(1904, 1, 1);
  dateProbe.load("value");
  await sync();
  const date1904 = dateProbe.value === 0;

  const wanted = request.sheets ?? "all";
  const wantedSet = wanted === "all" ? null : new Set(wanted.map(normalizeName));
  const sheets: SheetSnapshot[] = worksheets.items.map((ws) => ({
    name: ws.name,
    visibility: VISIBILITY[ws.visibility] ?? "visible",
    rows: [],
    formulas: [],
    merges: [],
    validations: [],
    hiddenRows: [],
  }));
  const notes: ReadNote[] = [];
  if (wantedSet) {
    const present = new Set(sheets.map((s) => normalizeName(s.name)));
    for (const name of wanted) {
      if (!present.has(normalizeName(name)))
        notes.push({
          code: "sheet-skipped",
          sheet: name,
          detail: "No sheet with this name in the workbook.",
        });
    }
  }

  // 2: used ranges and table geometry
  const budget = request.maxResponseBytes === undefined ? defaultResponseBudget() : request.maxResponseBytes;
  const cellProps = request.formulas ? "values,valueTypes,formulas" : "values,valueTypes";
  const queueGeometry = (withSample: boolean) => {
    const used = worksheets.items.map((ws, i) => {
      if (wantedSet && !wantedSet.has(normalizeName(sheets[i].name))) return null;
      const r = ws.getUsedRangeOrNullObject(true);
      r.load("rowIndex,columnIndex,rowCount,columnCount");
      // The first rows of the used range (A1 on an empty sheet), to size the blocks of step 3.
      const sample = withSample
        ? ws
            .getUsedRange(true)
            .getRow(0)
            .getResizedRange(SAMPLE_ROWS - 1, 0)
        : null;
      sample?.load(cellProps);
      return { r, sample };
    });
    const tableParts = tables.items.map((t) => {
      const ws = t.worksheet;
      ws.load("name");
      const range = t.getRange();
      range.load("address");
      const header = t.getHeaderRowRange();
      header.load("values");
      return { table: t, ws, range, header };
    });
    return { used, tableParts };
  };
  let geometry = queueGeometry(budget !== null);
  try {
    await sync();
  } catch (e) {
    // A sample reaching past the sheet's last row (data in its last 200 rows) is refused: read without it;
    // step 3 then relies on splitting refused answers.
    if (budget === null || describeExcelError(e).code !== "InvalidArgument") throw e;
    geometry = queueGeometry(false);
    await sync();
  }
  const { used, tableParts } = geometry;

  const tableSnapshots: TableSnapshot[] = tableParts.map(({ table, ws, range, header }) => ({
    name: table.name,
    sheet: ws.name,
    ref: stripSheet(range.address),
    totalsRow: table.showTotals === true,
    headers: (header.values[0] ?? []).map((v) => (v === null || v === undefined ? "" : String(v))),
  }));

  // 3: values in blocks of at most maxCells cells
  const blocks: Block[] = [];
  used.forEach((u, i) => {
    if (!u || u.r.isNullObject) return;
    const r = u.r;
    let rowsPerBlock = Math.max(1, Math.floor(maxCells / r.columnCount));
    const perRow = budget !== null && u.sample ? sampleBytesPerRow(u.sample, request.formulas === true) : 0;
    if (budget !== null && perRow > 0)
      rowsPerBlock = Math.max(1, Math.min(rowsPerBlock, Math.floor(budget / (perRow * SAMPLE_MARGIN))));
    for (let row = 0; row < r.rowCount; row += rowsPerBlock) {
      blocks.push({
        sheet: i,
        worksheet: worksheets.items[i],
        row: r.rowIndex + row,
        col: r.columnIndex,
        rows: Math.min(rowsPerBlock, r.rowCount - row),
        cols: r.columnCount,
        bytesPerRow: perRow,
      });
    }
  });
  const groups: Block[][] = [];
  let group: Block[] = [];
  let groupCells = 0;
  let groupBytes = 0;
  for (const b of blocks) {
    const cells = b.rows * b.cols;
    const bytes = b.rows * b.bytesPerRow * SAMPLE_MARGIN;
    if (group.length && (groupCells + cells > maxCells || (budget !== null && groupBytes + bytes > budget))) {
      groups.push(group);
      group = [];
      groupCells = 0;
      groupBytes = 0;
    }
    group.push(b);
    groupCells += cells;
    groupBytes += bytes;
  }
  if (group.length) groups.push(group);

  const pending = groups.reverse();
  while (pending.length) {
    throwIfCancelled(request.signal);
    const g = pending.pop()!;
    const loaded = g.map((b) => {
      const range = b.worksheet.getRangeByIndexes(b.row, b.col, b.rows, b.cols);
      range.load(cellProps);
      return { b, range };
    });
    stats.valueRequests++;
    try {
      await sync();
    } catch (e) {
      const code = describeExcelError(e).code;
      const splittable = g.length > 1 || g[0].rows > 1;
      if (TOO_LARGE.has(code) && splittable) {
        stats.splits++;
        const [a, b] = splitGroup(g);
        pending.push(b, a);
        continue;
      }
      throw e;
    }
    for (const { b, range } of loaded) {
      stats.cells += b.rows * b.cols;
      fillBlock(sheets[b.sheet], b, range, request.formulas === true);
    }
  }

  const properties = new Map<string, string | number | boolean>();
  for (const p of custom?.items ?? []) {
    const v: unknown = p.value;
    if (v instanceof Date) properties.set(p.key, v.toISOString());
    else if (typeof v === "string" || typeof v === "number" || typeof v === "boolean")
      properties.set(p.key, v);
    else if (v !== null && v !== undefined) properties.set(p.key, String(v));
  }

  if (date1904)
    notes.push({
      code: "date-system-1904",
      detail: `The workbook uses the 1904 date system; its date serials are ${DATE_1904_OFFSET} days below the 1900 system's.`,
    });
  return {
    snapshot: {
      name: workbook.name,
      sheets,
      tables: tableSnapshots,
      properties,
      notes,
      ...(date1904 ? { date1904: true } : {}),
    },
    stats,
  };
}

/** Answer bytes per non-empty row of a sample, as JSON (how Office.js carries it). */
function sampleBytesPerRow(sample: Excel.Range, withFormulas: boolean): number {
  const rows = sample.values.filter((row) => row.some((v) => v !== "" && v !== null)).length;
  if (!rows) return 0;
  const bytes =
    jsonBytes(sample.values) + jsonBytes(sample.valueTypes) + (withFormulas ? jsonBytes(sample.formulas) : 0);
  return bytes / rows;
}

function splitGroup(g: Block[]): [Block[], Block[]] {
  if (g.length > 1) {
    const mid = Math.ceil(g.length / 2);
    return [g.slice(0, mid), g.slice(mid)];
  }
  const b = g[0];
  const half = Math.ceil(b.rows / 2);
  return [[{ ...b, rows: half }], [{ ...b, row: b.row + half, rows: b.rows - half }]];
}

function fillBlock(sheet: SheetSnapshot, b: Block, range: Excel.Range, withFormulas: boolean) {
  const values = range.values;
  const types = range.valueTypes;
  const formulas = withFormulas ? range.formulas : null;
  for (let r = 0; r < b.rows; r++) {
    const vRow = values[r];
    const tRow = types[r];
    const row = (sheet.rows[b.row + r] ??= []);
    let fRow: (string | undefined)[] | undefined;
    for (let c = 0; c < b.cols; c++) {
      const v = fromExcelValue(vRow[c], tRow?.[c]);
      if (v !== null) row[b.col + c] = v;
      const f = formulas?.[r]?.[c];
      // A text cell entered as '=x reads back the same through `formulas` and `values`: not a formula.
      if (typeof f === "string" && f.startsWith("=") && !(tRow?.[c] === "String" && vRow[c] === f)) {
        fRow ??= sheet.formulas[b.row + r] ??= [];
        fRow[b.col + c] = f.slice(1);
      }
    }
  }
}

/** "'Ark 1'!A1:C9" → "A1:C9". */
export function stripSheet(address: string): string {
  const i = address.lastIndexOf("!");
  return i < 0 ? address : address.slice(i + 1);
}
