/**
 * The pane's work on files, the same in every host: read → plan → write, with the pure engines and the
 * .xlsx adapter. It runs in the worker (checking and consolidating many files, building samples) and,
 * loaded on demand, on the UI thread for one-file jobs (a template, a report). No DOM here.
 */
import { defaultCatalogue, type Catalogue } from "../catalogue";
import { parseCatalogue } from "../catalogue/check";
import type { Edit } from "../core/model/edit";
import type { Finding } from "../core/model/finding";
import type { WorkbookSnapshot } from "../core/model/snapshot";
import { generateSamples, planSample } from "../core/samples";
import { planTemplate } from "../core/template";
import {
  planReport,
  renderFindingBoth,
  reportSheetName,
  submissionJson,
  unreadableFinding,
  validateSubmission,
  validateWorkbook,
} from "../core/validation";
import {
  chartList,
  consolidate,
  consolidationJson,
  isConsolidatedWorkbook,
  nothingReadable,
  planConsolidatedWorkbook,
  type ConsolidationInput,
} from "../core/consolidate";
import { entryFileName, filesToFollowUp } from "../core/consolidate/attention";
import { describeAnnualReport } from "../core/report";
import { parameterValues } from "../core/rollup";
import { readXlsx, writeXlsx, XlsxReadError } from "../workbook/xlsx";
import { renderBoth, UserError } from "../core/model/user-error";
import { translate, type Lang } from "../i18n";
import type { TemplateRequest } from "./host";
import type { JobKind, JobProgress, JobRequests, JobResults } from "./jobs";
import {
  XLSX_MIME,
  type CheckedFile,
  type ConsolidationResult,
  type PickedFile,
  type SaveFile,
} from "./model";

/** The catalogue a job uses: a revised one as loaded in the pane (checked again here), or the bundled one. */
export function catalogueFrom(text: string | null): Catalogue {
  if (text === null) return defaultCatalogue();
  const r = parseCatalogue(text);
  if (!r.ok) throw new UserError("error.text", { text: r.problems[0].message });
  return r.catalogue;
}

/** A file that could not be read at all becomes one finding, so the other files are still checked. */
export function fileUnreadable(e: unknown, file: string): Finding {
  return unreadableFinding(
    file,
    e instanceof XlsxReadError ? renderBoth(e) : { detail: e instanceof Error ? e.message : String(e) },
  );
}

/** Reads a file into a snapshot, or says why it cannot be read. */
export function readFile(file: PickedFile): { snapshot: WorkbookSnapshot } | { error: Finding } {
  try {
    return { snapshot: readXlsx(file.bytes, file.name) };
  } catch (e) {
    return { error: fileUnreadable(e, file.name) };
  }
}

/** Checks one returned workbook; never throws for a bad file. */
export function checkFile(file: PickedFile, catalogue: Catalogue): CheckedFile {
  const read = readFile(file);
  if ("error" in read) return { file: file.name, submission: null, findings: [read.error] };
  const { findings, submission } = validateSubmission(read.snapshot, catalogue);
  return { file: file.name, submission: submissionJson(submission), findings };
}

/** File name of a template: unit, agency and period, as the sample files and the command line name them. */
export function templateFileName(request: TemplateRequest): string {
  // A line return of a region is named apart from the centre's; LINJE is line work anyway.
  const line = request.part === "line" && request.unit.toUpperCase() !== "LINJE" ? "_linje" : "";
  return `${request.unit}_${request.agency}_${request.period}${line}.xlsx`;
}

/** An empty template as an .xlsx file. */
export function templateFile(catalogue: Catalogue, request: TemplateRequest): SaveFile {
  const plan = planTemplate(catalogue, request, { existingSheetNames: [] });
  if ("problems" in plan) throw new UserError(plan.problems[0].key, plan.problems[0].params);
  if ("clashes" in plan) throw new Error(`clash in a new workbook: ${plan.clashes.join(", ")}`);
  const name = templateFileName(request);
  return { name, bytes: writeXlsx(plan.edits, { title: name }), mime: XLSX_MIME };
}

/**
 * The report sheets for check results: one sheet per checked workbook, named after it ("Kontroll Oslo NAV 2026"),
 * each on a free name next to the sheets `into` already has (an existing sheet is never overwritten).
 */
export function reportEdits(catalogue: Catalogue, checked: CheckedFile[], into: WorkbookSnapshot): Edit[] {
  // Each report's sheet and table join the picture of the workbook, so the next plan picks free names.
  const workbook: WorkbookSnapshot = { ...into, sheets: [...into.sheets], tables: [...into.tables] };
  const edits: Edit[] = [];
  for (const c of checked) {
    const plan = planReport(c.findings, workbook, {
      onExisting: "numbered",
      title: c.file,
      sheet: reportSheetName(catalogue, c),
    });
    if (!plan.ok) throw new UserError("error.text", { text: plan.clash.message });
    edits.push(...plan.edits);
    workbook.sheets.push({
      name: plan.sheet,
      visibility: "visible",
      rows: [],
      formulas: [],
      merges: [],
      validations: [],
      hiddenRows: [],
    });
    for (const e of plan.edits) {
      if (e.kind === "addTable")
        workbook.tables.push({ name: e.name, sheet: e.sheet, ref: e.range, headers: [] });
    }
  }
  return edits;
}

