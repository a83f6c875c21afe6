/** A finding: one thing a check found, with everything a person needs to act on it. */
import type { LocalText } from "../../catalogue/schema";
import type { Severity } from "./edit";

export type { Severity };

export interface Finding {
  /** Rule id, e.g. "usage.unknown-instrument". */
  rule: string;
  severity: Severity;
  /** Sheet name, or null for the whole workbook. */
  sheet: string | null;
  /** 1-based sheet row, or null. */
  row: number | null;
  /** Column header text, or null. */
  column: string | null;
  /** A1 address of the cell, or null. */
  cell: string | null;
  /** The cell's value as text (personal ID numbers masked), or null. */
  value: string | null;
  message: LocalText;
  hint: LocalText;
}

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
