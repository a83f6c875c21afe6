/**
 * The host inside Excel: each job is read → plan → apply on the open workbook through the Office.js adapter
 * (one batched read, pure plans, chunked writes). Nothing is ever overwritten: clashes come back to the pane.
 */
import type { Edit } from "../core/model/edit";
import { submissionJson } from "../core/validation";
import { applyEdits } from "../workbook/office/apply";
import { Capabilities, officeSetSupported } from "../workbook/office/capabilities";
import { ExcelFailure, withExcel } from "../workbook/office/errors";
import { selectCell } from "../workbook/office/navigate";
import { insertTemplate, rollUp, runCheck, toBase64 } from "../workbook/office/operations";
import { readSnapshot } from "../workbook/office/read";
import { UserError } from "./errors";
import { downloadFile, type Host } from "./host";
import { reportEdits } from "./work";

async function apply(context: Excel.RequestContext, edits: Edit[]): Promise<void> {
  const result = await applyEdits(context, edits);
  if (!result.ok && result.problem) throw new ExcelFailure(result.problem);
}

export function excelHost(displayLanguage: string | null): Host {
  return {
    kind: "excel",
    displayLanguage,
    // Excel's part runs inside withExcel; the answers for the user are decided outside it, so that a
    // message meant for the user is not reported as an Excel error.
    makeTemplate: async (catalogue, request, renames) => {
      const r = await withExcel(async (context) => {
        const inserted = await insertTemplate(context, catalogue, request, { sheetNames: renames });
        const existing =
          inserted.kind === "clashes"
            ? (await readSnapshot(context, { sheets: [], properties: false })).sheets
            : [];
        return { inserted, existingSheets: existing.map((s) => s.name) };
      });
      const { inserted } = r;
      if (inserted.kind === "problems") throw new UserError(inserted.problems[0]);
      if (inserted.kind === "clashes")
        return { ok: false, clashes: inserted.sheets, existingSheets: r.existingSheets };
      if (!inserted.apply.ok && inserted.apply.problem) throw new ExcelFailure(inserted.apply.problem);
      return { ok: true, kind: "inserted", name: inserted.sheets[catalogue.template.cover.name] ?? "" };
    },
    exportReport: (_catalogue, checked) =>
      withExcel(async (context) => {
        const snapshot = await readSnapshot(context, { sheets: [], properties: false });
        await apply(context, reportEdits(checked, snapshot));
        return "written" as const;
      }),
    workbook: {
      check: async (catalogue) => {
        // The cells with findings are marked; the report is the pane's own list until the user exports it.
        const r = await withExcel((context) => runCheck(context, catalogue, { report: false }));
        if (r.kind === "clash") throw new UserError(r.message);
        if (!r.apply.ok && r.apply.problem) throw new ExcelFailure(r.apply.problem);
        return { file: r.file, submission: submissionJson(r.submission), findings: r.findings };
      },
      selectCell: async (sheet, cell) => {
        const r = await withExcel((context) => selectCell(context, sheet, cell));
        if (!r.ok) throw new UserError(r.message);
      },
      rollUp: (catalogue) => withExcel(async (context) => (await rollUp(context, catalogue)).json.parameters),
      canOpenWorkbook: () => new Capabilities(officeSetSupported()).has("newWorkbook"),
      openWorkbook: (bytes) => Excel.createWorkbook(toBase64(bytes)),
    },
    save: (file) => downloadFile(file),
  };
}
