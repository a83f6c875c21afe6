/** The consolidation's inputs and results. */
import type { Catalogue } from "../../catalogue/loader";
import type { LocalText } from "../../catalogue/schema";
import type { Finding } from "../model/finding";
import type { WorkbookSnapshot } from "../model/snapshot";
import type { Submission, TableKey } from "../model/submission";
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
  /**
   * The submission the validation read, with the catalogue it was read with (the version the workbook names), so
   * that the tables are not read a second time; used when it is the catalogue the consolidation reads with.
   */
  read?: { submission: Submission; catalogue: Catalogue };
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

/** One submission that a consolidation expects: unit × agency × part of the effort × period. */
export interface ExpectedSubmission {
  unit: string;
  agency: string;
  /** The part of the effort as the catalogue writes it (`A-krimsenter` / `Etatslinje`). */
  part: string;
  period: string;
}

/** An expected submission that none of the files given is (REPORTING.md, "Who has not sent yet"). */
export interface MissingSubmission extends ExpectedSubmission {
  /** The unit's contact as the secretariat keeps it in the catalogue, or null when not known. */
  contact: string | null;
}

/**
 * Where the list of expected submissions came from: the catalogue's membership over the periods seen, a list
 * given by the user (`--expected FILE.tsv`), or nowhere (the catalogue does not say who takes part).
 */
export type ExpectedFrom = "membership" | "list" | null;

/** One steering-parameter row of `Utvikling`: a parameter or one of its breakdown keys, a value per year. */
export interface DevelopmentRow {
  /** The parameter id, or `id/key` for a breakdown row (as on `Styringsparametre`). */
  id: string;
  name: LocalText;
  /** The parameter's unit (count, nok, share, decimal): how its values are formatted. */
  measure: "count" | "nok" | "share" | "decimal";
  /** One value per year of `Development.years` (null: empty, e.g. a share with nothing to divide by). */
  values: (number | null)[];
  /**
   * The last year against the one before, as a fraction (0.125 is +12.5 %): (last − before) / |before|; null
   * when the earlier value is 0 or empty, or the last is empty.
   */
  change: number | null;
}

/** One effect indicator of one unit and agency over the years. */
export interface EffectDevelopment {
  indicator: string;
  name: string;
  goal: string | null;
  measure: string | null;
  unit: string;
  agency: string;
  /** `Utgangsverdi` of the first year that gives one: where the years of effort started. */
  baseline: number | null;
  /** `Målverdi` of the last year that gives one. */
  target: number | null;
  /** Per year of `Development.years`: `Resultat` of the year's last period that gives one. */
  results: (number | null)[];
  /**
   * The accumulated effect: the share of the way from the baseline to the target that the last result has
   * come, (last result − baseline) / (target − baseline); null when a value is missing or target = baseline.
   */
  progress: number | null;
}

/** Development over the years (`Utvikling`), when the counted submissions span more than one year. */
export interface Development {
  /** The years, ascending (`2025`, `2026`, ...). */
  years: string[];
  parameters: DevelopmentRow[];
  effects: EffectDevelopment[];
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
  /** Where the expected submissions came from (null: not known, so nothing is reported missing). */
  expectedFrom: ExpectedFrom;
  /** Expected submissions that were not given, in unit, agency, part, period order. */
  missing: MissingSubmission[];
  /** The consolidation's findings that belong to no file (one warning per missing submission). */
  findings: Finding[];
  /** Sums per year (`2025`, ...) of the counted submissions, stocks by their counting rule within the year. */
  byYear: Map<string, RollupSums>;
  /** Development over the years, or null when the counted submissions lie within one year. */
  development: Development | null;
}
