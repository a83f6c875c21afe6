import { defaultCatalogue } from "../../src/catalogue";
import type { Edit } from "../../src/core/model/edit";
import {
  planClearHighlights,
  planHighlights,
  planReport,
  REPORT_HEADERS,
  validateWorkbook,
} from "../../src/core/validation";
import { HIGHLIGHT_COLORS } from "../../src/core/model/highlight";
import { MAX_REPORT_ROWS } from "../../src/core/validation/report";
import * as officeApply from "../../src/workbook/office/apply";
import * as xlsxAdapter from "../../src/workbook/xlsx";
import { readXlsx, writeXlsx } from "../../src/workbook/xlsx";
import { sheet, workbook } from "../helpers/snapshot";
import { filledTemplate, setCell } from "./fixtures";

const cat = defaultCatalogue();

function withMistakes() {
  const wb = filledTemplate();
  setCell(wb, "Virkemiddelbruk", "A3", "V1O1");
  setCell(wb, "Virkemiddelbruk", "E4", "12 stk");
  setCell(wb, "Aktører", "A2", "Ola Nordmann");
  setCell(wb, "Aktører", "G2", '=HYPERLINK("http://x")');
  setCell(wb, "Aktører", "G3", "fnr 15108695088");
  return wb;
}

describe("Kontrollrapport", () => {
  test("a table of findings with counts at the top and a link per row", () => {
    const wb = withMistakes();
    const findings = validateWorkbook(wb, cat);
    const plan = planReport(findings, wb, { title: wb.name });
    if (!plan.ok) throw new Error("clash");
    expect(plan.sheet).toBe("Kontrollrapport");
    const values = plan.edits.filter(
      (e): e is Extract<Edit, { kind: "setValues" }> => e.kind === "setValues",
    );
    const top = values[0].values;
    expect(top[1]).toEqual(["Feil", findings.filter((f) => f.severity === "error").length]);
    expect(top[2]).toEqual(["Advarsler", findings.filter((f) => f.severity === "warning").length]);
    const table = values[1];
    expect(table.values[0]).toEqual([...REPORT_HEADERS]);
    expect(table.values).toHaveLength(findings.length + 1);
    const addTable = plan.edits.find((e) => e.kind === "addTable") as Extract<Edit, { kind: "addTable" }>;
    expect(addTable.range).toBe(`A7:I${7 + findings.length}`);
    const links = plan.edits.filter((e) => e.kind === "setHyperlink") as Extract<
      Edit,
      { kind: "setHyperlink" }
    >[];
    expect(links).toHaveLength(findings.filter((f) => f.sheet !== null).length);
    const typo = findings.findIndex((f) => f.rule === "usage.unknown-instrument");
    expect(links.find((l) => l.address === `C${8 + typo}`)!.target).toEqual({
      sheet: "Virkemiddelbruk",
      address: "A3",
    });
    // The identity number is masked in the report too.
    expect(JSON.stringify(plan.edits)).not.toContain("15108695088");
    expect(JSON.stringify(plan.edits)).toContain("151086*****");
  });

  test("an existing Kontrollrapport is never overwritten without the caller's choice", () => {
    const wb = withMistakes();
    wb.sheets.push(sheet("Kontrollrapport", [["mine notater"]]));
    const findings = validateWorkbook(wb, cat);
    const plan = planReport(findings, wb);
    expect(plan.ok).toBe(false);
    if (plan.ok) return;
    expect(plan.clash.suggestion).toBe("Kontrollrapport (2)");
    expect(plan.clash.message.nb).toContain("blir ikke overskrevet");
    const numbered = planReport(findings, wb, { onExisting: "numbered" });
    expect(numbered.ok && numbered.sheet).toBe("Kontrollrapport (2)");
    // Table names are unique in a workbook.
    expect(numbered.ok && numbered.edits.find((e) => e.kind === "addTable")).toMatchObject({
      name: "tblKontrollrapport2",
    });
    if (numbered.ok) {
      expect(numbered.edits.every((e) => !("sheet" in e) || e.sheet === "Kontrollrapport (2)")).toBe(true);
    }
  });

  test("several reports in one workbook file can be written", () => {
    const wb = withMistakes();
    const findings = validateWorkbook(wb, cat);
    // As the pane builds its report file: a new workbook with only the reports (so no links into other sheets).
    const built = workbook([]);
    const edits: Edit[] = [];
    for (let i = 0; i < 3; i++) {
      const plan = planReport(findings, built, { onExisting: "numbered", title: `fil${i}.xlsx` });
      if (!plan.ok) throw new Error("clash");
      edits.push(...plan.edits);
      built.sheets.push(sheet(plan.sheet, []));
    }
    const snap = readXlsx(writeXlsx(edits), "rapport.xlsx");
    expect(snap.sheets.map((s) => s.name)).toEqual([
      "Kontrollrapport",
      "Kontrollrapport (2)",
      "Kontrollrapport (3)",
    ]);
    expect(snap.tables.map((t) => t.name)).toEqual([
      "tblKontrollrapport",
      "tblKontrollrapport2",
      "tblKontrollrapport3",
    ]);
    // Formula-looking values from the checked workbook stay text in the report.
    expect(snap.sheets[0].formulas.flat().filter((f) => f !== undefined)).toEqual([]);
  });

  test("no findings: a report that says so, without an empty table", () => {
    const wb = filledTemplate();
    const plan = planReport([], wb);
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    expect(plan.edits.some((e) => e.kind === "addTable")).toBe(false);
    expect(JSON.stringify(plan.edits)).toContain("Ingen funn.");
  });

  test("the line under the counts says what to do with the findings there are", () => {
    const wb = withMistakes();
    const findings = validateWorkbook(wb, cat);
    const warning = findings.find((f) => f.severity === "warning")!;
    const advice = (list: typeof findings) => {
      const plan = planReport(list, wb);
      if (!plan.ok) throw new Error("clash");
      const top = plan.edits.find((e) => e.kind === "setValues") as Extract<Edit, { kind: "setValues" }>;
      return top.values[4][0];
    };
    expect(advice(findings)).toBe("Rett feilene før arbeidsboken sendes inn.");
    expect(advice([warning])).toBe("Ingen feil. Se gjennom advarslene.");
    // Only notes: the line names notes, not warnings (the severity is set by hand here).
    expect(advice([{ ...warning, severity: "info" }])).toBe("Ingen feil. Se gjennom merknadene.");
  });

  test("findings beyond the sheet's limit are counted below the table", () => {
    const wb = filledTemplate();
    const warning = validateWorkbook(withMistakes(), cat).find((f) => f.severity === "warning")!;
    const plan = planReport(
      Array.from({ length: MAX_REPORT_ROWS + 2 }, () => warning),
      wb,
    );
    if (!plan.ok) throw new Error("clash");
    const last = plan.edits.filter((e) => e.kind === "setValues").at(-1) as Extract<
      Edit,
      { kind: "setValues" }
    >;
    expect(last.values).toEqual([["2 funn til er ikke listet her."]]);
    expect(last.address).toBe(`A${7 + MAX_REPORT_ROWS + 2}`);
  });
});

