/**
 * Builds the joint annual report's description from a consolidation. Every number is read from the consolidation
 * (its sums, effect lines, register and conflicts); every name comes from the catalogue. A unit, agency or part
 * that the catalogue does not know is typed text and is never shown: it is numbered instead.
 */
import type { Catalogue } from "../../catalogue/loader";
import type { LocalText } from "../../catalogue/schema";
import { goals, groupings } from "../../catalogue/select";
import { bilingual, type MessageKey } from "../../i18n";
import { chartData, type ChartData } from "../consolidate/charts";
import { CONFLICT_RULE, TREATMENT_LABEL, type Treatment } from "../consolidate/layout";
import type { Consolidation } from "../consolidate/types";
import { slotValue, type CompiledParameter, type RollupSums } from "../rollup";
import type {
  AnnualReport,
  FigureRow,
  GoalSection,
  NamedId,
  ReportDevelopment,
  ReportEffect,
  ReportParameter,
  ReportSubmissions,
} from "./types";

export interface DescribeOptions {
  /** The day the draft is made (the caller's clock: the description itself stays pure). */
  drafted: Date;
}

/** Names ids through the catalogue; an id it does not know gets a numbered neutral name, never its own text. */
function namer(known: ReadonlyMap<string, LocalText>, unknown: MessageKey) {
  const others = new Map<string, NamedId>();
  return (id: string): NamedId => {
    const name = known.get(id);
    if (name) return { id, name };
    let named = others.get(id);
    if (!named) {
      const n = others.size + 1;
      named = { id: `?${n}`, name: bilingual(unknown, { n: String(n) }) };
      others.set(id, named);
    }
    return named;
  };
}

/** The share of a goal's chart: the categories (groupings) that belong to the goal. */
function chartForGoal(chart: ChartData, groupingIds: ReadonlySet<string>, goal: NamedId): ChartData {
  const keep = chart.categories.map((c, i) => (groupingIds.has(c.id) ? i : -1)).filter((i) => i >= 0);
  return {
    ...chart,
    title: { nb: `${chart.title.nb} (${goal.id})`, en: `${chart.title.en} (${goal.id})` },
    categories: keep.map((i) => chart.categories[i]),
    series: chart.series.map((s) => ({ ...s, values: keep.map((i) => s.values[i]) })),
  };
}

export function describeAnnualReport(result: Consolidation, options: DescribeOptions): AnnualReport {
  const catalogue: Catalogue = result.catalogue;
  const unitName = namer(new Map(catalogue.units.map((u) => [u.id, u.name])), "report.unknownUnit");
  const agencyName = namer(new Map(catalogue.agencies.map((a) => [a.id, a.name])), "report.unknownAgency");
  const partName = namer(
    new Map((catalogue.enumerations.effortPart ?? []).map((v) => [v.value, v.name])),
    "report.unknownPart",
  );

  const parameters = result.model.parameters;
  const figures = (
    p: CompiledParameter,
    index: number,
    slot: number,
    id: string,
    name: LocalText,
  ): FigureRow => {
    const at = (sums: RollupSums | undefined) => (sums ? slotValue(p, sums[index], slot) : null);
    return {
      id,
      name,
      total: at(result.total),
      byUnit: result.units.map((u) => at(result.byUnit.get(u))),
      byPart: result.parts.map((part) => at(result.byPart.get(part))),
    };
  };
  const parameter = (p: CompiledParameter, index: number): ReportParameter => ({
    ...figures(p, index, 0, p.spec.id, p.spec.name),
    unit: p.spec.unit,
    breakdown: p.keys.map((k, ki) => ({
      ...figures(p, index, 1 + ki, k.rowId, k.name),
      dimension: k.dimension,
    })),
  });
  const reported = parameters.map((p, i) => ({ goal: p.spec.goal, row: parameter(p, i) }));
  const developmentOf = developmentByGoal(result, unitName, agencyName);

  const charts = chartData(result);
  const effects = effectsByGoal(result, unitName, agencyName);
  const sections: GoalSection[] = goals(catalogue).map((g) => {
    const goal = { id: g.id, name: g.name };
    const groupingIds = new Set(groupings(catalogue, g.id).map((x) => x.id));
    return {
      goal,
      parameters: reported.filter((r) => r.goal === g.id).map((r) => r.row),
      effects: effects.byGoal.get(g.id) ?? [],
      development: developmentOf(g.id),
      charts: [chartForGoal(charts.usageByGroupingAndAgency, groupingIds, goal)],
    };
  });

  return {
    catalogueVersion: catalogue.version,
    drafted: options.drafted.toISOString().slice(0, 10),
    periods: [...result.periods],
    units: result.units.map(unitName),
    agencies: result.agencies.map(agencyName),
    parts: result.parts.map(partName),
    years: result.development?.years ?? [],
    overall: reported.filter((r) => r.goal === null).map((r) => r.row),
    overallDevelopment: developmentOf(null),
    overallCharts: [charts.usageTrendByGoal],
    goals: sections,
    submissions: submissions(result, unitName, agencyName, partName),
    conflicts: result.conflicts.map((c) => ({
      unit: unitName(c.unit),
      agency: agencyName(c.agency),
      part: c.part === null ? null : partName(c.part),
      period: c.period,
      submissions: c.entries.length,
      resolution: c.resolution,
    })),
    conflictRule: CONFLICT_RULE,
    unknownIndicatorRows: effects.unknownRows,
  };
}

