/**
 * .xlsx → WorkbookSnapshot. Pure TypeScript on Uint8Array (runs in Node and in the browser): fflate inflates
 * the parts, a streaming tag scanner reads them (no DOM), and every limit is checked before work is done.
 */
import { cellAddress, MAX_COLS, MAX_ROWS, parseRange } from "../../core/a1";
import {
  DATE_1904_OFFSET,
  type CellValue,
  type DataValidationInfo,
  type ReadNote,
  type SheetSnapshot,
  type SheetVisibility,
  type TableSnapshot,
  type WorkbookSnapshot,
} from "../../core/model/snapshot";
import { XlsxReadError } from "./errors";
import { fromFileFormula, shiftFormula } from "./formula";
import {
  attr,
  decodeEntities,
  decodeXstring,
  parseAttrsOf,
  scanXml,
  XmlError,
  type Attrs,
  type XmlHandler,
} from "./xml";
import { ZipArchive, type InflateRaw } from "./zip";

export interface ReadXlsxOptions {
  /** Sheets whose cells are read (by name); the others get name and visibility only. Default: all. */
  sheets?: (name: string) => boolean;
  /** Cap on the sum of uncompressed part sizes. Default 256 MB. */
  maxTotalBytes?: number;
  /** Cap on one part's compression ratio (parts above 1 MB). Default 500. */
  maxRatio?: number;
  /** Cap on non-empty cells in the whole workbook. Default 5,000,000. */
  maxCells?: number;
  /** Called after each sheet is read. */
  onProgress?: (p: { sheet: string; done: number; total: number }) => void;
  /** A faster raw inflate where the platform has one (Node's zlib); default fflate. See `InflateRaw`. */
  inflateRaw?: InflateRaw;
}

export const READ_LIMITS = {
  maxTotalBytes: 256 * 1024 * 1024,
  maxRatio: 500,
  ratioFloorBytes: 1024 * 1024,
  maxCells: 5_000_000,
  /** Excel's own limit on the length of a cell's text. */
  maxStringLength: 32_767,
};

const NS_REL_TABLE = "/table";
const NS_REL_SST = "/sharedStrings";
const NS_REL_WORKSHEET = "/worksheet";
const NS_REL_DOC = "/officeDocument";
const NS_REL_CUSTOM = "/custom-properties";

export function readXlsx(
  bytes: Uint8Array,
  fileName: string,
  options: ReadXlsxOptions = {},
): WorkbookSnapshot {
  sniff(bytes, fileName);
  const zip = new ZipArchive(bytes, fileName, options.inflateRaw);
  zip.checkLimits({
    maxTotalBytes: options.maxTotalBytes ?? READ_LIMITS.maxTotalBytes,
    maxRatio: options.maxRatio ?? READ_LIMITS.maxRatio,
    ratioFloorBytes: READ_LIMITS.ratioFloorBytes,
  });
  const reader = new Reader(zip, fileName, options);
  return reader.read();
}

/** Recognises the common wrong inputs from their first bytes, with a message that says what to do. */
function sniff(b: Uint8Array, fileName: string): void {
  if (b.length === 0) {
    throw new XlsxReadError("empty-file", fileName);
  }
  if (b.length >= 8 && b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0) {
    // An OLE compound file: an encrypted .xlsx (EncryptionInfo stream) or an old binary .xls.
    if (containsUtf16(b, "EncryptionInfo")) {
      throw new XlsxReadError("encrypted", fileName);
    }
    throw new XlsxReadError("xls", fileName);
  }
  if (b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && (b[2] === 3 || b[2] === 5)) return;
  let text = true;
  for (let i = 0; i < Math.min(b.length, 4096); i++) {
    const c = b[i];
    if (c === 0 || (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12)) {
      text = false;
      break;
    }
  }
  if (text) {
    throw new XlsxReadError("text-file", fileName);
  }
  throw new XlsxReadError("not-a-zip", fileName);
}

