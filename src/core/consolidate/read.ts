/**
 * Turns the inputs into register entries: a returned template gives one entry; a consolidated workbook gives
 * back every submission it registered, with the rows of the counted ones (from `Samlet`) and their findings
 * (from `Funn`, or `Avvik` in older ones), so that consolidations can themselves be consolidated.
 */
import { bilingual } from "../../i18n";
import type { Catalogue } from "../../catalogue/loader";
import type { LocalText, TableSheet } from "../../catalogue/schema";
import { parseRange } from "../a1";
import type { Finding } from "../model/finding";
import { isRuleId, RULES } from "../validation/rules";
import {
  findSheet,
  isEmptyCell,
  normalizeName,
  type CellValue,
  type SheetSnapshot,
  type WorkbookSnapshot,
} from "../model/snapshot";
import { cellText, namedCatalogue, type DataRow, type TableKey } from "../model/submission";
import { catalogueForVersion, type CatalogueSet } from "../../catalogue/set";
import { parsePeriod } from "../period";
import {
  alignSource,
  normaliseIdentity,
  sourceOf,
  rollupSource,
  type RollupSource,
  type SourceTable,
  type SubmissionIdentity,
} from "../rollup";
import {
  FINDING_COLUMNS,
  OLD_FINDINGS,
  INCOMPLETE_RULE,
  REGISTER_COLUMNS,
  ROW_COLUMNS,
  SHEETS,
  TABLES,
  treatmentFromLabel,
  type Treatment,
} from "./layout";
import type { ConsolidationInput } from "./types";

/** An entry before the conflict rule has run. */
export interface EntryDraft {
  file: string;
  hash: string;
  via: string | null;
  identity: SubmissionIdentity;
  source: RollupSource | null;
  rowCount: number;
  findings: Finding[];
  /** `unreadable` / `no-identity` are final; for a carried entry, how the earlier consolidation treated it. */
  treatment: Treatment | null;
  note: LocalText | null;
  /** The catalogue its rows are classified by: the version it names when known, else the one in use. */
  catalogue: Catalogue;
}

const NO_IDENTITY: SubmissionIdentity = {
  unit: null,
  agency: null,
  period: null,
  part: null,
  templateVersion: null,
  catalogueVersion: null,
  status: null,
  personYears: null,
};

/** True when the workbook is the output of a consolidation (it has the register and the row sheet). */
export function isConsolidatedWorkbook(snapshot: WorkbookSnapshot): boolean {
  return findSheet(snapshot, SHEETS.rows) !== undefined && findSheet(snapshot, SHEETS.register) !== undefined;
}

export function readInput(input: ConsolidationInput, set: CatalogueSet): EntryDraft[] {
  const catalogue = set.current;
  if (!input.snapshot) {
    return [
      {
        file: input.file,
        hash: input.hash,
        via: null,
        identity: NO_IDENTITY,
        source: null,
        rowCount: 0,
        findings: input.findings ?? [],
        treatment: "unreadable",
        note: input.readError ?? bilingual("consolidation.fileUnreadable"),
        catalogue,
      },
    ];
  }
  if (isConsolidatedWorkbook(input.snapshot)) return readConsolidated(input.file, input.snapshot, set);
  return [readTemplate(input, input.snapshot, set)];
}

/** A returned template, read with the catalogue version it names and aligned to the one in use. */
function readTemplate(input: ConsolidationInput, snapshot: WorkbookSnapshot, set: CatalogueSet): EntryDraft {
  const named = namedCatalogue(snapshot, set);
  const given = input.read?.catalogue === named ? input.read.submission : undefined;
  const read = rollupSource({ ...snapshot, name: input.file }, named, given);
  const identity = read.identity;
  const source = alignSource(read.source, named, set.current);
  const rowCount = Object.values(source.tables).reduce((n, t) => n + (t?.rows.length ?? 0), 0);
  const missing = missingIdentity(named, identity);
  return {
    file: input.file,
    hash: input.hash,
    via: null,
    identity,
    source,
    rowCount,
    findings: input.findings ?? [],
    treatment: missing ? "no-identity" : null,
    note: missing,
    catalogue: named,
  };
}

/** What keeps a submission from being placed (unit, agency, valid period), or null. */
export function missingIdentity(catalogue: Catalogue, identity: SubmissionIdentity): LocalText | null {
  const fields = catalogue.template.cover.fields;
  const label = (key: string) => fields.find((f) => f.key === key)?.label ?? key;
  const absent: string[] = [];
  if (!identity.unit) absent.push(label("unit"));
  if (!identity.agency) absent.push(label("agency"));
  if (!identity.period || !parsePeriod(identity.period)) absent.push(label("period"));
  if (!absent.length) return null;
  const list = absent.join(", ");
  return bilingual("consolidation.cannotPlace", { fields: list });
}

