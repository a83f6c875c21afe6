/** The consolidation's inputs and results. */
import type { Catalogue } from "../../catalogue/loader";
import type { LocalText } from "../../catalogue/schema";
import type { Finding } from "../model/finding";
import type { WorkbookSnapshot } from "../model/snapshot";
import type { TableKey } from "../model/submission";
import type { CompiledParameter, RollupModel, RollupSource, RollupSums, SubmissionIdentity } from "../rollup";
import type { Treatment } from "./layout";

/** One file given to the consolidation. Reading and hashing are the shell's job. */
export interface ConsolidationInput {
  /** File name as the user knows it. */
  file: string;
  /** Hash of the file's bytes (e.g. SHA-256 hex); identical hashes mean identical content. */
  hash: string;
  /** The workbook read into a snapshot, or null when it could not be read at all. */
  snapshot: WorkbookSnapshot | null;
  /** Why it could not be read (when `snapshot` is null). */
  readError?: LocalText;
  /** The validation findings for this file (a returned template); ignored for a consolidated workbook. */
  findings?: Finding[];
}

/** One submission in the register: a returned template, or one carried over from a consolidated workbook. */
export interface ConsolidationEntry {
  /** 1-based number in the register (`Innsendinger`), also in every `Samlet` and `Funn` row. */
  nr: number;
  file: string;
  hash: string;
  /** The consolidated workbook(s) it came through, outermost first (`NASJONAL.xlsx › VEST.xlsx`), or null. */
  via: string | null;
  identity: SubmissionIdentity;
  /** Its rows, or null when they are not available (unreadable, or not counted in an earlier consolidation). */
  source: RollupSource | null;
  rowCount: number;
  findings: Finding[];
  treatment: Treatment;
  /** Why, in words (the rule applied, the read error, ...). */
  note: LocalText | null;
  /** The catalogue its rows are classified by: the version it names when known, else the one in use. */
  catalogue: Catalogue;
  /** Exact steering-parameter sums, for counted submissions only. */
  sums: RollupSums | null;
  /** Exact sums of the instrument-use overview (by goal and grouping), for counted submissions only. */
  usage: RollupSums | null;
  /** Per table and row, the parameter row ids the row contributes to (counted submissions only). */
  contributions: Map<TableKey, string[][]> | null;
}

/** Two or more submissions for the same unit × agency × period (or an annual and tertial reports). */
export interface Conflict {
  unit: string;
  agency: string;
  period: string;
  /** The part of the effort (A-krimsenter / Etatslinje). */
  part: string | null;
  /** Register numbers of the submissions involved. */
  entries: number[];
  files: string[];
  resolution: "duplicate" | "highest-status" | "unresolved" | "annual-over-tertials";
  /** The file counted, or null when none is. */
  counted: string | null;
  message: LocalText;
}

export interface EffectValues {
  baseline: number | null;
  target: number | null;
  result: number | null;
  /** (result − baseline) / (target − baseline); null when a value is missing or the denominator is 0. */
  progress: number | null;
  /** Register number and source row. */
  nr: number;
  row: number;
}

/** One effect indicator of one unit and agency, its periods side by side. */
export interface EffectLine {
  indicator: string;
  name: string;
  goal: string | null;
  measure: string | null;
  unit: string;
  agency: string;
  /** The n-th row for the same indicator in the same submission (normally 0). */
  occurrence: number;
  periods: Map<string, EffectValues>;
}

export interface Consolidation {
  catalogue: Catalogue;
  model: RollupModel;
  /** The instrument-use overview (by goal and grouping) behind the charts. */
  usageParameter: CompiledParameter;
  entries: ConsolidationEntry[];
  conflicts: Conflict[];
  /** Units, agencies and periods of the counted submissions: catalogue order, periods in time order. */
  units: string[];
  agencies: string[];
  periods: string[];
  /** The parts of the effort of the counted submissions, in catalogue order. */
  parts: string[];
  total: RollupSums;
  byUnit: Map<string, RollupSums>;
  byAgency: Map<string, RollupSums>;
  byPeriod: Map<string, RollupSums>;
  byPart: Map<string, RollupSums>;
  usageByAgency: Map<string, RollupSums>;
  usageByPeriod: Map<string, RollupSums>;
  effects: EffectLine[];
  effectPeriods: string[];
  /** Template and catalogue versions of the counted submissions, with how many used each. */
  versions: { templateVersion: string | null; catalogueVersion: string | null; count: number }[];
}
