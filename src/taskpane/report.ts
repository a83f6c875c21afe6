/**
 * The check report as JSON, in the same shape as the command line's `validate --format json` (messages
 * in both languages, whatever language the pane shows).
 */
import { findingJson } from "../core/validation";
import { countBySeverity, type CheckedFile } from "./model";

export function reportJson(checked: CheckedFile[]) {
  const all = checked.flatMap((c) => c.findings);
  const counts = countBySeverity(all);
  return {
    files: checked.map((c) => ({
      file: c.file,
      submission: c.submission,
      findings: c.findings.map(findingJson),
    })),
    summary: { files: checked.length, errors: counts.error, warnings: counts.warning },
  };
}
