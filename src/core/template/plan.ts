/**
 * The plan that inserts the reporting template (REPORTING.md, 2026.2) into a workbook: an edit list built from
 * the catalogue's template definition (sheets, tables, headers, column types and widths), never from
 * hard-coded headers. Nothing existing is ever overwritten: clashing sheet names come back to the caller.
 */
import type { Catalogue } from "../../catalogue/loader";
import type { Column, FormField, TableSheet } from "../../catalogue/schema";
import { goals, groupings, instrumentsForAgency, templateSheetNames } from "../../catalogue/select";
import { absolute, cellAddress, columnLetters, quoteSheet, rangeFrom } from "../a1";
import {
  headerRowHeight,
  tablePrintLayout,
  type CellInput,
  type Edit,
  type ValidationRule,
} from "../model/edit";
import { withPrintSetup } from "../model/print";
import { normalizeName } from "../model/snapshot";
import { sheetNameProblem } from "../names";
import { LINE_UNIT, PART_CENTRE, PART_LINE } from "../model/part";
import { dateToSerial, parsePeriod, type Period } from "../period";
import { FormulaCompiler, type SummaryRow } from "./formulas";
import { sideBySide, translate } from "../../i18n";
import type { UserMessage } from "../model/user-error";
import { formatDate } from "../dates";

export type TableKey = TableSheet["key"];

/** Who the template is for. */
export interface TemplateIdentity {
  unit: string;
  agency: string;
  period: string;
  contact?: string;
  /** The part of the effort: the centre's work (default) or the agency line's. */
  part?: "centre" | "line";
}

export interface PlanOptions {
  /** Every sheet name already in the workbook, hidden ones included. */
  existingSheetNames: string[];
  /** New names for template sheets, keyed by the template's sheet name (e.g. { Forside: "Forside 2026-T1" }). */
  sheetNames?: Partial<Record<string, string>>;
  /** Table names already in the workbook: table names are workbook-wide, so a second template cannot be inserted. */
  existingTableNames?: string[];
}

/** A row of a table, keyed by the catalogue's column key. */
export type RowData = Partial<Record<string, CellInput>>;

/** What a filled template holds beyond the pre-filled catalogue rows. */
export interface TemplateData {
  /** The rows of each table; a table left out keeps its pre-filled rows. */
  tables: Partial<Record<TableKey, RowData[]>>;
  /** Cover status; default "Utkast". */
  status?: string;
  /** Column keys a user deleted from a table (formulas over them show #REF!, as in Excel). */
  omitColumns?: Partial<Record<TableKey, string[]>>;
  /** Årsverk on the cover: a number, or text as a user might type it. */
  personYears?: number | string | null;
}

export type TemplatePlan =
  { edits: Edit[]; sheets: Record<string, string> } | { clashes: string[] } | { problems: UserMessage[] };

/** Blank rows below the data in each table: Excel cannot grow a table on a protected sheet. */
export const TABLE_ROOM: Record<TableKey, number> = { usage: 100, actors: 200, actions: 100, effects: 20 };

/** Number formats in Excel's file (invariant) notation; nb-NO Excel shows "1 234", "1 234 kr", "12,5 %". */
export const NUMBER_FORMATS = {
  wholeNumber: "#,##0",
  nok: '#,##0 "kr"',
  decimal: "#,##0.0#",
  date: "dd.mm.yyyy", // WORDS.md: dates are shown dd.mm.åååå
  share: "0.0%",
  text: "@",
} as const;

const HEADER_STYLE = { bold: true, fill: "#1F4E79", fontColor: "#FFFFFF", wrap: true } as const;
const TABLE_STYLE = "TableStyleMedium2";
const SUMMARY_WIDTHS = [19, 50, 12, 50];
/** English-name column of the summary sheet, after the contract's ID, Styringsparameter, Verdi. */
export const SUMMARY_ENGLISH_HEADER = "Parameter (English)";

