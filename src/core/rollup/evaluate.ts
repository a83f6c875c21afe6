/**
 * The generic evaluator of steering parameters over one submission's tables, with the same semantics as
 * the template's live formulas (SUMIFS / COUNTIFS):
 * - usage rows are classified by their Virkemiddel-ID through the catalogue (case-insensitive, like SUMIFS),
 *   never by the typed goal or grouping columns;
 * - only numeric cells are summed (text, booleans and errors are ignored);
 * - a sum without instrument selectors covers every row of its table;
 * - a row exists for counts when the table's row-key cell is non-empty; `where` compares case-insensitively;
 * - a share is a ratio of sums at every level, null when the denominator is 0.
 * Sums are kept exact and per measure (numerator, denominator), so results can be merged across
 * submissions in any order and grouping and always give the same numbers.
 */
import type { CellValue } from "../model/snapshot";
import { isEmptyCell } from "../model/snapshot";
import { numericValue, type DataRow, type TableKey } from "../model/submission";
import { addTo, mergeInto, sumValue, type ExactSum } from "./exact-sum";
import type { CompiledMeasure, CompiledParameter, RollupModel } from "./model";

/** One table of a submission: the sheet it was read from and its data rows (cells in catalogue order). */
export interface SourceTable {
  sheet: string;
  rows: DataRow[];
  /** Catalogue column keys that the workbook's table lacks (a deleted column); absent means none. */
  missing?: string[];
}

/** What the evaluator reads: one submission's tables and the identity the breakdowns need. */
export interface RollupSource {
  /** File name, for lineage. */
  file: string;
  /** The submitting agency (catalogue id), which the agency breakdown uses; null when unknown. */
  agency: string | null;
  tables: Record<TableKey, SourceTable | null>;
}

/** Where a value came from: file, sheet and 1-based sheet row. */
export interface RowRef {
  file: string;
  sheet: string;
  row: number;
}

/** Exact sums per parameter, per measure (value, or numerator and denominator), per slot (0 = total, 1+n = key n). */
export type RollupSums = ExactSum[][][];

export interface ParameterValue {
  id: string;
  name: string;
  value: number | null;
  breakdown: Record<string, number | null>;
}

export function emptySums(parameters: CompiledParameter[]): RollupSums {
  return parameters.map((p) => p.measures.map(() => Array.from({ length: 1 + p.keys.length }, () => [])));
}

/** Adds `b` into `a` (same parameter list) and returns `a`. */
export function mergeSums(a: RollupSums, b: RollupSums): RollupSums {
  a.forEach((measures, p) =>
    measures.forEach((slots, m) => slots.forEach((sum, s) => mergeInto(sum, b[p][m][s]))),
  );
  return a;
}

/** The sum of many (a fresh object; the inputs are not changed). */
export function totalSums(parameters: CompiledParameter[], list: Iterable<RollupSums>): RollupSums {
  const total = emptySums(parameters);
  for (const s of list) mergeSums(total, s);
  return total;
}

/** Excel's case-insensitive text comparison key. */
function textKey(v: CellValue | undefined): string | null {
  return typeof v === "string" ? v.toLocaleLowerCase("nb") : null;
}

type Visit = (
  parameter: number,
  measure: number,
  table: TableKey,
  rowIndex: number,
  value: number,
  slots: readonly number[],
) => void;

/**
 * Calls `visit` for every (parameter, measure, row) contribution with its value and slots. This one walk
 * drives the sums, the lineage and the per-row parameter list, so they can never disagree.
 */