/** The development rows of each user goal (null: the parameters of no goal), from the consolidation's `Utvikling`. */
function developmentByGoal(
  result: Consolidation,
  unitName: (id: string) => NamedId,
  agencyName: (id: string) => NamedId,
): (goal: string | null) => ReportDevelopment | null {
  const d = result.development;
  if (!d) return () => null;
  const goalOf = new Map(result.model.parameters.map((p) => [p.spec.id, p.spec.goal]));
  const known = new Map(result.catalogue.effectIndicators.map((i) => [i.id, i]));
  return (goal) => ({
    parameters: d.parameters
      .filter((row) => goalOf.get(row.id.split("/")[0]) === goal)
      .map((row) => ({
        id: row.id,
        name: row.name,
        unit: row.measure,
        values: row.values,
        change: row.change,
      })),
    effects:
      goal === null
        ? []
        : d.effects
            .filter((e) => known.get(e.indicator)?.goal === goal)
            .map((e) => ({
              indicator: e.indicator,
              unit: unitName(e.unit),
              agency: agencyName(e.agency),
              baseline: e.baseline,
              target: e.target,
              results: e.results,
              progress: e.progress,
            })),
  });
}

/** Effect indicators the catalogue knows, grouped by user goal; lines of unknown indicators are only counted. */
function effectsByGoal(
  result: Consolidation,
  unitName: (id: string) => NamedId,
  agencyName: (id: string) => NamedId,
): { byGoal: Map<string, ReportEffect[]>; unknownRows: number } {
  const known = new Map(result.catalogue.effectIndicators.map((i) => [i.id, i]));
  const byIndicator = new Map<string, ReportEffect>();
  let unknownRows = 0;
  for (const line of result.effects) {
    const indicator = known.get(line.indicator);
    if (!indicator) {
      unknownRows += line.periods.size;
      continue;
    }
    let effect = byIndicator.get(indicator.id);
    if (!effect) {
      effect = { indicator: indicator.id, name: indicator.name, measure: indicator.unit, lines: [] };
      byIndicator.set(indicator.id, effect);
    }
    effect.lines.push({
      unit: unitName(line.unit),
      agency: agencyName(line.agency),
      periods: result.effectPeriods
        .filter((p) => line.periods.has(p))
        .map((period) => {
          const v = line.periods.get(period)!;
          return { period, baseline: v.baseline, target: v.target, result: v.result, progress: v.progress };
        }),
    });
  }
  const byGoal = new Map<string, ReportEffect[]>();
  // result.effects is in catalogue indicator order already, so each goal's list is too.
  for (const effect of byIndicator.values()) {
    const goal = known.get(effect.indicator)!.goal;
    const list = byGoal.get(goal);
    if (list) list.push(effect);
    else byGoal.set(goal, [effect]);
  }
  return { byGoal, unknownRows };
}

function submissions(
  result: Consolidation,
  unitName: (id: string) => NamedId,
  agencyName: (id: string) => NamedId,
  partName: (id: string) => NamedId,
): ReportSubmissions {
  const counts = new Map<Treatment, number>();
  for (const e of result.entries) counts.set(e.treatment, (counts.get(e.treatment) ?? 0) + 1);
  const counted = result.entries.filter((e) => e.treatment === "counted");
  return {
    received: result.entries.length,
    counted: counted.length,
    byTreatment: (Object.keys(TREATMENT_LABEL) as Treatment[])
      .filter((t) => counts.has(t))
      .map((t) => ({ treatment: t, label: TREATMENT_LABEL[t], count: counts.get(t)! })),
    countedByUnit: result.units.map((u) => {
      const mine = counted.filter((e) => e.identity.unit === u);
      return {
        unit: unitName(u),
        byAgency: result.agencies.map((a) => mine.filter((e) => e.identity.agency === a).length),
        total: mine.length,
      };
    }),
    missing:
      result.expectedFrom === null
        ? null
        : result.missing.map((m) => ({
            unit: unitName(m.unit),
            agency: agencyName(m.agency),
            part: partName(m.part),
            period: m.period,
          })),
  };
}
