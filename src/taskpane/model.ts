/**
 * What the pane shows, as plain data. The shapes follow the product's JSON contract (REPORTING.md):
 * findings per file, steering parameters with breakdowns, conflicts between submissions.
 */
import type { LocalText } from "../catalogue/schema";
import type { ChartData, ExpectedFrom, MissingSubmission } from "../core/consolidate";
import type { FileAttention } from "../core/consolidate/attention";
import type { AnnualReport } from "../core/report";
import type { Finding } from "../core/model/finding";
import type { ParameterValue } from "../core/rollup";
import type { SubmissionJson } from "../core/validation";

/** A file the user picked or dropped, read into memory. */
export interface PickedFile {
  name: string;
  bytes: Uint8Array;
}

/** A file the pane offers for download. */
export interface SaveFile {
  name: string;
  bytes: Uint8Array | string;
  mime: string;
}

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const JSON_MIME = "application/json";

/** The identity of one returned workbook, as read from it (null where it could not be read). */
export type SubmissionIdentity = SubmissionJson;

/** The check result for one workbook (the open one, or a file). */
export interface CheckedFile {
  file: string;
  submission: SubmissionIdentity | null;
  findings: Finding[];
}

/** One steering parameter's value, as in the roll-up JSON: null when a share has no denominator. */
export type ParameterRow = ParameterValue;

export interface Conflict {
  unit: string;
  agency: string;
  period: string;
  files: string[];
  /** The file counted, or null when none is. */
  counted: string | null;
  message: LocalText;
}

export type { ChartData };

export interface ConsolidationResult {
  files: CheckedFile[];
  conflicts: Conflict[];
  /** Totals over the counted submissions. */
  parameters: ParameterRow[];
  charts: ChartData[];
  /** Submissions counted (readable and not set aside by a conflict). */
  counted: number;
  /** Files not counted (with why) and files with errors, named at the top of the result. */
  followUp: FileAttention[];
  /** Expected submissions that none of the files is (unit × agency × part × period), with the unit's contact. */
  missing: MissingSubmission[];
  /** Where the expected submissions came from; null: the catalogue does not say who takes part. */
  expectedFrom: ExpectedFrom;
  /** The JSON the command line's `consolidate --format json` prints for the same files. */
  json: unknown;
  /** The consolidated workbook, ready to download. */
  workbook: Uint8Array;
  /** The drafted annual report's description, written as .docx only when the user asks for it. */
  report: AnnualReport;
}

export function countBySeverity(findings: readonly Finding[]) {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