/** Checks the identity against the catalogue; returns the canonical ids or the problems. */
export function checkIdentity(
  catalogue: Catalogue,
  identity: TemplateIdentity,
): { unit: string; agency: string; period: Period; part: string | null } | { problems: UserMessage[] } {
  const problems: UserMessage[] = [];
  const find = <T extends { id: string }>(list: T[], id: string) =>
    list.find((x) => x.id.toUpperCase() === id.trim().toUpperCase());
  const unit = find(catalogue.units, identity.unit ?? "");
  if (!unit) {
    const known = catalogue.units.map((u) => u.id).join(", ");
    problems.push({ key: "template.unknownUnit", params: { unit: identity.unit ?? "", known } });
  }
  const agency = find(catalogue.agencies, identity.agency ?? "");
  if (!agency) {
    const known = catalogue.agencies.map((a) => a.id).join(", ");
    problems.push({ key: "template.unknownAgency", params: { agency: identity.agency ?? "", known } });
  }
  const period = parsePeriod(identity.period);
  if (!period) {
    problems.push({ key: "template.badPeriod", params: { period: identity.period ?? "" } });
  }
  // A catalogue with the Innsats field (2026.2 on) names the part; LINJE is national line work only.
  const parts = catalogue.enumerations.effortPart;
  const hasPart = catalogue.template.cover.fields.some((f) => f.key === "part") && parts?.length;
  const part = hasPart ? (identity.part === "line" ? PART_LINE : PART_CENTRE) : null;
  if (unit && hasPart && unit.id === LINE_UNIT && part !== PART_LINE) {
    problems.push({ key: "template.linePartOnly", params: { unit: LINE_UNIT, part: PART_LINE } });
  }
  if (!unit || !agency || !period || problems.length) return { problems };
  return { unit: unit.id, agency: agency.id, period, part };
}

/**
 * The pre-filled rows: one per instrument the catalogue gives the agency, and one per effect indicator the
 * unit × agency reports (level `enhet`: every unit's workbook; `etat`: the owning agency's only; `nasjonal`:
 * none, the secretariat reports it; an indicator without a level, as in 2026.1: every workbook).
 */
export function prefilledRows(catalogue: Catalogue, agency: string): Record<TableKey, RowData[]> {
  const usage = catalogue.lookup.table.get("usage");
  const effects = catalogue.lookup.table.get("effects");
  const rows: Record<TableKey, RowData[]> = { usage: [], actors: [], actions: [], effects: [] };
  if (usage) {
    rows.usage = instrumentsForAgency(catalogue, agency).map((ins) =>
      rowFrom(usage.columns, {
        instrumentId: ins.id,
        instrumentName: ins.name.nb,
        goal: ins.goal,
        grouping: ins.grouping,
      }),
    );
  }
  if (effects) {
    const reports = (e: Catalogue["effectIndicators"][number]) =>
      e.level === undefined || e.level === "enhet" || (e.level === "etat" && e.agency === agency);
    rows.effects = catalogue.effectIndicators.filter(reports).map((e) => {
      // The indicator's name and unit go to the pre-filled text columns, in catalogue column order.
      const texts = [e.name.nb, e.unit];
      const row: RowData = {};
      for (const c of effects.columns) {
        if (c.type === "indicatorId") row[c.key] = e.id;
        else if (c.type === "goal") row[c.key] = e.goal;
        else if (c.prefilled && c.type === "text" && texts.length) row[c.key] = texts.shift()!;
      }
      return row;
    });
  }
  return rows;
}

function rowFrom(columns: Column[], byType: Partial<Record<Column["type"], string>>): RowData {
  const row: RowData = {};
  for (const c of columns) {
    const v = byType[c.type];
    if (v !== undefined) row[c.key] = v;
  }
  return row;
}

/** An empty template for a unit, agency and period. */
export function planTemplate(
  catalogue: Catalogue,
  identity: TemplateIdentity,
  options: PlanOptions,
): TemplatePlan {
  return planFilledTemplate(catalogue, identity, { tables: {} }, options);
}

/** The same template with values in it (usage counts, actors, actions, effect results). */
export function planFilledTemplate(
  catalogue: Catalogue,
  identity: TemplateIdentity,
  data: TemplateData,
  options: PlanOptions = { existingSheetNames: [] },
): TemplatePlan {
  const checked = checkIdentity(catalogue, identity);
  if ("problems" in checked) return checked;

  const names: Record<string, string> = {};
  const problems: UserMessage[] = [];
  const seen = new Map<string, string>();
  for (const base of templateSheetNames(catalogue)) {
    const chosen = options.sheetNames?.[base]?.trim() || base;
    const p = sheetNameProblem(chosen);
    if (p) problems.push(p);
    const prior = seen.get(normalizeName(chosen));
    if (prior) {
      problems.push({ key: "template.sheetNamesTwice", params: { prior, base, chosen } });
    }
    seen.set(normalizeName(chosen), base);
    names[base] = chosen;
  }
  const tables = new Set((options.existingTableNames ?? []).map(normalizeName));
  for (const spec of catalogue.template.tables) {
    if (tables.has(normalizeName(spec.table))) {
      problems.push({ key: "template.tableExists", params: { table: spec.table } });
    }
  }
  if (problems.length) return { problems };
  const existing = new Set(options.existingSheetNames.map(normalizeName));
  const clashes = Object.keys(names).filter((base) => existing.has(normalizeName(names[base])));
  if (clashes.length) return { clashes };

  const prefilled = prefilledRows(catalogue, checked.agency);
  const builder = new TemplateBuilder(catalogue, names, checked, identity.contact ?? "", data);
  return { edits: builder.build(prefilled), sheets: names };
}

