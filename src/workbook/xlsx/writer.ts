/**
 * Edit[] → a new .xlsx file (Uint8Array). Builds a fresh workbook from the edit list, in order, and writes
 * SpreadsheetML that passes Microsoft's Open XML validator and opens in Excel and LibreOffice.
 * Formulas are written without cached results and the workbook asks for a full calculation on load.
 */
import {
  cellAddress,
  columnLetters,
  MAX_COLS,
  MAX_ROWS,
  parseCell,
  parseRange,
  quoteSheet,
  rangeAddress,
  rangeCellCount,
  type RangeRef,
} from "../../core/a1";
import { checkEdits, EDIT_LIMITS } from "../../core/model/check-edits";
import { isFormulaInput, type CellInput, type Edit, type ValidationRule } from "../../core/model/edit";
import { pageTextCodes } from "../../core/model/print";
import { nameKey } from "../../core/names";
import { dateToSerial } from "../../core/period";
import { chartXml, drawingXml, type ChartModel } from "./charts";
import { XlsxWriteError } from "./errors";
import { toFileFormula } from "./formula";
import { CT, CUSTOM_PROPERTY_FMTID, NS, REL, THEME_XML, XML_DECL } from "./parts";
import { StyleTable, type StyleParts } from "./styles";
import { encodeXstring, escapeAttr, escapeText } from "./xml";
import { fflateDeflateRaw, zipParts, type DeflateRaw } from "./zip-writer";

export interface WriteXlsxOptions {
  /** Document title (docProps/core.xml). */
  title?: string;
  /** Author (docProps/core.xml). Default "akrim-rapport". */
  creator?: string;
  /** Creation time; default now. Fix it for byte-identical output. */
  created?: Date;
  /** Deflate level 0–9. Default: 6, and 1 for parts above 4 MB (deflating dominates writing time). */
  level?: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
  /** The raw deflate to compress parts with; default fflate's. A Node shell gives Node's zlib (`nodeDeflateRaw`). */
  deflateRaw?: DeflateRaw;
}

export const WRITE_LIMITS = {
  /** Ranges down to the sheet's last row that span more rows than this are formatted as whole columns. */
  columnFormatRows: 10_000,
  /** Other ranges with more cells than this are refused. */
  maxStyledCells: 2_000_000,
  /** Excel's limits on data validation texts. */
  maxPromptLength: 255,
  maxErrorLength: 225,
};

interface TableModel {
  name: string;
  range: RangeRef;
  style: string;
  id: number;
}

interface ValidationModel {
  ref: string;
  rule: ValidationRule;
  allowBlank: boolean;
  prompt?: string;
  error?: string;
}

class SheetModel {
  /** Values and formats, as sparse rows of sparse cells (no object per cell). */
  values: (CellInput[] | undefined)[] = [];
  styles: ((StyleParts | undefined)[] | undefined)[] = [];
  /** Formats of whole columns (from ranges down to the last row), from a first row on. */
  colStyles = new Map<number, { from: number; st: StyleParts }>();
  widths: (number | undefined)[] = [];
  freezeRows = 0;
  /** Row heights in points, by 0-based row. */
  heights = new Map<number, number>();
  validations: ValidationModel[] = [];
  links: { ref: string; location: string; display: string }[] = [];
  tables: TableModel[] = [];
  protection: { allowInsertRows: boolean } | null = null;
  pageLayout: Extract<Edit, { kind: "setPageLayout" }> | null = null;
  /** Notes of highlights, by "row,col" of the range's top-left cell (written as cell comments). */
  notes = new Map<string, { row: number; col: number; text: string }>();
  charts: ChartModel[] = [];

  constructor(
    public name: string,
    public visibility: "visible" | "hidden" | "veryHidden",
    public tabColor: string | undefined,
  ) {}

  set(row: number, col: number, v: CellInput): void {
    (this.values[row] ??= [])[col] = v;
  }

  /** Merges format parts into one cell's format. */
  format(row: number, col: number, parts: StyleParts): void {
    const r = (this.styles[row] ??= []);
    const st = r[col];
    r[col] = st ? { ...st, ...parts } : { ...parts };
  }
}

export function writeXlsx(edits: Edit[], options: WriteXlsxOptions = {}): Uint8Array {
  // A list with a problem is refused whole, as the Office adapter refuses it.
  const [problem] = checkEdits(edits);
  if (problem) throw new XlsxWriteError(problem.code, "edits.refused", { problem: problem.message });
  const book = new BookModel();
  for (const e of edits) book.apply(e);
  return book.write(options);
}

