/**
 * What the pane shows, as plain data. The shapes follow the product's JSON contract (REPORTING.md):
 * findings per file, steering parameters with breakdowns, conflicts between submissions.
 */
import type { Finding } from "../core/model/finding";

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
export interface SubmissionIdentity {
  unit: string | null;
  agency: string | null;
  period: string | null;
  templateVersion: string | null;
  catalogueVersion: string | null;
}

/** The check result for one workbook (the open one, or a file). */
export interface CheckedFile {
  file: string;
  submission: SubmissionIdentity | null;
  findings: Finding[];
}

/** One steering parameter's value: a number, or null when a share has no denominator. */
export interface ParameterRow {
  id: string;
  name: string;
  unit: "count" | "nok" | "share";
  value: number | null;
  breakdown: Record<string, number | null>;
}

export interface Conflict {
  unit: string;
  agency: string;
  period: string;
  files: string[];
  resolution: string;
}

/** A chart as data: bars (one value per category) or lines (a value per category per series). */
export interface ChartData {
  id: "byGrouping" | "byAgency" | "trend";
  categories: { key: string; label: string }[];
  series: { key: string; label: string; values: (number | null)[] }[];
}

export interface ConsolidationResult {
  files: CheckedFile[];
  conflicts: Conflict[];
  parameters: ParameterRow[];
  charts: ChartData[];
  /** Submissions counted (not in conflict, readable). */
  counted: number;
  /** The consolidated workbook, ready to download. */
  workbook: Uint8Array | null;
}

export function countBySeverity(findings: readonly Finding[]) {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
