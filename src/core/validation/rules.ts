/**
 * The one rule registry: every rule a finding can name, with its severity. A finding's severity always comes from
 * here; its words (what the rule checks, the general fix, the messages) are in the message catalogues
 * `src/i18n/rules.nb.ts` and `src/i18n/rules.en.ts`, keyed by the same ids.
 */
import type { Severity } from "../model/edit";

export interface RuleSpec {
  severity: Severity;
}

export const RULES = {
  // The workbook as a whole
  "workbook.not-a-template": { severity: "error" },
  // Structure
  "structure.missing-sheet": { severity: "error" },
  "structure.renamed-sheet": { severity: "warning" },
  "structure.hidden-sheet": { severity: "warning" },
  "structure.missing-table": { severity: "warning" },
  "structure.missing-header-row": { severity: "error" },
  "structure.missing-column": { severity: "error" },
  "structure.missing-optional-column": { severity: "warning" },
  "structure.renamed-column": { severity: "error" },
  "structure.moved-column": { severity: "info" },
  "structure.duplicate-column": { severity: "warning" },
  "structure.extra-column": { severity: "info" },
  "structure.rows-outside-table": { severity: "error" },
  "structure.hidden-rows": { severity: "info" },
  "structure.merged-cells": { severity: "warning" },
  // Versions
  "version.missing": { severity: "warning" },
  "version.older": { severity: "warning" },
  "version.unknown": { severity: "error" },
  // Cover sheet
  "cover.missing-field": { severity: "error" },
  "cover.missing-optional-field": { severity: "warning" },
  "cover.unknown-unit": { severity: "error" },
  "cover.unknown-agency": { severity: "error" },
  "cover.invalid-period": { severity: "error" },
  "cover.before-since": { severity: "warning" },
  "cover.property-mismatch": { severity: "error" },
  "cover.no-properties": { severity: "info" },
  "cover.invalid-part": { severity: "error" },
  "cover.line-unit-part": { severity: "error" },
  "cover.invalid-person-years": { severity: "error" },
  "cover.invalid-status": { severity: "warning" },
  // Virkemiddelbruk
  "usage.missing-instrument-id": { severity: "error" },
  "usage.unknown-instrument": { severity: "error" },
  "usage.name-mismatch": { severity: "warning" },
  "usage.goal-mismatch": { severity: "error" },
  "usage.grouping-mismatch": { severity: "error" },
  "usage.agency-mismatch": { severity: "warning" },
  "usage.agency-without-instruments": { severity: "info" },
  "usage.duplicate-instrument": { severity: "warning" },
  "usage.herav-exceeds-antall": { severity: "error" },
  "usage.amount-unexpected": { severity: "warning" },
  // Cells in any table
  "cell.excel-error": { severity: "error" },
  "cell.text-number": { severity: "error" },
  "cell.not-a-number": { severity: "error" },
  "cell.negative": { severity: "error" },
  "cell.not-whole": { severity: "error" },
  "cell.formula": { severity: "info" },
  "cell.wrong-case": { severity: "warning" },
  "cell.read-as": { severity: "warning" },
  "cell.total-row": { severity: "warning" },
  "cell.dates-not-checked": { severity: "warning" },
  "cell.invalid-value": { severity: "error" },
  "cell.missing-value": { severity: "warning" },
  "cell.unknown-agency": { severity: "error" },
  "cell.invalid-date": { severity: "error" },
  "cell.text-date": { severity: "warning" },
  "cell.date-outside-period": { severity: "error" },
  // Effekter
  "effects.unknown-indicator": { severity: "error" },
  "effects.goal-mismatch": { severity: "warning" },
  "effects.duplicate-indicator": { severity: "warning" },
  "effects.scale": { severity: "warning" },
  "actors.disagreement": { severity: "warning" },
  "actions.disagreement": { severity: "warning" },
  "effects.target-equals-baseline": { severity: "warning" },
  // Privacy
  "privacy.national-id": { severity: "error" },
  "privacy.name-like-reference": { severity: "warning" },
  // What the reader noticed
  "read.whole-column-validation": { severity: "warning" },
  "read.string-truncated": { severity: "warning" },
  "read.sheet-skipped": { severity: "warning" },
  "read.formula-without-value": { severity: "warning" },
  "read.too-many-rows": { severity: "error" },
  // Files
  "file.unreadable": { severity: "error" },
  // The list itself
  "validation.truncated": { severity: "info" },
  // Consolidation
  "consolidate.unreadable": { severity: "error" },
  "consolidate.no-identity": { severity: "error" },
  "consolidate.conflict": { severity: "error" },
  "consolidate.unavailable": { severity: "error" },
  "consolidate.duplicate": { severity: "info" },
  "consolidate.superseded": { severity: "warning" },
  "consolidate.overlap": { severity: "warning" },
  "consolidate.draft": { severity: "warning" },
  "consolidate.catalogue-version": { severity: "info" },
  "consolidate.template-version": { severity: "info" },
  "consolidate.missing-submission": { severity: "warning" },
  "consolidate.version-difference": { severity: "warning" },
  "consolidate.incomplete": { severity: "error" },
  "consolidate.actor-disagreement": { severity: "warning" },
  "consolidate.action-disagreement": { severity: "warning" },
  "consolidate.same-day-actions": { severity: "warning" },
  "consolidate.effect-value-changed": { severity: "warning" },
} as const satisfies Record<string, RuleSpec>;

/** A rule id: a misspelt one does not compile. */
export type RuleId = keyof typeof RULES;

export const RULE_IDS = Object.keys(RULES) as RuleId[];

/** True when `s` names a rule of the registry (for ids read back from a workbook). */
export function isRuleId(s: string): s is RuleId {
  return Object.hasOwn(RULES, s);
}