function forEachContribution(
  model: RollupModel,
  source: RollupSource,
  parameters: CompiledParameter[],
  visit: Visit,
): void {
  const agency = source.agency?.toUpperCase() ?? null;
  const classified = new Map<TableKey, ({ id: string; goal: string; grouping: string } | undefined)[]>();
  const instrumentsOf = (table: TableKey, rows: DataRow[]) => {
    let list = classified.get(table);
    if (!list) {
      const col = table === "usage" ? model.instrumentColumn : -1;
      list = rows.map((r) => {
        const id = col >= 0 ? r.cells[col] : null;
        return typeof id === "string" ? model.instruments.get(id.toUpperCase()) : undefined;
      });
      classified.set(table, list);
    }
    return list;
  };
  const slots: number[] = [];
  parameters.forEach((p, pi) => {
    const { grouping, goal, agency: agencyKeys } = p.keyIndex;
    const agencySlot = agency !== null ? agencyKeys?.get(agency) : undefined;
    p.measures.forEach((m: CompiledMeasure, mi) => {
      const table = source.tables[m.table];
      if (!table) return;
      const instruments = instrumentsOf(m.table, table.rows);
      table.rows.forEach((row, ri) => {
        const ins = instruments[ri];
        let value: number;
        if (m.op === "sum") {
          if (m.instruments && !(ins && m.instruments.has(ins.id))) return;
          const v = m.column >= 0 ? numericValue(row.cells[m.column]) : null;
          if (v === null) return;
          value = v;
        } else {
          if (m.rowKey < 0 || isEmptyCell(row.cells[m.rowKey])) return;
          if (m.where) {
            const t = m.where.column >= 0 ? textKey(row.cells[m.where.column]) : null;
            if (t === null || !m.where.values.has(t)) return;
          }
          value = 1;
        }
        slots.length = 0;
        slots.push(0);
        if (ins) {
          const g = grouping?.get(ins.grouping);
          if (g !== undefined) slots.push(1 + g);
          const o = goal?.get(ins.goal);
          if (o !== undefined) slots.push(1 + o);
        }
        if (agencySlot !== undefined) slots.push(1 + agencySlot);
        visit(pi, mi, m.table, ri, value, slots);
      });
    });
  });
}

/** The exact sums of one submission. */
export function evaluate(
  model: RollupModel,
  source: RollupSource,
  parameters: CompiledParameter[] = model.parameters,
): RollupSums {
  const sums = emptySums(parameters);
  forEachContribution(model, source, parameters, (p, m, _t, _r, value, slots) => {
    for (const s of slots) addTo(sums[p][m][s], value);
  });
  return sums;
}

function valueOf(p: CompiledParameter, measures: ExactSum[][], slot: number): number | null {
  if (!p.ratio) return sumValue(measures[0][slot]);
  const den = sumValue(measures[1][slot]);
  return den === 0 ? null : sumValue(measures[0][slot]) / den;
}

/**
 * The values of a parameter list: the roll-up JSON of REPORTING.md. Slots listed in `unavailable` (see
 * `unavailableSlots`) are null.
 */
export function parameterValues(
  sums: RollupSums,
  parameters: CompiledParameter[],
  lang: "nb" | "en" = "nb",
  unavailable: Map<number, Set<number>> = new Map(),
): ParameterValue[] {
  return parameters.map((p, i) => {
    const off = unavailable.get(i);
    const at = (slot: number) => (off?.has(slot) ? null : valueOf(p, sums[i], slot));
    const breakdown: Record<string, number | null> = {};
    p.keys.forEach((k, ki) => {
      breakdown[k.rowId] = at(1 + ki);
    });
    return { id: p.spec.id, name: p.spec.name[lang], value: at(0), breakdown };
  });
}

/** The value of one parameter (slot 0 = total, 1 + n = breakdown key n). */
export function slotValue(p: CompiledParameter, sums: ExactSum[][], slot: number): number | null {
  return valueOf(p, sums, slot);
}

/**
 * The values a submission cannot give because a table or column they need is missing (where the template's
 * formula shows #REF!): per parameter index, the slots (0 = total, 1 + n = key n) that are not computable.
 * A sum needs its summed column, a count its row-key and `where` columns; a selection by instrument, a
 * grouping or a goal key also needs the instrument-id column. The submission's own agency key follows the
 * total (the other agencies' keys are simply zero).
 */
