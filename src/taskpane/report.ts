/** The check report as JSON, in the same shape as the command line's `validate --format json`. */
import type { Lang } from "../i18n";
import { countBySeverity, type CheckedFile, type ConsolidationResult } from "./model";

export function reportJson(checked: CheckedFile[], lang: Lang) {
  const all = checked.flatMap((c) => c.findings);
  const counts = countBySeverity(all);
  return {
    files: checked.map((c) => ({
      file: c.file,
      submission: c.submission,
      findings: c.findings.map((f) => ({
        rule: f.rule,
        severity: f.severity,
        sheet: f.sheet,
        row: f.row,
        column: f.column,
        cell: f.cell,
        value: f.value,
        message: f.message[lang],
      })),
    })),
    summary: { files: checked.length, errors: counts.error, warnings: counts.warning },
  };
}

/** The consolidation as JSON, in the same shape as the command line's `consolidate --format json`. */
export function consolidationJson(result: ConsolidationResult, lang: Lang) {
  return {
    files: reportJson(result.files, lang).files,
    conflicts: result.conflicts,
    parameters: result.parameters.map((p) => ({
      id: p.id,
      name: p.name,
      value: p.value,
      breakdown: p.breakdown,
    })),
  };
}
