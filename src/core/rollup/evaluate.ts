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
import { countedGroups, type CountedGroup, type CountedRow } from "./counting";
import type { CompiledMeasure, CompiledParameter, RollupModel } from "./model";

/** One table of a submission: the sheet it was read from and its data rows (cells in catalogue order). */
export interface SourceTable {
  sheet: string;
  rows: DataRow[];
  /** Catalogue column keys that the workbook's table lacks (a deleted column); absent means none. */
  missing?: string[];
}

/** What the evaluator reads: one submission's tables and the identity the breakdowns and counting rules need. */
export interface RollupSource {
  /** File name, for lineage. */
  file: string;
  /** The submitting agency (catalogue id), which the agency breakdown uses; null when unknown. */
  agency: string | null;
  /** The reporting unit: actors and joint actions are counted once per unit. */
  unit: string | null;
  /** The period id: an actor counts with its latest period's values. */
  period: string | null;
  /** The part of the effort (A-krimsenter / Etatslinje). */
  part: string | null;
  /** Årsverk from the cover sheet, when it holds a number. */
  personYears: number | null;
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

/** The value a measure takes from one row's cells, or null when the row does not contribute. */
function rowValue(m: CompiledMeasure, cells: readonly CellValue[]): number | null {
  if (m.op === "sum") return m.column >= 0 ? numericValue(cells[m.column]) : null;
  if (m.rowKey < 0 || isEmptyCell(cells[m.rowKey])) return null;
  if (m.where) {
    const t = m.where.column >= 0 ? textKey(cells[m.where.column]) : null;
    if (t === null || !m.where.values.has(t)) return null;
  }
  return 1;
}

/**
 * Calls `visit` for every flow contribution (parameter, measure, row) with its value and slots: the parameters
 * without a counting rule. A usage row whose Virkemiddel-ID the catalogue does not know counts nowhere, the
 * total included (the check says so). A `field` measure contributes the cover's number once, as row -1. This one
 * walk drives the sums, the lineage and the per-row parameter list, so they can never disagree.
 */
function forEachFlow(
  model: RollupModel,
  source: RollupSource,
  parameters: CompiledParameter[],
  visit: Visit,
): void {
  const agency = source.agency?.toUpperCase() ?? null;
  let classified: ({ id: string; goal: string; grouping: string } | undefined)[] | null = null;
  const instrumentsOf = (rows: DataRow[]) => {
    if (!classified) {
      const col = model.instrumentColumn;
      classified = rows.map((r) => {
        const id = col >= 0 ? r.cells[col] : null;
        return typeof id === "string" ? model.instruments.get(id.toUpperCase()) : undefined;
      });
    }
    return classified;
  };
  const slots: number[] = [];
  const slotsFor = (ins: { goal: string; grouping: string } | undefined, p: CompiledParameter) => {
    const { grouping, goal, agency: agencyKeys } = p.keyIndex;
    slots.length = 0;
    slots.push(0);
    if (ins) {
      const g = grouping?.get(ins.grouping);
      if (g !== undefined) slots.push(1 + g);
      const o = goal?.get(ins.goal);
      if (o !== undefined) slots.push(1 + o);
    }
    const a = agency !== null ? agencyKeys?.get(agency) : undefined;
    if (a !== undefined) slots.push(1 + a);
    return slots;
  };
  parameters.forEach((p, pi) => {
    if (p.counting) return;
    p.measures.forEach((m: CompiledMeasure, mi) => {
      if (m.op === "field") {
        if (source.personYears !== null)
          visit(pi, mi, m.table, -1, source.personYears, slotsFor(undefined, p));
        return;
      }
      const table = source.tables[m.table];
      if (!table) return;
      const instruments = m.table === "usage" ? instrumentsOf(table.rows) : null;
      table.rows.forEach((row, ri) => {
        const ins = instruments?.[ri];
        if (instruments && !ins) return;
        if (m.instruments && !(ins && m.instruments.has(ins.id))) return;
        const value = rowValue(m, row.cells);
        if (value === null) return;
        visit(pi, mi, m.table, ri, value, slotsFor(ins, p));
      });
    });
  });
}

/** The paired-only parameters (of `parameters`) the source gives only one side of: it contributes to neither. */
function unpaired(model: RollupModel, source: RollupSource, parameters: CompiledParameter[]): Set<number> {
  const paired = parameters.map((p, i) => (p.pairedOnly ? i : -1)).filter((i) => i >= 0);
  if (!paired.length) return new Set();
  const given = parameters.map((p) => p.measures.map(() => false));
  forEachFlow(
    model,
    source,
    parameters.map((p, i) => (paired.includes(i) ? p : { ...p, measures: [] })),
    (p, m) => {
      given[p][m] = true;
    },
  );
  return lackingSide(parameters, given);
}

/** The paired-only parameters whose measures were not all `given` (per parameter, per measure). */
function lackingSide(parameters: CompiledParameter[], given: boolean[][]): Set<number> {
  const out = new Set<number>();
  parameters.forEach((p, i) => {
    if (p.pairedOnly && given[i].some((g) => !g)) out.add(i);
  });
  return out;
}

/** One counted thing's contribution to a counted parameter's measure. */
interface CountedContribution {
  parameter: number;
  measure: number;
  value: number;
  /** The rows behind it (of every source in the context). */
  rows: CountedRow[];
}

/**
 * The contributions of the parameters with a counting rule over a set of sources: each counted thing (an actor
 * of a unit, a joint action) contributes once, from its merged row. Only the total slot: counted parameters
 * break down by nothing but agency, and an agency's value is the same rule over that agency's sources.
 */
function countedContributions(
  parameters: CompiledParameter[],
  sources: readonly RollupSource[],
  groupsByRule = new Map<string, CountedGroup[]>(),
): CountedContribution[] {
  const out: CountedContribution[] = [];
  parameters.forEach((p, pi) => {
    const rule = p.counting;
    if (!rule) return;
    let groups = groupsByRule.get(rule.id);
    if (!groups) groupsByRule.set(rule.id, (groups = countedGroups(rule, sources)));
    p.measures.forEach((m, mi) => {
      for (const g of groups) {
        const value = rowValue(m, g.merged);
        if (value !== null) out.push({ parameter: pi, measure: mi, value, rows: g.latest });
      }
    });
  });
  return out;
}

function addCounted(
  sums: RollupSums,
  parameters: CompiledParameter[],
  sources: readonly RollupSource[],
): void {
  for (const c of countedContributions(parameters, sources)) addTo(sums[c.parameter][c.measure][0], c.value);
  // Each agency's sources and their counted groups once, for all the parameters that break down by it.
  const byAgency = new Map<string, { mine: RollupSource[]; groups: Map<string, CountedGroup[]> }>();
  parameters.forEach((p, pi) => {
    const keys = p.keyIndex.agency;
    if (!p.counting || !keys) return;
    for (const [agency, k] of keys) {
      let within = byAgency.get(agency);
      if (!within) {
        within = { mine: sources.filter((s) => s.agency?.toUpperCase() === agency), groups: new Map() };
        byAgency.set(agency, within);
      }
      if (!within.mine.length) continue;
      for (const c of countedContributions([p], within.mine, within.groups))
        addTo(sums[pi][c.measure][1 + k], c.value);
    }
  });
}

/** The exact sums of one submission (within it, too, an actor or a joint action listed twice counts once). */
export function evaluate(
  model: RollupModel,
  source: RollupSource,
  parameters: CompiledParameter[] = model.parameters,
): RollupSums {
  const sums = emptySums(parameters);
  const given = parameters.map((p) => p.measures.map(() => false));
  forEachFlow(model, source, parameters, (p, m, _t, _r, value, slots) => {
    given[p][m] = true;
    for (const s of slots) addTo(sums[p][m][s], value);
  });
  // A ratio over "the workbooks that give both": a workbook that lacks one side contributes to neither
  // (the test of `unpaired`, from the walk just made).
  for (const pi of lackingSide(parameters, given)) sums[pi] = emptySums([parameters[pi]])[0];
  addCounted(sums, parameters, [source]);
  return sums;
}

/**
 * The sums of many submissions: flows add up (each entry's own sums), and the parameters with a counting rule
 * are counted anew over all the sources together, so an actor or a joint action reported by two agencies, or in
 * two periods, counts once. The result does not depend on the order of the entries.
 */
export function combine(
  parameters: CompiledParameter[],
  entries: readonly { source: RollupSource; sums: RollupSums }[],
): RollupSums {
  const total = emptySums(parameters);
  for (const e of entries) mergeSums(total, e.sums);
  const countedOnes = parameters.map((p) => p.counting !== null);
  if (!countedOnes.some(Boolean)) return total;
  parameters.forEach((p, pi) => {
    if (p.counting) total[pi] = emptySums([p])[0];
  });
  addCounted(
    total,
    parameters,
    entries.map((e) => e.source),
  );
  return total;
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
 * A sum needs its summed column, a count its row-key and `where` columns; every usage measure also needs the
 * instrument-id column (a row counts only through its instrument). A cover field is never missing (it is
 * optional). The submission's own agency key follows the total (the other agencies' keys are simply zero).
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
      if (m.op === "field") continue;
      const own =
        lacks(m.table, m.op === "sum" ? m.column : m.rowKey) ||
        (m.where !== null && lacks(m.table, m.where.column)) ||
        (m.table === "usage" && lacks(m.table, model.instrumentColumn));
      if (own) slots.add(0);
      p.keys.forEach((k, ki) => {
        const mine = k.id.toUpperCase() === source.agency?.toUpperCase();
        if (k.dimension !== "agency" ? own : own && mine) slots.add(1 + ki);
      });
    }
    if (slots.size) out.set(pi, slots);
  });
  return out;
}

