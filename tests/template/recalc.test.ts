/**
 * Filled templates recalculated by LibreOffice: every steering-parameter value in the Styringsparametre
 * sheet equals an independent computation from the same data, also when the user renamed clashing sheets.
 * The same file converts to PDF and renders a page.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defaultCatalogue } from "../../src/catalogue";
import { loadCatalogueOrThrow } from "../../src/catalogue/check";
import bundled from "../../src/catalogue/data/catalogue-2026.1.json";
import { isCellError } from "../../src/core/model/snapshot";
import { generateSamples, planSample, type SampleFile } from "../../src/core/samples";
import { planFilledTemplate, type TemplateData, type TemplateIdentity } from "../../src/core/template";
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

/**
 * A workbook that exercises the counting rules and Årsverk: actors reported on several rows (also in another
 * case), joint actions on several rows with different and tied figures, rows without a key, and a usage row
 * with an instrument the catalogue does not know.
 */
const counted: { identity: TemplateIdentity; data: TemplateData } = {
  identity: { unit: "OSL", agency: "AT", period: "2026-T2" },
  data: {
    personYears: 2.5,
    tables: {
      usage: [
        { instrumentId: "V123", antall: 12, tverretatlig: 3, sentrale: 2 },
        { instrumentId: "V203", antall: 8, tverretatlig: 8 },
        { instrumentId: "V108", antall: 2, belop: 150000 },
        { instrumentId: "V999", antall: 5, tverretatlig: 5 },
        { instrumentId: "V301", antall: 4 },
      ],
      actors: [
        { referanse: "R-1", status: "Ny", kapasitet: "Redusert", intensjon: "Redusert" },
        { referanse: "r-1", status: "Aktiv", kapasitet: "Økt", intensjon: "Uendret" },
        { referanse: "R-2", status: "Ny", kapasitet: "Redusert", intensjon: "Redusert" },
        { referanse: "R-3", status: "Avsluttet", kapasitet: "Redusert", intensjon: "Ukjent" },
        { referanse: "R-3", status: "Ny", kapasitet: "Ukjent", intensjon: "Redusert" },
        { referanse: "R-4", status: "Avsluttet", kapasitet: "Redusert" },
        { referanse: "R-5", status: "Aktiv" },
        { referanse: "R-5", status: "Aktiv", kapasitet: "Redusert", intensjon: "Redusert" },
        // Below the last reference: LibreOffice's COUNTIFS misses its empty key (it once gave #DIV/0!).
        { status: "Aktiv", kapasitet: "Økt" },
      ],
      actions: [
        { dato: "2026-05-04", aksjonsId: "A-1", virksomheter: 4, personer: 10 },
        { dato: "2026-05-04", aksjonsId: "a-1", virksomheter: 6, personer: 10 },
        { dato: "2026-05-04", aksjonsId: "A-1", virksomheter: 6, personer: 8 },
        { dato: "2026-06-01", virksomheter: 3, personer: 5 },
        { dato: "2026-06-01", virksomheter: 2, personer: 1 },
        { dato: "2026-07-15", aksjonsId: "A-2", virksomheter: 1, personer: 2 },
        { dato: "2026-07-16", aksjonsId: "A-2", personer: 4 },
        { dato: "2026-08-03", aksjonsId: "A-3", virksomheter: "mange", personer: 3 },
        { dato: "2026-08-03", aksjonsId: "A-3", virksomheter: 2, personer: 3 },
      ],
    },
  },
};

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
  const plan3 = planFilledTemplate(catalogue, counted.identity, counted.data);
  if (!("edits" in plan3)) throw new Error(JSON.stringify(plan3));
  writeFileSync(join(src, "counted.xlsx"), writeXlsx(plan3.edits));
  const r = convertWithLibreOffice(
    [
      ...chosen.map((s) => join(src, s.fileName)),
      join(src, "renamed.xlsx"),
      join(src, "special.xlsx"),
      join(src, "counted.xlsx"),
    ],
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

function compare(
  file: string,
  summarySheet: string,
  sample: { identity: TemplateIdentity; data: TemplateData; mistakes?: SampleFile["mistakes"] },
  cat = catalogue,
  engineSkips: ReadonlySet<string> = new Set(),
) {
  const snap = readXlsx(readFileSync(join(out, file)), file);
  const sheet = snap.sheets.find((s) => s.name === summarySheet)!;
  const expected = oracle(cat, sample.identity.agency, sample.data);
  const live = liveDifferences(sample);
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
    const delta = live.get(id) ?? 0;
    if (!isCellError(got) && !engineSkips.has(id)) {
      const r = rollup.get(id);
      expect([id, r === undefined ? "missing" : r === null ? null : Math.round(r * 1e9) / 1e9]).toEqual([
        id,
        got === null || got === "" ? null : Math.round((Number(got) - delta) * 1e9) / 1e9,
      ]);
    }
    if (want === undefined) throw new Error(`unexpected row ${id}`);
    if (want === null) expect([id, got === "" ? null : got]).toEqual([id, null]);
    else if (Number.isNaN(want)) expect([id, isCellError(got)]).toEqual([id, true]);
    else
      expect([id, typeof got === "number" ? Math.round(got * 1e9) / 1e9 : got]).toEqual([
        id,
        Math.round((want + delta) * 1e9) / 1e9,
      ]);
  }
  expect([...seen].sort()).toEqual([...expected.keys()].sort());
  return expected;
}