/** The check report as an .xlsx file. */
export function reportFile(catalogue: Catalogue, checked: CheckedFile[]): SaveFile {
  const empty: WorkbookSnapshot = {
    name: "kontrollrapport.xlsx",
    sheets: [],
    tables: [],
    properties: new Map(),
    notes: [],
  };
  return {
    name: "kontrollrapport.xlsx",
    bytes: writeXlsx(reportEdits(catalogue, checked, empty), { title: "Kontrollrapport" }),
    mime: XLSX_MIME,
  };
}

/**
 * The sample workbooks the pane offers a newcomer: one centre's whole year (every agency, three tertials,
 * so the trend has something to show) and every file with a planted mistake, duplicate submission included.
 */
export function sampleSelection(catalogue: Catalogue) {
  const all = generateSamples(catalogue);
  const unit = all[0]?.identity.unit;
  return all.filter((f) => f.identity.unit === unit || f.mistakes.length > 0);
}

export function* buildSamples(catalogue: Catalogue): Generator<PickedFile, void, void> {
  for (const sample of sampleSelection(catalogue)) {
    yield {
      name: sample.fileName,
      bytes: writeXlsx(planSample(catalogue, sample), { title: sample.fileName }),
    };
  }
}

/** SHA-256 of a file's bytes, as hex: identical hashes mean identical files (the command line uses the same). */
export async function sha256(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", bytes as BufferSource);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * Consolidates returned workbooks (and earlier consolidations) as the command line's `consolidate` does:
 * the same inputs, the same engine, the same workbook and JSON.
 */
export async function consolidateFiles(
  files: PickedFile[],
  catalogue: Catalogue,
  onProgress: (p: JobProgress) => void,
): Promise<ConsolidationResult> {
  const inputs: ConsolidationInput[] = [];
  for (const [i, f] of files.entries()) {
    onProgress({ done: i, total: files.length, file: f.name });
    const hash = await sha256(f.bytes);
    const read = readFile(f);
    if ("error" in read)
      inputs.push({ file: f.name, hash, snapshot: null, readError: renderFindingBoth(read.error).message });
    else {
      const findings = isConsolidatedWorkbook(read.snapshot)
        ? []
        : validateWorkbook(read.snapshot, catalogue);
      inputs.push({ file: f.name, hash, snapshot: read.snapshot, findings });
    }
  }
  onProgress({ done: files.length, total: files.length, file: null });
  const result = consolidate(inputs, catalogue);
  if (nothingReadable(result)) {
    // Nothing to consolidate: no workbook is made, and the message says why for each file.
    const reasons = (lang: Lang) =>
      result.entries.map((e) => `${e.file}: ${e.note?.[lang] ?? ""}`.trim()).join(" ");
    throw new UserError("cycle.nothingReadable", { reasons: { nb: reasons("nb"), en: reasons("en") } });
  }
  return {
    files: result.entries.map((e) => ({
      file: entryFileName(e),
      submission: {
        unit: e.identity.unit,
        agency: e.identity.agency,
        period: e.identity.period,
        templateVersion: e.identity.templateVersion,
        catalogueVersion: e.identity.catalogueVersion,
      },
      findings: e.findings,
    })),
    conflicts: result.conflicts.map((c) => ({
      unit: c.unit,
      agency: c.agency,
      period: c.period,
      files: c.files,
      counted: c.counted,
      message: c.message,
    })),
    parameters: parameterValues(result.total, result.model.parameters),
    charts: chartList(result),
    counted: result.entries.filter((e) => e.treatment === "counted").length,
    followUp: filesToFollowUp(result.entries),
    missing: result.missing,
    expectedFrom: result.expectedFrom,
    json: consolidationJson(result),
    workbook: writeXlsx(planConsolidatedWorkbook(result), {
      title: translate("nb", "workbook.consolidationTitle"),
    }),
    report: describeAnnualReport(result, { drafted: new Date() }),
  };
}

/** Runs one job to the end, reporting progress after each file. */
export async function runJob<K extends JobKind>(
  kind: K,
  request: JobRequests[K],
  onProgress: (p: JobProgress) => void,
): Promise<JobResults[K]> {
  const catalogue = catalogueFrom(request.catalogueText);
  if (kind === "samples") {
    const total = sampleSelection(catalogue).length;
    const files: PickedFile[] = [];
    onProgress({ done: 0, total, file: null });
    for (const f of buildSamples(catalogue)) {
      files.push(f);
      onProgress({ done: files.length, total, file: f.name });
    }
    return files as JobResults[K];
  }
  const { files } = request as JobRequests["check"];
  if (kind === "consolidate") return (await consolidateFiles(files, catalogue, onProgress)) as JobResults[K];
  if (kind === "check") {
    const out: CheckedFile[] = [];
    files.forEach((f, i) => {
      onProgress({ done: i, total: files.length, file: f.name });
      out.push(checkFile(f, catalogue));
    });
    onProgress({ done: files.length, total: files.length, file: null });
    return out as JobResults[K];
  }
  throw new Error(`unknown job ${kind}`);
}