/**
 * The rows that contribute to a parameter (to its numerator or denominator), or to one of its breakdown
 * keys (`rowId` such as `SP-BM1-02/BM1-ST`), in sheet order. A counted parameter's rows are those of the
 * counted things, grouped over `context` (the submissions counted together; by default the source alone).
 */
export function lineage(
  model: RollupModel,
  source: RollupSource,
  parameterId: string,
  rowId?: string,
  parameters: CompiledParameter[] = model.parameters,
  context: readonly RollupSource[] = [source],
): RowRef[] {
  const pi = parameters.findIndex((p) => p.spec.id === parameterId);
  if (pi < 0) return [];
  const p = parameters[pi];
  const wantedSlot = rowId === undefined ? 0 : 1 + p.keys.findIndex((k) => k.rowId === rowId);
  if (wantedSlot < 0) return [];
  const seen = new Set<string>();
  const refs: RowRef[] = [];
  const add = (table: TableKey, ri: number) => {
    const t = source.tables[table]!;
    const key = `${table}\u0000${ri}`;
    if (seen.has(key)) return;
    seen.add(key);
    refs.push({ file: source.file, sheet: t.sheet, row: t.rows[ri].row });
  };
  if (p.counting) {
    const rule = p.counting;
    const agency = wantedSlot === 0 ? null : p.keys[wantedSlot - 1].id.toUpperCase();
    const within = agency === null ? context : context.filter((s) => s.agency?.toUpperCase() === agency);
    for (const c of countedContributions([p], within))
      for (const r of c.rows) if (r.source === source) add(rule.table, r.index);
  } else if (!unpaired(model, source, [p]).size) {
    forEachFlow(model, source, [p], (_p, _m, table, ri, _v, slots) => {
      if (ri >= 0 && slots.includes(wantedSlot)) add(table, ri);
    });
  }
  return refs.sort((a, b) => (a.sheet < b.sheet ? -1 : a.sheet > b.sheet ? 1 : a.row - b.row));
}

