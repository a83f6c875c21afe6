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

/** Development over the years (`Utvikling`): each row's value per year of `AnnualReport.years`. */
export interface ReportDevelopment {
  parameters: {
    /** The parameter id, or `id/key` for a breakdown row. */
    id: string;
    name: LocalText;
    unit: SteeringParameter["unit"];
    values: (number | null)[];
    /** The last year against the one before, as a fraction; null when the earlier value is 0 or empty. */
    change: number | null;
  }[];
  /** The accumulated effect per indicator, unit and agency: baseline, target, each year's result, progress. */
  effects: {
    indicator: string;
    unit: NamedId;
    agency: NamedId;
    baseline: number | null;
    target: number | null;
    results: (number | null)[];
    progress: number | null;
  }[];
}

export interface GoalSection {
  goal: NamedId;
  parameters: ReportParameter[];
  effects: ReportEffect[];
  /** Null when the counted submissions lie within one year. */
  development: ReportDevelopment | null;
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
  /**
   * The submissions the periods seen require (or the expected list names) but nobody sent; null when it is not
   * known who takes part. The unit's contact is left out: the report names no person.
   */
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
  /** The years compared in the development tables; empty when the submissions lie within one year. */
  years: string[];
  /** The steering parameters that belong to no single user goal (total use, effort in person-years). */
  overall: ReportParameter[];
  overallDevelopment: ReportDevelopment | null;
  overallCharts: ChartData[];
  /** One section per user goal of the catalogue, in catalogue order. */
  goals: GoalSection[];
  submissions: ReportSubmissions;
  conflicts: ReportConflict[];
  conflictRule: LocalText;
  /** Effect rows whose indicator id the catalogue does not know: left out of the report, counted here. */
  unknownIndicatorRows: number;
}