function containsUtf16(b: Uint8Array, word: string): boolean {
  const first = word.charCodeAt(0);
  const limit = Math.min(b.length, 1 << 22) - word.length * 2;
  outer: for (let i = 0; i < limit; i++) {
    if (b[i] !== first || b[i + 1] !== 0) continue;
    for (let k = 1; k < word.length; k++) {
      if (b[i + 2 * k] !== word.charCodeAt(k) || b[i + 2 * k + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}

interface Rel {
  type: string;
  target: string;
}

/** Resolves a relationship target against the folder of the part that holds it. */
function resolvePath(base: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = base.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== "." && seg !== "") parts.push(seg);
  }
  return parts.join("/");
}

function relsPathOf(part: string): string {
  const i = part.lastIndexOf("/");
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

/** Excel serial number (1900 system) of an ISO 8601 date-time. */
function isoToSerial(iso: string): number | null {
  const t = Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(iso) || iso.length <= 10 ? iso : `${iso}Z`);
  if (Number.isNaN(t)) return null;
  return (t - Date.UTC(1899, 11, 30)) / 86_400_000;
}

class Reader {
  private readonly notes: ReadNote[] = [];
  private cells = 0;
  private readonly maxCells: number;
  private sst: string[] = [];
  private date1904 = false;

  constructor(
    private readonly zip: ZipArchive,
    private readonly fileName: string,
    private readonly options: ReadXlsxOptions,
  ) {
    this.maxCells = options.maxCells ?? READ_LIMITS.maxCells;
  }

  private text(part: string): string | null {
    const data = this.zip.read(part);
    if (!data) return null;
    if (data.length >= 2 && data[0] === 0xff && data[1] === 0xfe)
      return new TextDecoder("utf-16le").decode(data);
    return new TextDecoder("utf-8").decode(data);
  }

  private scan(part: string, xml: string, h: XmlHandler): void {
    try {
      scanXml(xml, h);
    } catch (e) {
      throw e instanceof XmlError ? this.invalidXml(part, e) : e;
    }
  }

  private invalidXml(part: string, e: XmlError): XlsxReadError {
    return new XlsxReadError("invalid-xml", this.fileName, `${part}: ${e.message}`);
  }

  /** A package with parts or relationships missing: reported as damaged, never read as empty sheets. */
  private damaged(detail: string): XlsxReadError {
    return new XlsxReadError("damaged", this.fileName, detail);
  }

  private rels(part: string): Map<string, Rel> {
    const map = new Map<string, Rel>();
    const xml = this.text(relsPathOf(part));
    if (xml === null) return map;
    this.scan(relsPathOf(part), xml, {
      open: (name, a) => {
        if (name === "Relationship" && a.Id && a.Target && a.TargetMode !== "External") {
          map.set(a.Id, { type: a.Type ?? "", target: resolvePath(part, a.Target) });
        }
      },
    });
    return map;
  }

  read(): WorkbookSnapshot {
    const { zip, fileName } = this;
    const types = this.text("[Content_Types].xml");
    if (types === null) {
      if (zip.has("mimetype") || zip.has("content.xml")) {
        throw new XlsxReadError("ods", fileName);
      }
      // Workbook parts without the package's table of contents: an .xlsx with parts missing.
      if (zip.hasPrefix("xl/")) throw this.damaged("[Content_Types].xml is missing");
      throw new XlsxReadError("not-xlsx", fileName);
    }
    if (/macroEnabled\.main\+xml|vnd\.ms-excel\.(sheet|template)\.macroEnabled/i.test(types)) {
      throw new XlsxReadError("xlsm", fileName);
    }
    if (/sheet\.binary\.macroEnabled|ms-excel\.sheet\.binary/i.test(types)) {
      throw new XlsxReadError("xlsb", fileName);
    }
    const rootRels = this.rels("");
    let workbookPath = "xl/workbook.xml";
    let customPath = "docProps/custom.xml";
    for (const r of rootRels.values()) {
      if (r.type.endsWith(NS_REL_DOC)) workbookPath = r.target;
      if (r.type.endsWith(NS_REL_CUSTOM)) customPath = r.target;
    }
    const workbookXml = this.text(workbookPath);
    if (workbookXml === null) {
      if (zip.hasPrefix("xl/")) throw this.damaged(`${workbookPath} is missing`);
      throw new XlsxReadError("not-xlsx", fileName);
    }

    const sheetEntries: { name: string; state: SheetVisibility; rid: string }[] = [];
    this.scan(workbookPath, workbookXml, {
      open: (name, a) => {
        if (name === "workbookPr") this.date1904 = a.date1904 === "1" || a.date1904 === "true";
        if (name === "sheet") {
          const state = a.state === "hidden" || a.state === "veryHidden" ? a.state : "visible";
          sheetEntries.push({ name: a.name ?? "", state, rid: attr(a, "id") ?? "" });
        }
      },
    });
    const wbRels = this.rels(workbookPath);
    if (sheetEntries.length && !this.zip.has(relsPathOf(workbookPath)))
      throw this.damaged(`${relsPathOf(workbookPath)} is missing`);
    for (const r of wbRels.values()) if (r.type.endsWith(NS_REL_SST)) this.readSharedStrings(r.target);

    const sheets: SheetSnapshot[] = [];
    const tables: TableSnapshot[] = [];
    const total = sheetEntries.length;
    sheetEntries.forEach((entry, i) => {
      const sheet: SheetSnapshot = {
        name: entry.name,
        visibility: entry.state,
        rows: [],
        formulas: [],
        merges: [],
        validations: [],
        hiddenRows: [],
      };
      sheets.push(sheet);
      const rel = wbRels.get(entry.rid);
      if (!rel)
        throw this.damaged(
          `sheet "${entry.name}" (${entry.rid}) has no relationship in ${relsPathOf(workbookPath)}`,
        );
      if (!rel.type.endsWith(NS_REL_WORKSHEET)) {
        this.notes.push({
          code: "sheet-skipped",
          sheet: entry.name,
          detail: "Not a worksheet (a chart sheet or dialog sheet): it has no cells to read.",
        });
        return;
      }
      const sheetRels = this.rels(rel.target);
      for (const r of sheetRels.values()) {
        if (r.type.endsWith(NS_REL_TABLE)) {
          const t = this.readTable(r.target, entry.name);
          if (t) tables.push(t);
        }
      }
      if (this.options.sheets && !this.options.sheets(entry.name)) return;
      const xml = this.text(rel.target);
      if (xml === null) throw this.damaged(`${rel.target} (sheet "${entry.name}") is missing`);
      this.readSheet(rel.target, xml, sheet);
      this.options.onProgress?.({ sheet: entry.name, done: i + 1, total });
    });

    if (this.date1904) {
      this.notes.push({
        code: "date-system-1904",
        detail: `The workbook uses the 1904 date system; its date serials are ${DATE_1904_OFFSET} days below the 1900 system's.`,
      });
    }
    return {
      name: fileName,
      sheets,
      tables,
      properties: this.readCustomProperties(customPath),
      notes: this.notes,
      ...(this.date1904 ? { date1904: true } : {}),
    };
  }

  private readSharedStrings(part: string): void {
    const xml = this.text(part);
    if (xml === null) return;
    const sst: string[] = [];
    let inSi = false;
    let inT = false;
    let skip = 0; // inside <rPh> (phonetic hints), whose text is not part of the value
    let buf = "";
    this.scan(part, xml, {
      open: (name, _a, selfClosing) => {
        if (name === "si") {
          inSi = true;
          buf = "";
          if (selfClosing) sst.push("");
        } else if (name === "t" && inSi && !skip && !selfClosing) inT = true;
        else if (name === "rPh" && !selfClosing) skip++;
      },
      close: (name) => {
        if (name === "t") inT = false;
        else if (name === "rPh") skip = Math.max(0, skip - 1);
        else if (name === "si" && inSi) {
          sst.push(decodeXstring(buf));
          inSi = false;
        }
      },
      text: (t) => {
        buf += t;
      },
      wantText: () => inT,
    });
    this.sst = sst;
  }

  private readTable(part: string, sheet: string): TableSnapshot | null {
    const xml = this.text(part);
    if (xml === null) return null;
    let table: TableSnapshot | null = null;
    this.scan(part, xml, {
      open: (name, a) => {
        if (name === "table") {
          table = {
            name: a.displayName ?? a.name ?? "",
            sheet,
            ref: a.ref ?? "",
            headers: [],
            // ECMA-376 §18.5.1.2: totalsRowCount > 0 means the last row of ref is the totals row.
            totalsRow: Number(a.totalsRowCount ?? "0") > 0,
          };
        } else if (name === "tableColumn" && table) {
          (table as TableSnapshot).headers.push(decodeXstring(a.name ?? ""));
        }
      },
    });
    return table;
  }

  private readCustomProperties(part: string): Map<string, string | number | boolean> {
    const props = new Map<string, string | number | boolean>();
    const xml = this.text(part);
    if (xml === null) return props;
    let current: string | null = null;
    let kind = "";
    let buf = "";
    this.scan(part, xml, {
      open: (name, a) => {
        if (name === "property") current = a.name ?? null;
        else if (current !== null) {
          kind = name;
          buf = "";
        }
      },
      close: (name) => {
        if (name === "property") current = null;
        else if (current !== null && name === kind) {
          props.set(current, propertyValue(kind, buf));
          kind = "";
        }
      },
      text: (t) => {
        buf += t;
      },
      wantText: () => current !== null && kind !== "",
    });
    return props;
  }

  private readSheet(part: string, xml: string, sheet: SheetSnapshot): void {
    const cells = new CellSink(
      sheet,
      this.sst,
      () => {
        if (++this.cells > this.maxCells) this.tooManyCells();
      },
      this.date1904,
    );
    // Fast path for the usual unprefixed markup: the cells between <sheetData> and </sheetData> are read by a
    // dedicated scanner; the few elements around them (merges, validations) by the general one.
    const open = xml.indexOf("<sheetData");
    const openEnd = open < 0 ? -1 : xml.indexOf(">", open);
    if (open >= 0 && openEnd > 0) {
      const selfClosing = xml.charCodeAt(openEnd - 1) === 47;
      const close = selfClosing ? openEnd + 1 : xml.indexOf("</sheetData>", openEnd);
      if (close > 0) {
        this.scan(part, xml.slice(0, open), this.sheetHandler(sheet, cells));
        if (!selfClosing) {
          try {
            scanCells(xml, openEnd + 1, close, cells);
          } catch (e) {
            throw e instanceof XmlError ? this.invalidXml(part, e) : e;
          }
        }
        this.scan(
          part,
          xml.slice(selfClosing ? close : close + "</sheetData>".length),
          this.sheetHandler(sheet, cells),
        );
        cells.finish(this.notes);
        return;
      }
    }
    this.scan(part, xml, this.sheetHandler(sheet, cells));
    cells.finish(this.notes);
  }

  /** The general reader of a worksheet part (any namespace prefix, any layout). */
  private sheetHandler(sheet: SheetSnapshot, cells: CellSink): XmlHandler {
    let row = -1;
    let col = -1;
    let type = "";
    let buf = "";
    let inV = false;
    let inF = false;
    let inIs = 0;
    let inT = false;
    let inRph = 0;
    let v: string | null = null;
    let isText: string | null = null;
    let f: string | null = null;
    let fAttrs: Attrs | null = null;
    let dv: DataValidationInfo | null = null;
    let inFormula1 = false;
    let inSqref = false;
    const finishCell = () =>
      cells.cell(
        row,
        col,
        type,
        v,
        f,
        fAttrs ? (fAttrs.t ?? "") : "",
        fAttrs ? (fAttrs.si ?? "") : "",
        isText,
      );

    return {
      open: (name, a, selfClosing) => {
        switch (name) {
          case "c": {
            const r = a.r;
            if (r !== undefined) {
              const p = parseRef(r);
              col = p.col;
              if (p.row >= 0) row = p.row;
            } else col++;
            type = a.t ?? "n";
            v = null;
            f = null;
            fAttrs = null;
            isText = null;
            if (selfClosing) finishCell();
            break;
          }
          case "v":
            inV = !selfClosing;
            buf = "";
            break;
          case "f":
            fAttrs = a;
            f = selfClosing ? "" : null;
            inF = !selfClosing;
            buf = "";
            break;
          case "row": {
            row = a.r !== undefined ? Number(a.r) - 1 : row + 1;
            col = -1;
            if (a.hidden === "1" || a.hidden === "true") sheet.hiddenRows.push(row);
            break;
          }
          case "is":
            inIs++;
            isText = "";
            break;
          case "t":
            if (inIs && !inRph && !selfClosing) {
              inT = true;
              buf = "";
            }
            break;
          case "rPh":
            if (!selfClosing) inRph++;
            break;
          case "mergeCell":
            if (a.ref) sheet.merges.push(a.ref);
            break;
          case "dataValidation":
            dv = { ref: a.sqref ?? "", type: a.type ?? "none" };
            if (selfClosing) {
              this.finishValidation(sheet, dv);
              dv = null;
            }
            break;
          case "formula1":
            if (dv && !selfClosing) {
              inFormula1 = true;
              buf = "";
            }
            break;
          case "sqref":
            if (dv && !selfClosing) {
              inSqref = true;
              buf = "";
            }
            break;
        }
      },
      close: (name) => {
        switch (name) {
          case "v":
            if (inV) v = buf;
            inV = false;
            break;
          case "f":
            if (inF) f = buf;
            inF = false;
            break;
          case "c":
            finishCell();
            break;
          case "t":
            if (inT) isText = (isText ?? "") + buf;
            inT = false;
            break;
          case "is":
            inIs = Math.max(0, inIs - 1);
            break;
          case "rPh":
            inRph = Math.max(0, inRph - 1);
            break;
          case "formula1":
            if (dv && inFormula1) dv.formula1 = buf.trim();
            inFormula1 = false;
            break;
          case "sqref":
            if (dv && inSqref) dv.ref = buf.trim();
            inSqref = false;
            break;
          case "dataValidation":
            if (dv) this.finishValidation(sheet, dv);
            dv = null;
            break;
        }
      },
      text: (t) => {
        buf += t;
      },
      wantText: () => inV || inF || inT || inFormula1 || inSqref,
    };
  }

  private finishValidation(sheet: SheetSnapshot, dv: DataValidationInfo): void {
    // The edit vocabulary: "wholeNumber" for the file's "whole"; a list's source as "=formula" or literal "a,b".
    if (dv.type === "whole") dv.type = "wholeNumber";
    if (dv.formula1 === undefined) delete dv.formula1;
    else {
      const f = fromFileFormula(dv.formula1);
      if (dv.type === "list") {
        dv.formula1 = /^"(?:[^"]|"")*"$/.test(f) ? f.slice(1, -1).replace(/""/g, '"') : `=${f}`;
      } else dv.formula1 = f;
    }
    sheet.validations.push(dv);
    for (const part of dv.ref.split(/\s+/)) {
      const r = part ? parseRange(part) : null;
      if (r && r.end.row === MAX_ROWS - 1 && r.end.row - r.start.row > 1000) {
        this.notes.push({
          code: "whole-column-validation",
          sheet: sheet.name,
          ref: part,
          detail: `A data validation (${dv.type}) covers ${part}, down to the last row of the sheet. It is kept as one range.`,
        });
        break;
      }
    }
  }

  private tooManyCells(): never {
    throw new XlsxReadError("too-many-cells", this.fileName, undefined, { max: this.maxCells });
  }
}