class BookModel {
  sheets: SheetModel[] = [];
  properties = new Map<string, string | number | boolean>();
  active: SheetModel | null = null;
  private tableCount = 0;

  sheet(name: string): SheetModel {
    const want = nameKey(name);
    const s = this.sheets.find((x) => nameKey(x.name) === want);
    if (!s) throw new XlsxWriteError("unknown-sheet", "edits.noSheet", { sheet: name });
    return s;
  }

  apply(e: Edit): void {
    switch (e.kind) {
      case "addSheet": {
        this.sheets.push(new SheetModel(e.sheet, e.visibility ?? "visible", e.tabColor));
        return;
      }
      case "setValues": {
        const s = this.sheet(e.sheet);
        const at = cellRef(e.address);
        for (let i = 0; i < e.values.length; i++) {
          const row = e.values[i];
          const target = (s.values[at.row + i] ??= []);
          for (let j = 0; j < row.length; j++) target[at.col + j] = row[j];
        }
        return;
      }
      case "addTable": {
        const s = this.sheet(e.sheet);
        const range = rangeRef(e.range);
        s.tables.push({ name: e.name, range, style: e.style ?? "TableStyleMedium2", id: ++this.tableCount });
        return;
      }
      case "setNumberFormat":
        this.style(e.sheet, e.range, { numFmt: e.format });
        return;
      case "setStyle":
        this.style(e.sheet, e.range, { ...e.style });
        return;
      case "setColumnWidths": {
        const s = this.sheet(e.sheet);
        e.widths.forEach((w, i) => {
          if (w !== undefined && w !== null && Number.isFinite(w) && w > 0) s.widths[i] = Math.min(w, 255);
        });
        return;
      }
      case "setRowHeight": {
        const s = this.sheet(e.sheet);
        if (Number.isFinite(e.height) && e.height > 0) s.heights.set(e.row - 1, Math.min(e.height, 409));
        return;
      }
      case "freezeRows": {
        const s = this.sheet(e.sheet);
        s.freezeRows = Math.max(0, Math.min(Math.floor(e.rows), MAX_ROWS - 1));
        return;
      }
      case "setValidation": {
        const s = this.sheet(e.sheet);
        const ref = rangeAddress(rangeRef(e.range));
        s.validations.push({
          ref,
          rule: e.rule,
          allowBlank: e.allowBlank ?? true,
          prompt: e.prompt?.slice(0, WRITE_LIMITS.maxPromptLength),
          error: e.error?.slice(0, WRITE_LIMITS.maxErrorLength),
        });
        return;
      }
      case "highlight": {
        this.style(e.sheet, e.range, { highlight: e.severity });
        const note = e.note?.trim();
        if (note) {
          const at = rangeRef(e.range).start;
          this.sheet(e.sheet).notes.set(`${at.row},${at.col}`, {
            row: at.row,
            col: at.col,
            text: note.slice(0, EDIT_LIMITS.maxStringLength),
          });
        }
        return;
      }
      case "clearHighlights": {
        const s = this.sheet(e.sheet);
        for (const row of s.styles) if (row) for (const st of row) if (st) delete st.highlight;
        for (const cs of s.colStyles.values()) delete cs.st.highlight;
        s.notes.clear();
        return;
      }
      case "setHyperlink": {
        const s = this.sheet(e.sheet);
        const at = cellRef(e.address);
        const target = this.sheet(e.target.sheet);
        const to = cellRef(e.target.address);
        s.set(at.row, at.col, e.text);
        s.format(at.row, at.col, { link: true });
        s.links.push({
          ref: cellAddress(at.row, at.col),
          location: `${quoteSheet(target.name)}!${cellAddress(to.row, to.col)}`,
          display: e.text,
        });
        return;
      }
      case "setProperty":
        this.properties.set(e.name, e.value);
        return;
      case "protectSheet": {
        const s = this.sheet(e.sheet);
        for (const r of e.unlockedRanges) this.style(e.sheet, r, { unlocked: true });
        s.protection = { allowInsertRows: e.allowInsertRows ?? false };
        return;
      }
      case "activateSheet":
        this.active = this.sheet(e.sheet);
        return;
      case "setPageLayout": {
        const s = this.sheet(e.sheet);
        s.pageLayout = { ...e, sheet: s.name };
        return;
      }
      case "addChart": {
        const s = this.sheet(e.sheet);
        const source = rangeRef(e.source);
        const from = cellRef(e.anchor);
        const to = cellRef(e.end);
        // checkEdits has made sure the source has names, categories and values, and the end follows the anchor.
        s.charts.push({ type: e.chartType, title: e.title, source, from, to });
        return;
      }
    }
  }