interface ListRange {
  /** Absolute reference for a list validation, without "=". */
  ref: string;
}

class TemplateBuilder {
  private readonly edits: Edit[] = [];
  private readonly t: Catalogue["template"];
  private readonly lists = new Map<string, ListRange>();

  constructor(
    private readonly catalogue: Catalogue,
    private readonly names: Record<string, string>,
    private readonly id: { unit: string; agency: string; period: Period; part: string | null },
    private readonly contact: string,
    private readonly data: TemplateData,
  ) {
    this.t = catalogue.template;
  }

  private name(base: string): string {
    return this.names[base];
  }

  build(prefilled: Record<TableKey, RowData[]>): Edit[] {
    const t = this.t;
    this.edits.push({ kind: "addSheet", sheet: this.name(t.cover.name), tabColor: "#1F4E79" });
    for (const spec of t.tables) this.edits.push({ kind: "addSheet", sheet: this.name(spec.name) });
    this.edits.push({ kind: "addSheet", sheet: this.name(t.summarySheet), tabColor: "#548235" });
    this.edits.push({ kind: "addSheet", sheet: this.name(t.catalogueSheet), visibility: "hidden" });

    this.catalogueSheet();
    const columnsPresent = new Map<TableKey, Set<string>>();
    for (const spec of t.tables) {
      const omitted = new Set(this.data.omitColumns?.[spec.key] ?? []);
      const columns = spec.columns.filter((c) => !omitted.has(c.key));
      columnsPresent.set(spec.key, new Set(columns.map((c) => c.key)));
      this.tableSheet(spec, columns, this.data.tables[spec.key] ?? prefilled[spec.key]);
    }
    const agencyRow = this.coverSheet();
    this.summarySheet(columnsPresent, agencyRow);
    for (const f of t.cover.fields) {
      if (f.property !== null)
        this.edits.push({ kind: "setProperty", name: f.property, value: this.fieldValue(f) });
    }
    this.edits.push({ kind: "activateSheet", sheet: this.name(t.cover.name) });
    const { unit, agency, period } = this.id;
    return withPrintSetup(this.edits, {
      header: (sheet) => ({
        left: sheet,
        center: `A-krimrapportering ${unit} ${agency}`,
        right: `Periode ${period.id}`,
      }),
    });
  }

  private fieldValue(f: FormField): string {
    switch (f.key) {
      case "unit":
        return this.id.unit;
      case "agency":
        return this.id.agency;
      case "period":
        return this.id.period.id;
      case "templateVersion":
        return this.t.version;
      case "catalogueVersion":
        return this.catalogue.version;
      case "contact":
        return this.contact;
      case "status":
        return this.data.status ?? this.catalogue.enumerations.reportStatus?.[0]?.value ?? "Utkast";
      case "part":
        return this.id.part ?? "";
      case "personYears":
        return "";
    }
  }

