/**
 * The roll-up model: the catalogue's declarative steering-parameter definitions compiled once into what the
 * evaluator needs (column positions, instrument id sets, breakdown keys). No parameter has code of its own.
 */
import type { Catalogue } from "../../catalogue/loader";
import type { Breakdown, LocalText, Measure, SteeringParameter, TableSheet } from "../../catalogue/schema";
import { goals, groupings, selectInstruments } from "../../catalogue/select";
import type { TableKey } from "../model/submission";

export interface CompiledMeasure {
  op: "sum" | "count";
  table: TableKey;
  /** Position in the table's catalogue columns of the summed column (sum), or -1 (count). */
  column: number;
  /** Position of the column whose non-empty cell makes a row exist. */
  rowKey: number;
  /** Catalogue ids of the instruments a sum covers; null: every row of the table. */
  instruments: Set<string> | null;
  /** Count only rows whose cell in `column` equals one of `values` (lower case), like COUNTIFS. */
  where: { column: number; values: Set<string> } | null;
}

export interface BreakdownKey {
  dimension: Breakdown;
  /** The grouping, goal or agency id. */
  id: string;
  /** The row id in the sheet and the key in JSON: `SP-BM1-02/BM1-ST`. */
  rowId: string;
  name: LocalText;
}

export interface CompiledParameter {
  spec: SteeringParameter;
  ratio: boolean;
  /** `[value]`, or `[numerator, denominator]` for a ratio. */
  measures: CompiledMeasure[];
  /** Breakdown keys in the order of the parameter's `breakdowns`, each in catalogue order. */
  keys: BreakdownKey[];
  /** For each breakdown dimension the parameter has, the index of its first key in `keys`. */
  keyIndex: Partial<Record<Breakdown, Map<string, number>>>;
}

export interface RollupModel {
  catalogue: Catalogue;
  parameters: CompiledParameter[];
  /** Instruments by upper-case id: rows are classified by their Virkemiddel-ID through the catalogue. */
  instruments: Map<string, { id: string; goal: string; grouping: string }>;
  /** Position of the instrument-id column in the usage table's columns, or -1. */
  instrumentColumn: number;
}

/** The position of a catalogue column key in a table's columns (the index into `DataRow.cells`). */
function position(spec: TableSheet, key: string): number {
  return spec.columns.findIndex((c) => c.key === key);
}

function compileMeasure(catalogue: Catalogue, m: Measure): CompiledMeasure {
  const spec = catalogue.lookup.table.get(m.table);
  if (!spec) throw new Error(`Unknown table ${m.table}`);
  const rowKey = position(spec, spec.rowKey);
  if (m.op === "sum") {
    return {
      op: "sum",
      table: m.table,
      column: position(spec, m.column),
      rowKey,
      instruments: m.instruments
        ? new Set(selectInstruments(catalogue, m.instruments).map((i) => i.id))
        : null,
      where: null,
    };
  }
  return {
    op: "count",
    table: m.table,
    column: -1,
    rowKey,
    instruments: null,
    where: m.where
      ? {
          column: position(spec, m.where.column),
          values: new Set(m.where.in.map((v) => v.toLocaleLowerCase("nb"))),
        }
      : null,
  };
}

function breakdownKeys(catalogue: Catalogue, p: SteeringParameter, dimension: Breakdown): BreakdownKey[] {
  const entries: { id: string; name: LocalText }[] =
    dimension === "grouping"
      ? groupings(catalogue, p.goal ?? undefined)
      : dimension === "goal"
        ? goals(catalogue).filter((g) => p.goal === null || g.id === p.goal)
        : catalogue.agencies;
  return entries.map((e) => ({ dimension, id: e.id, rowId: `${p.id}/${e.id}`, name: e.name }));
}

export function compileParameter(catalogue: Catalogue, p: SteeringParameter): CompiledParameter {
  const measures =
    p.value.op === "ratio"
      ? [compileMeasure(catalogue, p.value.numerator), compileMeasure(catalogue, p.value.denominator)]
      : [compileMeasure(catalogue, p.value)];
  const keys: BreakdownKey[] = [];
  const keyIndex: CompiledParameter["keyIndex"] = {};
  for (const dimension of p.breakdowns) {
    if (keyIndex[dimension]) continue;
    const map = new Map<string, number>();
    for (const k of breakdownKeys(catalogue, p, dimension)) {
      map.set(dimension === "agency" ? k.id.toUpperCase() : k.id, keys.length);
      keys.push(k);
    }
    keyIndex[dimension] = map;
  }
  return { spec: p, ratio: p.value.op === "ratio", measures, keys, keyIndex };
}

const models = new WeakMap<Catalogue, RollupModel>();

/** The compiled model of a catalogue's steering parameters (compiled once per catalogue). */
export function rollupModel(catalogue: Catalogue): RollupModel {
  let model = models.get(catalogue);
  if (!model) {
    const usage = catalogue.lookup.table.get("usage");
    model = {
      catalogue,
      parameters: catalogue.steeringParameters.map((p) => compileParameter(catalogue, p)),
      instruments: new Map(
        catalogue.instruments.map((i) => [
          i.id.toUpperCase(),
          { id: i.id, goal: i.goal, grouping: i.grouping },
        ]),
      ),
      instrumentColumn: usage ? usage.columns.findIndex((c) => c.type === "instrumentId") : -1,
    };
    models.set(catalogue, model);
  }
  return model;
}