interface FoundTable {
  sheet: SheetSnapshot;
  /** Normalised header → 0-based column. */
  columns: Map<string, number>;
  first: number;
  last: number;
}

/** Finds a table by its Excel table name, else by scanning the sheet's first rows for the headers. */
function findTable(
  snapshot: WorkbookSnapshot,
  sheetName: string,
  tableName: string,
  headers: string[],
): FoundTable | null {
  const wanted = new Set(headers.map(normalizeName));
  const table = snapshot.tables.find((t) => normalizeName(t.name) === normalizeName(tableName));
  const sheet = table ? findSheet(snapshot, table.sheet) : findSheet(snapshot, sheetName);
  if (!sheet) return null;
  const range = table ? parseRange(table.ref) : null;
  let headerRow = range ? range.start.row : -1;
  if (headerRow < 0) {
    let best = 1;
    for (let r = 0; r < Math.min(sheet.rows.length, 30); r++) {
      const n = (sheet.rows[r] ?? []).filter((v) => {
        const t = cellText(v);
        return t !== null && wanted.has(normalizeName(t));
      }).length;
      if (n > best) {
        best = n;
        headerRow = r;
      }
    }
    if (headerRow < 0) return null;
  }
  const columns = new Map<string, number>();
  (sheet.rows[headerRow] ?? []).forEach((v, c) => {
    const t = cellText(v);
    if (
      t !== null &&
      !columns.has(normalizeName(t)) &&
      (!range || (c >= range.start.col && c <= range.end.col))
    )
      columns.set(normalizeName(t), c);
  });
  const last = Math.min(range ? range.end.row : sheet.rows.length - 1, sheet.rows.length - 1);
  return { sheet, columns, first: headerRow + 1, last };
}

function* dataRows(t: FoundTable): Generator<{ row: number; cells: CellValue[] }> {
  for (let r = t.first; r <= t.last; r++) {
    const cells = t.sheet.rows[r];
    if (!cells || cells.every((v) => isEmptyCell(v))) continue;
    yield { row: r, cells };
  }
}

function getter(t: FoundTable, cells: CellValue[]) {
  return (header: string): CellValue => {
    const c = t.columns.get(normalizeName(header));
    return c === undefined ? null : (cells[c] ?? null);
  };
}

const asNumber = (v: CellValue): number | null => {
  if (typeof v === "number") return v;
  const t = cellText(v);
  return t !== null && /^\d+$/.test(t) ? Number(t) : null;
};