  /** Merges style parts into every cell of a range (whole columns as column formats). */
  private style(sheetName: string, range: string, parts: StyleParts): void {
    const s = this.sheet(sheetName);
    const r = rangeRef(range);
    const count = rangeCellCount(r);
    const toLastRow = r.end.row === MAX_ROWS - 1 && r.end.row - r.start.row >= WRITE_LIMITS.columnFormatRows;
    if (toLastRow || count > WRITE_LIMITS.maxStyledCells) {
      if (!toLastRow) {
        throw new XlsxWriteError("range-too-large", "xlsx.write.rangeTooLarge", { range, sheet: sheetName });
      }
      for (let c = r.start.col; c <= r.end.col; c++) {
        const cs = s.colStyles.get(c);
        if (cs) {
          cs.from = Math.min(cs.from, r.start.row);
          Object.assign(cs.st, parts);
        } else s.colStyles.set(c, { from: r.start.row, st: { ...parts } });
      }
      // Cells already there keep their own format, merged with the new parts.
      s.styles.forEach((row, ri) => {
        if (!row || ri < r.start.row) return;
        for (let c = r.start.col; c <= Math.min(r.end.col, row.length - 1); c++) {
          if (row[c]) s.format(ri, c, parts);
        }
      });
      return;
    }
    for (let ri = r.start.row; ri <= r.end.row; ri++) {
      for (let c = r.start.col; c <= r.end.col; c++) {
        s.format(ri, c, parts);
      }
    }
  }

