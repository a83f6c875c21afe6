/**
 * The roll-up model: the catalogue's declarative steering-parameter definitions compiled once into what the
 * evaluator needs (column positions, instrument id sets, breakdown keys). No parameter has code of its own.
 */
import type { Catalogue } from "../../catalogue/loader";
import type { Breakdown, LocalText, Measure, SteeringParameter, TableSheet } from "../../catalogue/schema";
import { goals, groupings, selectInstruments } from "../../catalogue/select";
import type { TableKey } from "../model/submission";

export interface CompiledMeasure {
  /** `field`: a number from the cover sheet (Årsverk), one per workbook. */
  op: "sum" | "count" | "field";
  /** The table (for `field`, the usage table: unused). */
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

/** A counting rule compiled to column positions (see `CountingRule` in the schema). */
export type CompiledCounting =
  | {
      kind: "stock";
      id: string;
      table: TableKey;
      key: number;
      /** Per column position: value (lower case) → rank, 0 the least favourable. */
      ranks: { column: number; rank: Map<string, number> }[];
    }
  | {
      kind: "joint";
      id: string;
      table: TableKey;
      key: number;
      /** The date column for the same-day warning, or -1. */
      sameDay: number;
      /** Number columns: the largest of the agencies' figures counts. */
      numbers: number[];
    };

export interface CompiledParameter {
  spec: SteeringParameter;
  ratio: boolean;
  /** Only workbooks that give both numerator and denominator contribute. */
  pairedOnly: boolean;
  /** How rows count across workbooks; null for a flow. */
  counting: CompiledCounting | null;
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

function compileMeasure(catalogue: Catalogue, m: Measure, classify: Catalogue): CompiledMeasure {
  if (m.op === "field")
    return { op: "field", table: "usage", column: -1, rowKey: -1, instruments: null, where: null };
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
        ? new Set(selectInstruments(classify, m.instruments).map((i) => i.id))
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

function compileCounting(catalogue: Catalogue, id: string | undefined): CompiledCounting | null {
  const rule = id === undefined ? undefined : catalogue.countingRules?.[id];
  if (!rule || id === undefined) return null;
  const spec = catalogue.lookup.table.get(rule.table);
  if (!spec) throw new Error(`Unknown table ${rule.table}`);
  if (rule.kind === "stock") {
    return {
      kind: "stock",
      id,
      table: rule.table,
      key: position(spec, rule.key),
      ranks: Object.entries(rule.leastFavourable).map(([column, order]) => ({
        column: position(spec, column),
        rank: new Map(order.map((v, i) => [v.toLocaleLowerCase("nb"), i])),
      })),
    };
  }
  return {
    kind: "joint",
    id,
    table: rule.table,
    key: position(spec, rule.key),
    sameDay: rule.sameDay === undefined ? -1 : position(spec, rule.sameDay),
    numbers: spec.columns
      .map((c, i) => (["wholeNumber", "decimal", "nok"].includes(c.type) ? i : -1))
      .filter((i) => i >= 0),
  };
}

/**
 * Compiles a parameter of `catalogue`. Rows are classified by the instruments of `classify`: the catalogue a
 * returned workbook names, which may be an older version than the one whose parameters are reported.
 */
export function compileParameter(
  catalogue: Catalogue,
  p: SteeringParameter,
  classify: Catalogue = catalogue,
): CompiledParameter {
  const measures =
    p.value.op === "ratio"
      ? [
          compileMeasure(catalogue, p.value.numerator, classify),
          compileMeasure(catalogue, p.value.denominator, classify),
        ]
      : [compileMeasure(catalogue, p.value, classify)];
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
  return {
    spec: p,
    ratio: p.value.op === "ratio",
    pairedOnly: p.value.op === "ratio" && p.value.pairedOnly === true,
    counting: compileCounting(catalogue, p.counting),
    measures,
    keys,
    keyIndex,
  };
}

const models = new WeakMap<Catalogue, WeakMap<Catalogue, RollupModel>>();

/**
 * The compiled model of a catalogue's steering parameters (compiled once per pair of catalogues). `classify`
 * is the catalogue whose instruments classify the rows (the version a workbook names); by default the same.
 */
export function rollupModel(catalogue: Catalogue, classify: Catalogue = catalogue): RollupModel {
  let byClassify = models.get(catalogue);
  if (!byClassify) models.set(catalogue, (byClassify = new WeakMap()));
  let model = byClassify.get(classify);
  if (!model) {
    const usage = catalogue.lookup.table.get("usage");
    model = {
      catalogue,
      parameters: catalogue.steeringParameters.map((p) => compileParameter(catalogue, p, classify)),
      instruments: new Map(
        classify.instruments.map((i) => [
          i.id.toUpperCase(),
          { id: i.id, goal: i.goal, grouping: i.grouping },
        ]),
      ),
      instrumentColumn: usage ? usage.columns.findIndex((c) => c.type === "instrumentId") : -1,
    };
    byClassify.set(classify, model);
  }
  return model;
}
