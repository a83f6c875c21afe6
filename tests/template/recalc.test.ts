/**
 * Filled templates recalculated by LibreOffice: every steering-parameter value in the Styringsparametre
 * sheet equals an independent computation from the same data, also when the user renamed clashing sheets.
 * The same file converts to PDF and renders a page.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defaultCatalogue, loadCatalogueOrThrow } from "../../src/catalogue";
import bundled from "../../src/catalogue/data/catalogue-2026.1.json";
import { isCellError } from "../../src/core/model/snapshot";
import { generateSamples, planSample, type SampleFile } from "../../src/core/samples";
import { planFilledTemplate } from "../../src/core/template";
import { rollupWorkbook } from "../../src/core/rollup";
import { readXlsx, writeXlsx } from "../../src/workbook/xlsx";
import { convertWithLibreOffice } from "./libreoffice";
import { oracle } from "./oracle";

const catalogue = defaultCatalogue();
const samples = generateSamples(catalogue);
const dir = mkdtempSync(join(tmpdir(), "akrim-recalc-"));
const src = join(dir, "in");
const out = join(dir, "out");
mkdirSync(src);

/** One clean file per agency, and the files whose planted mistakes touch the formulas. */
const chosen: SampleFile[] = [
  ...["OSL_AT_2026-T2", "BGO_NAV_2026-T1", "TRD_POL_2026-T3", "SVG_SKE_2026-T2", "ALT_TOLL_2026-T1"].map(
    (n) => samples.find((s) => s.fileName === `${n}.xlsx`)!,
  ),
  ...samples.filter((s) =>
    s.mistakes.some((m) =>
      ["text-in-number", "herav-exceeds-antall", "misspelt-instrument-id", "deleted-column"].includes(m.kind),
    ),
  ),
];
const renamed = { Forside: "Forside T2", Katalog: "Katalog T2", Styringsparametre: "Styring T2" };

beforeAll(() => {
  for (const s of chosen) writeFileSync(join(src, s.fileName), writeXlsx(planSample(catalogue, s)));
  const base = chosen[0];
  const plan = planFilledTemplate(catalogue, base.identity, base.data, {
    existingSheetNames: ["Forside", "Katalog", "Styringsparametre"],
    sheetNames: renamed,
  });
  if (!("edits" in plan)) throw new Error(JSON.stringify(plan));
  writeFileSync(join(src, "renamed.xlsx"), writeXlsx(plan.edits));
  const special = specialHeaders();
  const plan2 = planFilledTemplate(special, base.identity, base.data);
  if (!("edits" in plan2)) throw new Error(JSON.stringify(plan2));
  writeFileSync(join(src, "special.xlsx"), writeXlsx(plan2.edits));
  const r = convertWithLibreOffice(
    [...chosen.map((s) => join(src, s.fileName)), join(src, "renamed.xlsx"), join(src, "special.xlsx")],
    "xlsx",
    out,
  );
  if (r.status !== 0) throw new Error(r.output);
});

/** A revised catalogue whose headers need escaping in structured references: [ ] # and other punctuation. */
function specialHeaders() {
  const copy = JSON.parse(JSON.stringify(bundled));
  const cols = copy.template.tables[0].columns;
  cols.find((c: { key: string }) => c.key === "antall").header = "Antall [stk] #";
  cols.find((c: { key: string }) => c.key === "tverretatlig").header = "Herav tverretatlig, $ (sum)";
  return loadCatalogueOrThrow(copy);
}

function compare(file: string, summarySheet: string, sample: SampleFile, cat = catalogue) {
  const snap = readXlsx(readFileSync(join(out, file)), file);
  const sheet = snap.sheets.find((s) => s.name === summarySheet)!;
  const expected = oracle(cat, sample.identity.agency, sample.data);
  // The roll-up engine reads the same recalculated file: its values must agree with the live formulas.
  const rollup = new Map<string, number | null>();
  for (const p of rollupWorkbook(snap, cat).json.parameters) {
    rollup.set(p.id, p.value);
    for (const [key, v] of Object.entries(p.breakdown)) rollup.set(key, v);
  }
  const seen = new Set<string>();
  for (const row of sheet.rows.slice(1)) {
    if (!row) continue;
    const id = String(row[0]);
    const got = row[2] ?? null;
    const want = expected.get(id);
    seen.add(id);
    if (!isCellError(got)) {
      const r = rollup.get(id);
      expect([id, r === undefined ? "missing" : r === null ? null : Math.round(r * 1e9) / 1e9]).toEqual([
        id,
        got === null || got === "" ? null : Math.round(Number(got) * 1e9) / 1e9,
      ]);
    }
    if (want === undefined) throw new Error(`unexpected row ${id}`);
    if (want === null) expect([id, got === "" ? null : got]).toEqual([id, null]);
    else if (Number.isNaN(want)) expect([id, isCellError(got)]).toEqual([id, true]);
    else
      expect([id, typeof got === "number" ? Math.round(got * 1e9) / 1e9 : got]).toEqual([
        id,
        Math.round(want * 1e9) / 1e9,
      ]);
  }
  expect([...seen].sort()).toEqual([...expected.keys()].sort());
  return expected;
}

describe("a filled template recalculated by LibreOffice", () => {
  it.each(chosen.map((s) => [s.fileName, s] as const))(
    "%s: every steering parameter equals the oracle and the roll-up engine",
    (file, sample) => {
      const expected = compare(file, "Styringsparametre", sample);
      // The data is not trivial: something was counted.
      expect(expected.get("SP-ALL-01")).toBeGreaterThan(0);
    },
  );

  it("keeps working with the sheet names a user chose after a clash", () => {
    const snap = readXlsx(readFileSync(join(out, "renamed.xlsx")), "renamed.xlsx");
    expect(snap.sheets.map((s) => s.name)).toEqual(
      expect.arrayContaining(["Forside T2", "Katalog T2", "Styring T2", "Virkemiddelbruk"]),
    );
    const expected = compare("renamed.xlsx", "Styring T2", chosen[0]);
    const own = chosen[0].identity.agency;
    expect(expected.get(`SP-ALL-01/${own}`)).toBe(expected.get("SP-ALL-01"));
  });

  it("evaluates structured references to headers with [ ] # , and $ in them", () => {
    const expected = compare("special.xlsx", "Styringsparametre", chosen[0], specialHeaders());
    expect(expected.get("SP-BM1-05")).not.toBeNull();
  });

  it("converts to PDF and renders a page", () => {
    const pdfDir = join(dir, "pdf");
    const r = convertWithLibreOffice([join(out, chosen[0].fileName)], "pdf", pdfDir);
    expect(r.status).toBe(0);
    const pdf = join(pdfDir, chosen[0].fileName.replace(/\.xlsx$/, ".pdf"));
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe("%PDF-");
    const png = join(dir, "page");
    const p = spawnSync("/usr/bin/pdftoppm", ["-png", "-r", "50", "-f", "1", "-l", "1", pdf, png], {
      encoding: "utf8",
    });
    expect(p.status).toBe(0);
    const first = [`${png}-1.png`, `${png}-01.png`, `${png}-001.png`].find((f) => existsSync(f))!;
    expect(first).toBeDefined();
    expect(statSync(first).size).toBeGreaterThan(1000);
  });
});
