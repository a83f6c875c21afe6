/**
 * A recording fake of the part of the Excel JavaScript API the adapter uses, with Excel's rules where they
 * matter to the adapter:
 * - proxies and batches: calls are queued and take effect only at `context.sync()`, in order; reading a
 *   property that was not loaded and synced throws PropertyNotLoaded; a request stops at the first failing
 *   operation and keeps what ran before it;
 * - limits: a request over 5 MB (JSON of its queued actions) throws RequestPayloadSizeLimitExceeded before
 *   anything runs; an answer over the response limit throws ResponsePayloadSizeLimitExceeded; reading a range
 *   of more than 5,000,000 cells throws RangeExceedsLimit;
 * - typing semantics of `Range.values`: a string starting with "=" (or a non-numeric "+", "-", "@") becomes a
 *   formula, numbers, dates, booleans and error literals are converted, a leading apostrophe keeps the rest
 *   as text and is not part of the value;
 * - cell-edit mode (InvalidOperationInCellEditMode for the next N syncs, nothing runs), a configurable
 *   failure on the Nth operation, and requirement-set answers: a member above the supported ExcelApi
 *   version fails at sync with ApiNotFound, as a missing API does in Excel.
 * - sheet protection: on a protected sheet every change is refused (AccessDenied) except values typed into
 *   unlocked cells; `protection.options` reads back with a null option, as reported in OfficeDev/office-js#1931.
 * It records every member touched (`Class.member`), syncs, and bytes per request and response.
 * It does not calculate formulas or render.
 */
import {
  cellAddress,
  columnIndex,
  MAX_COLS,
  MAX_ROWS,
  parseRange,
  rangeAddress,
  type RangeRef,
} from "../../src/core/a1";
import { API_REQUIREMENTS, compareVersions } from "../../src/workbook/office/api-requirements";

export type FakeValue = string | number | boolean;

export interface FakeCell {
  /** What `values` reads: text, number, boolean, or the error text for an error cell. */
  value: FakeValue;
  type: "String" | "Double" | "Boolean" | "Error";
  formula?: string;
  numberFormat?: string;
  /** Entered with a leading apostrophe. */
  quotePrefix?: boolean;
}

export interface FakeConditionalFormat {
  id: number;
  range: string;
  type: string;
  formula: string;
  fill?: string;
  fontColor?: string;
}

export interface FakeSheet {
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  tabColor?: string;
  rows: (FakeCell | undefined)[][];
  numberFormats: Map<string, string>;
  conditionalFormats: FakeConditionalFormat[];
  validations: {
    range: string;
    rule: unknown;
    ignoreBlanks?: boolean;
    prompt?: unknown;
    errorAlert?: unknown;
  }[];
  hyperlinks: Map<string, { documentReference?: string; textToDisplay?: string }>;
  formats: { range: string; member: string; value: unknown }[];
  columnWidths: Map<number, number>;
  frozenRows: number;
  protection: { protected: boolean; options?: unknown; unlocked: string[] };
  charts: {
    type: string;
    source: string;
    seriesBy: string;
    title?: string;
    position?: string;
    /** Series formats set through the API (colour: fill or line colour). */
    series: { colour?: string; lineStyle?: string }[];
  }[];
  pageLayout: {
    orientation?: string;
    paperSize?: string;
    zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
    printTitleRows?: string;
    printTitleColumns?: string;
    /** Margins in points, by PageLayout member (leftMargin, ...). */
    margins?: Record<string, number>;
    /** headersFooters.defaultForAllPages, by HeaderFooter member (leftHeader, ...). */
    headerFooter?: Record<string, string>;
  };
}

export interface FakeTable {
  name: string;
  sheet: string;
  address: string;
  style?: string;
  /** The table shows a totals row (its last row). */
  showTotals?: boolean;
}

export interface RequestRecord {
  actions: number;
  bytes: number;
  responseBytes: number;
  ok: boolean;
}

export interface FakeOptions {
  /** Highest ExcelApi version the host supports (default "1.17"). */
  excelApi?: string;
  /** Largest request in bytes (default 5,000,000, Excel on the web). */
  requestLimit?: number;
  /** Largest response in bytes (default 5,000,000 as on the web; null for desktop/Mac without a limit). */
  responseLimit?: number | null;
  /** Most cells one range read may return (Excel: 5,000,000). */
  readCellLimit?: number;
  /** Where Excel runs (default: "web" when there is a response limit, else "desktop"). */
  platform?: "web" | "desktop";
}

export class FakeOfficeError extends Error {
  override name = "RichApi.Error";
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(
    readonly code: string,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.debugInfo = { code, message, errorLocation };
  }
}

type Action = { json: unknown; run: () => void; location: string };

const EXCEL_ERRORS = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#SPILL!",
  "#CALC!",
]);

/** Parses a value written through `Range.values` the way Excel parses typed input (en-US and nb-NO shapes). */
export function parseTyped(input: unknown): FakeCell | null | undefined {
  if (input === null || input === undefined) return undefined; // null leaves the cell unchanged
  if (typeof input === "number") return { value: input, type: "Double" };
  if (typeof input === "boolean") return { value: input, type: "Boolean" };
  const s = String(input);
  if (s === "") return null; // clears
  if (s.startsWith("'")) return { value: s.slice(1), type: "String", quotePrefix: true };
  if (s.startsWith("=") && s.length > 1) return { value: 0, type: "Double", formula: s };
  const compact = s.replace(/[\s\u00a0]/g, "");
  const num = /^[+-]?(\d+([.,]\d+)?|[.,]\d+)(e[+-]?\d+)?%?$/i.exec(compact);
  if (num) {
    const pct = compact.endsWith("%");
    const n = Number(compact.replace("%", "").replace(",", "."));
    return { value: pct ? n / 100 : n, type: "Double" };
  }
  if (/^\(\d+([.,]\d+)?\)$/.test(compact))
    return { value: -Number(compact.slice(1, -1).replace(",", ".")), type: "Double" };
  if (/^[+\-@]/.test(s)) return { value: "#NAME?", type: "Error", formula: `=${s.replace(/^@/, "")}` };
  if (EXCEL_ERRORS.has(s.trim().toUpperCase())) return { value: s.trim().toUpperCase(), type: "Error" };
  if (/^(true|false|sann|usann)$/i.test(s.trim()))
    return { value: /^(true|sann)$/i.test(s.trim()), type: "Boolean" };
  const date = /^(\d{1,4})[/.-](\d{1,2})(?:[/.-](\d{1,4}))?$/.exec(s.trim());
  if (date) {
    const [a, b, c] = [Number(date[1]), Number(date[2]), date[3] ? Number(date[3]) : 2026];
    const [y, m, d] = a > 31 ? [a, b, c] : [c < 100 ? 2000 + c : c, a, b];
    return { value: serial(y, m, d), type: "Double", numberFormat: "m/d/yyyy" };
  }
  if (/^\d{1,2}:\d{2}(:\d{2})?$/.test(s.trim())) {
    const [h, mi, se = 0] = s.trim().split(":").map(Number);
    return { value: (h * 3600 + mi * 60 + se) / 86400, type: "Double", numberFormat: "h:mm" };
  }
  if (/^\p{L}{3}[\s\-/]\d{1,4}$/u.test(s.trim())) return { value: serial(2026, 1, 1), type: "Double" };
  return { value: s, type: "String" };
}

function serial(y: number, m: number, d: number): number {
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000);
}

function intersects(a: RangeRef, b: RangeRef): boolean {
  return !(
    a.end.row < b.start.row ||
    b.end.row < a.start.row ||
    a.end.col < b.start.col ||
    b.end.col < a.start.col
  );
}

function cells(r: RangeRef): number {
  return (r.end.row - r.start.row + 1) * (r.end.col - r.start.col + 1);
}

