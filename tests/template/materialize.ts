/** Carries out an edit list on a plain in-memory picture of a workbook, for assertions without a file. */
import { cellAddress, parseCell, parseRange } from "../../src/core/a1";
import type { CellInput, Edit } from "../../src/core/model/edit";

export interface PlainSheet {
  name: string;
  visibility: "visible" | "hidden" | "veryHidden";
  cells: Map<string, CellInput>;
  widths: number[];
  frozenRows: number;
  protection: { unlockedRanges: string[]; allowInsertRows: boolean } | null;
  formats: { range: string; format: string }[];
}

export interface PlainWorkbook {
  sheets: PlainSheet[];
  tables: { sheet: string; name: string; range: string }[];
  validations: Extract<Edit, { kind: "setValidation" }>[];
  hyperlinks: Extract<Edit, { kind: "setHyperlink" }>[];
  properties: Map<string, string | number | boolean>;
  active: string | null;
}

export function materialize(edits: Edit[]): PlainWorkbook {
  const wb: PlainWorkbook = {
    sheets: [],
    tables: [],
    validations: [],
    hyperlinks: [],
    properties: new Map(),
    active: null,
  };
  const sheet = (name: string) => {
    const s = wb.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`edit on a sheet that was not added: ${name}`);
    return s;
  };
  for (const e of edits) {
    switch (e.kind) {
      case "addSheet":
        if (wb.sheets.some((s) => s.name.toLowerCase() === e.sheet.toLowerCase()))
          throw new Error(`sheet added twice: ${e.sheet}`);
        wb.sheets.push({
          name: e.sheet,
          visibility: e.visibility ?? "visible",
          cells: new Map(),
          widths: [],
          frozenRows: 0,
          protection: null,
          formats: [],
        });
        break;
      case "setValues": {
        const s = sheet(e.sheet);
        const at = parseCell(e.address)!;
        e.values.forEach((row, r) =>
          row.forEach((v, c) => {
            const a = cellAddress(at.row + r, at.col + c);
            if (s.cells.has(a)) throw new Error(`overwrites ${e.sheet}!${a}`);
            s.cells.set(a, v);
          }),
        );
        break;
      }
      case "addTable":
        sheet(e.sheet);
        wb.tables.push({ sheet: e.sheet, name: e.name, range: e.range });
        break;
      case "setValidation":
        sheet(e.sheet);
        wb.validations.push(e);
        break;
      case "setHyperlink":
        sheet(e.sheet).cells.set(e.address, e.text);
        wb.hyperlinks.push(e);
        break;
      case "setProperty":
        wb.properties.set(e.name, e.value);
        break;
      case "setColumnWidths":
        sheet(e.sheet).widths = e.widths;
        break;
      case "freezeRows":
        sheet(e.sheet).frozenRows = e.rows;
        break;
      case "protectSheet":
        sheet(e.sheet).protection = {
          unlockedRanges: e.unlockedRanges,
          allowInsertRows: e.allowInsertRows ?? false,
        };
        break;
      case "setNumberFormat":
        sheet(e.sheet).formats.push({ range: e.range, format: e.format });
        break;
      case "activateSheet":
        sheet(e.sheet);
        wb.active = e.sheet;
        break;
      default:
        if ("sheet" in e) sheet(e.sheet);
    }
  }
  return wb;
}

/** The values of a range as rows. */
export function valuesOf(s: PlainSheet, range: string): CellInput[][] {
  const r = parseRange(range)!;
  const out: CellInput[][] = [];
  for (let row = r.start.row; row <= r.end.row; row++) {
    const line: CellInput[] = [];
    for (let col = r.start.col; col <= r.end.col; col++)
      line.push(s.cells.get(cellAddress(row, col)) ?? null);
    out.push(line);
  }
  return out;
}

/** The non-empty values of a list-validation source such as ='Katalog'!$A$2:$A$77. */
export function listValues(wb: PlainWorkbook, source: string): CellInput[] {
  const m = /^=(?:'((?:[^']|'')+)'|([^!]+))!(.+)$/.exec(source);
  if (!m) throw new Error(`not a sheet range: ${source}`);
  const name = (m[1] ?? m[2]).replace(/''/g, "'");
  const s = wb.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return valuesOf(s, m[3].replace(/\$/g, ""))
    .flat()
    .filter((v) => v !== null);
}