function readConsolidated(file: string, snapshot: WorkbookSnapshot, set: CatalogueSet): EntryDraft[] {
  const catalogue = set.current;
  const register = findTable(snapshot, SHEETS.register, TABLES.register, Object.values(REGISTER_COLUMNS));
  if (!register) return [];
  const specs = catalogue.template.tables;

  // Rows of counted submissions, grouped by register number and table.
  const rowsByNr = new Map<number, Map<TableKey, SourceTable>>();
  const samlet = findTable(snapshot, SHEETS.rows, TABLES.rows, Object.values(ROW_COLUMNS));
  if (samlet) {
    const byTable = new Map<string, TableSheet>();
    for (const s of specs) {
      byTable.set(normalizeName(s.table), s);
      byTable.set(normalizeName(s.name), s);
    }
    const positions = new Map<TableKey, number[]>(
      specs.map((s) => [s.key, s.columns.map((c) => samlet.columns.get(normalizeName(c.header)) ?? -1)]),
    );
    for (const { cells } of dataRows(samlet)) {
      const get = getter(samlet, cells);
      const nr = asNumber(get(ROW_COLUMNS.nr));
      const spec = byTable.get(normalizeName(cellText(get(ROW_COLUMNS.table)) ?? ""));
      if (nr === null || !spec) continue;
      let tables = rowsByNr.get(nr);
      if (!tables) rowsByNr.set(nr, (tables = new Map()));
      let t = tables.get(spec.key);
      if (!t) tables.set(spec.key, (t = { sheet: cellText(get(ROW_COLUMNS.sheet)) ?? spec.name, rows: [] }));
      const row: DataRow = {
        row: asNumber(get(ROW_COLUMNS.sourceRow)) ?? 0,
        cells: positions.get(spec.key)!.map((c) => (c < 0 ? null : (cells[c] ?? null))),
      };
      t.rows.push(row);
    }
  }

  const findingsByNr = new Map<number, Finding[]>();
  const findingsTable =
    findTable(snapshot, SHEETS.findings, TABLES.findings, Object.values(FINDING_COLUMNS)) ??
    findTable(snapshot, OLD_FINDINGS.sheet, OLD_FINDINGS.table, [
      ...Object.values(FINDING_COLUMNS),
      ...Object.values(OLD_FINDINGS.columns),
    ]);
  if (findingsTable) {
    for (const { cells } of dataRows(findingsTable)) {
      const get = getter(findingsTable, cells);
      // A header by today's name, or by the name an older consolidation gave it.
      const text = (h: string, old?: string) =>
        cellText(get(h)) ?? (old === undefined ? null : cellText(get(old)));
      const nr = asNumber(get(FINDING_COLUMNS.nr));
      const rule = text(FINDING_COLUMNS.rule);
      // The consolidation's own findings are worked out again from the register (except INCOMPLETE_RULE).
      if (nr === null || !rule || (rule.startsWith("consolidate.") && rule !== INCOMPLETE_RULE)) continue;
      // A rule this version does not know (a sheet from a newer one) has no severity here to show it with.
      if (!isRuleId(rule)) continue;
      const message = text(FINDING_COLUMNS.message) ?? "";
      const hint = text(FINDING_COLUMNS.hint, OLD_FINDINGS.columns.hint) ?? "";
      const finding: Finding = {
        rule,
        severity: RULES[rule].severity,
        sheet: text(FINDING_COLUMNS.sheet),
        row: asNumber(get(FINDING_COLUMNS.row)),
        column: text(FINDING_COLUMNS.column),
        cell: text(FINDING_COLUMNS.cell),
        value: text(FINDING_COLUMNS.value),
        params: {},
        // The sheet holds the words, not the params: shown as written.
        written: {
          message: { nb: message, en: text(FINDING_COLUMNS.messageEn) ?? message },
          hint: { nb: hint, en: text(FINDING_COLUMNS.hintEn, OLD_FINDINGS.columns.hintEn) ?? hint },
        },
      };
      const list = findingsByNr.get(nr);
      if (list) list.push(finding);
      else findingsByNr.set(nr, [finding]);
    }
  }

  const drafts: EntryDraft[] = [];
  for (const { cells } of dataRows(register)) {
    const get = getter(register, cells);
    const text = (h: string) => cellText(get(h));
    const nr = asNumber(get(REGISTER_COLUMNS.nr));
    const original = text(REGISTER_COLUMNS.file);
    if (nr === null || original === null) continue;
    const earlier = text(REGISTER_COLUMNS.via);
    const identity = normaliseIdentity(catalogue, {
      unit: text(REGISTER_COLUMNS.unit),
      agency: text(REGISTER_COLUMNS.agency),
      period: text(REGISTER_COLUMNS.period),
      templateVersion: text(REGISTER_COLUMNS.templateVersion),
      catalogueVersion: text(REGISTER_COLUMNS.catalogueVersion),
      status: text(REGISTER_COLUMNS.status),
      part: text(REGISTER_COLUMNS.part),
      personYears: text(REGISTER_COLUMNS.personYears),
    });
    const treatment = treatmentFromLabel(text(REGISTER_COLUMNS.treatment)) ?? "unavailable";
    const note = text(REGISTER_COLUMNS.note);
    let source: RollupSource | null = null;
    if (treatment === "counted") {
      const found = rowsByNr.get(nr) ?? new Map<TableKey, SourceTable>();
      const tables = {} as Record<TableKey, SourceTable | null>;
      for (const s of specs) tables[s.key] = found.get(s.key) ?? { sheet: s.name, rows: [] };
      source = sourceOf(original, identity, tables);
    }
    drafts.push({
      file: original,
      hash: text(REGISTER_COLUMNS.hash) ?? "",
      via: earlier ? `${file} › ${earlier}` : file,
      identity,
      source,
      rowCount: source ? Object.values(source.tables).reduce((n, t) => n + (t?.rows.length ?? 0), 0) : 0,
      findings: findingsByNr.get(nr) ?? [],
      treatment,
      note: note === null ? null : { nb: note, en: note },
      catalogue: catalogueForVersion(set, identity.catalogueVersion) ?? catalogue,
    });
  }
  return drafts;
}