function propertyValue(kind: string, text: string): string | number | boolean {
  switch (kind) {
    case "bool":
      return text.trim() === "true" || text.trim() === "1";
    case "i1":
    case "i2":
    case "i4":
    case "i8":
    case "int":
    case "ui1":
    case "ui2":
    case "ui4":
    case "ui8":
    case "uint":
    case "r4":
    case "r8":
    case "decimal": {
      const n = Number(text.trim());
      return Number.isFinite(n) ? n : text;
    }
    default:
      return decodeXstring(text);
  }
}

/** 0-based row/col of an A1 reference, fast (the hot path of reading a sheet). */
function parseRef(r: string): { row: number; col: number } {
  let col = 0;
  let i = 0;
  for (; i < r.length; i++) {
    const c = r.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else if (c !== 36) break;
  }
  let row = 0;
  for (; i < r.length; i++) {
    const c = r.charCodeAt(i);
    if (c >= 48 && c <= 57) row = row * 10 + (c - 48);
  }
  return { row: row - 1, col: col - 1 };
}

// Local copies: imported bindings are read through getters in some module systems (hot path).
const ROW_LIMIT = MAX_ROWS;
const COL_LIMIT = MAX_COLS;

/** Collects the cells of one sheet: values by type, formulas (shared ones expanded), and what to note. */
class CellSink {
  private readonly shared = new Map<string, { row: number; col: number; text: string }>();
  private formulaWithoutValue = 0;
  private truncated = 0;
  private firstTruncated = "";