/**
 * Where the live formulas knowingly read a cell differently from the engine and the oracle (formulas.ts: the
 * check reports such a cell): the live value minus the engine's, per row id.
 */
function liveDifferences(sample: { mistakes?: SampleFile["mistakes"] }): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of sample.mistakes ?? []) {
    // "Ny" + a non-breaking space: the engine trims it and counts the actor (with a warning); Excel's = and
    // COUNTIFS do not, so the live SP-BM1-07 has one actor less.
    if (m.kind === "nbsp-in-status") out.set("SP-BM1-07", (out.get("SP-BM1-07") ?? 0) - 1);
  }
  return out;
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
    // The live formulas follow the renamed cover; the engine's Årsverk is checked in the next test.
    const expected = compare(
      "renamed.xlsx",
      "Styring T2",
      chosen[0],
      catalogue,
      new Set(["SP-INN-01", "SP-INN-02"]),
    );
    const own = chosen[0].identity.agency;
    expect(expected.get(`SP-ALL-01/${own}`)).toBe(expected.get("SP-ALL-01"));
    expect(expected.get("SP-INN-01")).toBeGreaterThan(0);
  });

  // A cover renamed after a clash is found by its labels, so Årsverk still counts (as the live formulas do).
  it("reads Årsverk from a cover renamed after a clash, as the live formulas do (roll-up engine)", () => {
    const snap = readXlsx(readFileSync(join(out, "renamed.xlsx")), "renamed.xlsx");
    const inn = rollupWorkbook(snap, catalogue).json.parameters.find((p) => p.id === "SP-INN-01")!;
    expect(inn.value).toBe(chosen[0].data.personYears);
  });

  it("evaluates structured references to headers with [ ] # , and $ in them", () => {
    const expected = compare("special.xlsx", "Styringsparametre", chosen[0], specialHeaders());
    expect(expected.get("SP-BM1-05")).not.toBeNull();
  });

  it("counts each actor and joint action once, reads Årsverk, and ignores an unknown instrument", () => {
    const expected = compare("counted.xlsx", "Styringsparametre", counted);
    // Worked by hand. Actors R-1 (Aktiv, Økt: the least favourable of its rows), R-2 (Ny, Redusert),
    // R-3 (Ny, Ukjent), R-4 (Avsluttet, Redusert), R-5 (Aktiv, Redusert); the row without a reference is none.
    expect(expected.get("SP-BM1-07")).toBe(4);
    expect(expected.get("SP-BM1-08")).toBe(3 / 5);
    expect(expected.get("SP-BM1-09")).toBe(1 / 5);
    // Intensjon: R-1 Uendret, R-2 Redusert, R-3 Ukjent, R-4 none, R-5 Redusert.
    expect(expected.get("SP-BM1-10")).toBe(2 / 5);
    // Actions: A-1 once (largest figures 6 and 10), the two rows without an id, A-2 once (1 and 4), A-3 once
    // (2, the only number beside the text "mange", and 3).
    expect(expected.get("SP-BM2-04")).toBe(5);
    expect(expected.get("SP-BM2-05")).toBe(6 + 3 + 2 + 1 + 2);
    expect(expected.get("SP-BM2-06")).toBe(10 + 5 + 1 + 4 + 3);
    // V999 counts nowhere, not even in the total; V108 (new in 2026.2) is a BM1 instrument.
    expect(expected.get("SP-ALL-01")).toBe(12 + 8 + 2 + 4);
    expect(expected.get("SP-BM1-03")).toBe(150000);
    expect(expected.get("SP-INN-01")).toBe(2.5);
    expect(expected.get("SP-INN-02")).toBe(26 / 2.5);
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
