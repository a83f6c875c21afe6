/**
 * The host inside Excel: each job is read → plan → apply on the open workbook through the Office.js adapter
 * (one batched read, pure plans, chunked writes). Nothing is ever overwritten: clashes come back to the pane.
 */
import type { Edit } from "../core/model/edit";
import { UserError } from "../core/model/user-error";
import { submissionJson } from "../core/validation";
import { applyEdits } from "../workbook/office/apply";
import { Capabilities, officeSetSupported } from "../workbook/office/capabilities";
import { ExcelFailure, withExcel, type CancelSignal, type WithExcelOptions } from "../workbook/office/errors";
import { selectCell } from "../workbook/office/navigate";
import { insertTemplate, rollUp, runCheck, toBase64 } from "../workbook/office/operations";
import { readSnapshot } from "../workbook/office/read";
import { downloadFile, type ExcelWork, type Host } from "./host";
import { reportEdits } from "./work";

async function apply(context: Excel.RequestContext, edits: Edit[], signal: CancelSignal): Promise<void> {
  const result = await applyEdits(context, edits, { signal });
  if (!result.ok && result.problem) throw new ExcelFailure(result.problem);
}

/** The pane shows progress with Cancel once Excel work has taken this long. */
export const PANE_SLOW_AFTER_MS = 2000;

/** withExcel's options for a piece of the pane's work. */
function excelOptions(work: ExcelWork | undefined): WithExcelOptions {
  return { onSlow: work?.onSlow, slowAfterMs: PANE_SLOW_AFTER_MS };
}

export function excelHost(displayLanguage: string | null): Host {
  return {
    kind: "excel",
    displayLanguage,
    // Excel's part runs inside withExcel; the answers for the user are decided outside it, so that a
    // message meant for the user is not reported as an Excel error.
    makeTemplate: async (catalogue, request, renames, work) => {
      const r = await withExcel(async (context, signal) => {
        const inserted = await insertTemplate(context, catalogue, request, { sheetNames: renames, signal });
        const existing =
          inserted.kind === "clashes"
            ? (await readSnapshot(context, { sheets: [], properties: false, signal })).sheets
            : [];
        return { inserted, existingSheets: existing.map((s) => s.name) };
      }, excelOptions(work));
      const { inserted } = r;
      if (inserted.kind === "problems") {
        const [first] = inserted.problems;
        throw new UserError(first.key, first.params);
      }
      if (inserted.kind === "clashes")
        return { ok: false, clashes: inserted.sheets, existingSheets: r.existingSheets };
      if (!inserted.apply.ok && inserted.apply.problem) throw new ExcelFailure(inserted.apply.problem);
      return { ok: true, kind: "inserted", name: inserted.sheets[catalogue.template.cover.name] ?? "" };
    },
    exportReport: (catalogue, checked, work) =>
      withExcel(async (context, signal) => {
        const snapshot = await readSnapshot(context, { sheets: [], properties: false, signal });
        await apply(context, reportEdits(catalogue, checked, snapshot), signal);
        return "written" as const;
      }, excelOptions(work)),
    workbook: {
      check: async (catalogue, work) => {
        // The cells with findings are marked; the report is the pane's own list until the user exports it.
        const r = await withExcel(
          (context, signal) => runCheck(context, catalogue, { report: false, signal }),
          excelOptions(work),
        );
        if (r.kind === "clash") throw new UserError("error.text", { text: r.message });
        if (!r.apply.ok && r.apply.problem) throw new ExcelFailure(r.apply.problem);
        return { file: r.file, submission: submissionJson(r.submission), findings: r.findings };
      },
      selectCell: async (sheet, cell) => {
        const r = await withExcel((context) => selectCell(context, sheet, cell));
        if (!r.ok) throw r.error;
      },
      rollUp: (catalogue, work) =>
        withExcel(
          async (context, signal) => (await rollUp(context, catalogue, { signal })).json.parameters,
          excelOptions(work),
        ),
      canOpenWorkbook: () => new Capabilities(officeSetSupported()).has("newWorkbook"),
      openWorkbook: (bytes) => Excel.createWorkbook(toBase64(bytes)),
    },
    save: (file) => downloadFile(file),
  };
}
