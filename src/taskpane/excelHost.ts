/**
 * The host inside Excel: each job is read → plan → apply on the open workbook through the Office.js adapter
 * (one batched read, pure plans, chunked writes). Nothing is ever overwritten: clashes come back to the pane.
 */
import type { Edit } from "../core/model/edit";
import { planClearHighlights, planHighlights, validateSubmission } from "../core/validation";
import { applyEdits } from "../workbook/office/apply";
import { Capabilities, officeSetSupported } from "../workbook/office/capabilities";
import { ExcelFailure, withExcel } from "../workbook/office/errors";
import { selectCell } from "../workbook/office/navigate";
import { insertTemplate, rollUp, toBase64 } from "../workbook/office/operations";
import { readSnapshot } from "../workbook/office/read";
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
        const r = await insertTemplate(context, catalogue, request, { sheetNames: renames });
        if (r.kind === "problems") throw new UserError(r.problems[0]);
        if (r.kind === "clashes") {
          const snapshot = await readSnapshot(context, { sheets: [], properties: false });
          return { ok: false, clashes: r.sheets, existingSheets: snapshot.sheets.map((s) => s.name) };
        }
        if (!r.apply.ok && r.apply.problem) throw new ExcelFailure(r.apply.problem);
        return { ok: true, kind: "inserted", name: r.sheets[catalogue.template.cover.name] ?? "" };
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
        withExcel(async (context) => (await rollUp(context, catalogue)).rollup.json.parameters),
      canOpenWorkbook: () => new Capabilities(officeSetSupported()).has("newWorkbook"),
      openWorkbook: (bytes) => Excel.createWorkbook(toBase64(bytes)),
    },
    save: (file) => downloadFile(file),
  };
}
