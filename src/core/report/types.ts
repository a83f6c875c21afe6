/**
 * The joint annual report as plain data: everything the drafted Word document shows, built from a consolidation
 * and nothing else. It holds numbers, catalogue ids and catalogue names only, never text typed into a return, so
 * the document can be shared. Plain objects and arrays: it crosses from the pane's worker as it is.
 */
import type { Breakdown, LocalText, SteeringParameter } from "../../catalogue/schema";
import type { ChartData } from "../consolidate/charts";
import type { Conflict } from "../consolidate/types";
import type { Treatment } from "../consolidate/layout";

/** A unit, agency or part of the effort as the report names it: the catalogue's id and name. */
export interface NamedId {
  id: string;
  name: LocalText;
}

/** One line of figures: the total over every counted submission, per unit and per part of the effort. */
export interface FigureRow {
  id: string;
  name: LocalText;
  total: number | null;
  /** In the order of `AnnualReport.units`. */
  byUnit: (number | null)[];
  /** In the order of `AnnualReport.parts`. */
  byPart: (number | null)[];
}

export interface ReportParameter extends FigureRow {
  unit: SteeringParameter["unit"];
  /** The breakdown rows (by grouping, goal or agency), with the parameter's counting unit. */
  breakdown: (FigureRow & { dimension: Breakdown })[];
}

export interface ReportEffectPeriod {
  period: string;
  baseline: number | null;
  target: number | null;
  result: number | null;
  /** (result − baseline) / (target − baseline); null when it cannot be worked out. */
  progress: number | null;
}

/** One effect indicator of the catalogue, as the units and agencies reported it. */
export interface ReportEffect {
  indicator: string;
  name: LocalText;
  /** The catalogue's unit of measurement (`prosent`, `antall`). */
  measure: string;
  lines: { unit: NamedId; agency: NamedId; periods: ReportEffectPeriod[] }[];
}

export interface GoalSection {
  goal: NamedId;
  parameters: ReportParameter[];
  effects: ReportEffect[];
  charts: ChartData[];
}

export interface ReportSubmissions {
  /** Every submission given to the consolidation, counted or not. */
  received: number;
  counted: number;
  /** How many submissions had each treatment (only treatments that occur, in the register's order). */
  byTreatment: { treatment: Treatment; label: LocalText; count: number }[];
  /** Counted submissions per unit (rows, `AnnualReport.units` order) and agency (`AnnualReport.agencies` order). */
  countedByUnit: { unit: NamedId; byAgency: number[]; total: number }[];
  /** The submissions the periods seen require but nobody sent; null when the consolidation does not say. */
  missing: { unit: NamedId; agency: NamedId; part: NamedId; period: string }[] | null;
}

export interface ReportConflict {
  unit: NamedId;
  agency: NamedId;
  part: NamedId | null;
  period: string;
  /** How many submissions were involved. */
  submissions: number;
  resolution: Conflict["resolution"];
}

export interface AnnualReport {
  catalogueVersion: string;
  /** The day the draft was made, YYYY-MM-DD. */
  drafted: string;
  /** The periods of the counted submissions, in time order. */
  periods: string[];
  units: NamedId[];
  agencies: NamedId[];
  parts: NamedId[];
  /** The steering parameters that belong to no single user goal (total use, effort in person-years). */
  overall: ReportParameter[];
  overallCharts: ChartData[];
  /** One section per user goal of the catalogue, in catalogue order. */
  goals: GoalSection[];
  submissions: ReportSubmissions;
  conflicts: ReportConflict[];
  conflictRule: LocalText;
  /** Effect rows whose indicator id the catalogue does not know: left out of the report, counted here. */
  unknownIndicatorRows: number;
}
