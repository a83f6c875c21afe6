/**
 * The validation engine: checks a returned workbook, row by row, against the catalogue and the goal
 * taxonomy. Pure and fast: lookups are Maps built once per catalogue, patterns are compiled once, and a
 * clean cell allocates nothing.
 */
import type { Catalogue } from "../../catalogue/loader";
import { findSheet, isEmptyCell, normalizeName, type WorkbookSnapshot } from "../model/snapshot";
import { SEVERITY_ORDER, type Finding } from "../model/finding";
import { namedCatalogue, readSubmission, type Submission } from "../model/submission";
import { catalogueSet } from "../../catalogue";
import { cellAddress, parseCell, parseRange } from "../a1";
import { Collector, short, type Where } from "./collector";
import { checkCover, type Identity } from "./cover";
import { checkPrivacy } from "./privacy";
import { checkStructure } from "./structure";
import { checkActions, checkActors, checkEffects, checkUsage } from "./tables";
import { checkCountedRows, checkExcluded, checkReadings } from "./reading";

export interface ValidateOptions {
  /** Findings of one rule on one sheet beyond this many are counted in a summary finding. Default 1000. */
  maxFindingsPerRule?: number;
  /** A submission already read from the same snapshot with the same catalogue (saves reading it twice). */
  submission?: Submission;
  /**
   * Check against `catalogue` itself even when the workbook names another known version. By default a workbook
   * is checked against the catalogue version it names (a bundled one, or `catalogue`), and `catalogue` is the
   * version in use that the version check compares with.
   */
  exactCatalogue?: boolean;
}

export interface ValidationResult {
  findings: Finding[];
  /** The catalogue the workbook was checked against: the version it names, when known. */
  catalogue: Catalogue;
  submission: Submission;
  identity: Identity;
}

/** Checks a workbook snapshot and returns its findings, most severe first, then in sheet and row order. */
export function validateWorkbook(
  snapshot: WorkbookSnapshot,
  catalogue: Catalogue,
  options: ValidateOptions = {},
): Finding[] {
  return validateSubmission(snapshot, catalogue, options).findings;
}

/** Like `validateWorkbook`, also returning the submission read and its identity. */
export function validateSubmission(
  snapshot: WorkbookSnapshot,
  catalogue: Catalogue,
  options: ValidateOptions = {},
): ValidationResult {
  const inUse = catalogue;
  if (!options.exactCatalogue) catalogue = namedCatalogue(snapshot, catalogueSet(inUse));
  const c = new Collector(options.maxFindingsPerRule ?? 1000);
  const sub =
    options.submission && catalogue === inUse ? options.submission : readSubmission(snapshot, catalogue);
  if (!looksLikeTemplate(snapshot, catalogue, sub)) return notATemplate(c, snapshot, catalogue, sub);
  checkNotes(c, snapshot, catalogue);
  checkStructure(c, snapshot, catalogue, sub);
  const identity = checkCover(c, snapshot, catalogue, sub, inUse);
  for (const table of Object.values(sub.tables)) {
    if (!table) continue;
    checkReadings(c, table);
    checkExcluded(c, table);
    checkCountedRows(c, catalogue, table);
  }
  const { usage, actors, actions, effects } = sub.tables;
  if (usage) checkUsage(c, catalogue, usage, identity);
  if (actors) checkActors(c, catalogue, actors);
  if (actions) checkActions(c, catalogue, actions, identity);
  if (effects) checkEffects(c, catalogue, effects);
  checkPrivacy(c, snapshot);
  return { findings: sortFindings(c.finish(), snapshot), submission: sub, identity, catalogue };
}

/** The sheets a filled-in template is known by: the cover and the tables (not the summary or the lists). */
function dataSheetNames(catalogue: Catalogue): string[] {
  return [catalogue.template.cover.name, ...catalogue.template.tables.map((s) => s.name)];
}

/**
 * A workbook is taken for a template when it has any of the template's data sheets (by name, or a renamed cover or
 * table found by its labels and headers) or any of its document properties. An empty or foreign workbook is not,
 * even with a sheet of a common name such as "Katalog".
 */
