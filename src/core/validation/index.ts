/** Validation of returned templates: the engine, its rules and its outputs inside the workbook. */
export { validateWorkbook, validateSubmission, type ValidateOptions, type ValidationResult } from "./engine";
export { RULES, RULE_IDS, isRuleId, type RuleId, type RuleSpec } from "./rules";
export {
  renderFinding,
  renderFindingBoth,
  ruleTexts,
  type FindingLang,
  type RenderedFinding,
} from "./render";
export { unreadableFinding } from "./collector";
export {
  planReport,
  planHighlights,
  planClearHighlights,
  REPORT_SHEET,
  REPORT_HEADERS,
  type ReportPlan,
  type ReportOptions,
} from "./report";
export { reportSheetName, type ReportSubject } from "./report-name";
export { findingJson, submissionJson, EMPTY_SUBMISSION, type FindingJson, type SubmissionJson } from "./json";
