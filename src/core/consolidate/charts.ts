/**
 * The charts of a consolidation as plain data: instrument use by grouping and agency, and the trend of
 * instrument use by goal across periods. The workbook plan writes the same data next to its charts, and the
 * task pane draws it directly.
 */
import type { LocalText } from "../../catalogue/schema";
import { slotValue, type RollupSums } from "../rollup";
import type { Consolidation } from "./types";

export interface ChartData {
  kind: "column" | "line";
  title: LocalText;
  /** What the categories are (the first header cell of the data block). */
  categoryLabel: LocalText;
  categories: { id: string; name: LocalText }[];
  series: { id: string; name: LocalText; values: number[] }[];
}

export interface ConsolidationCharts {
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
    usageByGroupingAndAgency: {
      kind: "column",
      title: { nb: "Virkemiddelbruk per gruppering og etat", en: "Instrument use by grouping and agency" },
      categoryLabel: { nb: "Gruppering", en: "Grouping" },
      categories: groupingKeys.map(({ k }) => ({ id: k.id, name: k.name })),
      series: result.agencies.map((a) => ({
        id: a,
        name: agencyName(a),
        values: groupingKeys.map(({ slot }) => value(result.usageByAgency.get(a), slot)),
      })),
    },
    usageTrendByGoal: {
      kind: "line",
      title: {
        nb: "Virkemiddelbruk per brukermål over perioder",
        en: "Instrument use by user goal across periods",
      },
      categoryLabel: { nb: "Periode", en: "Period" },
      categories: result.periods.map((id) => ({ id, name: { nb: id, en: id } })),
      series: [
        ...goalKeys.map(({ k, slot }) => ({
          id: k.id,
          name: k.name,
          values: result.periods.map((per) => value(result.usageByPeriod.get(per), slot)),
        })),
        {
          id: "TOTAL",
          name: { nb: "Totalt", en: "Total" },
          values: result.periods.map((per) => value(result.usageByPeriod.get(per), 0)),
        },
      ],
    },
  };
}