export class FakeExcel {
  readonly sheets: FakeSheet[] = [];
  readonly tables: FakeTable[] = [];
  readonly properties = new Map<string, FakeValue>();
  workbookName = "Rapport.xlsx";
  /** The workbook counts dates from 1904 (Excel: File → Options → Advanced → Use 1904 date system). */
  date1904 = false;
  activeSheet: string | null = null;
  selection: string | null = null;
  calculationSuspended = 0;
  screenUpdatingSuspended = 0;

  /** Every member touched, in order. */
  readonly calls: string[] = [];
  readonly requests: RequestRecord[] = [];
  syncs = 0;
  /** Operations executed so far (across syncs). */
  operations = 0;
  /**
   * Fail one operation with `code`: the one with this 1-based number (counted across syncs), or the
   * `occurrence`-th (default 1st) operation at `location` (e.g. "Range.values", "WorksheetCollection.add").
   */
  failAt: { operation?: number; location?: string; occurrence?: number; code: string } | null = null;
  private locationCounts = new Map<string, number>();
  /** Refuse this many coming syncs with InvalidOperationInCellEditMode. */
  cellEditSyncs = 0;

  readonly excelApi: string;
  readonly requestLimit: number;
  readonly responseLimit: number | null;
  readonly readCellLimit: number;
  readonly platform: "web" | "desktop";

  private queue: Action[] = [];
  private cfId = 0;
  readonly context: Excel.RequestContext;

  constructor(options: FakeOptions = {}) {
    this.excelApi = options.excelApi ?? "1.17";
    this.requestLimit = options.requestLimit ?? 5_000_000;
    this.responseLimit = options.responseLimit === undefined ? 5_000_000 : options.responseLimit;
    this.readCellLimit = options.readCellLimit ?? 5_000_000;
    this.platform = options.platform ?? (this.responseLimit === null ? "desktop" : "web");
    this.context = new ContextProxy(this) as unknown as Excel.RequestContext;
  }

  // ---- requirement sets

  isSetSupported = (name: string, version: string): boolean =>
    name === "ExcelApi" && compareVersions(version, this.excelApi) <= 0;

  /** Options of the Excel.run in progress (delayForCellEdit). */
  runOptions: Excel.RunOptions | null = null;
  /** Syncs that waited for the user to leave cell-edit mode (Excel.run with delayForCellEdit). */
  delayedForCellEdit = 0;

  /** `Excel.run` stand-in: `run(batch)` or `run(options, batch)`. */
  run = async <T>(
    optionsOrBatch: Excel.RunOptions | ((context: Excel.RequestContext) => Promise<T>),
    maybeBatch?: (context: Excel.RequestContext) => Promise<T>,
  ): Promise<T> => {
    this.calls.push("Excel.run");
    const batch = typeof optionsOrBatch === "function" ? optionsOrBatch : maybeBatch!;
    this.runOptions = typeof optionsOrBatch === "function" ? null : optionsOrBatch;
    try {
      return await batch(this.context);
    } finally {
      this.runOptions = null;
    }
  };

  // ---- seeding and inspection

