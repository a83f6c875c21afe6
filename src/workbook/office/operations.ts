/**
 * The jobs the task pane and the ribbon run in Excel, each a few lines of read → plan → apply. The plans
 * are the pure ones from src/core; everything Excel-specific is in read.ts and apply.ts.
 */
import type { Catalogue } from "../../catalogue/loader";
import type { LocalText } from "../../catalogue/schema";
import type { UserMessage } from "../../core/model/user-error";
import type { Edit } from "../../core/model/edit";
import type { Finding } from "../../core/model/finding";
import { planTemplate, type TemplateIdentity } from "../../core/template";
import type { Submission } from "../../core/model/submission";
import {
  planClearHighlights,
  planHighlights,
  planReport,
  validateSubmission,
  type ReportOptions,
} from "../../core/validation";
import { rollupWorkbook, type WorkbookRollup } from "../../core/rollup";
import { applyEdits, type ApplyOptions, type ApplyResult } from "./apply";
import { readSnapshot } from "./read";

export interface OperationOptions extends ApplyOptions {
  /** Largest read answer to aim for (default: 4,000,000 bytes on Excel on the web, no limit elsewhere). */
  maxResponseBytes?: number | null;
}

// ---- insert

export type InsertResult =
  | { kind: "applied"; sheets: Record<string, string>; apply: ApplyResult }
  | { kind: "clashes"; sheets: string[] }
  | { kind: "problems"; problems: UserMessage[] };

/** Inserts the empty reporting template for a unit, agency and period into the open workbook. */
export async function insertTemplate(
  context: Excel.RequestContext,
  catalogue: Catalogue,
  identity: TemplateIdentity,
  options: OperationOptions & { sheetNames?: Partial<Record<string, string>> } = {},
): Promise<InsertResult> {
  const snapshot = await readSnapshot(context, {
    sheets: [],
    properties: false,
    maxResponseBytes: options.maxResponseBytes,
    signal: options.signal,
  });
  const plan = planTemplate(catalogue, identity, {
    existingSheetNames: snapshot.sheets.map((s) => s.name),
    existingTableNames: snapshot.tables.map((t) => t.name),
    sheetNames: options.sheetNames,
  });
  if ("clashes" in plan) return { kind: "clashes", sheets: plan.clashes };
  if ("problems" in plan) return { kind: "problems", problems: plan.problems };
  return { kind: "applied", sheets: plan.sheets, apply: await applyEdits(context, plan.edits, options) };
}

// ---- check

export type CheckResult =
  | {
      kind: "applied";
      /** The workbook's name, for messages. */
      file: string;
      findings: Finding[];
      submission: Submission;
      /** The report sheet written, or null when no report was asked for. */
      reportSheet: string | null;
      apply: ApplyResult;
    }
  | { kind: "clash"; findings: Finding[]; sheet: string; suggestion: string; message: LocalText };

/**
 * Checks the open workbook: clears earlier highlights, highlights the cells with findings and, unless `report`
 * is false, writes the report sheet. A report sheet that already exists is never overwritten (see
 * ReportOptions.onExisting). Values are never changed.
 */
export async function runCheck(
  context: Excel.RequestContext,
  catalogue: Catalogue,
  options: OperationOptions & { report?: ReportOptions | false } = {},
): Promise<CheckResult> {
  const snapshot = await readSnapshot(context, {
    formulas: true,
    maxResponseBytes: options.maxResponseBytes,
    signal: options.signal,
  });
  const { findings, submission } = validateSubmission(snapshot, catalogue);
  const edits: Edit[] = [...planClearHighlights(snapshot), ...planHighlights(findings)];
  let reportSheet: string | null = null;
  if (options.report !== false) {
    const report = planReport(findings, snapshot, { title: snapshot.name, ...options.report });
    if (!report.ok) return { kind: "clash", findings, ...report.clash };
    edits.push(...report.edits);
    reportSheet = report.sheet;
  }
  return {
    kind: "applied",
    file: snapshot.name,
    findings,
    submission,
    reportSheet,
    apply: await applyEdits(context, edits, options),
  };
}

// ---- roll-up

/**
 * Rolls the open workbook up into the steering parameters. Nothing is written: the template's own summary
 * sheet follows the tables through live formulas.
 */
export async function rollUp(
  context: Excel.RequestContext,
  catalogue: Catalogue,
  options: OperationOptions = {},
): Promise<WorkbookRollup> {
  const snapshot = await readSnapshot(context, {
    maxResponseBytes: options.maxResponseBytes,
    signal: options.signal,
  });
  return rollupWorkbook(snapshot, catalogue);
}

/** Base64 of bytes without Node's Buffer (the task pane runs in a browser). */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  const step = 0x8000;
  for (let i = 0; i < bytes.length; i += step) binary += String.fromCharCode(...bytes.subarray(i, i + step));
  return btoa(binary);
}