  write(options: WriteXlsxOptions): Uint8Array {
    if (this.sheets.length === 0) {
      throw new XlsxWriteError("no-visible-sheet", "xlsx.write.noSheets");
    }
    const visible = this.sheets.filter((s) => s.visibility === "visible");
    if (visible.length === 0) {
      throw new XlsxWriteError("no-visible-sheet", "xlsx.write.noVisibleSheet");
    }
    const active = this.active && this.active.visibility === "visible" ? this.active : visible[0];
    const styles = new StyleTable();
    const sst = new SharedStrings();
    const files: Record<string, Uint8Array> = {};
    const enc = new TextEncoder();
    const put = (path: string, xml: string | Uint8Array) => {
      files[path] = typeof xml === "string" ? enc.encode(xml) : xml;
    };
    const overrides: [string, string][] = [
      ["/xl/workbook.xml", CT.workbook],
      ["/xl/styles.xml", CT.styles],
      ["/xl/sharedStrings.xml", CT.sharedStrings],
      ["/xl/theme/theme1.xml", CT.theme],
      ["/docProps/core.xml", CT.core],
      ["/docProps/app.xml", CT.extended],
    ];
    const wbRels: [string, string][] = [];
    let hasVml = false;
    let chartCount = 0;
    this.sheets.forEach((s, i) => {
      const n = i + 1;
      this.fixTableHeaders(s);
      // Sheet relationships: tables first (rId1..), then comments and their VML drawing, then the charts' drawing.
      const drawingRel = s.charts.length ? `rId${s.tables.length + (s.notes.size ? 2 : 0) + 1}` : null;
      put(`xl/worksheets/sheet${n}.xml`, sheetXml(s, s === active, styles, sst, drawingRel));
      overrides.push([`/xl/worksheets/sheet${n}.xml`, CT.worksheet]);
      wbRels.push([REL.worksheet, `worksheets/sheet${n}.xml`]);
      const rels: [string, string][] = s.tables.map((t) => [REL.table, `../tables/table${t.id}.xml`]);
      for (const t of s.tables) {
        put(`xl/tables/table${t.id}.xml`, tableXml(t, s));
        overrides.push([`/xl/tables/table${t.id}.xml`, CT.table]);
      }
      if (s.notes.size) {
        rels.push([REL.comments, `../comments${n}.xml`], [REL.vmlDrawing, `../drawings/vmlDrawing${n}.vml`]);
        put(`xl/comments${n}.xml`, commentsXml(s));
        put(`xl/drawings/vmlDrawing${n}.vml`, vmlXml(s, n));
        overrides.push([`/xl/comments${n}.xml`, CT.comments]);
        hasVml = true;
      }
      if (s.charts.length) {
        rels.push([REL.drawing, `../drawings/drawing${n}.xml`]);
        put(`xl/drawings/drawing${n}.xml`, drawingXml(s.charts));
        overrides.push([`/xl/drawings/drawing${n}.xml`, CT.drawing]);
        const chartRels: [string, string][] = s.charts.map((chart) => {
          const k = ++chartCount;
          put(`xl/charts/chart${k}.xml`, chartXml(chart, s.name, s.values));
          overrides.push([`/xl/charts/chart${k}.xml`, CT.chart]);
          return [REL.chart, `../charts/chart${k}.xml`];
        });
        put(`xl/drawings/_rels/drawing${n}.xml.rels`, relsXml(chartRels));
      }
      if (rels.length) put(`xl/worksheets/_rels/sheet${n}.xml.rels`, relsXml(rels));
    });
    wbRels.push(
      [REL.styles, "styles.xml"],
      [REL.sharedStrings, "sharedStrings.xml"],
      [REL.theme, "theme/theme1.xml"],
    );
    put("xl/workbook.xml", this.workbookXml(active, visible[0]));
    put("xl/_rels/workbook.xml.rels", relsXml(wbRels));
    put("xl/styles.xml", styles.xml());
    put("xl/sharedStrings.xml", sst.xml());
    put("xl/theme/theme1.xml", THEME_XML);
    const created = options.created ?? new Date();
    put("docProps/core.xml", coreXml(options.title, options.creator ?? "akrim-rapport", created));
    put("docProps/app.xml", appXml(this.sheets.map((s) => s.name)));
    const rootRels: [string, string][] = [
      [REL.officeDocument, "xl/workbook.xml"],
      [REL.core, "docProps/core.xml"],
      [REL.extended, "docProps/app.xml"],
    ];
    if (this.properties.size) {
      put("docProps/custom.xml", customXml(this.properties));
      overrides.push(["/docProps/custom.xml", CT.custom]);
      rootRels.push([REL.custom, "docProps/custom.xml"]);
    }
    put("_rels/.rels", relsXml(rootRels));
    put(
      "[Content_Types].xml",
      XML_DECL +
        `<Types xmlns="${NS.types}"><Default Extension="rels" ContentType="${CT.rels}"/>` +
        `<Default Extension="xml" ContentType="${CT.xml}"/>` +
        (hasVml ? `<Default Extension="vml" ContentType="${CT.vml}"/>` : "") +
        overrides.map(([p, t]) => `<Override PartName="${p}" ContentType="${t}"/>`).join("") +
        "</Types>",
    );
    // [Content_Types].xml first, as Office writes it.
    const names = ["[Content_Types].xml", ...Object.keys(files).filter((k) => k !== "[Content_Types].xml")];
    // Deflating is the slow part of writing a big sheet: big parts get the fast level (about 20 % larger).
    const parts = names.map((name) => {
      const data = files[name];
      return { name, data, level: options.level ?? (data.length > 4_000_000 ? 1 : 6) };
    });
    return zipParts(parts, options.deflateRaw ?? fflateDeflateRaw, created);
  }

  /** Table header cells must be unique, non-empty text equal to the table's column names. */
  private fixTableHeaders(s: SheetModel): void {
    for (const t of s.tables) {
      const seen = new Set<string>();
      for (let c = t.range.start.col; c <= t.range.end.col; c++) {
        const v = s.values[t.range.start.row]?.[c];
        let name = v === null || v === undefined || isFormulaInput(v) ? "" : String(v).trim();
        if (!name) name = `Kolonne${c - t.range.start.col + 1}`;
        let unique = name;
        for (let k = 2; seen.has(nameKey(unique)); k++) unique = `${name}${k}`;
        seen.add(nameKey(unique));
        s.set(t.range.start.row, c, unique);
      }
    }
  }