  constructor(
    readonly sheet: SheetSnapshot,
    private readonly sst: string[],
    private readonly counted: () => void,
    /** ISO date cells (t="d") become serials of the workbook's own date system, as its numbers are. */
    private readonly date1904: boolean,
  ) {}

  hidden(row: number): void {
    this.sheet.hiddenRows.push(row);
  }

  /** One cell: its type attribute, <v> text, <f> text and t/si attributes, and inline string text. */
  cell(
    row: number,
    col: number,
    type: string,
    v: string | null,
    f: string | null,
    fType: string,
    fSi: string,
    inline: string | null,
  ): void {
    if (row < 0 || col < 0 || row >= ROW_LIMIT || col >= COL_LIMIT) return;
    let value: CellValue = null;
    if (type === "s") {
      if (v !== null) value = this.sst[+v] ?? null;
    } else if (type === "n" || type === "") {
      if (v !== null && v !== "") {
        const n = +v;
        value = Number.isFinite(n) ? n : null;
      }
    } else if (type === "inlineStr") value = inline !== null ? decodeXstring(inline) : null;
    else if (type === "str") value = v === null ? null : decodeXstring(v);
    else if (type === "b") value = v === null ? null : v === "1" || v === "true";
    else if (type === "e") value = v === null ? null : { error: v };
    else if (type === "d") {
      const serial = v === null ? null : isoToSerial(v);
      value = serial !== null && this.date1904 ? serial - DATE_1904_OFFSET : serial;
    }
    if (f !== null) {
      let formula: string | null = f;
      if (fType === "shared" && fSi !== "") {
        if (f !== "") this.shared.set(fSi, { row, col, text: f });
        else {
          const master = this.shared.get(fSi);
          formula = master ? shiftFormula(master.text, row - master.row, col - master.col) : null;
        }
      }
      if (formula) {
        if (value === null) this.formulaWithoutValue++;
        (this.sheet.formulas[row] ??= [])[col] = fromFileFormula(formula);
      }
    }
    if (value !== null) this.store(row, col, value);
  }