  /** The hidden sheet with the lists the drop-downs use: instruments, then id/name pairs. */
  private catalogueSheet() {
    const sheet = this.name(this.t.catalogueSheet);
    const c = this.catalogue;
    const blocks: { key: string; header: string[]; rows: CellInput[][] }[] = [
      {
        key: "instrumentId",
        header: [
          "Virkemiddel-ID",
          "Virkemiddel",
          "Brukermål",
          "Gruppering",
          "Underkategori",
          "Hastighet",
          "Etater",
          "Definisjon",
          "Definition",
        ],
        rows: c.instruments.map((i) => [
          i.id,
          i.name.nb,
          i.goal,
          i.grouping,
          i.subcategory,
          i.speed,
          i.agencies.join(", "),
          i.help?.nb ?? null,
          i.help?.en ?? null,
        ]),
      },
      ...(
        [
          ["goal", "Brukermål", goals(c)],
          ["grouping", "Gruppering", groupings(c)],
          ["agency", "Etat", c.agencies],
          ["unit", "Rapporteringsenhet", c.units],
          ["indicatorId", "Indikator-ID", c.effectIndicators],
        ] as const
      ).map(([key, header, list]) => ({
        key,
        header: [header, `${header} (navn)`],
        rows: list.map((x) => [x.id, x.name.nb] as CellInput[]),
      })),
      ...Object.entries(c.enumerations).map(([key, values]) => ({
        key: `enum:${key}`,
        header: [key, `${key} (English)`],
        rows: values.map((v) => [v.value, v.name.en] as CellInput[]),
      })),
    ];
    let col = 0;
    const widths: number[] = [];
    for (const b of blocks) {
      const values = [b.header, ...b.rows];
      this.edits.push({ kind: "setValues", sheet, address: cellAddress(0, col), values });
      const first = cellAddress(1, col);
      const last = cellAddress(Math.max(b.rows.length, 1), col);
      this.lists.set(b.key, { ref: `${quoteSheet(sheet)}!${absolute(first)}:${absolute(last)}` });
      b.header.forEach((h, i) => (widths[col + i] = Math.min(Math.max(h.length + 2, 12), 40)));
      widths[col + b.header.length] = 3;
      col += b.header.length + 1;
    }
    this.edits.push({
      kind: "setStyle",
      sheet,
      range: `A1:${cellAddress(0, col - 2)}`,
      style: { bold: true },
    });
    this.edits.push({ kind: "setColumnWidths", sheet, widths });
    this.edits.push({ kind: "protectSheet", sheet, unlockedRanges: [] });
  }

  private listRule(key: string): ValidationRule | null {
    const list = this.lists.get(key);
    return list ? { type: "list", source: `=${list.ref}` } : null;
  }

  private columnRule(c: Column): { rule: ValidationRule; prompt: string; error: string } | null {
    const fromList = (key: string) => {
      const rule = this.listRule(key);
      return rule
        ? {
            rule,
            prompt: inputMessage(c.help?.nb ?? ""),
            error: sideBySide("template.input.list"),
          }
        : null;
    };
    switch (c.type) {
      case "instrumentId":
        return fromList("instrumentId");
      case "goal":
        return fromList("goal");
      case "grouping":
        return fromList("grouping");
      case "indicatorId":
        return fromList("indicatorId");
      case "enum":
        return c.enumeration ? fromList(`enum:${c.enumeration}`) : null;
      case "wholeNumber":
        return {
          rule: { type: "wholeNumber", min: 0 },
          prompt: inputMessage(c.help?.nb ?? ""),
          error: sideBySide("template.input.wholeNumber"),
        };
      case "decimal":
        // Effect values may measure a change and be negative; the check allows them too.
        return {
          rule: { type: "decimal", min: -1e15 },
          prompt: inputMessage(c.help?.nb ?? ""),
          error: sideBySide("template.input.decimal"),
        };
      case "nok":
        return {
          rule: { type: "decimal", min: 0 },
          prompt: inputMessage(c.help?.nb ?? ""),
          error: sideBySide("template.input.nok"),
        };
      case "date":
        return {
          rule: { type: "date", min: this.id.period.start, max: this.id.period.end },
          prompt: inputMessage(c.help?.nb ?? ""),
          error: sideBySide("template.input.date", {
            start: formatDate(this.id.period.start),
            end: formatDate(this.id.period.end),
          }),
        };
      default:
        return null;
    }
  }