  /** Print titles: Excel's built-in name _xlnm.Print_Titles, local to its sheet. */
  private definedNamesXml(): string {
    const names = this.sheets.flatMap((s, i) => {
      const rows = s.pageLayout?.printTitleRows;
      const cols = s.pageLayout?.printTitleColumns;
      if (!rows && !cols) return [];
      const quoted = `'${s.name.replace(/'/g, "''")}'`;
      const refs = [
        ...(cols ? [`${quoted}!$${columnLetters(cols.first)}:$${columnLetters(cols.last)}`] : []),
        ...(rows ? [`${quoted}!$${rows.first}:$${rows.last}`] : []),
      ];
      return [
        `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${escapeText(refs.join(","))}</definedName>`,
      ];
    });
    return names.length ? `<definedNames>${names.join("")}</definedNames>` : "";
  }

  private workbookXml(active: SheetModel, firstVisible: SheetModel): string {
    const sheets = this.sheets
      .map(
        (s, i) =>
          `<sheet name="${escapeAttr(s.name)}" sheetId="${i + 1}"${s.visibility !== "visible" ? ` state="${s.visibility}"` : ""} r:id="rId${i + 1}"/>`,
      )
      .join("");
    return (
      XML_DECL +
      `<workbook xmlns="${NS.main}" xmlns:r="${NS.rel}">` +
      '<workbookPr defaultThemeVersion="166925"/>' +
      `<bookViews><workbookView firstSheet="${this.sheets.indexOf(firstVisible)}" activeTab="${this.sheets.indexOf(active)}"/></bookViews>` +
      `<sheets>${sheets}</sheets>` +
      this.definedNamesXml() +
      '<calcPr calcId="191029" fullCalcOnLoad="1"/>' +
      "</workbook>"
    );
  }
}

class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly items: string[] = [];
  count = 0;

  add(s: string): number {
    this.count++;
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.items.length;
      this.items.push(s);
      this.index.set(s, i);
    }
    return i;
  }

  xml(): string {
    const parts: string[] = [
      XML_DECL + `<sst xmlns="${NS.main}" count="${this.count}" uniqueCount="${this.items.length}">`,
    ];
    for (const s of this.items) {
      const t = escapeText(encodeXstring(s));
      const preserve = /^\s|\s$|\n/.test(t) ? ' xml:space="preserve"' : "";
      parts.push(`<si><t${preserve}>${t}</t></si>`);
    }
    parts.push("</sst>");
    return parts.join("");
  }
}

const STARTS_LIKE_FORMULA = /^[=+\-@]/;

/**
 * The worksheet part, as bytes. Rows are encoded in chunks as they are built, so a big sheet never exists as one
 * huge string (whose many small pieces would otherwise stay alive and keep the garbage collector busy).
 */