  addSheet(name: string, rows: unknown[][] = [], visibility: FakeSheet["visibility"] = "Visible"): FakeSheet {
    const s: FakeSheet = {
      name,
      visibility,
      rows: [],
      numberFormats: new Map(),
      conditionalFormats: [],
      validations: [],
      hyperlinks: new Map(),
      formats: [],
      columnWidths: new Map(),
      frozenRows: 0,
      protection: { protected: false, unlocked: [] },
      charts: [],
      pageLayout: {},
    };
    this.sheets.push(s);
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        const cell = parseTyped(v);
        if (cell) (s.rows[r] ??= [])[c] = cell;
      }),
    );
    return s;
  }

  /** Puts a cell directly (e.g. an error value or text that looks like one). */
  setCell(sheet: string, address: string, cell: FakeCell) {
    const r = parseRange(address)!;
    (this.sheet(sheet).rows[r.start.row] ??= [])[r.start.col] = cell;
  }

  addTable(name: string, sheet: string, address: string, showTotals = false) {
    this.tables.push({ name, sheet, address, showTotals });
  }

  sheet(name: string): FakeSheet {
    const s = this.findSheet(name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  findSheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  cell(sheet: string, address: string): FakeCell | undefined {
    const r = parseRange(address)!;
    return this.sheet(sheet).rows[r.start.row]?.[r.start.col];
  }

  /** Forgets syncs, requests and calls so far (after seeding a workbook through the adapter). */
  resetCounters() {
    this.calls.length = 0;
    this.requests.length = 0;
    this.syncs = 0;
    this.locationCounts.clear();
  }

  maxRequestBytes(): number {
    return Math.max(0, ...this.requests.map((r) => r.bytes));
  }

  // ---- the batch machinery used by the proxies

  /** Records a member; queues an action that fails at sync if the host lacks the member's requirement set. */
  record(member: string) {
    this.calls.push(member);
    const req = (API_REQUIREMENTS as Record<string, { set: string; version: string }>)[member];
    if (req && req.set === "ExcelApi" && !this.isSetSupported("ExcelApi", req.version)) {
      this.enqueue({ member }, member, () => {
        throw new FakeOfficeError("ApiNotFound", `${member} needs ExcelApi ${req.version}`, member);
      });
    }
  }

  enqueue(json: unknown, location: string, run: () => void) {
    this.queue.push({ json, location, run });
  }

  private pendingResults: (() => void)[] = [];
  private responseBytes = 0;

  /** Called by load actions while a sync runs: `deliver` hands the data to the proxy once the sync succeeds. */
  respond(data: unknown, deliver: () => void) {
    this.responseBytes += Buffer.byteLength(JSON.stringify(data) ?? "null", "utf8");
    this.pendingResults.push(deliver);
  }

  async sync(): Promise<void> {
    this.calls.push("RequestContext.sync");
    this.syncs++;
    const queue = this.queue;
    this.queue = [];
    const bytes = Buffer.byteLength(JSON.stringify(queue.map((a) => a.json)), "utf8");
    const record: RequestRecord = { actions: queue.length, bytes, responseBytes: 0, ok: false };
    this.requests.push(record);
    if (this.cellEditSyncs > 0) {
      // delayForCellEdit: "the batch request is delayed until the user exits cell edit mode"
      // (https://learn.microsoft.com/javascript/api/excel/excel.runoptions); without it the batch fails.
      if (this.runOptions?.delayForCellEdit) {
        this.delayedForCellEdit++;
        this.cellEditSyncs = 0;
      } else {
        this.cellEditSyncs--;
        throw new FakeOfficeError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode.");
      }
    }
    if (bytes > this.requestLimit)
      throw new FakeOfficeError(
        "RequestPayloadSizeLimitExceeded",
        "The request payload size has exceeded the limit.",
      );
    this.pendingResults = [];
    this.responseBytes = 0;
    for (const action of queue) {
      this.operations++;
      const seen = (this.locationCounts.get(action.location) ?? 0) + 1;
      this.locationCounts.set(action.location, seen);
      const f = this.failAt;
      if (
        f &&
        (f.operation === this.operations || (f.location === action.location && (f.occurrence ?? 1) === seen))
      )
        throw new FakeOfficeError(
          f.code,
          `Injected failure at operation ${this.operations}`,
          action.location,
        );
      action.run();
    }
    record.responseBytes = this.responseBytes;
    if (this.responseLimit !== null && this.responseBytes > this.responseLimit)
      throw new FakeOfficeError(
        "ResponsePayloadSizeLimitExceeded",
        "The response payload size has exceeded the limit.",
      );
    for (const deliver of this.pendingResults) deliver();
    this.calculationSuspended = 0;
    this.screenUpdatingSuspended = 0;
    record.ok = true;
  }

  // ---- model operations used by proxies at sync time

  resolveSheet(name: string, location: string): FakeSheet {
    const s = this.findSheet(name);
    if (!s)
      throw new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist: ${name}`, location);
    return s;
  }

  newConditionalFormatId(): number {
    return ++this.cfId;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Proxies. Each knows how to find its model object at sync time (`resolve`) and keeps what was loaded.

abstract class Proxy {
  protected loaded = new Map<string, unknown>();
  constructor(
    protected fake: FakeExcel,
    readonly path: string,
    protected className: string,
  ) {}

  protected get<T>(prop: string): T {
    if (!this.loaded.has(prop))
      throw new FakeOfficeError(
        "PropertyNotLoaded",
        `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    return this.loaded.get(prop) as T;
  }

  protected set(prop: string, value: unknown, apply: () => void) {
    this.fake.record(`${this.className}.${prop}`);
    this.fake.enqueue({ path: this.path, set: prop, value }, `${this.className}.${prop}`, apply);
  }

  protected call(method: string, args: unknown[], apply: () => void) {
    this.fake.record(`${this.className}.${method}`);
    this.fake.enqueue({ path: this.path, call: method, args }, `${this.className}.${method}`, apply);
  }

  protected nav(member: string) {
    this.fake.record(`${this.className}.${member}`);
  }

  /** Values for the given scalar properties, read from the model at sync time. */
  protected abstract read(prop: string): unknown;

  load(props: string) {
    const names = props
      .split(",")
      .map((p) => p.trim())
      .filter(Boolean);
    for (const n of names) this.fake.record(`${this.className}.${n}`);
    this.fake.enqueue({ path: this.path, load: names }, `${this.className}.load`, () => {
      const data = new Map(names.map((n) => [n, this.read(n)]));
      this.fake.respond(Object.fromEntries(data), () => data.forEach((v, k) => this.loaded.set(k, v)));
    });
    return this;
  }
}

abstract class CollectionProxy<T extends Proxy> extends Proxy {
  private itemProxies: T[] | null = null;
  protected abstract itemClass: string;
  protected abstract models(): unknown[];
  protected abstract makeItem(model: unknown, i: number): T;
  protected read(): unknown {
    return null;
  }
  override load(props: string) {
    const names = props.split(",").map((p) => p.trim().replace(/^items\//, ""));
    this.fake.record(`${this.className}.items`);
    for (const n of names) {
      const [nav, rest] = n.split("/");
      if (rest === undefined) this.fake.record(`${this.itemClass}.${n}`);
      else {
        this.fake.record(`${this.itemClass}.${nav}`);
        this.fake.record(`${NAV_CLASS[nav] ?? nav}.${rest}`);
      }
    }
    this.fake.enqueue({ path: this.path, load: props }, `${this.className}.load`, () => {
      const items = this.models().map((m, i) => this.makeItem(m, i));
      const data = items.map((it) =>
        Object.fromEntries(names.map((n) => [n, (it as unknown as ItemReader).readProp(n)])),
      );
      this.fake.respond(data, () => {
        items.forEach((it, i) => (it as unknown as ItemReader).accept(data[i]));
        this.itemProxies = items;
      });
    });
    return this;
  }
  get items(): T[] {
    if (!this.itemProxies)
      throw new FakeOfficeError(
        "PropertyNotLoaded",
        `The property 'items' is not available. Call load first.`,
      );
    return this.itemProxies;
  }
}

/** Classes of navigation properties that collection loads may reach into ("items/protection/protected"). */
const NAV_CLASS: Record<string, string> = { protection: "WorksheetProtection" };

interface ItemReader {
  readProp(n: string): unknown;
  accept(data: Record<string, unknown>): void;
}

class ContextProxy {
  private readonly wb: WorkbookProxy;
  private readonly app: ApplicationProxy;
  constructor(private fake: FakeExcel) {
    this.wb = new WorkbookProxy(fake);
    this.app = new ApplicationProxy(fake);
  }
  get workbook() {
    this.fake.calls.push("RequestContext.workbook");
    return this.wb;
  }
  get application() {
    this.fake.calls.push("RequestContext.application");
    return this.app;
  }
  sync() {
    return this.fake.sync();
  }
}

class ApplicationProxy {
  constructor(private fake: FakeExcel) {}
  suspendApiCalculationUntilNextSync() {
    this.fake.record("Application.suspendApiCalculationUntilNextSync");
    this.fake.enqueue(
      { call: "suspendApiCalculationUntilNextSync" },
      "Application",
      () => this.fake.calculationSuspended++,
    );
  }
  suspendScreenUpdatingUntilNextSync() {
    this.fake.record("Application.suspendScreenUpdatingUntilNextSync");
    this.fake.enqueue(
      { call: "suspendScreenUpdatingUntilNextSync" },
      "Application",
      () => this.fake.screenUpdatingSuspended++,
    );
  }
}

class WorkbookProxy extends Proxy {
  constructor(fake: FakeExcel) {
    super(fake, "workbook", "Workbook");
  }
  protected read(prop: string) {
    if (prop === "name") return this.fake.workbookName;
    throw new Error(`Workbook.${prop} not modelled`);
  }
  get name(): string {
    return this.get("name");
  }
  get worksheets() {
    this.nav("worksheets");
    return new WorksheetCollectionProxy(this.fake);
  }
  get tables() {
    this.nav("tables");
    return new TableCollectionProxy(this.fake, "workbook.tables", null);
  }
  get properties() {
    this.nav("properties");
    return new DocumentPropertiesProxy(this.fake);
  }
  get functions() {
    this.nav("functions");
    return new FunctionsProxy(this.fake);
  }
}

/** Worksheet functions, computed by the workbook: DATE counts days in the workbook's own date system. */
class FunctionsProxy {
  constructor(private fake: FakeExcel) {}
  date(year: number, month: number, day: number) {
    this.fake.record("Functions.date");
    const fake = this.fake;
    return new (class extends Proxy {
      protected read(prop: string) {
        if (prop !== "value") throw new Error(`FunctionResult.${prop} not modelled`);
        return serial(year, month, day) - (fake.date1904 ? 1462 : 0);
      }
      get value(): number {
        return this.get("value");
      }
    })(fake, "functions.date", "FunctionResult");
  }
}

class DocumentPropertiesProxy {
  constructor(private fake: FakeExcel) {}
  get custom() {
    this.fake.record("DocumentProperties.custom");
    return new CustomPropertyCollectionProxy(this.fake);
  }
}

class CustomPropertyProxy extends Proxy implements ItemReader {
  constructor(
    fake: FakeExcel,
    private propKey: string,
  ) {
    super(fake, `custom[${propKey}]`, "CustomProperty");
  }
  protected read(prop: string) {
    return this.readProp(prop);
  }
  readProp(n: string) {
    if (n === "key") return this.propKey;
    if (n === "value") return this.fake.properties.get(this.propKey);
    throw new Error(`CustomProperty.${n} not modelled`);
  }
  accept(data: Record<string, unknown>) {
    for (const [k, v] of Object.entries(data)) this.loaded.set(k, v);
  }
  get key(): string {
    return this.get("key");
  }
  get value(): unknown {
    return this.get("value");
  }
}

class CustomPropertyCollectionProxy extends CollectionProxy<CustomPropertyProxy> {
  protected itemClass = "CustomProperty";
  constructor(fake: FakeExcel) {
    super(fake, "workbook.properties.custom", "CustomPropertyCollection");
  }
  protected models() {
    return [...this.fake.properties.keys()];
  }
  protected makeItem(key: unknown) {
    return new CustomPropertyProxy(this.fake, key as string);
  }
  add(key: string, value: unknown) {
    this.call("add", [key, value], () => {
      if (!key)
        throw new FakeOfficeError("InvalidArgument", "Invalid property key", "CustomPropertyCollection.add");
      if (key.length > 255 && this.fake.platform !== "web") key = key.slice(0, 255);
      // "The value is limited to 255 characters outside of Excel on the web (larger values are automatically
      // trimmed to 255 characters on other platforms)":
      // https://learn.microsoft.com/javascript/api/excel/excel.custompropertycollection#excel-excel-custompropertycollection-add-member(1)
      if (typeof value === "string" && value.length > 255 && this.fake.platform !== "web")
        value = value.slice(0, 255);
      const existing = [...this.fake.properties.keys()].find((k) => k.toLowerCase() === key.toLowerCase());
      if (existing) this.fake.properties.delete(existing);
      this.fake.properties.set(key, value as FakeValue);
    });
    return new CustomPropertyProxy(this.fake, key);
  }
}

class WorksheetCollectionProxy extends CollectionProxy<WorksheetProxy> {
  protected itemClass = "Worksheet";
  constructor(fake: FakeExcel) {
    super(fake, "workbook.worksheets", "WorksheetCollection");
  }
  protected models() {
    return this.fake.sheets;
  }
  protected makeItem(model: unknown) {
    return new WorksheetProxy(this.fake, (model as FakeSheet).name);
  }
  getItem(name: string) {
    this.call("getItem", [name], () => void this.fake.resolveSheet(name, "WorksheetCollection.getItem"));
    return new WorksheetProxy(this.fake, name);
  }
  add(name: string) {
    this.call("add", [name], () => {
      if (this.fake.findSheet(name))
        throw new FakeOfficeError(
          "ItemAlreadyExists",
          `A sheet named ${name} already exists`,
          "WorksheetCollection.add",
        );
      if (!name || name.length > 31 || /[[\]:*?/\\]/.test(name))
        throw new FakeOfficeError("InvalidArgument", `Invalid sheet name ${name}`, "WorksheetCollection.add");
      this.fake.addSheet(name);
    });
    return new WorksheetProxy(this.fake, name);
  }
}

class WorksheetProxy extends Proxy implements ItemReader {
  constructor(
    fake: FakeExcel,
    private sheetName: string,
  ) {
    super(fake, `worksheets[${JSON.stringify(sheetName)}]`, "Worksheet");
  }
  model(location: string) {
    return this.fake.resolveSheet(this.sheetName, location);
  }
  protected read(prop: string) {
    return this.readProp(prop);
  }
  readProp(n: string) {
    const s = this.model("Worksheet.load");
    if (n === "name") return s.name;
    if (n === "visibility") return s.visibility;
    if (n === "protection/protected") return s.protection.protected;
    if (n === "protection/options") return protectionOptions(s);
    throw new Error(`Worksheet.${n} not modelled`);
  }
  accept(data: Record<string, unknown>) {
    for (const [k, v] of Object.entries(data)) this.loaded.set(k, v);
  }
  get name(): string {
    return this.get("name");
  }
  get visibility(): string {
    return this.get("visibility");
  }
  set visibility(v: string) {
    this.set("visibility", v, () => {
      this.model("Worksheet.visibility").visibility = v as FakeSheet["visibility"];
    });
  }
  set tabColor(v: string) {
    this.set("tabColor", v, () => {
      this.model("Worksheet.tabColor").tabColor = v;
    });
  }
  activate() {
    this.call("activate", [], () => {
      const s = this.model("Worksheet.activate");
      if (s.visibility !== "Visible")
        throw new FakeOfficeError("InvalidOperation", "Cannot activate a hidden sheet", "Worksheet.activate");
      this.fake.activeSheet = s.name;
    });
  }
  getRange(address?: string) {
    this.call("getRange", address === undefined ? [] : [address], () => {
      this.model("Worksheet.getRange");
      if (address !== undefined && !parseRange(address))
        throw new FakeOfficeError("InvalidArgument", `Bad address ${address}`, "Worksheet.getRange");
    });
    return new RangeProxy(this.fake, this, () =>
      address === undefined ? parseRange("A1:XFD1048576")! : parseRange(address)!,
    );
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number) {
    this.call("getRangeByIndexes", [row, col, rows, cols], () => {
      this.model("Worksheet.getRangeByIndexes");
      if (rows < 1 || cols < 1)
        throw new FakeOfficeError("InvalidArgument", "Empty range", "Worksheet.getRangeByIndexes");
    });
    return new RangeProxy(this.fake, this, () => ({
      start: { row, col },
      end: { row: row + rows - 1, col: col + cols - 1 },
    }));
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean) {
    this.call(
      "getUsedRangeOrNullObject",
      [valuesOnly ?? false],
      () => void this.model("Worksheet.getUsedRangeOrNullObject"),
    );
    return new RangeProxy(this.fake, this, () => usedRange(this.model("used")), true);
  }
  getUsedRange(valuesOnly?: boolean) {
    this.call("getUsedRange", [valuesOnly ?? false], () => void this.model("Worksheet.getUsedRange"));
    // A blank sheet's used range is A1, as in Excel.
    return new RangeProxy(this.fake, this, () => usedRange(this.model("used")) ?? parseRange("A1")!);
  }
  get tables() {
    this.nav("tables");
    return new TableCollectionProxy(this.fake, `${this.path}.tables`, this.sheetName);
  }
  get charts() {
    this.nav("charts");
    const fake = this.fake;
    const path = this.path;
    const model = (location: string) => this.model(location);
    return {
      add: (type: string, source: RangeProxy, seriesBy?: string) => {
        fake.record("ChartCollection.add");
        const chart = {
          type,
          source: "",
          // seriesBy is optional and "Auto" when left out.
          // https://learn.microsoft.com/javascript/api/excel/excel.chartcollection#excel-excel-chartcollection-add-member(1)
          seriesBy: seriesBy ?? "Auto",
          title: undefined as string | undefined,
          position: undefined as string | undefined,
          series: [] as { colour?: string; lineStyle?: string }[],
        };
        fake.enqueue(
          { path: `${path}.charts`, call: "add", args: [type, source.path, seriesBy] },
          "ChartCollection.add",
          () => {
            const ref = source.ref()!;
            chart.source = rangeAddress(ref);
            // The fake knows series by columns only (the add-in's choice): one per column after the first.
            if (seriesBy !== "Columns") throw new Error("the fake charts series by columns only");
            chart.series = Array.from({ length: ref.end.col - ref.start.col }, () => ({}));
            model("ChartCollection.add").charts.push(chart);
          },
        );
        return {
          get title() {
            fake.record("Chart.title");
            return {
              set text(t: string) {
                fake.record("ChartTitle.text");
                fake.enqueue({ set: "title.text", value: t }, "ChartTitle.text", () => (chart.title = t));
              },
            };
          },
          get series() {
            fake.record("Chart.series");
            return {
              getItemAt(i: number) {
                fake.record("ChartSeriesCollection.getItemAt");
                // A position past the last series is ItemNotFound when the request runs.
                // https://learn.microsoft.com/javascript/api/excel/excel.chartseriescollection#excel-excel-chartseriescollection-getitemat-member(1)
                const at = (location: string) => {
                  const s = chart.series[i];
                  if (!s) throw new FakeOfficeError("ItemNotFound", `No series ${i}`, location);
                  return s;
                };
                return {
                  get format() {
                    fake.record("ChartSeries.format");
                    return {
                      get fill() {
                        fake.record("ChartSeriesFormat.fill");
                        return {
                          setSolidColor(colour: string) {
                            fake.record("ChartFill.setSolidColor");
                            fake.enqueue(
                              { call: "setSolidColor", args: [colour] },
                              "ChartFill.setSolidColor",
                              () => (at("ChartFill.setSolidColor").colour = colour),
                            );
                          },
                        };
                      },
                      get line() {
                        fake.record("ChartSeriesFormat.line");
                        return {
                          set color(colour: string) {
                            fake.record("ChartLineFormat.color");
                            fake.enqueue(
                              { set: "line.color", value: colour },
                              "ChartLineFormat.color",
                              () => (at("ChartLineFormat.color").colour = colour),
                            );
                          },
                          set lineStyle(style: string) {
                            fake.record("ChartLineFormat.lineStyle");
                            fake.enqueue(
                              { set: "line.lineStyle", value: style },
                              "ChartLineFormat.lineStyle",
                              () => (at("ChartLineFormat.lineStyle").lineStyle = style),
                            );
                          },
                        };
                      },
                    };
                  },
                };
              },
            };
          },
          /**
           * setPosition(startCell, endCell?): without an end cell the chart keeps its size; with one it covers
           * the range from the start to the end cell. The fake records the covered range ("G2:O20") or the
           * start cell alone.
           * https://learn.microsoft.com/javascript/api/excel/excel.chart#excel-excel-chart-setposition-member(1)
           */
          setPosition(start: string, end?: string) {
            fake.record("Chart.setPosition");
            fake.enqueue(
              { call: "setPosition", args: end === undefined ? [start] : [start, end] },
              "Chart.setPosition",
              () => (chart.position = end === undefined ? start : `${start}:${end}`),
            );
          },
        };
      },
    };
  }
  get freezePanes() {
    this.nav("freezePanes");
    return {
      freezeRows: (n: number) => {
        this.fake.record("WorksheetFreezePanes.freezeRows");
        this.fake.enqueue(
          { path: this.path, call: "freezeRows", args: [n] },
          "WorksheetFreezePanes.freezeRows",
          () => {
            this.model("freezeRows").frozenRows = n;
          },
        );
      },
    };
  }
  get pageLayout() {
    this.nav("pageLayout");
    const fake = this.fake;
    const path = `${this.path}.pageLayout`;
    const model = (location: string) => this.model(location).pageLayout;
    const setter = (member: "orientation" | "paperSize" | "zoom") => (value: never) => {
      fake.record(`PageLayout.${member}`);
      fake.enqueue({ path, set: member, value }, `PageLayout.${member}`, () => {
        model(`PageLayout.${member}`)[member] = value;
      });
    };
    // Margins (points) and header/footer texts: recorded and stored as given; Excel's own checks are not modelled.
    const margin = (member: string) => (value: number) => {
      fake.record(`PageLayout.${member}`);
      fake.enqueue({ path, set: member, value }, `PageLayout.${member}`, () => {
        (model(`PageLayout.${member}`).margins ??= {})[member] = value;
      });
    };
    const headerFooterPlace = (member: string) => (value: string) => {
      fake.record(`HeaderFooter.${member}`);
      const at = `${path}.headersFooters.defaultForAllPages`;
      fake.enqueue({ path: at, set: member, value }, `HeaderFooter.${member}`, () => {
        (model(`HeaderFooter.${member}`).headerFooter ??= {})[member] = value;
      });
    };
    return {
      set leftMargin(v: number) {
        margin("leftMargin")(v);
      },
      set rightMargin(v: number) {
        margin("rightMargin")(v);
      },
      set topMargin(v: number) {
        margin("topMargin")(v);
      },
      set bottomMargin(v: number) {
        margin("bottomMargin")(v);
      },
      set headerMargin(v: number) {
        margin("headerMargin")(v);
      },
      set footerMargin(v: number) {
        margin("footerMargin")(v);
      },
      get headersFooters() {
        fake.record("PageLayout.headersFooters");
        return {
          get defaultForAllPages() {
            fake.record("HeaderFooterGroup.defaultForAllPages");
            return {
              set leftHeader(v: string) {
                headerFooterPlace("leftHeader")(v);
              },
              set centerHeader(v: string) {
                headerFooterPlace("centerHeader")(v);
              },
              set rightHeader(v: string) {
                headerFooterPlace("rightHeader")(v);
              },
              set leftFooter(v: string) {
                headerFooterPlace("leftFooter")(v);
              },
              set centerFooter(v: string) {
                headerFooterPlace("centerFooter")(v);
              },
              set rightFooter(v: string) {
                headerFooterPlace("rightFooter")(v);
              },
            };
          },
        };
      },
      set orientation(v: string) {
        setter("orientation")(v as never);
      },
      set paperSize(v: string) {
        setter("paperSize")(v as never);
      },
      set zoom(v: FakeSheet["pageLayout"]["zoom"]) {
        setter("zoom")(v as never);
      },
      setPrintTitleRows(rows: string) {
        fake.record("PageLayout.setPrintTitleRows");
        fake.enqueue(
          { path, call: "setPrintTitleRows", args: [rows] },
          "PageLayout.setPrintTitleRows",
          () => {
            if (!/^\$\d+:\$\d+$/.test(rows))
              throw new FakeOfficeError(
                "InvalidArgument",
                `bad rows ${rows}`,
                "PageLayout.setPrintTitleRows",
              );
            model("PageLayout.setPrintTitleRows").printTitleRows = rows;
          },
        );
      },
      setPrintTitleColumns(columns: string) {
        fake.record("PageLayout.setPrintTitleColumns");
        fake.enqueue(
          { path, call: "setPrintTitleColumns", args: [columns] },
          "PageLayout.setPrintTitleColumns",
          () => {
            if (!/^\$[A-Z]+:\$[A-Z]+$/.test(columns))
              throw new FakeOfficeError(
                "InvalidArgument",
                `bad columns ${columns}`,
                "PageLayout.setPrintTitleColumns",
              );
            model("PageLayout.setPrintTitleColumns").printTitleColumns = columns;
          },
        );
      },
    };
  }
  get protection() {
    this.nav("protection");
    const fake = this.fake;
    const path = this.path;
    const model = (location: string) => this.model(location);
    const loadedValue = (p: string, own: Map<string, unknown>, prop: string) =>
      this.loadedValue(p, own, prop);
    const own = new Map<string, unknown>();
    return {
      get protected(): boolean {
        fake.record("WorksheetProtection.protected");
        return loadedValue("protection/protected", own, "protected") as boolean;
      },
      get options(): unknown {
        fake.record("WorksheetProtection.options");
        return loadedValue("protection/options", own, "options");
      },
      load(props: string) {
        const names = props.split(",").map((p) => p.trim());
        for (const n of names) fake.record(`WorksheetProtection.${n}`);
        fake.enqueue({ path: path, load: `protection/${props}` }, "WorksheetProtection.load", () => {
          const s = model("WorksheetProtection.load");
          const data = new Map<string, unknown>(
            names.map((n) => [n, n === "protected" ? s.protection.protected : protectionOptions(s)]),
          );
          fake.respond(Object.fromEntries(data), () => data.forEach((v, k) => own.set(k, v)));
        });
        return this;
      },
      protect: (options?: unknown) => {
        fake.record("WorksheetProtection.protect");
        fake.enqueue({ path: path, call: "protect", args: [options] }, "WorksheetProtection.protect", () => {
          const s = model("protect");
          // Excel answers AccessDenied when protect() meets a protected sheet and unprotect() an unprotected one
          // (OfficeDev/office-js#6784, https://github.com/OfficeDev/office-js/issues/6784).
          if (s.protection.protected)
            throw new FakeOfficeError(
              "AccessDenied",
              "The sheet is already protected",
              "WorksheetProtection.protect",
            );
          if (options && Object.values(options).some((v) => v === null))
            throw new FakeOfficeError(
              "GeneralException",
              "There was an internal error while processing the request.",
              "WorksheetProtection.protect",
            );
          s.protection.protected = true;
          s.protection.options = options;
        });
      },
      unprotect: () => {
        fake.record("WorksheetProtection.unprotect");
        fake.enqueue({ path: path, call: "unprotect" }, "WorksheetProtection.unprotect", () => {
          const s = model("unprotect");
          if (!s.protection.protected)
            throw new FakeOfficeError(
              "AccessDenied",
              "The sheet is not protected",
              "WorksheetProtection.unprotect",
            );
          s.protection.protected = false;
        });
      },
    };
  }
  /** A property loaded through the collection ("protection/protected") or through its own load. */
  loadedValue(path: string, own: Map<string, unknown>, prop: string): unknown {
    if (own.has(prop)) return own.get(prop);
    return this.get(path);
  }
}

/** What Excel answers for `protection.options`: every option, with a null where Excel has none (OfficeDev/office-js#1931). */
function protectionOptions(s: FakeSheet): Record<string, boolean | null> {
  const set = (s.protection.options ?? {}) as Record<string, boolean>;
  const names = [
    "allowAutoFilter",
    "allowDeleteColumns",
    "allowDeleteRows",
    "allowEditObjects",
    "allowEditScenarios",
    "allowFormatCells",
    "allowFormatColumns",
    "allowFormatRows",
    "allowInsertColumns",
    "allowInsertHyperlinks",
    "allowInsertRows",
    "allowPivotTables",
    "allowSort",
  ];
  // selectionMode reads back as set ("Normal", "Unlocked", "None"), null when never set.
  const mode = (s.protection.options as { selectionMode?: string } | undefined)?.selectionMode ?? null;
  return { ...Object.fromEntries(names.map((n) => [n, set[n] ?? false])), selectionMode: mode } as Record<
    string,
    boolean | null
  >;
}

function usedRange(s: FakeSheet): RangeRef | null {
  let minR = Infinity;
  let maxR = -1;
  let minC = Infinity;
  let maxC = -1;
  s.rows.forEach((row, r) => {
    if (!row) return;
    row.forEach((cell, c) => {
      if (!cell) return;
      minR = Math.min(minR, r);
      maxR = Math.max(maxR, r);
      minC = Math.min(minC, c);
      maxC = Math.max(maxC, c);
    });
  });
  return maxR < 0 ? null : { start: { row: minR, col: minC }, end: { row: maxR, col: maxC } };
}

class RangeProxy extends Proxy {
  private resolvedNull: boolean | null = null;
  constructor(
    fake: FakeExcel,
    readonly worksheet: WorksheetProxy,
    readonly ref: () => RangeRef | null,
    nullable = false,
  ) {
    super(fake, `${worksheet.path}.range(${nullable ? "used" : ""})`, "Range");
    if (nullable) {
      fake.enqueue({ path: this.path, resolve: true }, "Range", () => {
        const isNull = this.ref() === null;
        fake.respond({ isNullObject: isNull }, () => (this.resolvedNull = isNull));
      });
    }
  }
  getRow(row: number) {
    this.call("getRow", [row], () => void this.area());
    return new RangeProxy(this.fake, this.worksheet, () => {
      const r = this.area();
      return {
        start: { row: r.start.row + row, col: r.start.col },
        end: { row: r.start.row + row, col: r.end.col },
      };
    });
  }
  getResizedRange(deltaRows: number, deltaColumns: number) {
    this.call("getResizedRange", [deltaRows, deltaColumns], () => {
      const r = this.area();
      if (r.end.row + deltaRows >= MAX_ROWS || r.end.col + deltaColumns >= MAX_COLS)
        throw new FakeOfficeError(
          "InvalidArgument",
          "The range would extend past the sheet.",
          "Range.getResizedRange",
        );
    });
    return new RangeProxy(this.fake, this.worksheet, () => {
      const r = this.area();
      return { start: r.start, end: { row: r.end.row + deltaRows, col: r.end.col + deltaColumns } };
    });
  }
  get isNullObject(): boolean {
    this.fake.record("Range.isNullObject");
    if (this.resolvedNull === null)
      throw new FakeOfficeError("PropertyNotLoaded", "isNullObject is known only after sync");
    return this.resolvedNull;
  }
  sheetModel() {
    return this.worksheet.model("Range");
  }
  area(): RangeRef {
    const r = this.ref();
    if (!r) throw new FakeOfficeError("InvalidOperation", "The range is a null object", "Range");
    return r;
  }
  protected read(prop: string): unknown {
    if (this.ref() === null) return null; // a null object loads as nothing
    const r = this.area();
    const s = this.sheetModel();
    const readsCells = ["values", "valueTypes", "formulas", "numberFormat", "text"].includes(prop);
    if (readsCells && cells(r) > this.fake.readCellLimit)
      throw new FakeOfficeError(
        "RangeExceedsLimit",
        "The cell count in the range has exceeded the maximum supported number.",
        `Range.${prop}`,
      );
    const grid = (f: (c: FakeCell | undefined, row: number, col: number) => unknown) =>
      Array.from({ length: r.end.row - r.start.row + 1 }, (_, i) =>
        Array.from({ length: r.end.col - r.start.col + 1 }, (_, j) => {
          const row = r.start.row + i;
          const col = r.start.col + j;
          return f(s.rows[row]?.[col], row, col);
        }),
      );
    switch (prop) {
      case "address":
        return `${quote(s.name)}!${rangeAddress(r)}`;
      case "rowIndex":
        return r.start.row;
      case "columnIndex":
        return r.start.col;
      case "rowCount":
        return r.end.row - r.start.row + 1;
      case "columnCount":
        return r.end.col - r.start.col + 1;
      case "values":
        return grid((c) => (c ? c.value : ""));
      case "valueTypes":
        return grid((c) => (c ? c.type : "Empty"));
      case "formulas":
        return grid((c) => (c ? (c.formula ?? c.value) : ""));
      case "numberFormat":
        return grid(
          (c, row, col) => c?.numberFormat ?? s.numberFormats.get(cellAddress(row, col)) ?? "General",
        );
    }
    throw new Error(`Range.${prop} not modelled`);
  }
  get address(): string {
    return this.get("address");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  get values(): unknown[][] {
    return this.get("values");
  }
  set values(v: unknown[][]) {
    this.set("values", v, () => {
      this.guard("Range.values", true);
      const r = this.area();
      checkDims(r, v, "Range.values");
      const s = this.sheetModel();
      v.forEach((row, i) =>
        row.forEach((input, j) => {
          const cell = parseTyped(input);
          if (cell === undefined) return;
          const rr = r.start.row + i;
          const cc = r.start.col + j;
          const existingFormat = s.rows[rr]?.[cc]?.numberFormat;
          if (cell === null) {
            if (s.rows[rr]) s.rows[rr][cc] = undefined;
            return;
          }
          if (existingFormat && !cell.numberFormat) cell.numberFormat = existingFormat;
          (s.rows[rr] ??= [])[cc] = cell;
        }),
      );
    });
  }
  get valueTypes(): string[][] {
    return this.get("valueTypes");
  }
  get formulas(): unknown[][] {
    return this.get("formulas");
  }
  set numberFormat(v: unknown[][]) {
    this.set("numberFormat", v, () => {
      this.guard("Range.numberFormat");
      const r = this.area();
      checkDims(r, v, "Range.numberFormat");
      const s = this.sheetModel();
      v.forEach((row, i) =>
        row.forEach((f, j) => {
          if (f === null || f === undefined) return;
          const rr = r.start.row + i;
          const cc = r.start.col + j;
          const cell = s.rows[rr]?.[cc];
          if (cell) cell.numberFormat = String(f);
          else s.numberFormats.set(cellAddress(rr, cc), String(f));
        }),
      );
    });
  }
  set hyperlink(v: { documentReference?: string; textToDisplay?: string }) {
    this.set("hyperlink", v, () => {
      this.guard("Range.hyperlink");
      const r = this.area();
      const s = this.sheetModel();
      s.hyperlinks.set(rangeAddress(r), v);
      if (v.textToDisplay !== undefined)
        (s.rows[r.start.row] ??= [])[r.start.col] = { value: v.textToDisplay, type: "String" };
    });
  }
  select() {
    this.call("select", [], () => {
      const s = this.sheetModel();
      if (this.fake.activeSheet !== s.name)
        throw new FakeOfficeError("InvalidOperation", "Select needs the sheet active", "Range.select");
      this.fake.selection = `${s.name}!${rangeAddress(this.area())}`;
    });
  }
  get format() {
    this.nav("format");
    return formatProxy(this.fake, this);
  }
  get dataValidation() {
    this.nav("dataValidation");
    return dataValidationProxy(this.fake, this);
  }
  get conditionalFormats() {
    this.nav("conditionalFormats");
    return new ConditionalFormatCollectionProxy(this.fake, this);
  }
  recordFormat(member: string, value: unknown) {
    this.fake.record(member);
    this.fake.enqueue({ path: this.path, set: member, value }, member, () => {
      if (member !== "RangeFormat.columnWidth") this.guard(member);
      const s = this.sheetModel();
      const r = this.area();
      if (member === "RangeFormat.columnWidth") {
        for (let c = r.start.col; c <= r.end.col; c++) s.columnWidths.set(c, value as number);
      } else if (member === "FormatProtection.locked" && value === false) {
        s.protection.unlocked.push(rangeAddress(r));
      } else {
        s.formats.push({ range: rangeAddress(r), member, value });
      }
    });
  }
  sheetName(): string {
    return this.sheetModel().name;
  }
  /** Excel refuses changes to a protected sheet, except values typed into its unlocked cells. */
  guard(location: string, valuesOnly = false) {
    const s = this.sheetModel();
    if (!s.protection.protected) return;
    const r = this.area();
    const inside = s.protection.unlocked.some((u) => {
      const ur = parseRange(u)!;
      return (
        ur.start.row <= r.start.row &&
        ur.start.col <= r.start.col &&
        ur.end.row >= r.end.row &&
        ur.end.col >= r.end.col
      );
    });
    if (!(valuesOnly && inside))
      throw new FakeOfficeError(
        "AccessDenied",
        "The cell or chart you're trying to change is on a protected sheet.",
        location,
      );
  }
}

function quote(name: string) {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function checkDims(r: RangeRef, v: unknown[][], location: string) {
  const rows = r.end.row - r.start.row + 1;
  const cols = r.end.col - r.start.col + 1;
  if (!Array.isArray(v) || v.length !== rows || v.some((row) => !Array.isArray(row) || row.length !== cols))
    throw new FakeOfficeError(
      "InvalidArgument",
      "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
      location,
    );
}

function formatProxy(fake: FakeExcel, range: RangeProxy) {
  const setter = (member: string) => (v: unknown) => range.recordFormat(member, v);
  return {
    set columnWidth(v: number) {
      setter("RangeFormat.columnWidth")(v);
    },
    set rowHeight(v: number) {
      setter("RangeFormat.rowHeight")(v);
    },
    set wrapText(v: boolean) {
      setter("RangeFormat.wrapText")(v);
    },
    set horizontalAlignment(v: string) {
      setter("RangeFormat.horizontalAlignment")(v);
    },
    get font() {
      fake.record("RangeFormat.font");
      return {
        set bold(v: boolean) {
          setter("RangeFont.bold")(v);
        },
        set italic(v: boolean) {
          setter("RangeFont.italic")(v);
        },
        set color(v: string) {
          setter("RangeFont.color")(v);
        },
      };
    },
    get fill() {
      fake.record("RangeFormat.fill");
      return {
        set color(v: string) {
          setter("RangeFill.color")(v);
        },
      };
    },
    get protection() {
      fake.record("RangeFormat.protection");
      return {
        set locked(v: boolean) {
          setter("FormatProtection.locked")(v);
        },
      };
    },
  };
}

function dataValidationProxy(fake: FakeExcel, range: RangeProxy) {
  const entry = () => {
    const s = fake.sheet(range.sheetName());
    const address = rangeAddress(range.ref()!);
    let v = s.validations.find((x) => x.range === address);
    if (!v) {
      v = { range: address, rule: null };
      s.validations.push(v);
    }
    return v;
  };
  const set = (member: string, value: unknown, apply: (v: ReturnType<typeof entry>) => void) => {
    fake.record(`DataValidation.${member}`);
    fake.enqueue(
      { path: range.path, set: `dataValidation.${member}`, value },
      `DataValidation.${member}`,
      () => {
        range.guard(`DataValidation.${member}`);
        apply(entry());
      },
    );
  };
  return {
    clear() {
      fake.record("DataValidation.clear");
      fake.enqueue({ path: range.path, call: "dataValidation.clear" }, "DataValidation.clear", () => {
        range.guard("DataValidation.clear");
        const s = fake.sheet(range.sheetName());
        const r = range.ref()!;
        for (let i = s.validations.length - 1; i >= 0; i--) {
          const other = parseRange(s.validations[i].range)!;
          if (intersects(other, r)) s.validations.splice(i, 1);
        }
      });
    },
    set rule(v: unknown) {
      set("rule", v, (e) => {
        const rule = v as Record<string, { source?: string }>;
        if (
          rule.list &&
          typeof rule.list.source === "string" &&
          rule.list.source.startsWith("=") &&
          !parseSheetRef(rule.list.source)
        )
          throw new FakeOfficeError("InvalidArgument", "Invalid list source", "DataValidation.rule");
        e.rule = v;
      });
    },
    set ignoreBlanks(v: boolean) {
      set("ignoreBlanks", v, (e) => (e.ignoreBlanks = v));
    },
    set prompt(v: unknown) {
      set("prompt", v, (e) => (e.prompt = v));
    },
    set errorAlert(v: unknown) {
      set("errorAlert", v, (e) => (e.errorAlert = v));
    },
  };
}

/** "=Katalog!$A$2:$A$77" → true when it names a range (a sheet-qualified or plain one). */
function parseSheetRef(formula: string): boolean {
  const body = formula.slice(1);
  const i = body.lastIndexOf("!");
  const addr = (i < 0 ? body : body.slice(i + 1)).replace(/\$/g, "");
  return parseRange(addr) !== null || columnIndex(addr) >= 0;
}

class ConditionalFormatProxy extends Proxy implements ItemReader {
  constructor(
    fake: FakeExcel,
    private model: () => FakeConditionalFormat,
    private onDelete: () => void,
  ) {
    super(fake, "conditionalFormat", "ConditionalFormat");
  }
  protected read(prop: string) {
    return this.readProp(prop);
  }
  readProp(n: string) {
    if (n === "type") return this.model().type;
    throw new Error(`ConditionalFormat.${n} not modelled`);
  }
  accept(data: Record<string, unknown>) {
    for (const [k, v] of Object.entries(data)) this.loaded.set(k, v);
  }
  get type(): string {
    return this.get("type");
  }
  delete() {
    this.call("delete", [], this.onDelete);
  }
  get custom() {
    this.nav("custom");
    const fake = this.fake;
    const model = this.model;
    const rule = new (class extends Proxy {
      protected read(prop: string) {
        if (prop === "formula") return model().formula;
        throw new Error(prop);
      }
      get formula(): string {
        return this.get("formula");
      }
      set formula(v: string) {
        this.set("formula", v, () => (model().formula = v));
      }
    })(fake, "custom.rule", "ConditionalFormatRule");
    return {
      get rule() {
        fake.record("CustomConditionalFormat.rule");
        return rule;
      },
      get format() {
        fake.record("CustomConditionalFormat.format");
        return {
          get fill() {
            fake.record("ConditionalRangeFormat.fill");
            return {
              set color(v: string) {
                fake.record("ConditionalRangeFill.color");
                fake.enqueue(
                  { set: "fill.color", value: v },
                  "ConditionalRangeFill.color",
                  () => (model().fill = v),
                );
              },
            };
          },
          get font() {
            fake.record("ConditionalRangeFormat.font");
            return {
              set color(v: string) {
                fake.record("ConditionalRangeFont.color");
                fake.enqueue(
                  { set: "font.color", value: v },
                  "ConditionalRangeFont.color",
                  () => (model().fontColor = v),
                );
              },
            };
          },
        };
      },
    };
  }
}

class ConditionalFormatCollectionProxy extends CollectionProxy<ConditionalFormatProxy> {
  protected itemClass = "ConditionalFormat";
  constructor(
    fake: FakeExcel,
    private range: RangeProxy,
  ) {
    super(fake, `${range.path}.conditionalFormats`, "ConditionalFormatCollection");
  }
  private sheetModel() {
    return this.fake.sheet(this.range.sheetName());
  }
  protected models() {
    const r = this.range.ref()!;
    return this.sheetModel().conditionalFormats.filter((cf) => intersects(parseRange(cf.range)!, r));
  }
  protected makeItem(model: unknown) {
    const cf = model as FakeConditionalFormat;
    return new ConditionalFormatProxy(
      this.fake,
      () => cf,
      () => {
        this.range.guard("ConditionalFormat.delete");
        const list = this.sheetModel().conditionalFormats;
        const i = list.indexOf(cf);
        if (i < 0)
          throw new FakeOfficeError(
            "ItemNotFound",
            "Conditional format already deleted",
            "ConditionalFormat.delete",
          );
        list.splice(i, 1);
      },
    );
  }
  add(type: string) {
    let created: FakeConditionalFormat | null = null;
    this.call("add", [type], () => {
      this.range.guard("ConditionalFormatCollection.add");
      created = {
        id: this.fake.newConditionalFormatId(),
        range: rangeAddress(this.range.ref()!),
        type,
        formula: "",
      };
      this.sheetModel().conditionalFormats.push(created);
    });
    return new ConditionalFormatProxy(
      this.fake,
      () => {
        if (!created)
          throw new FakeOfficeError(
            "InvalidOperation",
            "Conditional format not created",
            "ConditionalFormat",
          );
        return created;
      },
      () => undefined,
    );
  }
}

class TableProxy extends Proxy implements ItemReader {
  constructor(
    fake: FakeExcel,
    private model: () => FakeTable,
  ) {
    super(fake, "table", "Table");
  }
  protected read(prop: string) {
    return this.readProp(prop);
  }
  readProp(n: string) {
    if (n === "name") return this.model().name;
    // https://learn.microsoft.com/javascript/api/excel/excel.table#excel-excel-table-showtotals-member
    if (n === "showTotals") return this.model().showTotals === true;
    throw new Error(`Table.${n} not modelled`);
  }
  accept(data: Record<string, unknown>) {
    for (const [k, v] of Object.entries(data)) this.loaded.set(k, v);
  }
  get name(): string {
    return this.get("name");
  }
  get showTotals(): boolean {
    return this.get("showTotals");
  }
  set name(v: string) {
    this.set("name", v, () => {
      if (this.fake.tables.some((t) => t !== this.model() && t.name.toLowerCase() === v.toLowerCase()))
        throw new FakeOfficeError("ItemAlreadyExists", `A table named ${v} exists`, "Table.name");
      this.model().name = v;
    });
  }
  set style(v: string) {
    this.set("style", v, () => (this.model().style = v));
  }
  get worksheet() {
    this.nav("worksheet");
    const proxy = new LazyWorksheetProxy(this.fake, () => this.model().sheet);
    return proxy as unknown as WorksheetProxy;
  }
  getRange() {
    this.call("getRange", [], () => void this.model());
    return this.tableRange((r) => r);
  }
  getHeaderRowRange() {
    this.call("getHeaderRowRange", [], () => void this.model());
    return this.tableRange((r) => ({ start: r.start, end: { row: r.start.row, col: r.end.col } }));
  }
  private tableRange(pick: (r: RangeRef) => RangeRef) {
    const ws = new LazyWorksheetProxy(this.fake, () => this.model().sheet) as unknown as WorksheetProxy;
    return new RangeProxy(this.fake, ws, () => pick(parseRange(this.model().address)!));
  }
}

/** A worksheet proxy whose sheet name is known only at sync time (a table's worksheet). */
class LazyWorksheetProxy extends WorksheetProxy {
  constructor(
    fake: FakeExcel,
    private nameAtSync: () => string,
  ) {
    super(fake, "");
  }
  override model(location: string) {
    return this.fake.resolveSheet(this.nameAtSync(), location);
  }
}

class TableCollectionProxy extends CollectionProxy<TableProxy> {
  protected itemClass = "Table";
  constructor(
    fake: FakeExcel,
    path: string,
    private sheetName: string | null,
  ) {
    super(fake, path, "TableCollection");
  }
  protected models() {
    return this.fake.tables.filter(
      (t) => this.sheetName === null || t.sheet.toLowerCase() === this.sheetName.toLowerCase(),
    );
  }
  protected makeItem(model: unknown) {
    return new TableProxy(this.fake, () => model as FakeTable);
  }
  /**
   * TableCollection.add (https://learn.microsoft.com/javascript/api/excel/excel.tablecollection#excel-excel-tablecollection-add-member(1)):
   * "If the address does not contain a sheet name, the currently-active sheet is used", also on a worksheet's own
   * collection; a Range (ExcelApi 1.3) names its sheet itself. A range of only a header row gets one empty data
   * row, as Excel does (a table always has a data row: OfficeDev/office-js#196, #1197).
   */
  add(address: string | RangeProxy, hasHeaders: boolean) {
    let created: FakeTable | null = null;
    const shown = typeof address === "string" ? address : { range: address.path };
    this.call("add", [shown, hasHeaders], () => {
      let sheet: FakeSheet;
      let r: RangeRef | null;
      if (typeof address === "string") {
        const bang = address.lastIndexOf("!");
        const sheetName =
          bang >= 0
            ? address
                .slice(0, bang)
                .replace(/^'(.*)'$/, "$1")
                .replace(/''/g, "'")
            : (this.fake.activeSheet ?? this.fake.sheets.find((x) => x.visibility === "Visible")?.name);
        sheet = this.fake.resolveSheet(sheetName ?? "", "TableCollection.add");
        r = parseRange(bang >= 0 ? address.slice(bang + 1) : address);
      } else {
        sheet = address.sheetModel();
        r = address.area();
      }
      if (sheet.protection.protected)
        throw new FakeOfficeError("AccessDenied", "The sheet is protected.", "TableCollection.add");
      if (!r)
        throw new FakeOfficeError(
          "InvalidArgument",
          `Bad table range ${String(shown)}`,
          "TableCollection.add",
        );
      if (r.end.row === r.start.row && hasHeaders)
        r = { start: r.start, end: { row: r.end.row + 1, col: r.end.col } };
      for (const t of this.fake.tables) {
        if (t.sheet.toLowerCase() === sheet.name.toLowerCase() && intersects(parseRange(t.address)!, r))
          throw new FakeOfficeError(
            "InvalidOperation",
            "A table can't overlap another table.",
            "TableCollection.add",
          );
      }
      let n = this.fake.tables.length + 1;
      while (this.fake.tables.some((t) => t.name === `Table${n}`)) n++;
      created = { name: `Table${n}`, sheet: sheet.name, address: rangeAddress(r) };
      this.fake.tables.push(created);
      // Excel fills empty header cells with Column1, Column2, ...
      for (let c = r.start.col; c <= r.end.col; c++) {
        const row = (sheet.rows[r.start.row] ??= []);
        if (!row[c]) row[c] = { value: `Column${c - r.start.col + 1}`, type: "String" };
      }
    });
    return new TableProxy(this.fake, () => {
      if (!created) throw new FakeOfficeError("InvalidOperation", "Table not created", "Table");
      return created;
    });
  }
}
