/**
 * The host inside Excel: each job is read → plan → apply on the open workbook, through the Office.js
 * adapter (one batched read, pure plans, chunked writes). Nothing is ever overwritten: clashes come back.
 */
import { planTemplate } from "../core/template";
import { planClearHighlights, planHighlights, validateSubmission } from "../core/validation";
import { rollupWorkbook } from "../core/rollup";
import { applyEdits } from "../workbook/office/apply";
import { ExcelFailure, withExcel } from "../workbook/office/errors";
import { selectCell } from "../workbook/office/navigate";
import { readSnapshot } from "../workbook/office/read";
import type { Edit } from "../core/model/edit";
import { UserError } from "./errors";
import { downloadFile, type Host } from "./host";
import { reportEdits, submissionOf } from "./work";

async function apply(context: Excel.RequestContext, edits: Edit[]): Promise<void> {
  const result = await applyEdits(context, edits);
  if (!result.ok && result.problem) throw new ExcelFailure(result.problem);
}

export function excelHost(displayLanguage: string | null): Host {
  return {
    kind: "excel",
    displayLanguage,
    makeTemplate: (catalogue, request, renames) =>
      withExcel(async (context) => {
        const snapshot = await readSnapshot(context, { sheets: [], properties: false });
        const existingSheets = snapshot.sheets.map((s) => s.name);
        const plan = planTemplate(catalogue, request, {
          existingSheetNames: existingSheets,
          sheetNames: renames,
        });
        if ("clashes" in plan) return { ok: false, clashes: plan.clashes, existingSheets };
        if ("problems" in plan) throw new UserError(plan.problems[0]);
        await apply(context, plan.edits);
        return { ok: true, kind: "inserted", name: plan.sheets[catalogue.template.cover.name] ?? "" };
      }),
    exportReport: (_catalogue, checked) =>
      withExcel(async (context) => {
        const snapshot = await readSnapshot(context, { sheets: [], properties: false });
        await apply(context, reportEdits(checked, snapshot));
        return "written" as const;
      }),
    workbook: {
      check: (catalogue) =>
        withExcel(async (context) => {
          const snapshot = await readSnapshot(context, { formulas: true });
          const { findings, submission } = validateSubmission(snapshot, catalogue);
          // The cells with findings are marked; earlier marks are cleared first. Values are never changed.
          await apply(context, [...planClearHighlights(snapshot), ...planHighlights(findings)]);
          return { file: snapshot.name, submission: submissionOf(submission), findings };
        }),
      selectCell: (sheet, cell) =>
        withExcel(async (context) => {
          const r = await selectCell(context, sheet, cell);
          if (!r.ok) throw new UserError(r.message);
        }),
      rollUp: (catalogue) =>
        withExcel(
          async (context) => rollupWorkbook(await readSnapshot(context, {}), catalogue).json.parameters,
        ),
    },
    save: (file) => downloadFile(file),
  };
}
