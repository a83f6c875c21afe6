/**
 * The roll-up engine agrees with the template's live formulas: sample workbooks are written as .xlsx,
 * recalculated by LibreOffice, read back, and every value of their Styringsparametre sheet (parameters and
 * breakdown rows) is compared with the engine's roll-up of the same workbook. #REF! (a deleted column) and
 * an empty share are both "no value" (null) in the engine.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defaultCatalogue } from "../../src/catalogue";
import { isCellError, type CellValue } from "../../src/core/model/snapshot";
import { rollupWorkbook } from "../../src/core/rollup";
import { generateSamples, planSample, type SampleFile } from "../../src/core/samples";
import { readXlsx, writeXlsx } from "../../src/workbook/xlsx";
import { validateWorkbook } from "../../src/core/validation";
import { convertWithLibreOffice } from "../template/libreoffice";

const catalogue = defaultCatalogue();
const samples = generateSamples(catalogue);
const dir = mkdtempSync(join(tmpdir(), "akrim-rollup-recalc-"));
const src = join(dir, "in");
const out = join(dir, "out");
mkdirSync(src);

/** One file per agency and unit kind, and every file with a planted mistake. */
const chosen: SampleFile[] = [
  ...[
    "OSL_AT_2026-T2",
    "BGO_NAV_2026-T1",
    "TRD_POL_2026-T3",
    "SVG_SKE_2026-T2",
    "ALT_TOLL_2026-T1",
    "INN_SKE_2026-T3",
    "LINJE_AT_2026-T2",
    "OSL_SKE_2026-T3_linje",
  ].map((n) => samples.find((s) => s.fileName === `${n}.xlsx`)!),
  ...samples.filter((s) => s.mistakes.length > 0),
];

beforeAll(() => {
  for (const s of chosen) writeFileSync(join(src, s.fileName), writeXlsx(planSample(catalogue, s)));
  const r = convertWithLibreOffice(
    chosen.map((s) => join(src, s.fileName)),
    "xlsx",
    out,
  );
  if (r.status !== 0) throw new Error(r.output);
});

/** A summary cell as the engine would give it: a number, or null for an empty share or an error. */
function asValue(v: CellValue | undefined): number | null | string {
  if (v === null || v === undefined || v === "" || isCellError(v)) return null;
  return typeof v === "number" ? Math.round(v * 1e9) / 1e9 : `unexpected ${JSON.stringify(v)}`;
}

describe("the engine agrees with the template's formulas recalculated by LibreOffice", () => {
  it.each(chosen.map((s) => [s.fileName, s] as const))("%s", (file) => {
    const recalculated = readXlsx(readFileSync(join(out, file)), file);
    const sheet = recalculated.sheets.find((s) => s.name === catalogue.template.summarySheet)!;
    const excel = new Map<string, number | null | string>();
    for (const row of sheet.rows.slice(1)) if (row?.[0]) excel.set(String(row[0]), asValue(row[2]));

    // The engine on the file as written (before LibreOffice touched it).
    const engine = new Map<string, number | null | string>();
    const written = readXlsx(readFileSync(join(src, file)), file);
    for (const p of rollupWorkbook(written, catalogue).json.parameters) {
      engine.set(p.id, asValue(p.value));
      for (const [k, v] of Object.entries(p.breakdown)) engine.set(k, asValue(v));
    }
    expect([...excel.keys()].sort()).toEqual([...engine.keys()].sort());
    // Excel's formulas do not trim: a value read differently from how it was typed (a trailing space after an
    // id, a non-breaking space in a status) counts in the engine and not in the sheet. The check always says so;
    // everything else agrees.
    const readAs = validateWorkbook(written, catalogue).filter((f) => f.rule === "cell.read-as");
    const differing = [...engine].filter(([id, want]) => excel.get(id) !== want).map(([id]) => id);
    if (differing.length) expect(readAs.length).toBeGreaterThan(0);
    else for (const [id, want] of engine) expect([id, excel.get(id)]).toEqual([id, want]);
    expect(engine.get("SP-ALL-01")).toBeGreaterThan(0);
  });
});