function sheetXml(
  s: SheetModel,
  active: boolean,
  styles: StyleTable,
  sst: SharedStrings,
  drawingRel: string | null,
): Uint8Array {
  const enc = new TextEncoder();
  const chunks: Uint8Array[] = [];
  let pending: string[] = [];
  let pendingLength = 0;
  const flush = () => {
    if (pending.length) chunks.push(enc.encode(pending.join("")));
    pending = [];
    pendingLength = 0;
  };
  const out: string[] = [];
  const letters: string[] = [];
  const letter = (c: number) => (letters[c] ??= columnLetters(c));
  let minR = -1;
  let maxR = -1;
  let minC = MAX_COLS;
  let maxC = -1;
  const colStyles = s.colStyles;
  const colStyleIndex = new Map<number, number>();
  for (const [c, cs] of colStyles) colStyleIndex.set(c, styles.index(cs.st));

  const { values, styles: formats } = s;
  const rowCount = Math.max(values.length, formats.length);
  for (let r = 0; r < rowCount; r++) {
    const row = values[r];
    const fmt = formats[r];
    if (!row && !fmt) continue;
    const width = Math.max(row ? row.length : 0, fmt ? fmt.length : 0);
    let cells = "";
    for (let c = 0; c < width; c++) {
      const v = row ? row[c] : undefined;
      let st = fmt ? fmt[c] : undefined;
      if (v === undefined && st === undefined) continue;
      if (colStyles.size) {
        const cs = colStyles.get(c);
        if (cs && r >= cs.from) st = st ? { ...cs.st, ...st } : cs.st;
      }
      if (typeof v === "string" && STARTS_LIKE_FORMULA.test(v)) st = { ...st, quotePrefix: true };
      const si = st ? styles.index(st) : 0;
      if ((v === null || v === undefined) && si === 0) continue;
      const ref = letter(c) + (r + 1);
      const sAttr = si ? ` s="${si}"` : "";
      if (v === null || v === undefined) cells += `<c r="${ref}"${sAttr}/>`;
      else if (typeof v === "string") cells += `<c r="${ref}"${sAttr} t="s"><v>${sst.add(v)}</v></c>`;
      else if (typeof v === "number") cells += `<c r="${ref}"${sAttr}><v>${v}</v></c>`;
      else if (typeof v === "boolean") cells += `<c r="${ref}"${sAttr} t="b"><v>${v ? 1 : 0}</v></c>`;
      else cells += `<c r="${ref}"${sAttr}><f>${escapeText(toFileFormula(v.formula))}</f></c>`;
      if (c < minC) minC = c;
      if (c > maxC) maxC = c;
    }
    const ht = s.heights.get(r);
    if (!cells && ht === undefined) continue;
    if (minR < 0) minR = r;
    maxR = r;
    const rowXml = `<row r="${r + 1}"${ht !== undefined ? ` ht="${ht}" customHeight="1"` : ""}>${cells}</row>`;
    pending.push(rowXml);
    pendingLength += rowXml.length;
    if (pendingLength > 1 << 20) flush();
  }

  out.push(XML_DECL, `<worksheet xmlns="${NS.main}" xmlns:r="${NS.rel}">`);
  const layout = s.pageLayout;
  const fit = layout?.fitToPagesWide !== undefined;
  if (s.tabColor || fit) {
    out.push(
      "<sheetPr>",
      s.tabColor ? `<tabColor rgb="FF${s.tabColor.slice(1).toUpperCase()}"/>` : "",
      fit ? '<pageSetUpPr fitToPage="1"/>' : "",
      "</sheetPr>",
    );
  }
  out.push(`<dimension ref="${minR < 0 ? "A1" : `${letter(minC)}${minR + 1}:${letter(maxC)}${maxR + 1}`}"/>`);
  out.push(`<sheetViews><sheetView${active ? ' tabSelected="1"' : ""} workbookViewId="0">`);
  if (s.freezeRows > 0) {
    const top = `A${s.freezeRows + 1}`;
    out.push(
      `<pane ySplit="${s.freezeRows}" topLeftCell="${top}" activePane="bottomLeft" state="frozen"/>`,
      `<selection pane="bottomLeft" activeCell="${top}" sqref="${top}"/>`,
    );
  }
  out.push('</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>');
  const cols = colsXml(s, colStyleIndex);
  if (cols) out.push(cols);
  flush();
  const head = enc.encode(out.join("") + (chunks.length ? "<sheetData>" : "<sheetData/>"));
  out.length = 0;
  if (chunks.length) out.push("</sheetData>");
  if (s.protection) {
    const allow = s.protection.allowInsertRows ? ' insertRows="0" sort="0" autoFilter="0"' : "";
    out.push(`<sheetProtection sheet="1" objects="1" scenarios="1"${allow}/>`);
  }
  if (s.validations.length) {
    out.push(`<dataValidations count="${s.validations.length}">`);
    for (const v of s.validations) out.push(validationXml(v));
    out.push("</dataValidations>");
  }
  if (s.links.length) {
    out.push("<hyperlinks>");
    for (const l of s.links) {
      out.push(
        `<hyperlink ref="${l.ref}" location="${escapeAttr(l.location)}" display="${escapeAttr(l.display)}"/>`,
      );
    }
    out.push("</hyperlinks>");
  }
  out.push(printXml(s.pageLayout));
  if (drawingRel) out.push(`<drawing r:id="${drawingRel}"/>`);
  if (s.notes.size) out.push(`<legacyDrawing r:id="rId${s.tables.length + 2}"/>`);
  if (s.tables.length) {
    out.push(`<tableParts count="${s.tables.length}">`);
    s.tables.forEach((_, i) => out.push(`<tablePart r:id="rId${i + 1}"/>`));
    out.push("</tableParts>");
  }
  out.push("</worksheet>");
  const tail = enc.encode(out.join(""));
  const all = [head, ...chunks, tail];
  const bytes = new Uint8Array(all.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of all) {
    bytes.set(c, at);
    at += c.length;
  }
  return bytes;
}

/**
 * How the sheet prints, in CT_Worksheet's order: pageMargins, pageSetup (A4, orientation, fit to pages across
 * with fitToHeight="0": as many pages down as the rows need; fitToPage in sheetPr turns the fit on), headerFooter.
 */
