/**
 * The `validate` JSON shapes of REPORTING.md: a finding and a submission's identity as typed. One definition
 * for the command line, the consolidation output and the task pane's export.
 */
import { maskIdentityNumbers } from "../identifiers";
import type { Finding, FindingParams } from "../model/finding";
import { renderFindingBoth } from "./render";
import { identityValue, type Submission } from "../model/submission";

export interface SubmissionJson {
  unit: string | null;
  agency: string | null;
  period: string | null;
  templateVersion: string | null;
  catalogueVersion: string | null;
}

export interface FindingJson {
  rule: string;
  severity: Finding["severity"];
  sheet: string | null;
  row: number | null;
  column: string | null;
  cell: string | null;
  value: string | null;
  /** Norwegian (the contract's `message`); the English text and the hints are added fields. */
  message: string;
  messageEn: string;
  hint: string;
  hintEn: string;
  /** What the message was made from: the finding as data (added to the contract's shape). */
  params: FindingParams;
}

export const EMPTY_SUBMISSION: SubmissionJson = {
  unit: null,
  agency: null,
  period: null,
  templateVersion: null,
  catalogueVersion: null,
};

export function findingJson(f: Finding): FindingJson {
  const { message, hint } = renderFindingBoth(f);
  return {
    rule: f.rule,
    severity: f.severity,
    sheet: f.sheet,
    row: f.row,
    column: f.column,
    cell: f.cell,
    value: f.value,
    message: message.nb,
    messageEn: message.en,
    hint: hint.nb,
    hintEn: hint.en,
    params: f.params,
  };
}

/** The identity as typed in the workbook; typed values are masked for ID numbers and cut at 100 characters. */
export function submissionJson(sub: Submission): SubmissionJson {
  const v = (k: keyof SubmissionJson) => {
    const s = identityValue(sub.identity[k]);
    return s === null ? null : maskIdentityNumbers(s.length > 100 ? `${s.slice(0, 99)}…` : s);
  };
  return {
    unit: v("unit"),
    agency: v("agency"),
    period: v("period"),
    templateVersion: v("templateVersion"),
    catalogueVersion: v("catalogueVersion"),
  };
}