  private tableSheet(spec: TableSheet, columns: Column[], rows: RowData[]) {
    const sheet = this.name(spec.name);
    const bodyRows = Math.max(rows.length + TABLE_ROOM[spec.key], 1);
    const values: CellInput[][] = [columns.map((c) => c.header)];
    for (const r of rows) values.push(columns.map((c) => cellValue(c, r[c.key])));
    this.edits.push({ kind: "setValues", sheet, address: "A1", values });
    const range = rangeFrom(0, 0, bodyRows + 1, columns.length);
    this.edits.push({ kind: "addTable", sheet, name: spec.table, range, style: TABLE_STYLE });
    this.edits.push({
      kind: "setStyle",
      sheet,
      range: rangeFrom(0, 0, 1, columns.length),
      style: HEADER_STYLE,
    });
    columns.forEach((c, i) => {
      const body = rangeFrom(1, i, bodyRows, 1);
      const format = columnFormat(c);
      if (format) this.edits.push({ kind: "setNumberFormat", sheet, range: body, format });
      const rule = this.columnRule(c);
      if (rule) {
        this.edits.push({
          kind: "setValidation",
          sheet,
          range: body,
          rule: rule.rule,
          allowBlank: true,
          ...(rule.prompt ? { prompt: rule.prompt } : {}),
          error: rule.error,
        });
      }
    });
    this.edits.push({ kind: "setColumnWidths", sheet, widths: columns.map((c) => c.width) });
    const height = headerRowHeight(
      columns.map((c) => c.header),
      columns.map((c) => c.width),
    );
    if (height) this.edits.push({ kind: "setRowHeight", sheet, row: 1, height });
    this.edits.push({ kind: "freezeRows", sheet, rows: 1 });
    this.edits.push(
      tablePrintLayout(
        sheet,
        1,
        columns.map((c) => c.width),
      ),
    );
    this.edits.push({
      kind: "protectSheet",
      sheet,
      unlockedRanges: [rangeFrom(1, 0, bodyRows, columns.length)],
      allowInsertRows: true,
    });
  }

  /** The cover sheet; returns the 1-based row of the agency field. */
  private coverSheet(): number {
    const cover = this.t.cover;
    const sheet = this.name(cover.name);
    const values: CellInput[][] = [[...cover.headers]];
    for (const f of cover.fields)
      values.push([
        f.label,
        f.key === "personYears" ? (this.data.personYears ?? null) : this.fieldValue(f) || null,
      ]);
    this.edits.push({ kind: "setValues", sheet, address: "A1", values });
    this.edits.push({ kind: "setStyle", sheet, range: "A1:B1", style: HEADER_STYLE });
    this.edits.push({
      kind: "setStyle",
      sheet,
      range: rangeFrom(1, 0, cover.fields.length, 1),
      style: { bold: true },
    });
    const valueRange = rangeFrom(1, 1, cover.fields.length, 1);
    this.edits.push({ kind: "setNumberFormat", sheet, range: valueRange, format: NUMBER_FORMATS.text });
    cover.fields.forEach((f, i) => {
      const listKey =
        f.key === "unit"
          ? "unit"
          : f.key === "agency"
            ? "agency"
            : f.key === "status"
              ? "enum:reportStatus"
              : f.key === "part"
                ? "enum:effortPart"
                : null;
      const rule = listKey ? this.listRule(listKey) : null;
      const prompt = f.help ? inputMessage(f.help.nb) : undefined;
      if (rule) {
        this.edits.push({
          kind: "setValidation",
          sheet,
          range: cellAddress(i + 1, 1),
          rule,
          allowBlank: false,
          ...(prompt ? { prompt } : {}),
          error: sideBySide("template.input.list"),
        });
      } else if (f.key === "personYears") {
        // Årsverk is a number (the other fields are text, so that ids such as 2026-T1 stay as typed).
        this.edits.push({
          kind: "setNumberFormat",
          sheet,
          range: cellAddress(i + 1, 1),
          format: NUMBER_FORMATS.decimal,
        });
        this.edits.push({
          kind: "setValidation",
          sheet,
          range: cellAddress(i + 1, 1),
          rule: { type: "decimal", min: 0 },
          allowBlank: true,
          ...(prompt ? { prompt } : {}),
          error: sideBySide("template.input.personYears"),
        });
      }
    });
    // Links to the other sheets, below the fields.
    const linkRow = cover.fields.length + 2;
    this.edits.push({
      kind: "setValues",
      sheet,
      address: cellAddress(linkRow, 0),
      values: [[translate("nb", "template.cover.contents"), translate("en", "template.cover.contents")]],
    });
    this.edits.push({ kind: "setStyle", sheet, range: rangeFrom(linkRow, 0, 1, 2), style: { bold: true } });
    const described: [string, string][] = [
      ...this.t.tables.map(
        (s) => [s.name, sideBySide("template.cover.table", { table: s.table })] as [string, string],
      ),
      [this.t.summarySheet, sideBySide("template.cover.computed")],
    ];
    described.forEach(([base, text], i) => {
      const row = linkRow + 1 + i;
      this.edits.push({
        kind: "setHyperlink",
        sheet,
        address: cellAddress(row, 0),
        target: { sheet: this.name(base), address: "A1" },
        text: this.name(base),
      });
      this.edits.push({ kind: "setValues", sheet, address: cellAddress(row, 1), values: [[text]] });
    });
    this.edits.push({ kind: "setColumnWidths", sheet, widths: [22, 44] });
    this.edits.push({ kind: "protectSheet", sheet, unlockedRanges: [valueRange] });
    const agencyIndex = cover.fields.findIndex((f) => f.key === "agency");
    return agencyIndex + 2;
  }