function printXml(layout: SheetModel["pageLayout"]): string {
  const m = layout?.margins ?? { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 };
  let xml = `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>`;
  if (!layout) return xml;
  xml +=
    "<pageSetup" +
    (layout.paperSize === "A4" ? ' paperSize="9"' : "") +
    (layout.fitToPagesWide !== undefined ? ` fitToWidth="${layout.fitToPagesWide}" fitToHeight="0"` : "") +
    ` orientation="${layout.orientation}"/>`;
  const header = layout.header ? pageTextCodes(layout.header) : "";
  const footer = layout.footer ? pageTextCodes(layout.footer) : "";
  if (header || footer)
    xml +=
      "<headerFooter>" +
      (header ? `<oddHeader>${escapeText(header)}</oddHeader>` : "") +
      (footer ? `<oddFooter>${escapeText(footer)}</oddFooter>` : "") +
      "</headerFooter>";
  return xml;
}

function colsXml(s: SheetModel, colStyleIndex: Map<number, number>): string {
  const last = Math.max(s.widths.length - 1, ...colStyleIndex.keys());
  if (last < 0) return "";
  const spec = (c: number) => {
    const w = s.widths[c];
    const st = colStyleIndex.get(c) ?? 0;
    if (w === undefined && st === 0) return "";
    return (
      (w !== undefined
        ? ` width="${Math.round((w + 0.7109375) * 256) / 256}" customWidth="1"`
        : ' width="9.140625"') + (st ? ` style="${st}"` : "")
    );
  };
  const parts: string[] = [];
  for (let c = 0; c <= last;) {
    const sp = spec(c);
    let e = c;
    while (e + 1 <= last && spec(e + 1) === sp) e++;
    if (sp) parts.push(`<col min="${c + 1}" max="${e + 1}"${sp}/>`);
    c = e + 1;
  }
  return parts.length ? `<cols>${parts.join("")}</cols>` : "";
}

function validationXml(v: ValidationModel): string {
  const r = v.rule;
  let attrs = `type="${r.type === "wholeNumber" ? "whole" : r.type}"`;
  let formulas = "";
  const num = (n: number) => `${n}`;
  if (r.type === "list") {
    const source = r.source.trim();
    const f = source.startsWith("=") ? toFileFormula(source) : `"${source.replace(/"/g, '""')}"`;
    formulas = `<formula1>${escapeText(f)}</formula1>`;
  } else if (r.type === "date") {
    attrs += ' operator="between"';
    formulas = `<formula1>${dateToSerial(r.min)}</formula1><formula2>${dateToSerial(r.max)}</formula2>`;
  } else if (r.max !== undefined) {
    attrs += ' operator="between"';
    formulas = `<formula1>${num(r.min)}</formula1><formula2>${num(r.max)}</formula2>`;
  } else {
    attrs += ' operator="greaterThanOrEqual"';
    formulas = `<formula1>${num(r.min)}</formula1>`;
  }
  if (v.allowBlank) attrs += ' allowBlank="1"';
  if (v.prompt) attrs += ` showInputMessage="1" prompt="${escapeAttr(v.prompt)}"`;
  attrs += ' showErrorMessage="1"';
  if (v.error) attrs += ` error="${escapeAttr(v.error)}"`;
  return `<dataValidation ${attrs} sqref="${v.ref}">${formulas}</dataValidation>`;
}

function tableXml(t: TableModel, s: SheetModel): string {
  const ref = rangeAddress(t.range);
  const cols: string[] = [];
  for (let c = t.range.start.col; c <= t.range.end.col; c++) {
    const name = String(s.values[t.range.start.row]?.[c] ?? "");
    cols.push(`<tableColumn id="${c - t.range.start.col + 1}" name="${escapeAttr(encodeXstring(name))}"/>`);
  }
  return (
    XML_DECL +
    `<table xmlns="${NS.main}" id="${t.id}" name="${escapeAttr(t.name)}" displayName="${escapeAttr(t.name)}" ref="${ref}" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/>` +
    `<tableColumns count="${cols.length}">${cols.join("")}</tableColumns>` +
    `<tableStyleInfo name="${escapeAttr(t.style)}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>` +
    "</table>"
  );
}

function sortedNotes(s: SheetModel) {
  return [...s.notes.values()].sort((a, b) => a.row - b.row || a.col - b.col);
}