/**
 * The counted contributions over a context, by source (the parameter index and the row, for each row behind
 * one), computed once per context and parameter list: `rowContributions` runs for every source of a consolidation
 * with the same context, and grouping the whole context each time made consolidating quadratic in the number of
 * files. Sources are not changed once read, so the result stays valid.
 */
type SourceContributions = Map<RollupSource, { parameter: number; index: number }[]>;
const contributionsByContext = new WeakMap<
  readonly RollupSource[],
  WeakMap<CompiledParameter[], SourceContributions>
>();
function contextContributions(
  parameters: CompiledParameter[],
  context: readonly RollupSource[],
): SourceContributions {
  let byParameters = contributionsByContext.get(context);
  if (!byParameters) contributionsByContext.set(context, (byParameters = new WeakMap()));
  let bySource = byParameters.get(parameters);
  if (!bySource) {
    bySource = new Map();
    for (const c of countedContributions(parameters, context))
      for (const r of c.rows) {
        let list = bySource.get(r.source);
        if (!list) bySource.set(r.source, (list = []));
        list.push({ parameter: c.parameter, index: r.index });
      }
    byParameters.set(parameters, bySource);
  }
  return bySource;
}

/**
 * For every row of every table, the parameters it contributes to, as the sheet's row ids: `SP-BM1-02/BM1-ST`
 * where the row falls in a breakdown key, else the bare parameter id. Used for the lineage column of the
 * consolidated rows, so that filtering on an id shows exactly the rows behind a number. Counted parameters are
 * grouped over `context` (the submissions counted together).
 */
export function rowContributions(
  model: RollupModel,
  source: RollupSource,
  parameters: CompiledParameter[] = model.parameters,
  context: readonly RollupSource[] = [source],
): Map<TableKey, string[][]> {
  const out = new Map<TableKey, string[][]>();
  const sets = new Map<TableKey, Set<string>[]>();
  const setOf = (table: TableKey, ri: number) => {
    let list = sets.get(table);
    if (!list) {
      list = source.tables[table]!.rows.map(() => new Set<string>());
      sets.set(table, list);
    }
    return list[ri];
  };
  const off = unpaired(model, source, parameters);
  forEachFlow(model, source, parameters, (pi, _m, table, ri, _v, slots) => {
    if (ri < 0 || off.has(pi)) return;
    const p = parameters[pi];
    const set = setOf(table, ri);
    if (slots.length === 1) set.add(p.spec.id);
    else for (let i = 1; i < slots.length; i++) set.add(p.keys[slots[i] - 1].rowId);
  });
  for (const c of contextContributions(parameters, context).get(source) ?? []) {
    const p = parameters[c.parameter];
    setOf(p.counting!.table, c.index).add(p.spec.id);
  }
  for (const [table, list] of sets)
    out.set(
      table,
      list.map((s) => [...s]),
    );
  return out;
}