describe("highlights", () => {
  test("one highlight per cell in its most severe colour, never a value change", () => {
    const wb = withMistakes();
    setCell(wb, "Virkemiddelbruk", "E5", "15108695088"); // a text number AND an identity number
    const findings = validateWorkbook(wb, cat);
    const edits = planHighlights(findings);
    expect(edits.every((e) => e.kind === "highlight")).toBe(true);
    const e5 = edits.filter(
      (e) => e.kind === "highlight" && e.sheet === "Virkemiddelbruk" && e.range === "E5",
    );
    expect(e5).toHaveLength(1);
    expect(e5[0]).toMatchObject({ severity: "error" });
    expect((e5[0] as { note: string }).note.split("\n").length).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(edits)).not.toContain("15108695088");
    const cells = new Set(findings.filter((f) => f.cell && f.sheet).map((f) => `${f.sheet}!${f.cell}`));
    expect(edits).toHaveLength(cells.size);
  });

  test("the report marks each severity in the same colour as the highlighted cells in both adapters", () => {
    const wb = withMistakes();
    const findings = validateWorkbook(wb, cat);
    const plan = planReport(findings, wb);
    if (!plan.ok) throw new Error("clash");
    const fills = plan.edits.flatMap((e) => (e.kind === "setStyle" && e.style.fill ? [e] : []));
    expect(fills.find((e) => e.range === "A2:B2")?.style.fill).toBe(HIGHLIGHT_COLORS.error.fill);
    expect(fills.find((e) => e.range === "A3:B3")?.style.fill).toBe(HIGHLIGHT_COLORS.warning.fill);
    expect(fills.find((e) => e.range === "A4:B4")?.style.fill).toBe(HIGHLIGHT_COLORS.info.fill);
    const first = findings[0];
    expect(fills.find((e) => e.range === "A8")?.style.fill).toBe(HIGHLIGHT_COLORS[first.severity].fill);
    // One definition: both adapters read the colours from the core.
    expect(officeApply).not.toHaveProperty("HIGHLIGHT_COLORS");
    expect(xlsxAdapter).not.toHaveProperty("HIGHLIGHT_COLORS");
  });

  test("clearing covers every sheet", () => {
    const wb = filledTemplate();
    expect(planClearHighlights(wb).map((e) => e.kind === "clearHighlights" && e.sheet)).toEqual(
      wb.sheets.map((s) => s.name),
    );
  });
});
