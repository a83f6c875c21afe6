/**
 * The jobs the task pane and the ribbon run in Excel, each a few lines of read → plan → apply. The plans
 * are the pure ones from src/core; everything Excel-specific is in read.ts and apply.ts.
 */
import type { Catalogue } from "../../catalogue/loader";
import type { LocalText } from "../../catalogue/schema";
import type { Edit } from "../../core/model/edit";
import type { Finding } from "../../core/model/finding";
import type { WorkbookSnapshot } from "../../core/model/snapshot";
import { planTemplate, type TemplateIdentity } from "../../core/template";
import {
  planClearHighlights,
  planHighlights,
  planReport,
  validateSubmission,
  validateWorkbook,
  type ReportOptions,
} from "../../core/validation";
import { rollupWorkbook, type WorkbookRollup } from "../../core/rollup";
import {
  consolidate,
  planConsolidatedWorkbook,
  type Consolidation,
  type ConsolidationInput,
} from "../../core/consolidate";
import { applyEdits, type ApplyOptions, type ApplyResult } from "./apply";
import { Capabilities, officeSetSupported, type MissingFeature } from "./capabilities";
import { readSnapshot } from "./read";

export interface OperationOptions extends ApplyOptions {
  /** Largest read answer to aim for (default: 4,000,000 bytes on Excel on the web, no limit elsewhere). */
  maxResponseBytes?: number | null;
}

// ---- insert

export type InsertResult =
  | { kind: "applied"; sheets: Record<string, string>; apply: ApplyResult }
  | { kind: "clashes"; sheets: string[] }
  | { kind: "problems"; problems: LocalText[] };

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
  | { kind: "applied"; findings: Finding[]; reportSheet: string; apply: ApplyResult }
  | { kind: "clash"; findings: Finding[]; sheet: string; suggestion: string; message: LocalText };

/**
 * Checks the open workbook: clears earlier highlights, highlights the cells with findings and writes the
 * report sheet. A report sheet that already exists is never overwritten (see ReportOptions.onExisting).
 */
export async function runCheck(
  context: Excel.RequestContext,
  catalogue: Catalogue,
  options: OperationOptions & { report?: ReportOptions } = {},
): Promise<CheckResult> {
  const snapshot = await readSnapshot(context, {
    formulas: true,
    maxResponseBytes: options.maxResponseBytes,
    signal: options.signal,
  });
  const { findings } = validateSubmission(snapshot, catalogue);
  const report = planReport(findings, snapshot, { title: snapshot.name, ...options.report });
  if (!report.ok) return { kind: "clash", findings, ...report.clash };
  const edits: Edit[] = [...planClearHighlights(snapshot), ...planHighlights(findings), ...report.edits];
  return {
    kind: "applied",
    findings,
    reportSheet: report.sheet,
    apply: await applyEdits(context, edits, options),
  };
}

// ---- roll-up

export interface RollupResult {
  rollup: WorkbookRollup;
  /** Present when a plan for writing the roll-up into the workbook was given. */
  apply?: ApplyResult;
}

/**
 * Rolls the open workbook up into the steering parameters. The template's own summary sheet follows the
 * tables through live formulas; `plan` writes the computed values elsewhere when a caller wants that.
 */
export async function rollUp(
  context: Excel.RequestContext,
  catalogue: Catalogue,
  options: OperationOptions & { plan?: (rollup: WorkbookRollup, snapshot: WorkbookSnapshot) => Edit[] } = {},
): Promise<RollupResult> {
  const snapshot = await readSnapshot(context, {
    maxResponseBytes: options.maxResponseBytes,
    signal: options.signal,
  });
  const rollup = rollupWorkbook(snapshot, catalogue);
  if (!options.plan) return { rollup };
  return { rollup, apply: await applyEdits(context, options.plan(rollup, snapshot), options) };
}

// ---- consolidate

export type ConsolidateResult =
  | {
      kind: "applied";
      target: "open";
      consolidation: Consolidation;
      apply: ApplyResult;
      missing: MissingFeature[];
    }
  | { kind: "opened"; target: "new"; consolidation: Consolidation; bytes: number };

export interface ConsolidateOptions extends OperationOptions {
  /** "new": open the result as a new workbook (ExcelApi 1.8); "open": add it as sheets here. */
  target: "new" | "open";
  /** `Excel.createWorkbook`, or a stand-in. */
  createWorkbook?: (base64: string) => Promise<void>;
  /**
   * Writes an edit list as .xlsx bytes (the file adapter's writeXlsx), for target "new". Passed in by the shell so
   * that the Office adapter does not reach into the file adapter. Without it the result goes into the open workbook.
   */
  writeWorkbook?: (edits: Edit[]) => Uint8Array;
}

/**
 * Consolidates returned workbooks that the user picked (read by the file adapter into `inputs`; a file
 * without findings is checked here first). Into a new workbook, the plan is written as an .xlsx file by the
 * writer the shell passes (`writeWorkbook`) and opened with Excel.createWorkbook: one call, no request chunking. Where that API is
 * missing, or when asked, the plan goes into the open workbook as new sheets with free names.
 */
export async function consolidateInto(
  context: Excel.RequestContext,
  inputs: ConsolidationInput[],
  catalogue: Catalogue,
  options: ConsolidateOptions,
): Promise<ConsolidateResult> {
  const checked = inputs.map((i) =>
    i.findings || !i.snapshot ? i : { ...i, findings: validateWorkbook(i.snapshot, catalogue) },
  );
  const consolidation = consolidate(checked, catalogue);
  const caps = new Capabilities(options.supported ?? officeSetSupported());
  const missing: MissingFeature[] = [];
  if (options.target === "new" && options.writeWorkbook) {
    if (caps.has("newWorkbook")) {
      const bytes = options.writeWorkbook(planConsolidatedWorkbook(consolidation));
      const create = options.createWorkbook ?? ((b64: string) => Excel.createWorkbook(b64));
      await create(toBase64(bytes));
      return { kind: "opened", target: "new", consolidation, bytes: bytes.length };
    }
    missing.push(caps.missing("newWorkbook"));
  }
  const here = await readSnapshot(context, {
    sheets: [],
    properties: false,
    maxResponseBytes: options.maxResponseBytes,
    signal: options.signal,
  });
  const apply = await applyEdits(context, planConsolidatedWorkbook(consolidation, here), options);
  return { kind: "applied", target: "open", consolidation, apply, missing: [...missing, ...apply.missing] };
}

/** Base64 of bytes without Node's Buffer (the task pane runs in a browser). */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  const step = 0x8000;
  for (let i = 0; i < bytes.length; i += step) binary += String.fromCharCode(...bytes.subarray(i, i + step));
  return btoa(binary);
}