export function unavailableSlots(
  model: RollupModel,
  source: RollupSource,
  parameters: CompiledParameter[] = model.parameters,
): Map<number, Set<number>> {
  const out = new Map<number, Set<number>>();
  const catalogue = model.catalogue;
  const lacks = (table: TableKey, position: number) => {
    const t = source.tables[table];
    if (!t) return true;
    if (position < 0 || !t.missing?.length) return false;
    const key = catalogue.lookup.table.get(table)?.columns[position]?.key;
    return key !== undefined && t.missing.includes(key);
  };
  parameters.forEach((p, pi) => {
    const slots = new Set<number>();
    for (const m of p.measures) {
      const own =
        lacks(m.table, m.op === "sum" ? m.column : m.rowKey) ||
        (m.where !== null && lacks(m.table, m.where.column)) ||
        (m.instruments !== null && lacks(m.table, model.instrumentColumn));
      const byInstrument = own || (m.table === "usage" && lacks(m.table, model.instrumentColumn));
      if (own) slots.add(0);
      p.keys.forEach((k, ki) => {
        const mine = k.id.toUpperCase() === source.agency?.toUpperCase();
        if (k.dimension === "agency" ? own && mine : byInstrument) slots.add(1 + ki);
      });
    }
    if (slots.size) out.set(pi, slots);
  });
  return out;
}

/**
 * The rows that contribute to a parameter (to its numerator or denominator), or to one of its breakdown
 * keys (`rowId` such as `SP-BM1-02/BM1-ST`), in sheet order. Computed on demand from the source.
 */
export function lineage(
  model: RollupModel,
  source: RollupSource,
  parameterId: string,
  rowId?: string,
  parameters: CompiledParameter[] = model.parameters,
): RowRef[] {
  const pi = parameters.findIndex((p) => p.spec.id === parameterId);
  if (pi < 0) return [];
  const p = parameters[pi];
  const wantedSlot = rowId === undefined ? 0 : 1 + p.keys.findIndex((k) => k.rowId === rowId);
  if (wantedSlot < 0) return [];
  const seen = new Set<string>();
  const refs: RowRef[] = [];
  forEachContribution(model, source, [p], (_p, _m, table, ri, _v, slots) => {
    if (!slots.includes(wantedSlot)) return;
    const t = source.tables[table]!;
    const key = `${table}\u0000${ri}`;
    if (seen.has(key)) return;
    seen.add(key);
    refs.push({ file: source.file, sheet: t.sheet, row: t.rows[ri].row });
  });
  return refs.sort((a, b) => (a.sheet < b.sheet ? -1 : a.sheet > b.sheet ? 1 : a.row - b.row));
}

/**
 * For every row of every table, the parameters it contributes to, as the sheet's row ids: `SP-BM1-02/BM1-ST`
 * where the row falls in a breakdown key, else the bare parameter id. Used for the lineage column of the
 * consolidated rows, so that filtering on an id shows exactly the rows behind a number.
 */
export function rowContributions(
  model: RollupModel,
  source: RollupSource,
  parameters: CompiledParameter[] = model.parameters,
): Map<TableKey, string[][]> {
  const out = new Map<TableKey, string[][]>();
  const sets = new Map<TableKey, Set<string>[]>();
  forEachContribution(model, source, parameters, (pi, _m, table, ri, _v, slots) => {
    let list = sets.get(table);
    if (!list) {
      list = source.tables[table]!.rows.map(() => new Set<string>());
      sets.set(table, list);
    }
    const p = parameters[pi];
    if (slots.length === 1) list[ri].add(p.spec.id);
    else for (let i = 1; i < slots.length; i++) list[ri].add(p.keys[slots[i] - 1].rowId);
  });
  for (const [table, list] of sets)
    out.set(
      table,
      list.map((s) => [...s]),
    );
  return out;
}