function looksLikeTemplate(snapshot: WorkbookSnapshot, catalogue: Catalogue, sub: Submission): boolean {
  return (
    sub.coverSheet !== null ||
    Object.values(sub.tables).some((t) => t !== null) ||
    dataSheetNames(catalogue).some((name) => findSheet(snapshot, name) !== undefined) ||
    catalogue.template.cover.fields.some((f) => f.property !== null && snapshot.properties.has(f.property))
  );
}

/**
 * An empty or foreign workbook gets one finding that says so, instead of a missing sheet, field and property
 * each. Personal data is searched for all the same: it must not be passed on whatever the workbook is.
 */
function notATemplate(
  c: Collector,
  snapshot: WorkbookSnapshot,
  catalogue: Catalogue,
  sub: Submission,
): ValidationResult {
  const empty = snapshot.sheets.every((s) => s.rows.every((r) => !r || r.every((v) => isEmptyCell(v))));
  c.add(
    "workbook.not-a-template",
    { sheet: null, row: null, column: null, cell: null },
    null,
    { sheets: dataSheetNames(catalogue).join(", ") },
    empty ? { message: "message.empty" } : {},
  );
  checkPrivacy(c, snapshot);
  const identity: Identity = { unit: null, agency: null, period: null, datePeriod: null };
  return { findings: sortFindings(c.finish(), snapshot), submission: sub, identity, catalogue };
}

/** Reader notes that become findings; the 1904 date system does not: its dates are read as the same days. */
const NOTE_RULES: Partial<
  Record<
    WorkbookSnapshot["notes"][number]["code"],
    | "read.whole-column-validation"
    | "read.string-truncated"
    | "read.sheet-skipped"
    | "read.formula-without-value"
    | "read.too-many-rows"
  >
> = {
  "whole-column-validation": "read.whole-column-validation",
  "string-truncated": "read.string-truncated",
  "sheet-skipped": "read.sheet-skipped",
  "formula-without-value": "read.formula-without-value",
  "too-many-rows": "read.too-many-rows",
};

/**
 * What the reader noticed while reading becomes findings too. Formulas without a stored result on the
 * summary sheet are skipped: its values are computed from the tables here, never read.
 */
function checkNotes(c: Collector, snapshot: WorkbookSnapshot, catalogue: Catalogue): void {
  const summary = normalizeName(catalogue.template.summarySheet);
  for (const note of snapshot.notes) {
    const rule = NOTE_RULES[note.code];
    if (!rule) continue;
    if (
      note.code === "formula-without-value" &&
      note.sheet !== undefined &&
      normalizeName(note.sheet) === summary
    )
      continue;
    const range = note.ref ? parseRange(note.ref.split(/\s+/)[0]) : null;
    const w: Where = {
      sheet: note.sheet ?? null,
      row: range ? range.start.row + 1 : null,
      column: null,
      cell: range ? cellAddress(range.start.row, range.start.col) : null,
    };
    const detail = note.detail.length > 300 ? `${note.detail.slice(0, 299)}…` : note.detail;
    // The reader's detail is English; the Norwegian text says the rule's own description instead.
    const params: Record<string, string> = { detail };
    if (note.sheet) params.sheet = short(note.sheet);
    if (note.ref) params.ref = note.ref.slice(0, 60);
    c.add(rule, w, null, params, {
      message: note.sheet
        ? note.ref
          ? "message.sheet-ref"
          : "message.sheet"
        : note.ref
          ? "message.ref"
          : "message",
    });
  }
}

/** Severity first, then the workbook's sheet order, row and column. */
function sortFindings(findings: Finding[], snapshot: WorkbookSnapshot): Finding[] {
  const sheetOrder = new Map(snapshot.sheets.map((s, i) => [s.name, i]));
  const colOf = (cell: string | null) => (cell ? (parseCell(cell)?.col ?? -1) : -1);
  return findings
    .map((f, i) => ({ f, i }))
    .sort(
      (a, b) =>
        SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] ||
        (a.f.sheet === null ? -1 : (sheetOrder.get(a.f.sheet) ?? 1e6)) -
          (b.f.sheet === null ? -1 : (sheetOrder.get(b.f.sheet) ?? 1e6)) ||
        (a.f.row ?? 0) - (b.f.row ?? 0) ||
        colOf(a.f.cell) - colOf(b.f.cell) ||
        a.i - b.i,
    )
    .map((x) => x.f);
}