function commentsXml(s: SheetModel): string {
  const list = sortedNotes(s)
    .map(
      (n) =>
        `<comment ref="${cellAddress(n.row, n.col)}" authorId="0"><text><t xml:space="preserve">${escapeText(encodeXstring(n.text))}</t></text></comment>`,
    )
    .join("");
  return (
    XML_DECL +
    `<comments xmlns="${NS.main}"><authors><author>akrim-rapport</author></authors><commentList>${list}</commentList></comments>`
  );
}

/** The legacy VML shapes Excel needs to show comments (hidden until the cell is hovered). */
function vmlXml(s: SheetModel, sheetNumber: number): string {
  const shapes = sortedNotes(s)
    .map((n, i) => {
      const lines = Math.min(12, n.text.split("\n").length + Math.floor(n.text.length / 40));
      return (
        `<v:shape id="_x0000_s${sheetNumber * 1024 + i + 1}" type="#_x0000_t202" ` +
        `style="position:absolute;margin-left:60pt;margin-top:2pt;width:180pt;height:${30 + lines * 12}pt;z-index:${i + 1};visibility:hidden" ` +
        `fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/>` +
        `<v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>` +
        `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/>` +
        `<x:Anchor>${n.col + 1}, 15, ${n.row}, 2, ${n.col + 4}, 15, ${n.row + 3 + Math.ceil(lines / 2)}, 16</x:Anchor>` +
        `<x:AutoFill>False</x:AutoFill><x:Row>${n.row}</x:Row><x:Column>${n.col}</x:Column></x:ClientData></v:shape>`
      );
    })
    .join("");
  return (
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${sheetNumber}"/></o:shapelayout>` +
    '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">' +
    '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>' +
    shapes +
    "</xml>"
  );
}

function relsXml(rels: [string, string][]): string {
  return (
    XML_DECL +
    `<Relationships xmlns="${NS.pkgRel}">` +
    rels
      .map(([type, target], i) => `<Relationship Id="rId${i + 1}" Type="${type}" Target="${target}"/>`)
      .join("") +
    "</Relationships>"
  );
}

function coreXml(title: string | undefined, creator: string, created: Date): string {
  const when = created.toISOString().replace(/\.\d{3}Z$/, "Z");
  return (
    XML_DECL +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    (title ? `<dc:title>${escapeText(title)}</dc:title>` : "") +
    `<dc:creator>${escapeText(creator)}</dc:creator>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    "</cp:coreProperties>"
  );
}

function appXml(sheetNames: string[]): string {
  return (
    XML_DECL +
    `<Properties xmlns="${NS.extended}" xmlns:vt="${NS.vt}"><Application>akrim-rapport</Application>` +
    "<DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>" +
    `<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant>` +
    `<vt:variant><vt:i4>${sheetNames.length}</vt:i4></vt:variant></vt:vector></HeadingPairs>` +
    `<TitlesOfParts><vt:vector size="${sheetNames.length}" baseType="lpstr">` +
    sheetNames.map((n) => `<vt:lpstr>${escapeText(n)}</vt:lpstr>`).join("") +
    "</vt:vector></TitlesOfParts>" +
    "<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>" +
    "<AppVersion>16.0300</AppVersion></Properties>"
  );
}

function customXml(props: Map<string, string | number | boolean>): string {
  let pid = 2;
  const items: string[] = [];
  for (const [name, value] of props) {
    let v: string;
    if (typeof value === "boolean") v = `<vt:bool>${value}</vt:bool>`;
    else if (typeof value === "number") {
      v =
        Number.isInteger(value) && value >= -2147483648 && value <= 2147483647
          ? `<vt:i4>${value}</vt:i4>`
          : `<vt:r8>${value}</vt:r8>`;
    } else v = `<vt:lpwstr>${escapeText(value)}</vt:lpwstr>`;
    items.push(
      `<property fmtid="${CUSTOM_PROPERTY_FMTID}" pid="${pid++}" name="${escapeAttr(name)}">${v}</property>`,
    );
  }
  return XML_DECL + `<Properties xmlns="${NS.custom}" xmlns:vt="${NS.vt}">${items.join("")}</Properties>`;
}

// ---- addresses (checked before by checkEdits) ----

function badAddress(a: string): XlsxWriteError {
  return new XlsxWriteError("invalid-address", "edits.badAddress", { address: a });
}

function cellRef(a: string) {
  const c = parseCell(a);
  if (!c) throw badAddress(a);
  return c;
}

function rangeRef(a: string): RangeRef {
  const r = parseRange(a);
  if (!r) throw badAddress(a);
  return r;
}