  private summarySheet(columnsPresent: Map<TableKey, Set<string>>, agencyRow: number) {
    const sheet = this.name(this.t.summarySheet);
    const coverSheet = quoteSheet(this.name(this.t.cover.name));
    const agencyCell = `${coverSheet}!$B$${agencyRow}`;
    const fields = this.t.cover.fields;
    const compiler = new FormulaCompiler(this.catalogue, {
      hasColumn: (table, column) => columnsPresent.get(table)?.has(column) ?? false,
      agencyCell,
      fieldCell: (key) => {
        const i = fields.findIndex((f) => f.key === key);
        return i < 0 ? null : `${coverSheet}!$B$${i + 2}`;
      },
    });
    const headers = [...this.t.summaryHeaders.slice(0, 3), SUMMARY_ENGLISH_HEADER];
    const valueColumn = columnLetters(2);
    const rows: SummaryRow[] = compiler.summaryRows(2, valueColumn);
    const values: CellInput[][] = [headers];
    for (const r of rows) values.push([r.id, r.name.nb, { formula: `=${r.formula}` }, r.name.en]);
    this.edits.push({ kind: "setValues", sheet, address: "A1", values });
    this.edits.push({
      kind: "setStyle",
      sheet,
      range: rangeFrom(0, 0, 1, headers.length),
      style: HEADER_STYLE,
    });
    // Number formats by unit, one edit per run of rows with the same unit.
    let start = 0;
    for (let i = 1; i <= rows.length; i++) {
      if (i === rows.length || rows[i].unit !== rows[start].unit) {
        const unit = rows[start].unit;
        const format = unit === "count" ? NUMBER_FORMATS.wholeNumber : NUMBER_FORMATS[unit];
        this.edits.push({
          kind: "setNumberFormat",
          sheet,
          range: rangeFrom(start + 1, 2, i - start, 1),
          format,
        });
        start = i;
      }
    }
    // Breakdown rows in italics, one edit per run of consecutive breakdown rows.
    for (let i = 0; i < rows.length; i++) {
      if (!rows[i].breakdown) continue;
      let end = i;
      while (end + 1 < rows.length && rows[end + 1].breakdown) end++;
      this.edits.push({
        kind: "setStyle",
        sheet,
        range: rangeFrom(i + 1, 0, end - i + 1, 2),
        style: { italic: true },
      });
      i = end;
    }
    this.edits.push({ kind: "setColumnWidths", sheet, widths: SUMMARY_WIDTHS });
    this.edits.push({ kind: "freezeRows", sheet, rows: 1 });
    this.edits.push(tablePrintLayout(sheet, 1, SUMMARY_WIDTHS));
    this.edits.push({ kind: "protectSheet", sheet, unlockedRanges: [] });
  }
}

function columnFormat(c: Column): string | null {
  switch (c.type) {
    case "wholeNumber":
      return NUMBER_FORMATS.wholeNumber;
    case "nok":
      return NUMBER_FORMATS.nok;
    case "decimal":
      return NUMBER_FORMATS.decimal;
    case "date":
      return NUMBER_FORMATS.date;
    case "text":
    case "reference":
    case "agencyList":
      return NUMBER_FORMATS.text;
    default:
      return null;
  }
}

/**
 * A data-validation input message: Excel refuses a prompt longer than 255 characters
 * (https://learn.microsoft.com/javascript/api/excel/excel.datavalidationprompt), so a longer one is cut at a word.
 */
export function inputMessage(text: string): string {
  if (text.length <= 255) return text;
  const cut = text.slice(0, 254);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), 200))}…`;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A value as it goes into a cell: ISO dates in date columns become Excel serial dates. */
function cellValue(c: Column, v: CellInput | undefined): CellInput {
  if (v === undefined) return null;
  if (c.type === "date" && typeof v === "string" && ISO_DATE.test(v)) return dateToSerial(v);
  return v;
}