  /**
   * A cell without a formula whose <v> is a whole number of at most 15 digits, read in place by the scanner: a
   * shared string (`t="s"`, `v` its index) or a number (`t="n"` or none). The same value as `cell` gives.
   */
  plain(row: number, col: number, shared: boolean, v: number): void {
    if (row < 0 || col < 0 || row >= ROW_LIMIT || col >= COL_LIMIT) return;
    const value = shared ? this.sst[v] : v;
    if (value !== undefined) this.store(row, col, value);
  }

  private store(row: number, col: number, value: string | number | boolean | { error: string }): void {
    if (typeof value === "string" && value.length > READ_LIMITS.maxStringLength) {
      value = value.slice(0, READ_LIMITS.maxStringLength);
      if (this.truncated++ === 0) this.firstTruncated = cellAddress(row, col);
    }
    (this.sheet.rows[row] ??= [])[col] = value;
    this.counted();
  }

  finish(notes: ReadNote[]): void {
    const name = this.sheet.name;
    if (this.formulaWithoutValue > 0) {
      notes.push({
        code: "formula-without-value",
        sheet: name,
        detail: `${this.formulaWithoutValue} formula cell(s) have no stored result (the file was not calculated when saved); their values read as empty.`,
      });
    }
    if (this.truncated > 0) {
      notes.push({
        code: "string-truncated",
        sheet: name,
        ref: this.firstTruncated,
        detail: `${this.truncated} text cell(s) were longer than Excel's limit of ${READ_LIMITS.maxStringLength} characters and were cut to it (first: ${this.firstTruncated}).`,
      });
    }
  }
}

