/**
 * A finding: one thing a check found, as data. Its words are not in it: the rule's texts in the message catalogues
 * (`src/i18n/rules.nb.ts`, `rules.en.ts`) say it, filled in with `params` by `renderFinding` when a shell shows it.
 */
import type { LocalText } from "../../catalogue/schema";
import { translate } from "../../i18n";
import type { Severity } from "./edit";
import type { RuleId } from "../validation/rules";

export type { Severity };
export type { RuleId };

/** An ISO date (yyyy-mm-dd), shown as dd.mm.åååå in both languages (`formatDate`). */
export interface DateParam {
  date: string;
}

/**
 * A value a message needs. A number is a quantity, formatted for the language (`1 234,5` / `1234.5`); ids, row
 * numbers and what a person typed are text; a LocalText is catalogue text (a name, a label) in both languages.
 */
export type ParamValue = string | number | LocalText | DateParam;

export type FindingParams = Readonly<Record<string, ParamValue>>;

/** Which of a rule's message texts a finding uses: `message`, or a variant such as `message.suggestion`. */
export type MessageKey = "message" | `message.${string}`;
/** Which of a rule's fixes a finding uses: `hint` (the rule's general fix), or a variant such as `hint.suggestion`. */
export type HintKey = "hint" | `hint.${string}`;

export interface Finding {
  /** Rule id from the one registry, e.g. "usage.unknown-instrument". */
  rule: RuleId;
  /** Always the registry's severity for the rule. */
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
  /** What the message and hint need, by placeholder name. */
  params: FindingParams;
  /** The rule's message variant; `message` when absent. */
  messageKey?: MessageKey;
  /** The rule's hint variant; `hint` (the general fix) when absent. */
  hintKey?: HintKey;
  /**
   * Words already written, for a finding read back from a consolidated workbook's findings sheet: that sheet holds
   * the rendered text, not the params, so the finding is shown as it was written.
   */
  written?: { message: LocalText; hint: LocalText };
}

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The severities as the workbooks the product writes name them (bokmål): Feil, Advarsel, Merknad. */
export const SEVERITY_NB: Record<Severity, string> = {
  error: translate("nb", "check.severity.error"),
  warning: translate("nb", "check.severity.warning"),
  info: translate("nb", "check.severity.info"),
};

/**
 * The findings of several files in one list, most severe first: every error before any warning, every warning
 * before any note. Within a severity the files keep their order, and each file its findings' order (the engine's:
 * sheet order, row, column).
 */
export function bySeverity<F extends { findings: readonly Finding[] }>(
  files: readonly F[],
): { file: F; finding: Finding }[] {
  const out: { file: F; finding: Finding }[] = [];
  for (const severity of ["error", "warning", "info"] as const)
    for (const file of files)
      for (const finding of file.findings) if (finding.severity === severity) out.push({ file, finding });
  return out;
}
