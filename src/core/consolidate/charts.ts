/**
 * The charts of a consolidation as plain data, one description for every output: the consolidated workbook
 * writes each chart's numbers into `Diagrammer` and a chart over them (Excel through Office.js, the .xlsx writer
 * as DrawingML), and the task pane draws the same data directly.
 *
 * - Steering parameters per user goal and agency: one column chart per goal, its counted parameters (totals)
 *   as categories and the agencies as series. Shares and amounts are left out: on one axis with counts they
 *   would not read.
 * - Instrument use by grouping and agency.
 * - Instrument use by user goal across periods.
 */
import type { LocalText } from "../../catalogue/schema";
import { bilingual } from "../../i18n";
import { slotValue, type RollupSums } from "../rollup";
import type { Consolidation } from "./types";

/**
 * Series colours (#RRGGBB) of every drawing of these charts (the pane, the .xlsx writer, Excel through Office.js),
 * in series order: the Okabe–Ito palette, which people with the common colour-vision deficiencies can tell apart
 * (https://jfly.uni-koeln.de/color/). Its five darker colours come first (blue, vermillion, bluish green, reddish
 * purple, black: 5.2, 3.9, 3.4, 3.1 and 21 to 1 against white, enough for the five agencies and for the three user
 * goals with their total); orange and sky blue follow, lighter, for a sixth and seventh series.
 */
export const SERIES_COLOURS = ["#0072b2", "#d55e00", "#009e73", "#cc79a7", "#000000", "#e69f00", "#56b4e9"];

export interface ChartData {
  /** Stable id of the chart (e.g. `steering-BM1`). */
  id: string;
  /** Columns side by side per category, or a line per series over the categories. */
  kind: "column" | "line";
  title: LocalText;
  /** What the categories are (the first header cell of the data block). */
  categoryLabel: LocalText;
  categories: { id: string; name: LocalText }[];
  series: { id: string; name: LocalText; values: number[] }[];
}

export interface ConsolidationCharts {
  /** One chart per user goal that has counted steering parameters, in catalogue order. */
  steeringByGoalAndAgency: ChartData[];
  usageByGroupingAndAgency: ChartData;
  usageTrendByGoal: ChartData;
}

export function chartData(result: Consolidation): ConsolidationCharts {
  const p = result.usageParameter;
  const keys = p.keys;
  const groupingKeys = keys.map((k, i) => ({ k, slot: 1 + i })).filter((x) => x.k.dimension === "grouping");
  const goalKeys = keys.map((k, i) => ({ k, slot: 1 + i })).filter((x) => x.k.dimension === "goal");
  const value = (sums: RollupSums | undefined, slot: number) =>
    sums ? (slotValue(p, sums[0], slot) ?? 0) : 0;
  const agencyName = (id: string): LocalText =>
    result.catalogue.lookup.agency.get(id)?.name ?? { nb: id, en: id };

  return {
    steeringByGoalAndAgency: steeringByGoalAndAgency(result, agencyName),
    usageByGroupingAndAgency: {
      id: "usage-by-grouping",
      kind: "column",
      title: bilingual("chart.usageByGrouping.title"),
      categoryLabel: bilingual("chart.usageByGrouping.categories"),
      categories: groupingKeys.map(({ k }) => ({ id: k.id, name: k.name })),
      series: result.agencies.map((a) => ({
        id: a,
        name: agencyName(a),
        values: groupingKeys.map(({ slot }) => value(result.usageByAgency.get(a), slot)),
      })),
    },
    usageTrendByGoal: {
      id: "usage-by-period",
      kind: "line",
      title: bilingual("chart.usageByPeriod.title"),
      categoryLabel: bilingual("chart.usageByPeriod.categories"),
      categories: result.periods.map((id) => ({ id, name: { nb: id, en: id } })),
      series: [
        ...goalKeys.map(({ k, slot }) => ({
          id: k.id,
          name: k.name,
          values: result.periods.map((per) => value(result.usageByPeriod.get(per), slot)),
        })),
        {
          id: "TOTAL",
          name: bilingual("chart.total"),
          values: result.periods.map((per) => value(result.usageByPeriod.get(per), 0)),
        },
      ],
    },
  };
}

/** Every chart of a consolidation, in the order the workbook and the pane show them. */
export function chartList(result: Consolidation): ChartData[] {
  const c = chartData(result);
  return [...c.steeringByGoalAndAgency, c.usageByGroupingAndAgency, c.usageTrendByGoal];
}

/** A user goal's counted steering parameters (unit `count`), their totals per agency. */
function steeringByGoalAndAgency(result: Consolidation, agencyName: (id: string) => LocalText): ChartData[] {
  const byGoal = new Map<string, { p: Consolidation["model"]["parameters"][number]; index: number }[]>();
  result.model.parameters.forEach((p, index) => {
    if (p.spec.goal === null || p.spec.unit !== "count") return;
    const list = byGoal.get(p.spec.goal) ?? [];
    list.push({ p, index });
    byGoal.set(p.spec.goal, list);
  });
  return [...byGoal].map(([goal, params]) => {
    return {
      id: `steering-${goal}`,
      kind: "column",
      title: bilingual("chart.steering.title", { goal }),
      categoryLabel: bilingual("chart.steering.categories"),
      categories: params.map(({ p }) => ({ id: p.spec.id, name: p.spec.name })),
      series: result.agencies.map((a) => {
        const sums = result.byAgency.get(a);
        return {
          id: a,
          name: agencyName(a),
          values: params.map(({ p, index }) => (sums ? (slotValue(p, sums[index], 0) ?? 0) : 0)),
        };
      }),
    };
  });
}