const attrValue = (s: string, from: number, to: number, name: string): string | null => {
  const i = s.indexOf(name, from);
  if (i < 0 || i >= to) return null;
  const q = i + name.length;
  const end = s.indexOf(s[q - 1], q);
  if (end < 0 || end > to) return null;
  const raw = s.slice(q, end);
  return raw.indexOf("&") < 0 ? raw : decodeEntities(raw);
};

/**
 * Reads the rows and cells between <sheetData> and </sheetData> (unprefixed markup). Attributes are read with
 * double or single quotes; a tag written with other white space than single spaces goes through parseAttrs.
 */
function scanCells(s: string, from: number, to: number, sink: CellSink): void {
  let i = from;
  let row = -1;
  let col = -1;
  while (i < to) {
    const lt = s.indexOf("<", i);
    if (lt < 0 || lt >= to) break;
    const c1 = s.charCodeAt(lt + 1);
    const c2 = s.charCodeAt(lt + 2);
    if (c1 === 99 /* c */ && (c2 === 32 || c2 === 62 || c2 === 47 || c2 === 9 || c2 === 10 || c2 === 13)) {
      // The attributes of <c>: r is parsed in place (no substring), t is kept, the rest skipped.
      let j = lt + 2;
      let type = "n";
      let hasRef = false;
      let gt: number;
      for (;;) {
        let ch = s.charCodeAt(j);
        while (ch === 32 || ch === 9 || ch === 10 || ch === 13) ch = s.charCodeAt(++j);
        if (ch === 62 /* > */) {
          gt = j;
          break;
        }
        if (ch === 47 /* / */) {
          gt = s.indexOf(">", j);
          break;
        }
        const eq = s.indexOf("=", j);
        if (j >= to || eq < 0 || eq >= to) throw new XmlError("unterminated cell");
        let nameEnd = eq;
        while (nameEnd > j && s.charCodeAt(nameEnd - 1) <= 32) nameEnd--;
        let vs = eq + 1;
        while (vs < to && s.charCodeAt(vs) !== 34 && s.charCodeAt(vs) !== 39) vs++;
        const ve = s.indexOf(s[vs], vs + 1);
        if (vs >= to || ve < 0 || ve >= to) throw new XmlError("unterminated attribute");
        if (nameEnd - j === 1) {
          const n = s.charCodeAt(j);
          if (n === 114 /* r */) {
            let c = 0;
            let r = 0;
            for (let k = vs + 1; k < ve; k++) {
              const d = s.charCodeAt(k);
              if (d >= 65 && d <= 90) c = c * 26 + (d - 64);
              else if (d >= 97 && d <= 122) c = c * 26 + (d - 96);
              else if (d >= 48 && d <= 57) r = r * 10 + (d - 48);
            }
            col = c - 1;
            if (r > 0) row = r - 1;
            hasRef = true;
          } else if (n === 116 /* t */) type = s.slice(vs + 1, ve);
        }
        j = ve + 1;
      }
      if (gt < 0 || gt > to) throw new XmlError("unterminated cell");
      if (!hasRef) col++;
      const selfClosing = s.charCodeAt(gt - 1) === 47;
      if (selfClosing) {
        sink.cell(row, col, type, null, null, "", "", null);
        i = gt + 1;
        continue;
      }
      // Children: <f>, <v>, <is>, and rarely <extLst>; up to </c>. The text of <v> is taken as a string only
      // when it is not a plain whole number (most cells hold a shared-string index or a count).
      let vStart = -1;
      let vEnd = -1;
      let f: string | null = null;
      let fType = "";
      let fSi = "";
      let inline: string | null = null;
      let p = gt + 1;
      for (;;) {
        const k = s.indexOf("<", p);
        if (k < 0 || k >= to) throw new XmlError("unterminated cell");
        const n1 = s.charCodeAt(k + 1);
        const n2 = s.charCodeAt(k + 2);
        if (n1 === 47 /* / */) {
          const e = s.indexOf(">", k);
          if (e < 0) throw new XmlError("unterminated end tag");
          p = e + 1;
          if (n2 === 99 /* c */ && e === k + 3) break;
          continue;
        }
        if (n1 === 118 /* v */ && (n2 === 62 || n2 === 32)) {
          const start = s.indexOf(">", k) + 1;
          const end = s.indexOf("<", start);
          if (end < 0) throw new XmlError("unterminated value");
          vStart = start;
          vEnd = end;
          p = end;
        } else if (n1 === 102 /* f */ && (n2 === 62 || n2 === 32 || n2 === 47)) {
          const e = tagEnd(s, k, to);
          const fa = parseAttrsOf(s, k + 2, s.charCodeAt(e - 1) === 47 ? e - 1 : e);
          fType = fa.t ?? "";
          fSi = fa.si ?? "";
          if (s.charCodeAt(e - 1) === 47) {
            f = "";
            p = e + 1;
          } else {
            const end = s.indexOf("</f>", e);
            if (end < 0) throw new XmlError("unterminated formula");
            const raw = s.slice(e + 1, end);
            f = raw.indexOf("&") < 0 ? raw : decodeEntities(raw);
            p = end + 4;
          }
        } else if (n1 === 105 /* i */ && n2 === 115 /* s */) {
          const end = s.indexOf("</is>", k);
          if (end < 0) throw new XmlError("unterminated inline string");
          inline = inlineText(s.slice(k, end + 5));
          p = end + 5;
        } else {
          // Anything else (extLst): skip to its end tag, or past it when self-closing.
          const e = tagEnd(s, k, to);
          p = e + 1;
        }
      }
      i = p;
      if (f === null && vEnd > vStart && vEnd - vStart <= 15 && (type === "s" || type === "n")) {
        let n = 0;
        let k = vStart;
        for (; k < vEnd; k++) {
          const d = s.charCodeAt(k) - 48;
          if (d < 0 || d > 9) break;
          n = n * 10 + d;
        }
        if (k === vEnd) {
          sink.plain(row, col, type === "s", n);
          continue;
        }
      }
      let v: string | null = null;
      if (vStart >= 0) {
        const raw = s.slice(vStart, vEnd);
        v = raw.indexOf("&") < 0 ? raw : decodeEntities(raw);
      }
      sink.cell(row, col, type, v, f, fType, fSi, inline);
    } else if (c1 === 114 /* r */ && c2 === 111 /* o */ && s.startsWith("row", lt + 1)) {
      const gt = tagEnd(s, lt, to);
      // Attributes are looked up in the tag alone: a search in the whole text would make the scan quadratic.
      const tag = s.slice(lt, gt);
      const r = attrValue(tag, 0, tag.length, ' r="') ?? attrValue(tag, 0, tag.length, " r='");
      row = r !== null ? Number(r) - 1 : row + 1;
      col = -1;
      const hidden = attrValue(tag, 0, tag.length, ' hidden="') ?? attrValue(tag, 0, tag.length, " hidden='");
      if (hidden === "1" || hidden === "true") sink.hidden(row);
      i = gt + 1;
    } else if (c1 === 33 /* ! */) {
      if (!s.startsWith("<!--", lt)) throw new XmlError("unexpected markup in sheetData");
      const e = s.indexOf("-->", lt);
      if (e < 0) throw new XmlError("unterminated comment");
      i = e + 3;
    } else {
      const gt = tagEnd(s, lt, to);
      i = gt + 1;
    }
  }
}

/** Index of the ">" that ends the tag starting at `lt` (quoted values may hold ">"). */
function tagEnd(s: string, lt: number, to: number): number {
  let j = lt + 1;
  for (;;) {
    const gt = s.indexOf(">", j);
    if (gt < 0 || gt > to) throw new XmlError("unterminated tag");
    let q = -1;
    for (let k = j; k < gt; k++) {
      const ch = s.charCodeAt(k);
      if (ch === 34 || ch === 39) {
        q = k;
        break;
      }
    }
    if (q < 0) return gt;
    const qe = s.indexOf(s[q], q + 1);
    if (qe < 0 || qe > to) throw new XmlError("unterminated attribute");
    j = qe + 1;
  }
}

function inlineText(xml: string): string {
  let text = "";
  let inT = false;
  let rph = 0;
  scanXml(xml, {
    open: (name, _a, selfClosing) => {
      if (name === "rPh" && !selfClosing) rph++;
      else if (name === "t" && !selfClosing && rph === 0) inT = true;
    },
    close: (name) => {
      if (name === "rPh") rph--;
      else if (name === "t") inT = false;
    },
    text: (t) => {
      text += t;
    },
    wantText: () => inT,
  });
  return text;
}
