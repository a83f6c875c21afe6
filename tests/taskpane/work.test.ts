/**
 * The pane's file work, run as the worker runs it (without the browser): samples, checking and
 * consolidation give what the engines and the command line give for the same files.
 */
import { defaultCatalogue } from "../../src/catalogue";
import { consolidate, consolidationJson, type ConsolidationInput } from "../../src/core/consolidate";
import { validateWorkbook } from "../../src/core/validation";
import { runJob, sampleSelection, sha256, templateFile, reportFile } from "../../src/taskpane/work";
import type { JobProgress } from "../../src/taskpane/jobs";
import type { PickedFile } from "../../src/taskpane/model";
import { readXlsx } from "../../src/workbook/xlsx";
import { readCharts } from "../xlsx/chart-parts";
import { finding } from "./fixtures";
import { renderMessage, UserError } from "../../src/core/model/user-error";

const catalogue = defaultCatalogue();
let samples: PickedFile[];
const progress: JobProgress[] = [];

beforeAll(async () => {
  samples = await runJob("samples", { catalogueText: null }, (p) => progress.push(p));
});

test("builds one centre's whole year and every file with a planted mistake, with progress per file", () => {
  const selection = sampleSelection(catalogue);
  expect(samples.map((f) => f.name)).toEqual(selection.map((s) => s.fileName));
  expect(selection.filter((s) => s.mistakes.length > 0).length).toBeGreaterThanOrEqual(8);
  expect(new Set(selection.map((s) => s.identity.period)).size).toBe(3);
  expect(progress.at(-1)).toEqual({
    done: samples.length,
    total: samples.length,
    file: samples.at(-1)!.name,
  });
});

test("checks files like the validation engine, and an unreadable file becomes a finding, not a failure", async () => {
  const broken: PickedFile = { name: "ødelagt.xlsx", bytes: new Uint8Array([80, 75, 3, 4, 1, 2, 3]) };
  const checked = await runJob(
    "check",
    { files: [samples[0], broken], catalogueText: null },
    () => undefined,
  );
  expect(checked[0].findings).toEqual(
    validateWorkbook(readXlsx(samples[0].bytes, samples[0].name), catalogue),
  );
  expect(checked[0].submission).toMatchObject({ unit: "OSL", agency: "AT", period: "2026-T1" });
  expect(checked[1].findings.map((f) => [f.rule, f.severity])).toEqual([["file.unreadable", "error"]]);
  expect(checked[1].submission).toBeNull();
});

test("consolidates like the consolidation engine, with the same JSON as the command line", async () => {
  const result = await runJob("consolidate", { files: samples, catalogueText: null }, () => undefined);
  const inputs: ConsolidationInput[] = [];
  for (const f of samples) {
    const snapshot = readXlsx(f.bytes, f.name);
    inputs.push({
      file: f.name,
      hash: await sha256(f.bytes),
      snapshot,
      findings: validateWorkbook(snapshot, catalogue),
    });
  }
  expect(result.json).toEqual(consolidationJson(consolidate(inputs, catalogue)));
  expect(result.conflicts).toHaveLength(1);
  expect(result.charts.map((c) => c.kind)).toEqual(["column", "column", "column", "column", "line"]);
  const back = readXlsx(result.workbook, "sammenstilling.xlsx");
  expect(back.sheets.map((s) => s.name)).toContain("Styringsparametre");
  // The download carries the charts the pane shows, as charts in the file.
  expect(readCharts(result.workbook).map((c) => c.title)).toEqual(result.charts.map((c) => c.title.nb));
});

test("a revised catalogue that fails its checks stops a job with the reason", async () => {
  const e = await runJob("check", { files: [], catalogueText: "{}" }, () => undefined).catch(
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(UserError);
  expect(renderMessage(e as UserError, "nb")).toContain("a-krim-katalog");
});

test("a template file and a report file read back", () => {
  const t = templateFile(catalogue, { unit: "TRD", agency: "NAV", period: "2026-T3" });
  expect(t.name).toBe("TRD_NAV_2026-T3.xlsx");
  expect(readXlsx(t.bytes as Uint8Array, t.name).properties.get("AkrimPeriode")).toBe("2026-T3");
  const identity = { templateVersion: "2026.2", catalogueVersion: "2026.2" };
  const checked = [
    { file: "a.xlsx", submission: null, findings: [finding({})] },
    {
      file: "b.xlsx",
      submission: { unit: "OSL", agency: "NAV", period: "2026", ...identity },
      findings: [finding({ severity: "warning" })],
    },
    {
      file: "c.xlsx",
      submission: { unit: "OSL", agency: "NAV", period: "2026", ...identity },
      findings: [],
    },
  ];
  const r = reportFile(catalogue, checked);
  const back = readXlsx(r.bytes as Uint8Array, r.name);
  // Each sheet named after its workbook: its identity, or its file name when it has none.
  expect(back.sheets.map((s) => s.name)).toEqual([
    "Kontroll a",
    "Kontroll Oslo NAV 2026",
    "Kontroll Oslo NAV 2026 (2)",
  ]);
  expect(new Set(back.tables.map((x) => x.name)).size).toBe(back.tables.length);
});
